// What each open tab names: recorded one update at a time in session storage, capped per tab, shown on the toolbar badge.
import { browser } from 'wxt/browser';
import { createSerialQueue } from '../utils/serial-queue';
import { badgeText, capPageModels, leftPage, type PageModels } from '../utils/tab-models';
import { logger } from './log';
import { tabPagesItem } from './tab-storage';

export interface TabPages {
  /** Replaces what a tab names; resolves to false when the write failed (logged). */
  record(tabId: number, report: PageModels): Promise<boolean>;
  /** Forgets a tab (closed, or gone to another page); false when the write failed (logged). */
  forget(tabId: number): Promise<boolean>;
  /** What a tab names, or null when it reported nothing. */
  get(tabId: number): Promise<PageModels | null>;
  /** The tabs that reported something. */
  tabIds(): Promise<number[]>;
}

export function createTabPages({ item = tabPagesItem, log = logger('background') } = {}): TabPages {
  // Updates run one after another so that two tabs reporting at once cannot overwrite each other, and a
  // failed write (the session quota, say) costs that one update, never the ones after it.
  const queue = createSerialQueue({ onError: (label, error) => log.error(`${label} failed`, error) });
  const update = (label: string, change: (pages: Record<string, PageModels>) => void) =>
    queue.run(label, async () => {
      const pages = { ...(await item.getValue()) };
      change(pages);
      await item.setValue(pages);
    });
  return {
    record: (tabId, report) =>
      update(`recording the models of tab ${tabId}`, (pages) => {
        // The content script caps its report already; a page's own script could send anything.
        pages[tabId] = capPageModels(report);
      }),
    forget: (tabId) =>
      update(`forgetting tab ${tabId}`, (pages) => {
        delete pages[tabId];
      }),
    get: async (tabId) => (await item.getValue())[tabId] ?? null,
    tabIds: async () => Object.keys(await item.getValue()).map(Number),
  };
}

/** Shows how many models a tab names on the toolbar button (Chrome's action, Firefox MV2's browser action). */
export async function showBadge(tabId: number, page: PageModels | null): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: badgeText(page) });
  await action.setBadgeBackgroundColor({ tabId, color: '#0b5cd5' });
}

/** Forgets a tab that started loading another page than the one it reported, and clears its badge. */
export async function forgetLeftPage(tabPages: TabPages, tabId: number, loadingUrl: string | undefined): Promise<void> {
  if (!leftPage(await tabPages.get(tabId), loadingUrl)) return;
  if (await tabPages.forget(tabId)) await showBadge(tabId, null);
}
