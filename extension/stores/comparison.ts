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

export const useComparisonStore = create<ComparisonState>()((set, get) => ({
  modelIds: [],
  loaded: false,
  async add(modelId) {
    let added = false;
    // Against the stored list, so that a model added in another context at the same time is kept.
    const { value } = await comparisonStorage.update(({ modelIds }) => {
      added = modelIds.includes(modelId) || modelIds.length < MAX_COMPARED;
      return { modelIds: added && !modelIds.includes(modelId) ? [...modelIds, modelId] : modelIds };
    });
    set({ modelIds: value.modelIds });
    return added;
  },
  async remove(modelId) {
    const { value } = await comparisonStorage.update(({ modelIds }) => ({ modelIds: modelIds.filter((id) => id !== modelId) }));
    set({ modelIds: value.modelIds });
  },
  async toggle(modelId) {
    if (get().modelIds.includes(modelId)) {
      await get().remove(modelId);
      return true;
    }
    return get().add(modelId);
  },
}));

export function connectComparisonStore(): () => void {
  void comparisonStorage.get().then(({ modelIds }) => useComparisonStore.setState({ modelIds, loaded: true }));
  return comparisonStorage.watch(({ modelIds }) => useComparisonStore.setState({ modelIds }));
}
