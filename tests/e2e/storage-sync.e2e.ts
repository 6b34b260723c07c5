// Stored values in real Chromium, as sync delivers them: several bad values at once, a newer version's value, a 6 MB value,
// two options tabs saving, and the rate field's pace. A value "arriving through sync" is written from the service worker.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../utils/settings';
import { defaultPresets } from '../../utils/workloads';
import { launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';
import { tagLabel } from './closed-shadow';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const VENDOR_PAGE = 'https://platform.openai.com/docs/pricing';
const storedKeys = ['settings', 'settings$', 'presets', 'presets$', 'comparison', 'comparison$', 'quarantine'];

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;

const optionsUrl = () => `chrome-extension://${session.extensionId}/options.html`;
const inWorker = <R, A>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> => session.worker.evaluate<R, A>(fn as never, arg);
const syncSet = (items: Record<string, unknown>) => inWorker((i) => chrome.storage.sync.set(i), items);
const localSet = (items: Record<string, unknown>) => inWorker((i) => chrome.storage.local.set(i), items);
const read = (area: 'sync' | 'local', key: string) =>
  inWorker(async ([a, k]) => (await chrome.storage[a as 'sync'].get(k))[k], [area, key] as const);
const quarantined = async () => ((await read('local', 'quarantine')) ?? []) as { key: string; value: unknown }[];

async function openOptions(): Promise<Page> {
  const { page } = await session.open(optionsUrl());
  await expect.poll(() => page.locator('li[data-preset-id]').count()).toBeGreaterThan(0);
  return page;
}

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server.port);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

beforeEach(async () => {
  for (const page of session.context.pages()) await page.close();
  await inWorker(async (keys) => {
    await chrome.storage.sync.remove(keys);
    await chrome.storage.local.remove(keys);
  }, storedKeys);
});

describe('values arriving through sync', () => {
  it('keeps all three when three invalid values arrive in one sync write, and every valid preset', async () => {
    const options = await openOptions();
    const badPreset = { id: 'mine', name: 'Mine', description: '', workload: { inputTokens: -5 } };
    await syncSet({
      settings: { ...defaultSettings, language: 'en', rateUnit: 'per-token' },
      presets: [defaultPresets[0], badPreset, defaultPresets[2]],
      comparison: { modelIds: 'gpt-5.2' },
    });
    await expect.poll(async () => (await quarantined()).map((q) => q.key).sort()).toEqual(['comparison', 'presets', 'settings']);
    expect((await quarantined()).find((q) => q.key === 'presets')!.value).toEqual([badPreset]);
    await expect
      .poll(async () => ((await read('sync', 'presets')) as { id: string }[]).map((p) => p.id))
      .toEqual(['chat', 'agent']);
    await expect.poll(() => options.locator('[data-set-aside]').count()).toBe(3);
  });

  it('never writes over a value from a newer TokenTag, and says to update in options and the popup', async () => {
    const newer = { ...defaultSettings, language: 'en', tagDisplay: 'preset-cost', theme: 'dark' };
    const options = await openOptions();
    await syncSet({ settings: newer, settings$: { v: 2 } });
    await expect.poll(() => options.locator('[data-notice="newer-version"]').count()).toBe(1);
    // A change made now is refused, and the page shows the stored value again.
    const perThousand = options.getByRole('radio', { name: 'per 1K tokens' });
    // Clicked, not `check()`ed: the page puts the stored choice back at once, which `check()` would call a failure.
    await perThousand.click();
    await expect.poll(() => perThousand.isChecked()).toBe(false);
    expect(await read('sync', 'settings')).toEqual(newer);
    expect(await read('sync', 'settings$')).toEqual({ v: 2 });
    const { page: popup } = await session.open(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('[data-notice="newer-version"]').count()).toBe(1);
    expect(await read('sync', 'settings')).toEqual(newer);
  });
});

describe('a 6 MB invalid stored value', () => {
  it('leaves tags and options working, keeps the value in place, and refuses a save over it', async () => {
    const huge = [defaultPresets[0], { id: 'huge', name: 'x'.repeat(6_000_000), description: '', workload: {} }];
    await localSet({ presets: huge });
    const { page: vendor } = await session.open(VENDOR_PAGE);
    // The label is drawn inside the tag's closed shadow root: read through the DevTools protocol.
    await expect.poll(() => tagLabel(vendor, 'tokentag-badge[data-model-id="gpt-5.2"]')).toMatch(/\$/);

    const options = await openOptions();
    await expect.poll(() => options.locator('[data-set-aside="presets"]').textContent()).toContain('too large to set aside');
    await options.getByRole('spinbutton', { name: /Tasks per month/ }).fill('123');
    await options.locator('#presets').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Not saved' }).count()).toBe(1);
    expect(((await read('local', 'presets')) as unknown[]).length).toBe(2);
  });
});

describe('two options tabs', () => {
  it("keeps one tab's unsaved draft when the other saves, and two saves at once both count", async () => {
    const a = await openOptions();
    const b = await openOptions();
    await a.getByRole('spinbutton', { name: /Tasks per month/ }).fill('1111');
    await b.locator('li[data-preset-id="agent"] button').click();
    await b.getByRole('spinbutton', { name: /Tasks per month/ }).fill('2222');
    await b.locator('#presets').getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(
        async () =>
          ((await read('sync', 'presets')) as { id: string; workload: { tasksPerMonth: number } }[])?.find(
            (p) => p.id === 'agent',
          )?.workload.tasksPerMonth,
      )
      .toBe(2222);
    expect(await a.getByRole('spinbutton', { name: /Tasks per month/ }).inputValue()).toBe('1111');

    // Both save at the same moment: tab A its chat preset, tab B its agent preset again.
    await b.getByRole('spinbutton', { name: /Tasks per month/ }).fill('3333');
    await Promise.all([
      a.locator('#presets').getByRole('button', { name: 'Save' }).click(),
      b.locator('#presets').getByRole('button', { name: 'Save' }).click(),
    ]);
    const tasks = async () =>
      Object.fromEntries(
        ((await read('sync', 'presets')) as { id: string; workload: { tasksPerMonth: number } }[]).map((p) => [
          p.id,
          p.workload.tasksPerMonth,
        ]),
      );
    await expect.poll(async () => [(await tasks()).chat, (await tasks()).agent]).toEqual([1111, 3333]);
    await expect.poll(() => a.getByText('Saved.').count()).toBe(1);
    await expect.poll(() => b.getByText('Saved.').count()).toBe(1);
  });
});

describe('the rate field', () => {
  it('does not write to sync on every keystroke', async () => {
    await syncSet({ settings: { ...defaultSettings, language: 'en', currency: { code: 'EUR', perUsd: 0.9 } } });
    const options = await openOptions();
    await inWorker(async () => {
      const counter = globalThis as unknown as { settingsWrites: number };
      counter.settingsWrites = 0;
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'sync' && 'settings' in changes) counter.settingsWrites++;
      });
    }, undefined);
    const rate = options.getByLabel('Exchange rate (EUR per 1 USD)');
    await rate.fill('');
    const started = Date.now();
    await rate.pressSequentially('0.912345');
    const typingMs = Date.now() - started;
    await expect.poll(async () => ((await read('sync', 'settings')) as typeof defaultSettings).currency.perUsd).toBe(0.912345);
    const writes = await inWorker(async () => (globalThis as unknown as { settingsWrites: number }).settingsWrites, undefined);
    // At most one write a second, however fast or slow the typing was (8 keystrokes, 6 of them valid rates).
    expect(writes).toBeLessThanOrEqual(1 + Math.ceil(typingMs / 1_000));
    expect(writes).toBeLessThan(6);
  });
});

describe('recovering a set-aside value', () => {
  it('downloads it as a file that Import takes back once fixed', async () => {
    const options = await openOptions();
    const broken = {
      ...defaultPresets[1]!,
      id: 'ours',
      name: 'Ours',
      workload: { ...defaultPresets[1]!.workload, toolCalls: 1.5 },
    };
    await syncSet({ presets: [defaultPresets[0], broken] });
    const banner = options.locator('[data-set-aside="presets"]');
    await expect.poll(() => banner.count()).toBe(1);
    const download = options.waitForEvent('download');
    await banner.getByRole('button', { name: 'Download the kept value' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { value: (typeof broken)[] };
    expect(file).toMatchObject({ format: 'tokentag-set-aside', key: 'presets', value: [broken] });

    // Imported as it is, it is refused again with the reason; fixed, it comes back.
    const input = options.locator('#import-export input[type="file"]');
    const importJson = (data: unknown) =>
      input.setInputFiles({ name: 'set-aside.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
    await importJson(file);
    await expect.poll(() => options.locator('#import-export [role="alert"]').textContent()).toContain('toolCalls');
    file.value[0]!.workload.toolCalls = 2;
    await importJson(file);
    await expect.poll(() => options.locator('#import-export [role="status"]').textContent()).toContain('Brought back 1 item(s)');
    expect(((await read('sync', 'presets')) as { id: string }[]).map((p) => p.id)).toEqual(['chat', 'ours']);
  });
});
