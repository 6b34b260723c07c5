// Background wiring: the content script follows the sites the user grants and revokes, and comes back after an update.
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, syncGrantedSites } from '../../extension/granted-sites';
import { logger } from '../../extension/log';
import { onMessage, sendMessage } from '../../extension/messaging';
import { reinjectOpenTabs } from '../../extension/reinject';
import type { TabPages } from '../../extension/tab-pages';

const log = logger('background');

/** Re-registers the granted sites' script, logging a failure (the next grant, start or update tries again). */
const sync = (reason: string) =>
  void syncGrantedSites().catch((error: unknown) => log.error(`could not register the granted sites (${reason})`, error));

/** Tabs still showing a revoked site stop tagging at once. */
async function stopTabs(tabPages: TabPages, origins: string[]): Promise<void> {
  for (const tabId of await tabPages.tabIds())
    sendMessage('stopTagging', origins, tabId).catch((error: unknown) =>
      // A tab whose page has no content script (any more) has nothing to stop.
      log.debug(`tab ${tabId} did not take the revocation`, error),
    );
}

export function wireGrantedSites(tabPages: TabPages): void {
  onMessage('enableSite', async ({ data }) => {
    await syncGrantedSites();
    // The page is already open: tag it now rather than after a reload.
    if (data.tabId !== undefined)
      await browser.scripting.executeScript({ target: { tabId: data.tabId }, files: [CONTENT_SCRIPT_FILE] });
  });

  // A grant or a revocation made anywhere (popup, options, the browser's own settings) updates the registration.
  browser.permissions.onAdded.addListener(() => sync('a permission was added'));
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    sync('a permission was removed');
    if (origins.length > 0)
      void stopTabs(tabPages, origins).catch((error: unknown) => log.error('could not stop the tabs of a revoked site', error));
  });
  browser.runtime.onStartup.addListener(() => sync('browser start'));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    sync(`extension ${reason}`);
    // Chrome cuts the old content script off on an update without starting the new one in open tabs.
    if (reason === 'update')
      void reinjectOpenTabs().catch((error: unknown) => log.error('could not re-inject open tabs after the update', error));
  });
}
