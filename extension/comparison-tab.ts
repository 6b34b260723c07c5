// Opens the compare view in a browser tab, or brings the one already open to the front (the decision is utils/comparison-tab).
import { browser } from 'wxt/browser';
import { decideComparisonTab, type ComparisonTabAction, type OpenTab } from '../utils/comparison-tab';

/**
 * The tabs showing one of TokenTag's own pages. Chrome tells their addresses through
 * `runtime.getContexts` without the "tabs" permission; elsewhere `tabs.query` does (Firefox shows an
 * extension its own pages' addresses).
 */
async function ownTabs(): Promise<OpenTab[]> {
  if (typeof browser.runtime.getContexts === 'function') {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB'] });
    return contexts.map((c) => ({
      id: c.tabId >= 0 ? c.tabId : undefined,
      url: c.documentUrl,
      windowId: c.windowId >= 0 ? c.windowId : undefined,
    }));
  }
  return browser.tabs.query({});
}

/**
 * Shows `modelId` in TokenTag's compare tab: the open one is focused and navigated to the model
 * (which adds it to the comparison; with `offers`, shows every seller's offer of it instead), else a
 * new tab opens after `sourceTab`. Returns what it did.
 */
export async function openOrFocusComparison(
  modelId: string,
  sourceTab?: { id?: number; index: number; windowId?: number },
  { offers = false }: { offers?: boolean } = {},
): Promise<ComparisonTabAction> {
  const popupUrl = browser.runtime.getURL('/popup.html');
  const openTabs = await ownTabs();
  const action = decideComparisonTab(openTabs, {
    popupUrl,
    modelId,
    ...(offers ? { offers } : {}),
    sourceTab:
      sourceTab?.id === undefined ? undefined : { id: sourceTab.id, index: sourceTab.index, windowId: sourceTab.windowId },
  });
  if (action.kind === 'focus') {
    await browser.tabs.update(action.tabId, { url: action.url, active: true });
    if (action.windowId !== undefined) await browser.windows.update(action.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url: action.url, index: action.index, windowId: action.windowId });
  }
  return action;
}
