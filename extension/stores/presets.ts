// The presets store: the user's workload presets and their operations, persisted and live across contexts.
import { create } from 'zustand';
import { duplicatePreset, mergePresets, restoreDefaultPresets, samePreset, type SkippedPreset } from '../../utils/presets';
import { presetsStorage, StorageRefusal, type WriteOutcome } from '../storage';
import { defaultPresets, type WorkloadPreset } from '../../utils/workloads';

/** A deleted preset and where it stood, so that Delete can be undone. */
export interface Removed {
  preset: WorkloadPreset;
  index: number;
}

export interface PresetsState {
  presets: WorkloadPreset[];
  loaded: boolean;
  /**
   * Saves a preset (by id; a new one is appended). With `base`, the version the edit started from,
   * the save is refused (StorageRefusal `conflict`) when the stored preset has changed since.
   */
  save(preset: WorkloadPreset, base?: WorkloadPreset): Promise<WriteOutcome>;
  duplicate(id: string, name: string): Promise<WorkloadPreset | undefined>;
  /** Deletes a preset (never the last); returns it and its place, for undo. */
  remove(id: string): Promise<Removed | undefined>;
  /** Puts a deleted preset back where it was. */
  undoRemove(removed: Removed): Promise<void>;
  restoreDefaults(): Promise<void>;
  /** Adds imported presets (same id: replaced); returns how many of each, and the ones there was no room for. */
  importPresets(imported: WorkloadPreset[]): Promise<{ added: number; replaced: number; skipped: SkippedPreset[] }>;
}

export const usePresetsStore = create<PresetsState>()((set) => {
  /** Changes the stored list as it is now (not this context's copy), so that edits from elsewhere are kept. */
  const change = async (edit: (presets: WorkloadPreset[]) => WorkloadPreset[]) => {
    const { value, outcome } = await presetsStorage.update(edit);
    set({ presets: value });
    return outcome;
  };
  return {
    presets: [...defaultPresets],
    loaded: false,
    save: (preset, base) =>
      change((presets) => {
        const stored = presets.find((p) => p.id === preset.id);
        if (base && stored && !samePreset(stored, base))
          throw new StorageRefusal('presets', 'conflict', `"${preset.name}" was changed elsewhere since this edit began`);
        return stored ? presets.map((p) => (p.id === preset.id ? preset : p)) : [...presets, preset];
      }),
    async duplicate(id, name) {
      let copy: WorkloadPreset | undefined;
      await change((presets) => {
        const source = presets.find((p) => p.id === id);
        if (!source) return presets;
        copy = duplicatePreset(presets, source, name);
        const at = presets.indexOf(source) + 1;
        return [...presets.slice(0, at), copy, ...presets.slice(at)];
      });
      return copy;
    },
    async remove(id) {
      let removed: Removed | undefined;
      // The last preset stays: every estimate needs one.
      await change((presets) => {
        const index = presets.findIndex((p) => p.id === id);
        if (index < 0 || presets.length <= 1) return presets;
        removed = { preset: presets[index]!, index };
        return presets.filter((p) => p.id !== id);
      });
      return removed;
    },
    async undoRemove({ preset, index }) {
      await change((presets) =>
        presets.some((p) => p.id === preset.id) ? presets : [...presets.slice(0, index), preset, ...presets.slice(index)],
      );
    },
    async restoreDefaults() {
      await change(restoreDefaultPresets);
    },
    async importPresets(imported) {
      let result = { added: 0, replaced: 0, skipped: [] as SkippedPreset[] };
      await change((presets) => {
        const merged = mergePresets(presets, imported);
        result = { added: merged.added, replaced: merged.replaced, skipped: merged.skipped };
        return merged.presets;
      });
      return result;
    },
  };
});

export function connectPresetsStore(): () => void {
  void presetsStorage.get().then((presets) => usePresetsStore.setState({ presets, loaded: true }));
  return presetsStorage.watch((presets) => usePresetsStore.setState({ presets }));
}
