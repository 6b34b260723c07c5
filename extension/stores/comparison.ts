// The comparison store: which models the popup compares (at most eight) and the offer each is priced at, persisted.
import { create } from 'zustand';
import type { OfferRef } from '../../utils/offers';
import { comparisonStorage, MAX_COMPARED, type Comparison } from '../storage';

export interface ComparisonState {
  modelIds: string[];
  /** The offer a compared model is priced at, by model id; absent: its creator's own API. */
  offers: Comparison['offers'];
  loaded: boolean;
  /**
   * Adds a model at the end, priced at `offer` (a seller's; undefined: its creator's own API, see
   * `storedOffer`). A model already compared keeps the offer chosen for it. False when eight are
   * already compared.
   */
  add(modelId: string, offer?: OfferRef): Promise<boolean>;
  remove(modelId: string): Promise<void>;
  toggle(modelId: string, offer?: OfferRef): Promise<boolean>;
  /** Prices a compared model at another offer (undefined: its creator's own API). */
  setOffer(modelId: string, offer: OfferRef | undefined): Promise<void>;
}

/** What is stored for an offer: its seller, and its region only where it has one. */
function stored(offer: OfferRef | undefined): Comparison['offers'][string] | undefined {
  if (!offer) return undefined;
  return offer.region === undefined ? { seller: offer.seller } : { seller: offer.seller, region: offer.region };
}

function without(offers: Comparison['offers'], modelId: string): Comparison['offers'] {
  const { [modelId]: _removed, ...rest } = offers;
  return rest;
}

export const useComparisonStore = create<ComparisonState>()((set, get) => ({
  modelIds: [],
  offers: {},
  loaded: false,
  async add(modelId, offer) {
    let added = false;
    // Against the stored list, so that a model added in another context at the same time is kept.
    const { value } = await comparisonStorage.update((current) => {
      const { modelIds, offers } = current;
      if (modelIds.includes(modelId)) {
        added = true;
        return current;
      }
      added = modelIds.length < MAX_COMPARED;
      if (!added) return current;
      const chosen = stored(offer);
      return { modelIds: [...modelIds, modelId], offers: chosen ? { ...offers, [modelId]: chosen } : offers };
    });
    set({ modelIds: value.modelIds, offers: value.offers });
    return added;
  },
  async remove(modelId) {
    const { value } = await comparisonStorage.update(({ modelIds, offers }) => ({
      modelIds: modelIds.filter((id) => id !== modelId),
      offers: without(offers, modelId),
    }));
    set({ modelIds: value.modelIds, offers: value.offers });
  },
  async toggle(modelId, offer) {
    if (get().modelIds.includes(modelId)) {
      await get().remove(modelId);
      return true;
    }
    return get().add(modelId, offer);
  },
  async setOffer(modelId, offer) {
    const { value } = await comparisonStorage.update((current) => {
      if (!current.modelIds.includes(modelId)) return current;
      const chosen = stored(offer);
      const rest = without(current.offers, modelId);
      return { modelIds: current.modelIds, offers: chosen ? { ...rest, [modelId]: chosen } : rest };
    });
    set({ modelIds: value.modelIds, offers: value.offers });
  },
}));

export function connectComparisonStore(): () => void {
  void comparisonStorage.get().then(({ modelIds, offers }) => useComparisonStore.setState({ modelIds, offers, loaded: true }));
  return comparisonStorage.watch(({ modelIds, offers }) => useComparisonStore.setState({ modelIds, offers }));
}
