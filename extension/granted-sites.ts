// Sites outside the defaults that the user granted: kept in step with the browser's optional host permissions.
import { browser } from 'wxt/browser';
import { GENAI_PRICES_FEED } from '../utils/feeds/genai-prices-feed';
import { sendMessage } from './messaging';
import { defaultMatchPatterns, isDefaultPattern } from '../utils/sites';

const SCRIPT_ID = 'tokentag-granted-sites';
/** The content script's file in the build (WXT's output path for entrypoints/content.ts). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** Origins granted beyond the defaults, as match patterns (`https://example.org/*`). */
export async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  // The live price feed's host is granted for downloads, not for tagging.
  return origins.filter((origin) => !isDefaultPattern(origin) && origin !== GENAI_PRICES_FEED.origin);
}

/**
 * Registers the content script for exactly the granted origins (none: unregisters it). Pages of the
 * default sites are excluded: the manifest's script runs there already, and a grant that overlaps a
 * default limited to a path (`https://aws.amazon.com/*` and `…/bedrock/*`) would inject it twice.
 */
export async function syncGrantedSites(): Promise<string[]> {
  const origins = await grantedOrigins();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return origins;
  }
  const script = {
    id: SCRIPT_ID,
    matches: origins,
    excludeMatches: [...defaultMatchPatterns],
    js: [CONTENT_SCRIPT_FILE],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return origins;
}

/**
 * Asks the browser for an origin and, when the user allows it, has the background start tagging it
 * (and the open tab, if given). Call it straight from the click: browsers prompt only from one.
 */
export async function requestSite(pattern: string, tabId?: number): Promise<boolean> {
  const allowed = await browser.permissions.request({ origins: [pattern] });
  if (allowed) await sendMessage('enableSite', { origin: pattern, tabId });
  return allowed;
}

/** Gives an origin back; the background's permission listener unregisters the script and stops the tabs. */
export async function revokeSite(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] });
}
