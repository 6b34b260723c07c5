// The one message protocol between the content script, the background and the extension pages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageModels } from './tab-models';

export interface ProtocolMap {
  /** Content script → background: the models named on the sender's page, replacing what it said before. */
  reportPageModels(report: PageModels): void;
  /** Popup → background: what a tab's page names, or null when nothing was reported for it. */
  getTabModels(tabId: number): PageModels | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
