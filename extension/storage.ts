// The user's values in browser storage (settings, presets, comparison): versioned, migrated and validated on every read, never lost.
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { errorMessage } from '../utils/log';
import { migrateComparisonV1ToV2, migratePresetsV1ToV2 } from '../utils/migrations';
import { mergePresets, presetListSchema, salvagePresets } from '../utils/presets';
import { salvageSettings, settingsSchema, type Salvaged, type Settings } from '../utils/settings';
import type { SetAsideFile, StoredKey } from '../utils/set-aside';
import { noUserPrices, salvageUserPrices, sameOffer, userPricesSchema, type UserPrices } from '../utils/user-prices';
import type { WorkloadPreset } from '../utils/workloads';
import { logger } from './log';

const log = logger('storage');

/** What a stored value looked like, per version; migrations turn one into the next. */
export const storageVersions = { settings: 1, presets: 2, comparison: 2, userPrices: 1 } as const satisfies Record<
  StoredKey,
  number
>;

/** A pure step from the version before to the one it is filed under; it may throw on a value it cannot read. */
export type Migration = (old: unknown) => unknown;

/**
 * Migrations by target version (`{ 2: (v1) => v2 }`), pure so that each can be tested against a
 * fixture of the version before. A value they cannot read is set aside rather than lost.
 */
export const migrations: Record<StoredKey, Record<number, Migration>> = {
  settings: {},
  presets: { 2: migratePresetsV1ToV2 },
  comparison: { 2: migrateComparisonV1ToV2 },
  userPrices: {},
};

/** Runs the migrations from version `from` up to `to` on a stored value. */
export function migrateValue(value: unknown, from: number, to: number, steps: Record<number, Migration>): unknown {
  let migrated = value;
  for (let v = from + 1; v <= to; v++) {
    const step = steps[v];
    if (!step) throw new Error(`no migration into version ${v}`);
    migrated = step(migrated);
  }
  return migrated;
}

export const MAX_COMPARED = 8;

/** The offer a compared model is priced at: a seller's (in a region where its price depends on one). */
const comparedOfferSchema = z.strictObject({
  seller: z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(100)),
  region: z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(100))),
});

export const comparisonSchema = z.strictObject({
  /** The models side by side in the popup, at most eight. */
  modelIds: z.array(z.string()).check(z.maxLength(MAX_COMPARED)),
  /** The offer each compared model is priced at, by model id; a model absent here is priced at its creator's own API (v2). */
  offers: z.record(z.string(), comparedOfferSchema),
});
export type Comparison = z.infer<typeof comparisonSchema>;

/**
 * Reads a stored comparison model by model: every id that is a string is kept, up to eight, with
 * its chosen offer where that is well formed (a damaged offer prices the model at its creator's).
 */
export function salvageComparison(raw: unknown): Salvaged<Comparison> {
  const record = (raw ?? {}) as { modelIds?: unknown; offers?: unknown };
  const list = Array.isArray(record.modelIds) ? record.modelIds : [];
  const modelIds = [...new Set(list.filter((id): id is string => typeof id === 'string' && id.length <= 200))].slice(
    0,
    MAX_COMPARED,
  );
  const stored = typeof record.offers === 'object' && record.offers !== null ? (record.offers as Record<string, unknown>) : {};
  const offers: Comparison['offers'] = {};
  for (const id of modelIds) {
    const offer = comparedOfferSchema.safeParse(stored[id]);
    if (offer.success) offers[id] = offer.data;
  }
  const parsed = comparisonSchema.safeParse(raw);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `comparison.${i.path.join('.')}: ${i.message}`);
  return { value: { modelIds, offers }, problems, rejected: problems.length > 0 ? raw : undefined };
}

/** A stored value (or the part of one) that failed its schema, kept so that nothing the user made is thrown away. */
export interface QuarantinedValue {
  /** Identifies the entry (older entries have only `at`). */
  id?: string;
  key: StoredKey;
  /** What was set aside, in the shape of `storedVersion`; a preview string when `inPlace`. */
  value: unknown;
  reason: string;
  /** When it was set aside (ISO time). */
  at: string;
  /** The version of the stored value's format that `value` has. */
  storedVersion?: number;
  /**
   * Set when the value was too large to copy: it stays where it is stored, untouched, and saving over
   * it is refused until the user downloads or dismisses it.
   */
  inPlace?: { area: 'sync' | 'local'; bytes: number };
  /** Tells one set-aside value from another, so that the same one is never kept twice. */
  fingerprint?: string;
}

/** Above this size (bytes of JSON) a value is not copied aside but kept in place (local storage holds 10 MB in all). */
export const MAX_SET_ASIDE_BYTES = 256_000;
/** How many set-aside values are kept: enough to recover from, bounded in size. */
export const MAX_SET_ASIDE = 10;
const QUARANTINE_KEY = 'quarantine';

/** Runs a task alone among every context of the extension (Web Locks), or at least within this one. */
const queues = new Map<string, Promise<unknown>>();
function exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`tokentag:${name}`, task) as Promise<T>;
  const run = (queues.get(name) ?? Promise.resolve()).then(task, task);
  // The queue only orders the tasks: each caller gets (and handles) its own task's failure.
  queues.set(
    name,
    run.then(
      () => undefined,
      (error: unknown) => log.debug(`a queued ${name} task failed; its caller was told`, error),
    ),
  );
  return run;
}

/** FNV-1a over a value's JSON: cheap, and enough to tell set-aside values apart. */
function fingerprintOf(json: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) hash = Math.imul(hash ^ json.charCodeAt(i), 0x01000193);
  return `${json.length}:${(hash >>> 0).toString(16)}`;
}

async function readQuarantine(): Promise<QuarantinedValue[]> {
  const stored = (await browser.storage.local.get(QUARANTINE_KEY))[QUARANTINE_KEY];
  return Array.isArray(stored) ? (stored as QuarantinedValue[]) : [];
}

const entryId = (entry: QuarantinedValue) => entry.id ?? entry.at;

/** How a value was set aside: copied, kept in place (too large), or not at all (storage failed). */
type KeptAs = 'copied' | 'inPlace' | 'failed';

/** Adds a set-aside value; serialised, so that values arriving together are all kept. */
function keepAside(entry: Omit<QuarantinedValue, 'id' | 'at' | 'fingerprint'>, area: 'sync' | 'local'): Promise<KeptAs> {
  const json = JSON.stringify(entry.value) ?? 'undefined';
  const fingerprint = fingerprintOf(json);
  const bytes = new TextEncoder().encode(json).length;
  const inPlace = bytes > MAX_SET_ASIDE_BYTES;
  const record: QuarantinedValue = {
    ...entry,
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    fingerprint,
    ...(inPlace ? { value: `${json.slice(0, 2_000)}…`, inPlace: { area, bytes } } : {}),
  };
  return exclusive(QUARANTINE_KEY, async () => {
    try {
      const entries = await readQuarantine();
      if (!entries.some((e) => e.key === entry.key && e.fingerprint === fingerprint)) {
        await browser.storage.local.set({ [QUARANTINE_KEY]: [...entries, record].slice(-MAX_SET_ASIDE) });
        log.warn(`set aside ${entry.key}${inPlace ? ` (kept in place, ${bytes} bytes)` : ''}`, entry.reason);
      }
      return inPlace ? 'inPlace' : 'copied';
    } catch (error) {
      log.error(`could not set aside ${entry.key}; the stored value is left as it is`, errorMessage(error));
      return 'failed';
    }
  });
}

/** Why a write was refused; `code` lets a UI say it in its own language. */
export class StorageRefusal extends Error {
  constructor(
    readonly key: StoredKey,
    readonly code: 'newer' | 'inPlace' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'StorageRefusal';
  }
}

/** Where a write went: sync, or this device only (too large for sync, or sync's write rate was used up). */
export type WriteOutcome = 'sync' | 'local-too-large' | 'local-rate-limited';

/** The state of one stored value as this context last read it. */
export interface StoredStatus {
  /** The stored value's version when a newer TokenTag wrote it: it is read, never written over. */
  newer?: number;
  /** A value too large to set aside is in place; saving over it waits for the user. */
  inPlace?: boolean;
}
const statuses: Record<StoredKey, StoredStatus> = { settings: {}, presets: {}, comparison: {}, userPrices: {} };
const statusListeners = new Set<(statuses: Record<StoredKey, StoredStatus>) => void>();
function setStatus(key: StoredKey, status: StoredStatus) {
  if (statuses[key].newer === status.newer && statuses[key].inPlace === status.inPlace) return;
  statuses[key] = status;
  for (const listener of statusListeners) listener({ ...statuses });
}

/** Whether a stored value came from a newer TokenTag or waits in place; the options page and popup say so. */
export const storageStatus = {
  get: (): Record<StoredKey, StoredStatus> => ({ ...statuses }),
  watch(callback: (statuses: Record<StoredKey, StoredStatus>) => void): () => void {
    statusListeners.add(callback);
    return () => statusListeners.delete(callback);
  },
};

function quotaKind(error: unknown): 'size' | 'rate' | undefined {
  const message = errorMessage(error);
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED/i.test(message)) return 'rate';
  if (/quota|QUOTA_BYTES/i.test(message)) return 'size';
  return undefined;
}

export interface StoredValue<T> {
  /** The value, migrated and validated; never rejects (a damaged part is set aside and falls back). */
  get(): Promise<T>;
  /** Writes a whole value (see `update`). */
  set(value: T): Promise<WriteOutcome>;
  /**
   * Reads the stored value afresh, applies `change`, and writes the result, alone among every
   * context, so that two saves at once both count. Refused (StorageRefusal) over a newer version's
   * value or one kept in place.
   */
  update(change: (current: T) => T): Promise<{ value: T; outcome: WriteOutcome }>;
  /** Called with the value whenever any context (or sync) changes it. */
  watch(callback: (value: T) => void): () => void;
  /** Lets the readable part replace a stored value kept in place (the user dismissed it). */
  replaceInPlace(): Promise<WriteOutcome>;
}

interface Kind<T> {
  name: StoredKey;
  version: number;
  steps: Record<number, Migration>;
  schema: z.ZodMiniType<T>;
  fallback: () => T;
  /** Reads what can be read: every valid field or item kept; the rest listed and returned to set aside. */
  salvage(raw: unknown, newer: boolean): Salvaged<T>;
}

/**
 * A value kept in sync storage (so that it follows the user to their other browsers), with an
 * overflow copy in local storage for when it outgrows sync's per-item quota (8 KB in Chrome).
 * The format's version is kept beside it under `<name>$` (`{ v }`).
 */
export function defineStoredValue<T>({ name, version, steps, schema, fallback, salvage }: Kind<T>): StoredValue<T> {
  const metaKey = `${name}$`;

  const readRaw = async () => {
    const [local, synced] = await Promise.all([
      browser.storage.local.get([name, metaKey]),
      browser.storage.sync.get([name, metaKey]),
    ]);
    const found = local[name] !== undefined && local[name] !== null ? local : synced;
    const area: 'local' | 'sync' = found === local ? 'local' : 'sync';
    const meta = found[metaKey] as { v?: unknown } | undefined;
    const storedVersion = typeof meta?.v === 'number' && meta.v >= 1 ? meta.v : 1;
    return { raw: found[name], area, storedVersion };
  };

  const write = async (value: T): Promise<WriteOutcome> => {
    const record = { [name]: value, [metaKey]: { v: version } };
    try {
      await browser.storage.sync.set(record);
      await browser.storage.local.remove([name, metaKey]);
      return 'sync';
    } catch (error) {
      const kind = quotaKind(error);
      if (!kind) throw error;
      log.warn(`${name}: sync refused the write (${kind}); kept on this device`, errorMessage(error));
      // The local copy is read first, so it wins until a later write fits sync again.
      await browser.storage.local.set(record);
      return kind === 'size' ? 'local-too-large' : 'local-rate-limited';
    }
  };

  /** Reads, migrates and validates; repairs the stored value only when what it loses is safely aside. */
  const readLocked = async (): Promise<{ value: T; status: StoredStatus }> => {
    const { raw, area, storedVersion } = await readRaw();
    if (raw === undefined || raw === null) {
      setStatus(name, {});
      return { value: fallback(), status: {} };
    }
    if (storedVersion > version) {
      // A newer TokenTag wrote it (on this device or synced from another): read what this build can, touch nothing.
      const status = { newer: storedVersion };
      setStatus(name, status);
      return { value: salvage(raw, true).value, status };
    }
    let migrated: unknown = raw;
    let migrationProblem: string | undefined;
    try {
      migrated = migrateValue(raw, storedVersion, version, steps);
    } catch (error) {
      migrationProblem = `${name}: migration from version ${storedVersion} failed: ${errorMessage(error)}`;
      log.error(migrationProblem, error);
    }
    const salvaged = salvage(migrated, false);
    const problems = migrationProblem ? [migrationProblem, ...salvaged.problems] : salvaged.problems;
    let status: StoredStatus = {};
    let repair = storedVersion < version;
    if (problems.length > 0) {
      const kept = await keepAside(
        {
          key: name,
          value: migrationProblem ? raw : salvaged.rejected,
          reason: problems.join('; '),
          storedVersion: migrationProblem ? storedVersion : version,
        },
        area,
      );
      repair = kept === 'copied';
      if (kept !== 'copied') status = { inPlace: true };
    }
    setStatus(name, status);
    if (repair) {
      try {
        await write(salvaged.value);
      } catch (error) {
        log.error(`${name}: could not write the repaired value back`, errorMessage(error));
      }
    }
    return { value: salvaged.value, status };
  };

  const get = () =>
    exclusive(name, async () => {
      try {
        return (await readLocked()).value;
      } catch (error) {
        // Storage itself failed: the pages still need a value to work with.
        log.error(`${name}: could not read; using the defaults for now`, errorMessage(error));
        return fallback();
      }
    });

  const update = (change: (current: T) => T) =>
    exclusive(name, async () => {
      const { value: current, status } = await readLocked();
      if (status.newer)
        throw new StorageRefusal(
          name,
          'newer',
          `${name} was saved by a newer TokenTag (version ${status.newer}); update TokenTag to change it`,
        );
      if (status.inPlace)
        throw new StorageRefusal(
          name,
          'inPlace',
          `${name} holds a stored value that could not be read; download or dismiss it before saving`,
        );
      const value = schema.parse(change(current));
      return { value, outcome: await write(value) };
    });

  const replaceInPlace = () =>
    exclusive(name, async () => {
      const { raw } = await readRaw();
      const value = salvage(raw, false).value;
      const outcome = await write(value);
      setStatus(name, {});
      return outcome;
    });

  return {
    get,
    update,
    replaceInPlace,
    set: async (value) => (await update(() => value)).outcome,
    watch(callback) {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if ((area === 'sync' || area === 'local') && (name in changes || metaKey in changes)) void get().then(callback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

const kinds = {
  settings: {
    name: 'settings',
    version: storageVersions.settings,
    steps: migrations.settings,
    schema: settingsSchema,
    fallback: () => salvageSettings({}).value,
    salvage: (raw, newer) => salvageSettings(raw, { newer }),
  } satisfies Kind<Settings>,
  presets: {
    name: 'presets',
    version: storageVersions.presets,
    steps: migrations.presets,
    schema: presetListSchema,
    fallback: () => salvagePresets([]).value,
    salvage: (raw) => salvagePresets(raw),
  } satisfies Kind<WorkloadPreset[]>,
  comparison: {
    name: 'comparison',
    version: storageVersions.comparison,
    steps: migrations.comparison,
    schema: comparisonSchema,
    fallback: () => ({ modelIds: [], offers: {} }),
    salvage: (raw) => salvageComparison(raw),
  } satisfies Kind<Comparison>,
  userPrices: {
    name: 'userPrices',
    version: storageVersions.userPrices,
    steps: migrations.userPrices,
    schema: userPricesSchema,
    fallback: () => structuredClone(noUserPrices),
    salvage: (raw) => salvageUserPrices(raw),
  } satisfies Kind<UserPrices>,
};

export const settingsStorage = defineStoredValue<Settings>(kinds.settings);
export const presetsStorage = defineStoredValue<WorkloadPreset[]>(kinds.presets);
export const comparisonStorage = defineStoredValue<Comparison>(kinds.comparison);
/** The user's own prices (overrides, discounts, custom models); synced like settings. */
export const userPricesStorage = defineStoredValue<UserPrices>(kinds.userPrices);
const items = {
  settings: settingsStorage,
  presets: presetsStorage,
  comparison: comparisonStorage,
  userPrices: userPricesStorage,
};

/** What restoring a set-aside value (or importing its file) brought back, and what still could not be. */
export interface Restored {
  key: StoredKey;
  /** Fields, presets or models brought back. */
  restored: number;
  /** Why the rest could not be (English). */
  skipped: string[];
}

/**
 * Brings back what a set-aside value holds that this build can read: valid settings fields, valid
 * presets (merged with the current ones), compared models. Used by Restore and by importing the
 * "Download" file.
 */
export async function restoreSetAside(entry: Pick<SetAsideFile, 'key' | 'value' | 'storedVersion'>): Promise<Restored> {
  const { key } = entry;
  const migrated = migrateValue(entry.value, entry.storedVersion, storageVersions[key], migrations[key]);
  if (key === 'settings') {
    const salvaged = salvageSettings(migrated);
    const bad = new Set(salvaged.badFields);
    const stored = typeof migrated === 'object' && migrated !== null ? (migrated as Record<string, unknown>) : {};
    const fields = Object.keys(salvaged.value).filter((f) => f in stored && !bad.has(f)) as (keyof Settings)[];
    if (fields.length > 0)
      await settingsStorage.update((current) => ({
        ...current,
        ...Object.fromEntries(fields.map((f) => [f, salvaged.value[f]])),
      }));
    return { key, restored: fields.length, skipped: salvaged.problems };
  }
  if (key === 'presets') {
    const salvaged = salvagePresets(Array.isArray(migrated) ? migrated : [migrated]);
    const valid = salvaged.valid;
    let skipped = salvaged.problems;
    let restored = 0;
    if (valid.length > 0)
      await presetsStorage.update((current) => {
        const merged = mergePresets(current, valid);
        restored = merged.added + merged.replaced;
        skipped = [...salvaged.problems, ...merged.skipped.map((s) => `${s.label}: ${s.reason}`)];
        return merged.presets;
      });
    return { key, restored, skipped };
  }
  if (key === 'userPrices') {
    const salvaged = salvageUserPrices(migrated);
    const restored = await importUserPrices(salvaged.value);
    return { key, restored, skipped: salvaged.problems };
  }
  const salvaged = salvageComparison(migrated);
  let restored = 0;
  await comparisonStorage.update((current) => {
    const modelIds = [...new Set([...current.modelIds, ...salvaged.value.modelIds])].slice(0, MAX_COMPARED);
    restored = modelIds.length - current.modelIds.length;
    // A restored model comes back at the offer it was compared at; a model still compared keeps today's choice.
    const offers = { ...current.offers };
    for (const id of modelIds) {
      const offer = salvaged.value.offers[id];
      if (!current.modelIds.includes(id) && offer) offers[id] = offer;
    }
    return { modelIds, offers };
  });
  return { key, restored, skipped: salvaged.problems };
}

/**
 * Adds imported user prices to the stored ones: an imported entry replaces the stored entry for the
 * same model/seller/region, seller or custom model id. Returns how many entries it brought.
 */
export async function importUserPrices(imported: UserPrices): Promise<number> {
  const count = imported.rates.length + imported.discounts.length + imported.customModels.length;
  if (count === 0) return 0;
  await userPricesStorage.update((current) => ({
    rates: [...current.rates.filter((o) => !imported.rates.some((n) => sameOffer(n, o))), ...imported.rates].slice(-200),
    discounts: [
      ...current.discounts.filter((d) => !imported.discounts.some((n) => n.seller === d.seller)),
      ...imported.discounts,
    ].slice(-50),
    customModels: [
      ...current.customModels.filter((m) => !imported.customModels.some((n) => n.id === m.id)),
      ...imported.customModels,
    ].slice(-100),
  }));
  return count;
}

/** Values kept aside, newest last; the options page shows them with Restore, Download and Dismiss. */
export const quarantine = {
  list: readQuarantine,
  /** Removes an entry (by `id`, or `at` for older ones); for a value kept in place, lets the readable part replace it. */
  async dismiss(id: string): Promise<void> {
    const entry = (await readQuarantine()).find((e) => entryId(e) === id);
    if (entry?.inPlace) await items[entry.key].replaceInPlace();
    await exclusive(QUARANTINE_KEY, async () => {
      const entries = await readQuarantine();
      await browser.storage.local.set({ [QUARANTINE_KEY]: entries.filter((e) => entryId(e) !== id) });
    });
  },
  /** The set-aside value whole, as its "Download" file holds it (read from storage when it was kept in place). */
  async full(id: string): Promise<Pick<SetAsideFile, 'key' | 'value' | 'storedVersion' | 'reason' | 'at'> | undefined> {
    const entry = (await readQuarantine()).find((e) => entryId(e) === id);
    if (!entry) return undefined;
    const value = entry.inPlace ? (await browser.storage[entry.inPlace.area].get(entry.key))[entry.key] : entry.value;
    return { key: entry.key, value, storedVersion: entry.storedVersion ?? 1, reason: entry.reason, at: entry.at };
  },
  /** Brings back what can be read from an entry; removes it when everything came back. */
  async restore(id: string): Promise<Restored | undefined> {
    const entry = (await readQuarantine()).find((e) => entryId(e) === id);
    if (!entry || entry.inPlace) return undefined;
    const result = await restoreSetAside({ key: entry.key, value: entry.value, storedVersion: entry.storedVersion ?? 1 });
    if (result.skipped.length === 0) await quarantine.dismiss(id);
    return result;
  },
  watch(callback: (entries: QuarantinedValue[]) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && QUARANTINE_KEY in changes) {
        const entries = changes[QUARANTINE_KEY]?.newValue;
        callback(Array.isArray(entries) ? (entries as QuarantinedValue[]) : []);
      }
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
