// Background: keeps what each tab names, answers the popup, and counts models on the toolbar badge.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '../utils/messaging';
import { tabPagesItem } from '../utils/storage';
import { badgeText, type PageModels } from '../utils/tab-models';

export default defineBackground(() => {
  // Updates run one after another so that two tabs reporting at once cannot overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const update = (change: (pages: Record<string, PageModels>) => void) =>
    (queue = queue.then(async () => {
      const pages = { ...(await tabPagesItem.getValue()) };
      change(pages);
      await tabPagesItem.setValue(pages);
    }));

  const action = browser.action ?? browser.browserAction;

  onMessage('reportPageModels', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await update((pages) => {
      pages[tabId] = data;
    });
    await action.setBadgeText({ tabId, text: badgeText(data) });
    await action.setBadgeBackgroundColor({ tabId, color: '#1f6feb' });
  });

  onMessage('getTabModels', async ({ data: tabId }) => (await tabPagesItem.getValue())[tabId] ?? null);

  browser.tabs.onRemoved.addListener((tabId) => {
    void update((pages) => {
      delete pages[tabId];
    });
  });
});
