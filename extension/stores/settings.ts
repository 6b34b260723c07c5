// The settings store: shared by popup and options, loaded from storage, kept live across contexts, written at a pace sync allows.
import { create } from 'zustand';
import { localize, type Localization } from '../../utils/i18n';
import { errorMessage } from '../../utils/log';
import { defaultSettings, type Settings } from '../../utils/settings';
import { setDebugLogging, logger } from '../log';
import { settingsStorage, StorageRefusal, type WriteOutcome } from '../storage';

const log = logger('storage');

/** What became of the last change: written (and where), or refused (and why, for the UI to say). */
export type SettingsWrite = WriteOutcome | { refused: StorageRefusal['code'] | 'failed'; message: string };

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** The browser's UI language, for `language: 'auto'`. */
  browserLanguage: string;
  /** The outcome of the last write, once it is known. */
  lastWrite?: SettingsWrite;
  /**
   * Shows a change at once and writes it soon: changes that follow each other quickly (typing a rate)
   * are written together, at most one write a second (sync allows 120 a minute). Resolves with the outcome.
   */
  update(patch: Partial<Settings>): Promise<SettingsWrite>;
}

/** The least time between two writes of settings, in ms. */
export const SETTINGS_WRITE_INTERVAL_MS = 1_000;

let pending: Partial<Settings> | undefined;
let waiting: ((outcome: SettingsWrite) => void)[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let lastWriteAt = Number.NEGATIVE_INFINITY;

/** Stored settings with the changes not yet written on top, so that an echo of an older write never undoes typing. */
const withPending = (settings: Settings): Settings => (pending ? { ...settings, ...pending } : settings);

async function flush(): Promise<void> {
  timer = undefined;
  const patch = pending ?? {};
  const resolvers = waiting;
  pending = undefined;
  waiting = [];
  lastWriteAt = Date.now();
  let outcome: SettingsWrite;
  try {
    const written = await settingsStorage.update((current) => ({ ...current, ...patch }));
    outcome = written.outcome;
    useSettingsStore.setState({ settings: withPending(written.value) });
  } catch (error) {
    log.warn('settings not saved', errorMessage(error));
    outcome =
      error instanceof StorageRefusal
        ? { refused: error.code, message: error.message }
        : { refused: 'failed', message: errorMessage(error) };
    // Show what is stored, not a change that was not kept.
    useSettingsStore.setState({ settings: withPending(await settingsStorage.get()) });
  }
  useSettingsStore.setState({ lastWrite: outcome });
  for (const resolve of resolvers) resolve(outcome);
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  settings: defaultSettings,
  loaded: false,
  browserLanguage: 'en',
  update(patch) {
    set({ settings: { ...get().settings, ...patch } });
    pending = { ...pending, ...patch };
    const done = new Promise<SettingsWrite>((resolve) => waiting.push(resolve));
    timer ??= setTimeout(() => void flush(), Math.max(0, lastWriteAt + SETTINGS_WRITE_INTERVAL_MS - Date.now()));
    return done;
  },
}));

/** Loads the stored settings and follows changes made in any other context. */
export function connectSettingsStore(browserLanguage: string): () => void {
  useSettingsStore.setState({ browserLanguage });
  void settingsStorage.get().then((settings) => useSettingsStore.setState({ settings: withPending(settings), loaded: true }));
  const unsubscribe = useSettingsStore.subscribe((state) => setDebugLogging(state.settings.debugLogging));
  const unwatch = settingsStorage.watch((settings) => useSettingsStore.setState({ settings: withPending(settings) }));
  // A page closed within a second of a change still starts its write.
  const flushNow = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    void flush();
  };
  globalThis.addEventListener?.('pagehide', flushNow);
  return () => {
    unsubscribe();
    unwatch();
    globalThis.removeEventListener?.('pagehide', flushNow);
  };
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
