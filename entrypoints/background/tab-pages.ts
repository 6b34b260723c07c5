// Background wiring: what each tab names, from the content script's reports to the popup and the badge.
import { browser } from 'wxt/browser';
import { logger } from '../../extension/log';
import { onMessage } from '../../extension/messaging';
import { forgetLeftPage, showBadge, type TabPages } from '../../extension/tab-pages';

const log = logger('background');

export function wireTabPages(tabPages: TabPages): void {
  onMessage('reportPageModels', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await tabPages.record(tabId, data);
    await showBadge(tabId, await tabPages.get(tabId));
  });
  onMessage('getTabModels', ({ data: tabId }) => tabPages.get(tabId));

  browser.tabs.onRemoved.addListener((tabId) => void tabPages.forget(tabId));
  // A tab that loads another page no longer names the old page's models; the new page reports its own.
  // (Its address is readable on the vendor and granted sites; elsewhere it is another site anyway.)
  browser.tabs.onUpdated.addListener((tabId, { status }, tab) => {
    if (status !== 'loading') return;
    void forgetLeftPage(tabPages, tabId, tab.url).catch((error: unknown) =>
      log.warn(`could not forget the page tab ${tabId} left`, error),
    );
  });
}
