// Stored values: one fixture per version reads back whole, unreadable values are kept aside, sync overflows to local.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../utils/settings';
import {
  comparisonStorage,
  migrations,
  presetsStorage,
  quarantine,
  settingsStorage,
  storageVersions,
} from '../../extension/storage';
import { defaultPresets } from '../../utils/workloads';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/storage', name), 'utf8')) as unknown;
const items = { settings: settingsStorage, presets: presetsStorage, comparison: comparisonStorage };

/**
 * The storage module as the extension starts with what is stored: its items are defined (and their
 * migrations run) only now, as when the browser starts the new version over the old version's values.
 */
async function startedWith() {
  vi.resetModules();
  const m = await import('../../extension/storage');
  return {
    items: { settings: m.settingsStorage, presets: m.presetsStorage, comparison: m.comparisonStorage },
    quarantine: m.quarantine,
  };
}

/** Stores a value as a given version of the extension left it. */
async function store(area: 'sync' | 'local', key: string, value: unknown, version: number) {
  await fakeBrowser.storage[area].set({ [key]: value, [`${key}$`]: { v: version } });
}

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
    const started = await startedWith();
    const read = await started.items[name as keyof typeof items].get();
    // The current version of every fixture is valid as it stands.
    if (version === storageVersions[name as keyof typeof storageVersions]) expect(read).toEqual(value);
    expect(await started.quarantine.list()).toEqual([]);
  });

  it('keeps every user preset', async () => {
    await store('sync', 'presets', fixture('presets.v1.json'), 1);
    const { items: started } = await startedWith();
    expect((await started.presets.get()).map((p) => p.id)).toEqual(['chat', 'support-agent']);
  });

  it('falls back to the defaults when nothing is stored', async () => {
    expect(await settingsStorage.get()).toEqual(defaultSettings);
    expect(await presetsStorage.get()).toEqual(defaultPresets);
    expect(await comparisonStorage.get()).toEqual({ modelIds: [] });
  });
});

describe('a stored value that fails its schema', () => {
  it('is kept aside, replaced by the defaults, and the user can be told', async () => {
    const corrupted = {
      ...(fixture('settings.v1.json') as object),
      tagDisplay: 'sparkles',
      currency: { code: 'CNY', perUsd: -1 },
    };
    await store('sync', 'settings', corrupted, 1);
    expect(await settingsStorage.get()).toEqual(defaultSettings);
    const [kept] = await quarantine.list();
    expect(kept).toMatchObject({ key: 'settings', value: corrupted, reason: expect.stringContaining('tagDisplay') });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(defaultSettings);
    await quarantine.dismiss(kept!.at);
    expect(await quarantine.list()).toEqual([]);
  });

  it('keeps a half-migrated or foreign presets value aside rather than losing it', async () => {
    const halfMigrated = [{ id: 'mine', name: 'Mine', workload: { inputTokens: 10 } }];
    await store('sync', 'presets', halfMigrated, 1);
    expect(await presetsStorage.get()).toEqual(defaultPresets);
    expect((await quarantine.list())[0]).toMatchObject({ key: 'presets', value: halfMigrated });
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

describe('sync quota', () => {
  it('writes to local storage when sync refuses for quota, and back to sync when it fits again', async () => {
    const setSync = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const many = Array.from({ length: 40 }, (_, i) => ({ ...defaultPresets[0]!, id: `preset-${i}`, name: `Preset ${i}` }));
    expect(await presetsStorage.set(many)).toBe('local');
    expect((await fakeBrowser.storage.local.get('presets')).presets).toHaveLength(40);
    expect(await presetsStorage.get()).toHaveLength(40);
    setSync.mockRestore();
    expect(await presetsStorage.set(many.slice(0, 3))).toBe('sync');
    expect((await fakeBrowser.storage.local.get('presets')).presets).toBeUndefined();
    expect(await presetsStorage.get()).toHaveLength(3);
  });

  it('lets other errors through', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('storage is disabled'));
    await expect(settingsStorage.set(defaultSettings)).rejects.toThrow('storage is disabled');
  });

  it('refuses to write a value that does not fit its schema', async () => {
    await expect(settingsStorage.set({ ...defaultSettings, rateUnit: 'per-token' } as never)).rejects.toThrow();
  });
});

describe('watch', () => {
  it('tells every context of a change made in another', async () => {
    const seen: unknown[] = [];
    const stop = settingsStorage.watch((value) => seen.push(value));
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings, rateUnit: 'per-thousand' } });
    await vi.waitFor(() => expect(seen).toEqual([{ ...defaultSettings, rateUnit: 'per-thousand' }]));
    stop();
  });
});
