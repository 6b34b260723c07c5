// Stored values: fixtures per version read back whole, migrations run on every read, damaged parts are set aside alone, newer values are never written over.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { defaultSettings } from '../../utils/settings';
import {
  comparisonStorage,
  userPricesStorage,
  defineStoredValue,
  migrations,
  presetsStorage,
  quarantine,
  restoreSetAside,
  settingsStorage,
  storageStatus,
  storageVersions,
  StorageRefusal,
} from '../../extension/storage';
import { defaultPresets, type WorkloadPreset } from '../../utils/workloads';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/storage', name), 'utf8')) as unknown;
const items = {
  settings: settingsStorage,
  presets: presetsStorage,
  comparison: comparisonStorage,
  userPrices: userPricesStorage,
};

/** Stores a value as a given version of the extension left it. */
async function store(area: 'sync' | 'local', key: string, value: unknown, version: number) {
  await fakeBrowser.storage[area].set({ [key]: value, [`${key}$`]: { v: version } });
}
const stored = async (area: 'sync' | 'local', key: string) => (await fakeBrowser.storage[area].get(key))[key];

/** The user's presets as the current version stores them. */
const userPresets = () => fixture(`presets.v${storageVersions.presets}.json`) as WorkloadPreset[];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('versioned storage', () => {
  it('has a fixture for every version of every stored value, and a migration into every version after the first', () => {
    for (const [name, version] of Object.entries(storageVersions)) {
      for (let v = 1; v <= version; v++) expect(() => fixture(`${name}.v${v}.json`), `${name} v${v}`).not.toThrow();
      for (let v = 2; v <= version; v++)
        expect(migrations[name as keyof typeof migrations][v], `${name} → v${v}`).toBeTypeOf('function');
    }
  });

  it.each(
    Object.entries(storageVersions).flatMap(([name, version]) =>
      Array.from({ length: version }, (_, i) => [name, i + 1] as const),
    ),
  )('reads %s as version %i stored it, losing nothing', async (name, version) => {
    const value = fixture(`${name}.v${version}.json`);
    await store('sync', name, value, version);
    const read = await items[name as keyof typeof items].get();
    // The current version of every fixture is valid as it stands.
    // (Fields added later with a default are filled in.)
    if (version === storageVersions[name as keyof typeof storageVersions]) expect(read).toMatchObject(value as object);
    expect(await quarantine.list()).toEqual([]);
  });

  it('keeps every user preset', async () => {
    await store('sync', 'presets', userPresets(), storageVersions.presets);
    expect((await presetsStorage.get()).map((p) => p.id)).toEqual(['chat', 'support-agent']);
  });

  it('falls back to the defaults when nothing is stored', async () => {
    expect(await settingsStorage.get()).toEqual(defaultSettings);
    expect(await presetsStorage.get()).toEqual(defaultPresets);
    expect(await comparisonStorage.get()).toEqual({ modelIds: [], offers: {} });
  });
});

describe('migrations (a synthetic value at version 3, as the real ones are all at 1)', () => {
  // v1 stored `{ name }`, v2 renamed it to `{ title }`, v3 added `tags`.
  const schema = z.strictObject({ title: z.string(), tags: z.array(z.string()) });
  const steps = {
    2: (old: unknown) => {
      if (typeof old !== 'object' || old === null) throw new Error('not an object');
      return { title: (old as { name: string }).name };
    },
    3: (old: unknown) => ({ ...(old as object), tags: [] }),
  };
  const define = () =>
    defineStoredValue({
      name: 'comparison',
      version: 3,
      steps,
      schema,
      fallback: () => ({ title: '', tags: [] }),
      salvage: (raw) => {
        const parsed = schema.safeParse(raw);
        return parsed.success
          ? { value: parsed.data, problems: [], rejected: undefined }
          : { value: { title: '', tags: [] }, problems: ['bad'], rejected: raw };
      },
    });

  it('runs every step from the stored version and writes the result back as the current version', async () => {
    await store('sync', 'comparison', { name: 'mine' }, 1);
    expect(await define().get()).toEqual({ title: 'mine', tags: [] });
    expect(await fakeBrowser.storage.sync.get(['comparison', 'comparison$'])).toEqual({
      comparison: { title: 'mine', tags: [] },
      comparison$: { v: 3 },
    });
  });

  it('migrates a value that arrives later through sync, not only at start-up', async () => {
    const value = define();
    expect(await value.get()).toEqual({ title: '', tags: [] });
    const seen: unknown[] = [];
    const stop = value.watch((v) => seen.push(v));
    // Another computer, still at version 2, syncs its value.
    await store('sync', 'comparison', { title: 'from the laptop' }, 2);
    await vi.waitFor(() => expect(seen).toContainEqual({ title: 'from the laptop', tags: [] }));
    expect(await stored('sync', 'comparison')).toEqual({ title: 'from the laptop', tags: [] });
    stop();
  });

  it('sets a value aside whole, at its own version, when a migration step throws', async () => {
    await store('sync', 'comparison', 'not an object', 1);
    expect(await define().get()).toEqual({ title: '', tags: [] });
    expect((await quarantine.list())[0]).toMatchObject({ key: 'comparison', value: 'not an object', storedVersion: 1 });
  });
});

describe('a stored value that fails its schema', () => {
  it('keeps every valid settings field, falls back only for the bad ones, and sets the original aside', async () => {
    const corrupted = {
      ...(fixture('settings.v1.json') as object),
      tagDisplay: 'sparkles',
      currency: { code: 'CNY', perUsd: -1 },
    };
    await store('sync', 'settings', corrupted, 1);
    const read = await settingsStorage.get();
    expect(read).toEqual({
      ...defaultSettings,
      ...(fixture('settings.v1.json') as object),
      tagDisplay: defaultSettings.tagDisplay,
      currency: defaultSettings.currency,
    });
    const [kept] = await quarantine.list();
    expect(kept).toMatchObject({ key: 'settings', value: corrupted, reason: expect.stringContaining('tagDisplay') });
    expect(await stored('sync', 'settings')).toEqual(read);
    await quarantine.dismiss(kept!.id!);
    expect(await quarantine.list()).toEqual([]);
  });

  it('sets one bad preset aside alone and keeps every valid one', async () => {
    const bad = { id: 'mine', name: 'Mine', description: '', workload: { inputTokens: 10 } };
    await store('sync', 'presets', [userPresets()[0], bad, userPresets()[1]], storageVersions.presets);
    expect((await presetsStorage.get()).map((p) => p.id)).toEqual(['chat', 'support-agent']);
    const kept = await quarantine.list();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ key: 'presets', value: [bad], reason: expect.stringContaining('presets[1].workload') });
  });

  it('sets aside a second preset with an id already taken', async () => {
    const [chat, agent] = userPresets();
    const twin = { ...agent!, name: 'Twin' };
    await store('sync', 'presets', [chat, agent, twin], storageVersions.presets);
    expect((await presetsStorage.get()).map((p) => p.name)).toEqual([chat!.name, agent!.name]);
    expect((await quarantine.list())[0]).toMatchObject({ value: [twin] });
  });

  it('keeps all three when three invalid values arrive in one sync write', async () => {
    const stops = [settingsStorage, presetsStorage, comparisonStorage].map((item) => item.watch(() => undefined));
    await fakeBrowser.storage.sync.set({
      settings: { ...defaultSettings, rateUnit: 'per-token' },
      presets: [{ id: 'Bad Id' }],
      comparison: { modelIds: 'gpt-5' },
    });
    await vi.waitFor(async () =>
      expect((await quarantine.list()).map((q) => q.key).sort()).toEqual(['comparison', 'presets', 'settings']),
    );
    stops.forEach((stop) => stop());
  });

  it('never keeps the same value twice, however many contexts read it', async () => {
    await store('local', 'comparison', { modelIds: 'gpt-5' }, 1);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('storage is disabled'));
    await Promise.all([comparisonStorage.get(), comparisonStorage.get(), comparisonStorage.get()]);
    expect(await quarantine.list()).toHaveLength(1);
  });

  it('keeps at most the last ten', async () => {
    for (let i = 0; i < 12; i++) {
      await store('sync', 'comparison', { modelIds: 'not a list', i }, 1);
      await comparisonStorage.get();
    }
    const kept = await quarantine.list();
    expect(kept).toHaveLength(10);
    expect((kept.at(-1)!.value as { i: number }).i).toBe(11);
  });
});

describe('a value from a newer TokenTag', () => {
  it('is read as far as this build can, never written over, and refuses saves with a message', async () => {
    const newer = { ...(fixture('settings.v1.json') as object), theme: 'dark', rateUnit: 'per-token' };
    await store('sync', 'settings', newer, 2);
    const seen: unknown[] = [];
    const stop = storageStatus.watch((s) => seen.push(s.settings));
    const read = await settingsStorage.get();
    expect(read.language).toBe('zh_CN');
    expect(read.rateUnit).toBe(defaultSettings.rateUnit);
    expect(storageStatus.get().settings).toEqual({ newer: 2 });
    expect(seen).toContainEqual({ newer: 2 });
    await expect(settingsStorage.set(defaultSettings)).rejects.toBeInstanceOf(StorageRefusal);
    await expect(settingsStorage.update((s) => s)).rejects.toThrow(/newer TokenTag/);
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({ settings: newer, settings$: { v: 2 } });
    expect(await quarantine.list()).toEqual([]);
    stop();
  });

  it('is left alone when it arrives through sync while this build runs', async () => {
    const presets = [...userPresets(), { id: 'future', name: 'Future', description: '', workload: { shape: 'new' } }];
    const stop = presetsStorage.watch(() => undefined);
    await store('sync', 'presets', presets, 5);
    await vi.waitFor(() => expect(storageStatus.get().presets).toEqual({ newer: 5 }));
    expect((await presetsStorage.get()).map((p) => p.id)).toEqual(['chat', 'support-agent']);
    expect(await stored('sync', 'presets')).toEqual(presets);
    stop();
  });
});

describe('a very large invalid value (6 MB)', () => {
  const huge = () => [...userPresets(), { id: 'huge', name: 'x'.repeat(6_000_000), description: '', workload: {} }];

  it('still reads, keeps it in place untouched, and refuses a save over it until the user dismisses it', async () => {
    await store('local', 'presets', huge(), storageVersions.presets);
    expect((await presetsStorage.get()).map((p) => p.id)).toEqual(['chat', 'support-agent']);
    const [kept] = await quarantine.list();
    expect(kept).toMatchObject({ key: 'presets', inPlace: { area: 'local' } });
    expect(kept!.inPlace!.bytes).toBeGreaterThan(6_000_000);
    expect(JSON.stringify(kept).length).toBeLessThan(10_000);
    expect(storageStatus.get().presets).toEqual({ inPlace: true });
    await expect(presetsStorage.set(defaultPresets as WorkloadPreset[])).rejects.toThrow(/download or dismiss/);
    expect(((await stored('local', 'presets')) as unknown[]).length).toBe(3);
    expect(((await quarantine.full(kept!.id!))!.value as unknown[]).length).toBe(3);

    await quarantine.dismiss(kept!.id!);
    expect(await quarantine.list()).toEqual([]);
    expect(((await stored('sync', 'presets')) as WorkloadPreset[]).map((p) => p.id)).toEqual(['chat', 'support-agent']);
    expect(await presetsStorage.set(defaultPresets as WorkloadPreset[])).toBe('sync');
  });

  it('still reads when even the set-aside list cannot be written', async () => {
    await store('local', 'presets', huge(), storageVersions.presets);
    const setLocal = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('quarantine' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return setLocal(items);
    });
    expect((await presetsStorage.get()).map((p) => p.id)).toEqual(['chat', 'support-agent']);
    expect(((await stored('local', 'presets')) as unknown[]).length).toBe(3);
  });
});

describe('saves', () => {
  it('two saves at the same moment both count', async () => {
    await store('sync', 'presets', userPresets(), storageVersions.presets);
    const [chat, agent] = userPresets();
    await Promise.all([
      presetsStorage.update((list) => list.map((p) => (p.id === 'chat' ? { ...chat!, name: 'Edited in tab A' } : p))),
      presetsStorage.update((list) => list.map((p) => (p.id === 'support-agent' ? { ...agent!, name: 'Edited in tab B' } : p))),
    ]);
    expect((await presetsStorage.get()).map((p) => p.name)).toEqual(['Edited in tab A', 'Edited in tab B']);
  });

  it('says when sync refused for size, and goes back to sync when it fits again', async () => {
    const setSync = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const many = Array.from({ length: 40 }, (_, i) => ({ ...defaultPresets[0]!, id: `preset-${i}`, name: `Preset ${i}` }));
    expect(await presetsStorage.set(many)).toBe('local-too-large');
    expect(await stored('local', 'presets')).toHaveLength(40);
    expect(await presetsStorage.get()).toHaveLength(40);
    setSync.mockRestore();
    expect(await presetsStorage.set(many.slice(0, 3))).toBe('sync');
    expect(await stored('local', 'presets')).toBeUndefined();
    expect(await presetsStorage.get()).toHaveLength(3);
  });

  it("says when sync's write rate was used up", async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    expect(await settingsStorage.set({ ...defaultSettings, rateUnit: 'per-thousand' })).toBe('local-rate-limited');
    expect((await settingsStorage.get()).rateUnit).toBe('per-thousand');
  });

  it('lets other errors through', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('storage is disabled'));
    await expect(settingsStorage.set(defaultSettings)).rejects.toThrow('storage is disabled');
  });

  it('refuses to write a value that does not fit its schema', async () => {
    await expect(settingsStorage.set({ ...defaultSettings, rateUnit: 'per-token' } as never)).rejects.toThrow();
  });
});

describe('recovering a set-aside value', () => {
  it('restores a set-aside preset once it can be read, and keeps the entry while it cannot', async () => {
    const fixable = { ...userPresets()[1]!, id: 'fixable' };
    await store(
      'sync',
      'presets',
      [userPresets()[0], { ...fixable, workload: { ...fixable.workload, serviceTier: 'yes' } }],
      storageVersions.presets,
    );
    await presetsStorage.get();
    const [kept] = await quarantine.list();
    expect(await quarantine.restore(kept!.id!)).toMatchObject({ restored: 0, skipped: [expect.stringContaining('serviceTier')] });
    expect(await quarantine.list()).toHaveLength(1);
    // The same preset, fixed by hand in the downloaded file, comes back through import.
    expect(await restoreSetAside({ key: 'presets', storedVersion: 1, value: [fixable] })).toEqual({
      key: 'presets',
      restored: 1,
      skipped: [],
    });
    expect((await presetsStorage.get()).map((p) => p.id)).toEqual(['chat', 'fixable']);
  });

  it('restores the valid fields of set-aside settings', async () => {
    await restoreSetAside({ key: 'settings', storedVersion: 1, value: { language: 'zh_CN', rateUnit: 'per-token' } });
    expect(await settingsStorage.get()).toEqual({ ...defaultSettings, language: 'zh_CN' });
  });
});

describe('watch', () => {
  it('tells every context of a change made in another', async () => {
    const seen: unknown[] = [];
    const stop = settingsStorage.watch((value) => seen.push(value));
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings, rateUnit: 'per-thousand' } });
    await vi.waitFor(() => expect(seen).toContainEqual({ ...defaultSettings, rateUnit: 'per-thousand' }));
    stop();
  });
});
