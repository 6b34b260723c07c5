// After an update, puts the new content script into the tabs the old one ran in (Chrome leaves them without tags until reloaded).
import { browser } from 'wxt/browser';
import { defaultMatchPatterns } from '../utils/sites';
import { CONTENT_SCRIPT_FILE, grantedOrigins } from './granted-sites';
import { logger } from './log';

const log = logger('background');

/**
 * The default sites whose tabs get the new content script. Firefox puts the manifest's content script
 * into open tabs itself on an update; its MV2 build holds these hosts (for the price card's script),
 * so they are left out there, or each such tab would run two copies.
 */
export const reinjectedDefaults = (manifestVersion: number = import.meta.env.MANIFEST_VERSION): readonly string[] =>
  manifestVersion === 3 ? defaultMatchPatterns : [];

/**
 * Injects the content script into every open tab of a default or granted site, and resolves to the
 * ids of the tabs it reached. Only where the extension holds the host permission: the tab query
 * returns no others. A tab that refuses (an error page, a tab closed meanwhile) is logged and skipped.
 */
export async function reinjectOpenTabs(manifestVersion: number = import.meta.env.MANIFEST_VERSION): Promise<number[]> {
  const patterns = [...reinjectedDefaults(manifestVersion), ...(await grantedOrigins())];
  const tabs = await browser.tabs.query({ url: patterns });
  const reached = await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return undefined;
      try {
        await browser.scripting.executeScript({ target: { tabId: id }, files: [CONTENT_SCRIPT_FILE] });
        return id;
      } catch (error) {
        log.warn(`could not re-inject the content script into tab ${id} after the update`, error);
        return undefined;
      }
    }),
  );
  return reached.filter((id) => id !== undefined);
}
