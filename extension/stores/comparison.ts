// The comparison store: which models the popup compares (at most eight), persisted.
import { create } from 'zustand';
import { comparisonStorage, MAX_COMPARED } from '../storage';

export interface ComparisonState {
  modelIds: string[];
  loaded: boolean;
  /** Adds a model at the end; false when eight are already compared. */
  add(modelId: string): Promise<boolean>;
  remove(modelId: string): Promise<void>;
  toggle(modelId: string): Promise<boolean>;
}

export const useComparisonStore = create<ComparisonState>()((set, get) => {
  const commit = async (modelIds: string[]) => {
    set({ modelIds });
    await comparisonStorage.set({ modelIds });
  };
  return {
    modelIds: [],
    loaded: false,
    async add(modelId) {
      const { modelIds } = get();
      if (modelIds.includes(modelId)) return true;
      if (modelIds.length >= MAX_COMPARED) return false;
      await commit([...modelIds, modelId]);
      return true;
    },
    remove: (modelId) => commit(get().modelIds.filter((id) => id !== modelId)),
    async toggle(modelId) {
      if (get().modelIds.includes(modelId)) {
        await get().remove(modelId);
        return true;
      }
      return get().add(modelId);
    },
  };
});

export function connectComparisonStore(): () => void {
  void comparisonStorage.get().then(({ modelIds }) => useComparisonStore.setState({ modelIds, loaded: true }));
  return comparisonStorage.watch(({ modelIds }) => useComparisonStore.setState({ modelIds }));
}
