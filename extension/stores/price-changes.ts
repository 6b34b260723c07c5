// The "what changed" store: the prices the user last looked at, live across contexts, and the action that marks them seen.
import { create } from 'zustand';
import type { Catalog } from '../../pricing-data/validate';
import type { IsoDay } from '../../utils/catalog';
import type { PriceSnapshot } from '../../utils/price-changes';
import { logger } from '../log';
import { markPricesSeen, readSeenPrices, watchSeenPrices } from '../price-changes';

export interface PriceChangesState {
  seen?: PriceSnapshot;
  loaded: boolean;
  markSeen(catalog: Catalog, day: IsoDay): Promise<void>;
}

export const usePriceChangesStore = create<PriceChangesState>()((set) => ({
  loaded: false,
  async markSeen(catalog, day) {
    set({ seen: await markPricesSeen(catalog, day) });
  },
}));

/** Loads the last-seen prices and follows changes; returns the unsubscribe. */
export function connectPriceChangesStore(): () => void {
  readSeenPrices().then(
    (seen) => usePriceChangesStore.setState({ seen, loaded: true }),
    (error: unknown) => logger('price-changes').error('could not read the last-seen prices', error),
  );
  return watchSeenPrices((seen) => usePriceChangesStore.setState({ seen }));
}
