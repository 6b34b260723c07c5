// The presets store: the user's workload presets and their operations, persisted and live across contexts.
import { create } from 'zustand';
import { duplicatePreset, mergePresets, restoreDefaultPresets, uniqueId } from '../../utils/presets';
import { presetsStorage } from '../storage';
import { defaultPresets, type WorkloadPreset } from '../../utils/workloads';

export interface PresetsState {
  presets: WorkloadPreset[];
  loaded: boolean;
  /** Saves a new version of a preset (by id). */
  save(preset: WorkloadPreset): Promise<void>;
  /** Adds a preset with the chat preset's numbers; returns it. */
  create(name: string): Promise<WorkloadPreset>;
  duplicate(id: string, name: string): Promise<WorkloadPreset | undefined>;
  remove(id: string): Promise<void>;
  restoreDefaults(): Promise<void>;
  /** Adds imported presets (same id: replaced); returns how many of each. */
  importPresets(imported: WorkloadPreset[]): Promise<{ added: number; replaced: number }>;
}

export const usePresetsStore = create<PresetsState>()((set, get) => {
  const commit = async (presets: WorkloadPreset[]) => {
    set({ presets });
    await presetsStorage.set(presets);
  };
  return {
    presets: [...defaultPresets],
    loaded: false,
    save: (preset) => commit(get().presets.map((p) => (p.id === preset.id ? preset : p))),
    async create(name) {
      const template = defaultPresets[0]!;
      const preset = { id: uniqueId(name, get().presets), name, description: '', workload: { ...template.workload } };
      await commit([...get().presets, preset]);
      return preset;
    },
    async duplicate(id, name) {
      const source = get().presets.find((p) => p.id === id);
      if (!source) return undefined;
      const copy = duplicatePreset(get().presets, source, name);
      const at = get().presets.indexOf(source) + 1;
      await commit([...get().presets.slice(0, at), copy, ...get().presets.slice(at)]);
      return copy;
    },
    // The last preset stays: every estimate needs one.
    remove: (id) => (get().presets.length > 1 ? commit(get().presets.filter((p) => p.id !== id)) : Promise.resolve()),
    restoreDefaults: () => commit(restoreDefaultPresets(get().presets)),
    async importPresets(imported) {
      const { presets, added, replaced } = mergePresets(get().presets, imported);
      await commit(presets);
      return { added, replaced };
    },
  };
});

export function connectPresetsStore(): () => void {
  void presetsStorage.get().then((presets) => usePresetsStore.setState({ presets, loaded: true }));
  return presetsStorage.watch((presets) => usePresetsStore.setState({ presets }));
}
