// The user's values in browser storage (settings, presets, comparison): versioned, validated on every read, never lost.
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { presetListSchema } from '../utils/presets';
import { migratePresetsV1ToV2 } from '../utils/migrations';
import { defaultSettings, settingsSchema, type Settings } from '../utils/settings';
import { defaultPresets, type WorkloadPreset } from '../utils/workloads';

/** What a stored value looked like, per version; migrations turn one into the next. */
export const storageVersions = { settings: 1, presets: 2, comparison: 1 } as const;

/**
 * Migrations by target version (`{ 2: (v1) => v2 }`), pure so that each can be tested against a
 * fixture of the version before. They never throw: a value they cannot read passes through and
 * fails validation, which keeps it aside rather than losing it.
 */
export const migrations: Record<keyof typeof storageVersions, Record<number, (old: unknown) => unknown>> = {
  settings: {},
  presets: { 2: migratePresetsV1ToV2 },
  comparison: {},
};

export const MAX_COMPARED = 8;

export const comparisonSchema = z.strictObject({
  /** The models side by side in the popup, at most eight. */
  modelIds: z.array(z.string()).check(z.maxLength(MAX_COMPARED)),
});
export type Comparison = z.infer<typeof comparisonSchema>;

/** A stored value that failed its schema, kept so that nothing the user made is thrown away. */
export interface QuarantinedValue {
  key: string;
  value: unknown;
  reason: string;
  /** When it was set aside (ISO time). */
  at: string;
}

const quarantineItem = storage.defineItem<QuarantinedValue[]>('local:quarantine', { fallback: [] });

/** Values kept aside, newest last; the options page shows them. */
export const quarantine = {
  list: () => quarantineItem.getValue(),
  dismiss: async (at: string) => quarantineItem.setValue((await quarantineItem.getValue()).filter((q) => q.at !== at)),
  watch: (callback: (entries: QuarantinedValue[]) => void) => quarantineItem.watch((entries) => callback(entries ?? [])),
};

async function keepAside(key: string, value: unknown, reason: string): Promise<void> {
  const entries = await quarantineItem.getValue();
  // Only the last ten: enough to recover from, bounded in size.
  await quarantineItem.setValue([...entries, { key, value, reason, at: new Date().toISOString() }].slice(-10));
}

function isQuotaError(error: unknown): boolean {
  return /quota|QUOTA_BYTES/i.test(error instanceof Error ? error.message : String(error));
}

export interface StoredValue<T> {
  /** The value; when the stored one fails its schema, it is kept aside and the fallback returned. */
  get(): Promise<T>;
  /** Writes to sync storage, or to local storage when sync's quota is too small for it. */
  set(value: T): Promise<'sync' | 'local'>;
  /** Called with the new value whenever any context changes it. */
  watch(callback: (value: T) => void): () => void;
}

/**
 * A value kept in sync storage (so that it follows the user to their other browsers), with an
 * overflow copy in local storage for when it outgrows sync's per-item quota (8 KB in Chrome).
 */
function syncedValue<T>(name: keyof typeof storageVersions, schema: z.ZodMiniType<T>, fallback: () => T): StoredValue<T> {
  const options = { version: storageVersions[name], migrations: migrations[name] };
  const inSync = storage.defineItem<unknown>(`sync:${name}`, options);
  const inLocal = storage.defineItem<unknown>(`local:${name}`, options);

  const read = async (): Promise<T> => {
    const [local, synced] = await Promise.all([inLocal.getValue(), inSync.getValue()]);
    const raw = local ?? synced;
    if (raw === null || raw === undefined) return fallback();
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    await keepAside(name, raw, parsed.error.issues.map((i) => `${i.path.join('.') || name}: ${i.message}`).join('; '));
    const value = fallback();
    await write(value);
    return value;
  };

  const write = async (value: T): Promise<'sync' | 'local'> => {
    try {
      await inSync.setValue(value);
      await inLocal.removeValue();
      return 'sync';
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      await inLocal.setValue(value);
      await inSync.removeValue();
      return 'local';
    }
  };

  return {
    get: read,
    set: async (value) => write(schema.parse(value)),
    watch(callback) {
      const changed = () => void read().then(callback);
      const unwatchSync = inSync.watch(changed);
      const unwatchLocal = inLocal.watch(changed);
      return () => {
        unwatchSync();
        unwatchLocal();
      };
    },
  };
}

export const settingsStorage = syncedValue<Settings>('settings', settingsSchema, () => structuredClone(defaultSettings));
export const presetsStorage = syncedValue<WorkloadPreset[]>('presets', presetListSchema, () =>
  structuredClone([...defaultPresets]),
);
export const comparisonStorage = syncedValue<Comparison>('comparison', comparisonSchema, () => ({ modelIds: [] }));
