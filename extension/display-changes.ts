// Tells a content script when what its tags show may have changed (settings, presets, live prices or the user's own, in any storage area).
import { browser, type Browser } from 'wxt/browser';

/**
 * The stored values that change what tags show, per storage area (the keys of extension/storage and
 * its neighbours). Read straight from `browser.storage`: the content script stays small.
 */
const WATCHED: Readonly<Record<string, readonly string[]>> = {
  sync: ['settings', 'presets', 'userPrices'],
  // The live price feed and the user's own prices change prices too.
  local: ['settings', 'presets', 'priceFeed', 'userPrices'],
};

/** Whether a change really changed the value (a write of the same value changes nothing shown). */
const changed = ({ oldValue, newValue }: Browser.storage.StorageChange) =>
  JSON.stringify(oldValue ?? null) !== JSON.stringify(newValue ?? null);

/** Calls `callback` whenever settings or presets change anywhere; returns the unsubscribe. Reads nothing itself. */
export function watchDisplayChanges(callback: () => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (WATCHED[area]?.some((key) => changes[key] !== undefined && changed(changes[key]))) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
