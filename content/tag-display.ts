// How tags are drawn on this page: the user's code-tag and density settings, read from storage without ever writing it.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { defaultSettings, settingsSchema, type Settings } from '../utils/settings';
import { logger } from '../extension/log';

export type TagDisplay = Pick<Settings, 'codeTags' | 'tagDensity'>;

export const defaultTagDisplay: TagDisplay = { codeTags: defaultSettings.codeTags, tagDensity: defaultSettings.tagDensity };

const log = logger('content');

/** Each field on its own: one bad field elsewhere in the settings must not cost the others. */
export function tagDisplayOf(raw: unknown): TagDisplay {
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const codeTags = settingsSchema.shape.codeTags.safeParse(record.codeTags);
  const tagDensity = settingsSchema.shape.tagDensity.safeParse(record.tagDensity);
  return {
    codeTags: codeTags.success ? codeTags.data : defaultTagDisplay.codeTags,
    tagDensity: tagDensity.success ? tagDensity.data : defaultTagDisplay.tagDensity,
  };
}

/**
 * The display settings as stored (local overflow first, like extension/storage). Read-only: a bad
 * value is the options page's to set aside, not a content script's.
 */
export async function readTagDisplay(): Promise<TagDisplay> {
  try {
    const local = await storage.getItem<unknown>('local:settings');
    return tagDisplayOf(local ?? (await storage.getItem<unknown>('sync:settings')));
  } catch (error) {
    log.warn('could not read the display settings; using the defaults', { error });
    return defaultTagDisplay;
  }
}

/** A loading tag's accessible name (locales: tag.loading), in the browser's language: the user's choice arrives with the views. */
export function loadingLabel(): string {
  try {
    return browser.i18n.getMessage('tag_loading' as Parameters<typeof browser.i18n.getMessage>[0]) || 'TokenTag …';
  } catch (error) {
    log.debug('no i18n here; the loading label stays neutral', { error });
    return 'TokenTag …';
  }
}
