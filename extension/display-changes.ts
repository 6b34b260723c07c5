// Tells a content script when what its tags show may have changed (settings, presets, live prices or the user's own, in any storage area).
import { storage } from 'wxt/utils/storage';

/** Calls `callback` whenever settings or presets change anywhere; returns the unsubscribe. Reads nothing itself. */
export function watchDisplayChanges(callback: () => void): () => void {
  // The live price feed and the user's own prices change prices too.
  const keys = [
    'sync:settings',
    'local:settings',
    'sync:presets',
    'local:presets',
    'local:priceFeed',
    'sync:userPrices',
    'local:userPrices',
  ] as const;
  const unwatch = keys.map((key) => storage.watch(key, () => callback()));
  return () => unwatch.forEach((stop) => stop());
}
