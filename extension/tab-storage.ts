// What each open tab names, kept by the background in session storage (which content scripts cannot read).
import { storage } from 'wxt/utils/storage';
import type { PageModels } from '../utils/tab-models';

/**
 * The models each open tab names, keyed by tab id. Session storage: it survives the background
 * service worker being stopped, and is gone when the browser closes, as the tabs are.
 */
export const tabPagesItem = storage.defineItem<Record<string, PageModels>>('session:tabPages', { fallback: {} });
