// The settings store: shared by popup and options, loaded from storage and kept live across contexts.
import { create } from 'zustand';
import { localize, type Localization } from '../../utils/i18n';
import { defaultSettings, type Settings } from '../../utils/settings';
import { settingsStorage } from '../storage';

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** The browser's UI language, for `language: 'auto'`. */
  browserLanguage: string;
  update(patch: Partial<Settings>): Promise<void>;
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  settings: defaultSettings,
  loaded: false,
  browserLanguage: 'en',
  async update(patch) {
    const settings = { ...get().settings, ...patch };
    set({ settings });
    await settingsStorage.set(settings);
  },
}));

/** Loads the stored settings and follows changes made in any other context. */
export function connectSettingsStore(browserLanguage: string): () => void {
  useSettingsStore.setState({ browserLanguage });
  void settingsStorage.get().then((settings) => useSettingsStore.setState({ settings, loaded: true }));
  return settingsStorage.watch((settings) => useSettingsStore.setState({ settings }));
}

/** The UI language and its translator, from a settings state. */
export function localizationOf(state: Pick<SettingsState, 'settings' | 'browserLanguage'>): Localization {
  return localize(state.settings.language, state.browserLanguage);
}

/** The current language and translator, re-rendering when the language setting changes. */
export function useLocalization(): Localization {
  const language = useSettingsStore((state) => state.settings.language);
  const browserLanguage = useSettingsStore((state) => state.browserLanguage);
  return localize(language, browserLanguage);
}
