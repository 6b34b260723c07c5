// The background's answer to `loadPriceCard`: the card's script goes into the asking tab's own frame, and only a tab may ask.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectPriceCard, PRICE_CARD_FILE } from '../../extension/price-card-script';

/** fakeBrowser has no scripting.executeScript of its own. */
function fakeExecuteScript(result: () => Promise<unknown> = async () => []) {
  const executeScript = vi.fn(result);
  Object.assign(fakeBrowser.scripting, { executeScript });
  return executeScript;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('injectPriceCard', () => {
  it('runs the price card script in the sender’s tab and frame', async () => {
    const executeScript = fakeExecuteScript();
    await injectPriceCard({ sender: { tab: { id: 7 } as never, frameId: 3 } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [PRICE_CARD_FILE] });
    expect(PRICE_CARD_FILE).toBe('/price-card.js');
  });

  it('takes the top frame when the sender names none', async () => {
    const executeScript = fakeExecuteScript();
    await injectPriceCard({ sender: { tab: { id: 7 } as never } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [PRICE_CARD_FILE] });
  });

  it('refuses a sender that is not a tab’s content script, and runs nothing', async () => {
    const executeScript = fakeExecuteScript();
    await expect(injectPriceCard({ sender: { id: 'popup' } })).rejects.toThrow('only a content script in a tab');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('passes the browser’s refusal on to the content script, which logs it', async () => {
    fakeExecuteScript(async () => {
      throw new Error('Missing host permission for the tab');
    });
    await expect(injectPriceCard({ sender: { tab: { id: 7 } as never, frameId: 0 } })).rejects.toThrow(
      'Missing host permission for the tab',
    );
  });
});
