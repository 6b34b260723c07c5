// Puts the stores the popup and options share into a known state for a component test.
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, type Settings } from '../../utils/settings';
import { storageVersions } from '../../extension/storage';
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
  useSettingsStore.setState({
    settings: { ...defaultSettings, ...settings },
    loaded: true,
    browserLanguage: 'en-US',
    lastWrite: undefined,
  });
  usePresetsStore.setState({ presets: structuredClone([...presets]), loaded: true });
  useComparisonStore.setState({ modelIds: [...compared], offers: {}, loaded: true });
  usePriceChangesStore.setState({ seen: undefined, loaded: true });
  useUserPricesStore.setState({ prices: { rates: [], discounts: [], customModels: [] }, loaded: true });
  // The stores change what is stored (not their own copy), so storage starts where the stores do.
  // fakeBrowser writes its data synchronously, before the promise settles.
  // Each value is stored as the current version (`<name>$`), so reading it needs no migration.
  void fakeBrowser.storage.sync.set({
    settings: useSettingsStore.getState().settings,
    settings$: { v: storageVersions.settings },
    presets: usePresetsStore.getState().presets,
    presets$: { v: storageVersions.presets },
    comparison: { modelIds: [...compared], offers: {} },
    comparison$: { v: storageVersions.comparison },
  });
}
