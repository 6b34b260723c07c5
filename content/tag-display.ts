// How tags are drawn on this page: the user's code-tag and density settings, read from storage without ever writing it.
import { browser } from 'wxt/browser';
import { codeTagModes, tagDensities, type CodeTagMode, type TagDensity } from '../utils/tag-display-options';
import { logger } from '../extension/log';

export interface TagDisplay {
  codeTags: CodeTagMode;
  tagDensity: TagDensity;
}

/** The same defaults as utils/settings.ts (its test checks that they agree); not imported, so zod stays out of the content script. */
export const defaultTagDisplay: TagDisplay = { codeTags: 'marker', tagDensity: 'first-per-section' };

const isOneOf = <T extends string>(choices: readonly T[], value: unknown): value is T => choices.includes(value as T);

const log = logger('content');

/** Each field on its own: one bad field elsewhere in the settings must not cost the others. */
export function tagDisplayOf(raw: unknown): TagDisplay {
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    codeTags: isOneOf(codeTagModes, record.codeTags) ? record.codeTags : defaultTagDisplay.codeTags,
    tagDensity: isOneOf(tagDensities, record.tagDensity) ? record.tagDensity : defaultTagDisplay.tagDensity,
  };
}

/**
 * The display settings as stored (local overflow first, like extension/storage). Read-only: a bad
 * value is the options page's to set aside, not a content script's.
 */
export async function readTagDisplay(): Promise<TagDisplay> {
  try {
    const { settings: local } = await browser.storage.local.get('settings');
    return tagDisplayOf(local ?? (await browser.storage.sync.get('settings')).settings);
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
