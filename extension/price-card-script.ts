// Puts the price card's script into the content script's world of the tab and frame that asks for it (the content script carries no card code).
import { browser } from 'wxt/browser';
import type { ReceivedMessage } from './messaging';

/** The built price card script (entrypoints/price-card.ts), an unlisted script: in no manifest list, not web-accessible. */
export const PRICE_CARD_FILE = '/price-card.js';

/**
 * Answers `loadPriceCard`: runs the card script in the sender's own frame, in the extension's isolated
 * world (where `executeScript` runs files), so that the page can neither see nor replace the card.
 * Only a content script in a tab may ask: anything else gets an error saying so.
 */
export async function injectPriceCard({ sender }: Pick<ReceivedMessage<'loadPriceCard'>, 'sender'>): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('only a content script in a tab can load the price card');
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [PRICE_CARD_FILE],
  });
}
