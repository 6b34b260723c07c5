// Puts the stores the popup and options share into a known state for a component test.
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, type Settings } from '../../utils/settings';
import { useComparisonStore } from '../../extension/stores/comparison';
import { usePresetsStore } from '../../extension/stores/presets';
import { useSettingsStore } from '../../extension/stores/settings';
import { useUserPricesStore } from '../../extension/stores/user-prices';
import { usePriceChangesStore } from '../../extension/stores/price-changes';
import { defaultPresets, type WorkloadPreset } from '../../utils/workloads';

export function resetStores({
  settings = {},
  presets = defaultPresets,
  compared = [],
}: { settings?: Partial<Settings>; presets?: readonly WorkloadPreset[]; compared?: string[] } = {}): void {
  cleanup();
  fakeBrowser.reset();
  useSettingsStore.setState({ settings: { ...defaultSettings, ...settings }, loaded: true, browserLanguage: 'en-US' });
  usePresetsStore.setState({ presets: structuredClone([...presets]), loaded: true });
  useComparisonStore.setState({ modelIds: [...compared], loaded: true });
  usePriceChangesStore.setState({ seen: undefined, loaded: true });
  useUserPricesStore.setState({ prices: { rates: [], discounts: [], customModels: [] }, loaded: true });
  // The stores change what is stored (not their own copy), so storage starts where the stores do.
  // fakeBrowser writes its data synchronously, before the promise settles.
  void fakeBrowser.storage.sync.set({
    settings: useSettingsStore.getState().settings,
    presets: usePresetsStore.getState().presets,
    comparison: { modelIds: [...compared] },
  });
}
