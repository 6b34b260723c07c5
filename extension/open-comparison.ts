// Opens the popup's comparison in a tab, for a model a tag's card asked for, next to the page it came from.
import { browser, type Browser } from 'wxt/browser';

export async function openComparison(modelId: string, from: Browser.tabs.Tab | undefined): Promise<void> {
  const url = new URL(browser.runtime.getURL('/popup.html'));
  if (from?.id !== undefined) url.searchParams.set('tabId', String(from.id));
  url.searchParams.set('model', modelId);
  await browser.tabs.create({ url: url.href, index: from ? from.index + 1 : undefined });
}
