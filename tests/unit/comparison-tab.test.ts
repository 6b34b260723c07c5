// "Compare in TokenTag": one TokenTag tab, reused; the decision (utils) and the browser calls (extension).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { comparisonUrl, decideComparisonTab, isComparisonTab } from '../../utils/comparison-tab';
import { openOrFocusComparison } from '../../extension/comparison-tab';

const popupUrl = 'chrome-extension://abc/popup.html';

describe('comparisonUrl', () => {
  it('asks for the tab layout, the asking tab and the model', () => {
    const url = new URL(comparisonUrl({ popupUrl, modelId: 'gpt-5.2', sourceTab: { id: 7, index: 2 } }));
    expect(url.pathname).toBe('/popup.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({ view: 'tab', tabId: '7', model: 'gpt-5.2' });
  });
});

describe('isComparisonTab', () => {
  it.each([
    ['chrome-extension://abc/popup.html?view=tab&model=x', true],
    ['chrome-extension://abc/popup.html?tabId=3', false],
    ['chrome-extension://abc/options.html?view=tab', false],
    ['chrome-extension://other/popup.html?view=tab', false],
    ['https://openai.com/api/pricing', false],
    ['', false],
    [undefined, false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isComparisonTab(url, popupUrl)).toBe(expected);
  });
});

describe('decideComparisonTab', () => {
  const request = { popupUrl, modelId: 'o3', sourceTab: { id: 4, index: 1, windowId: 9 } };

  it('opens a new tab right after the asking page when none is open', () => {
    const action = decideComparisonTab([{ id: 4, url: 'https://openai.com/api/pricing', windowId: 9 }], request);
    expect(action).toEqual({ kind: 'create', url: comparisonUrl(request), index: 2, windowId: 9 });
  });

  it('reuses an open TokenTag tab, navigated to the new model', () => {
    const action = decideComparisonTab([{ id: 12, url: `${popupUrl}?view=tab&model=gpt-5.2`, windowId: 1 }], request);
    expect(action).toEqual({ kind: 'focus', tabId: 12, windowId: 1, url: comparisonUrl(request) });
  });

  it('prefers the TokenTag tab in the asking window', () => {
    const action = decideComparisonTab(
      [
        { id: 12, url: `${popupUrl}?view=tab`, windowId: 1 },
        { id: 13, url: `${popupUrl}?view=tab`, windowId: 9 },
      ],
      request,
    );
    expect(action).toMatchObject({ kind: 'focus', tabId: 13 });
  });

  it('does not reuse a popup page opened without the tab layout', () => {
    expect(decideComparisonTab([{ id: 12, url: `${popupUrl}?tabId=3` }], request).kind).toBe('create');
  });
});

describe('openOrFocusComparison', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // fakeBrowser has no getContexts: answer it from the fake's tabs, as Chrome does for the extension's own pages.
    vi.spyOn(fakeBrowser.runtime, 'getContexts').mockImplementation(async () =>
      (await fakeBrowser.tabs.query({})).map(
        (tab) => ({ tabId: tab.id!, windowId: tab.windowId, documentUrl: tab.url }) as never,
      ),
    );
  });

  it('opens one tab, then reuses it instead of opening a second', async () => {
    const page = await fakeBrowser.tabs.create({ url: 'https://openai.com/api/pricing' });
    const first = await openOrFocusComparison('gpt-5.2', page);
    expect(first.kind).toBe('create');
    const second = await openOrFocusComparison('o3', page);
    expect(second.kind).toBe('focus');
    const ours = (await fakeBrowser.tabs.query({})).filter((tab) =>
      isComparisonTab(tab.url, fakeBrowser.runtime.getURL('/popup.html')),
    );
    expect(ours).toHaveLength(1);
    expect(new URL(ours[0]!.url!).searchParams.get('model')).toBe('o3');
  });
});
