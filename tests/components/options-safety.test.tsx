// The options page loses no work: unsaved edits, other tabs' saves, deletes, restores, set-aside values, newer versions, honest "Saved.".
// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp, type OptionsAppProps } from '../../components/options/OptionsApp';
import { presetsStorage, quarantine, settingsStorage } from '../../extension/storage';
import { connectPresetsStore, usePresetsStore } from '../../extension/stores/presets';
import { useSettingsStore } from '../../extension/stores/settings';
import { defaultSettings } from '../../utils/settings';
import { setAsideFileText } from '../../utils/set-aside';
import { defaultPresets, type WorkloadPreset } from '../../utils/workloads';
import { testCatalog } from '../fixtures/test-catalog';
import { resetStores } from './setup';

function renderOptions(props: Partial<OptionsAppProps> = {}) {
  const handlers = {
    onGrant: vi.fn(async (_pattern: string) => true),
    onRevoke: vi.fn(async (_pattern: string) => undefined),
    onDismissRecovered: vi.fn((_id: string) => undefined),
  };
  render(<OptionsApp catalog={testCatalog} today="2026-01-01" recovered={[]} granted={[]} {...handlers} {...props} />);
  return handlers;
}

const field = (label: RegExp) => screen.getByRole('spinbutton', { name: label }) as HTMLInputElement;
const listButton = (id: string) => document.querySelector<HTMLButtonElement>(`.preset-list li[data-preset-id="${id}"] button`)!;
const selectedId = () =>
  document.querySelector('.preset-list [aria-current="true"]')?.closest('li')?.getAttribute('data-preset-id');
const storedPresets = async () => (await fakeBrowser.storage.sync.get('presets')).presets as WorkloadPreset[];
const importFile = (text: string, name = 'file.json') => {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

let disconnect: (() => void) | undefined;
beforeEach(() => resetStores({ compared: ['acme-5.2', 'acme-cache', 'acme-plain'] }));
afterEach(() => {
  disconnect?.();
  disconnect = undefined;
  vi.restoreAllMocks();
});

describe('presets: no work lost', () => {
  it('"New preset" focuses its name and is stored only on Save', async () => {
    renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'New preset' }));
    await waitFor(() => expect(selectedId()).toBe('my-workload'));
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    expect((await storedPresets()).map((p) => p.id)).not.toContain('my-workload');
    expect(listButton('my-workload').textContent).toContain('new, not saved');
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Nightly ETL' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedPresets()).at(-1)).toMatchObject({ id: 'my-workload', name: 'Nightly ETL' }));
    expect(screen.getByText('Saved.')).toBeTruthy();
  });

  it('asks before switching away from unsaved edits, and keeps them when the user stays', async () => {
    renderOptions();
    fireEvent.input(field(/Tasks per month/), { target: { value: '777' } });
    fireEvent.click(listButton('agent'));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('has unsaved changes');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(selectedId()).toBe('chat');
    expect(field(/Tasks per month/).value).toBe('777');
    fireEvent.click(listButton('agent'));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Discard and switch' }));
    await waitFor(() => expect(selectedId()).toBe('agent'));
  });

  it('moves the focus to the next preset after Delete, and Undo puts the preset back where it was', async () => {
    renderOptions();
    fireEvent.click(listButton('agent'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(selectedId()).toBe('long-context-rag'));
    await waitFor(() => expect(document.activeElement).toBe(listButton('long-context-rag')));
    expect((await storedPresets()).map((p) => p.id)).not.toContain('agent');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await storedPresets()).map((p) => p.id)).toEqual(defaultPresets.map((p) => p.id)));
    await waitFor(() => expect(document.activeElement).toBe(listButton('agent')));
  });

  it('asks before "Restore default presets" overwrites an edited built-in, and Cancel changes nothing', async () => {
    const edited = { ...defaultPresets[1]!, workload: { ...defaultPresets[1]!.workload, tasksPerMonth: 42 } };
    resetStores({ presets: [defaultPresets[0]!, edited, ...defaultPresets.slice(2)] });
    renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Restore default presets' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('replaces your edits to: Reasoning-heavy');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await storedPresets())[1]!.workload.tasksPerMonth).toBe(42);
    fireEvent.click(screen.getByRole('button', { name: 'Restore default presets' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Restore and replace' }));
    await waitFor(async () => expect((await storedPresets())[1]).toEqual(defaultPresets[1]));
  });

  it('lists one preset per row (the page navigation style stays out of the preset list)', () => {
    const css = readFileSync(join(import.meta.dirname, '../../components/theme.css'), 'utf8');
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    renderOptions();
    const list = document.querySelector('.preset-list')!;
    expect(getComputedStyle(list).display).not.toBe('flex');
    expect(getComputedStyle(document.querySelector('.options > nav ul')!).display).toBe('flex');
    style.remove();
  });
});

describe('two tabs, two saves', () => {
  it("keeps this tab's unsaved draft when another tab saves, and refuses to overwrite that save unseen", async () => {
    disconnect = connectPresetsStore();
    renderOptions();
    fireEvent.input(field(/Tasks per month/), { target: { value: '111' } });
    // Another tab saves another preset, then this one.
    const [chat, ...rest] = await presetsStorage.get();
    await presetsStorage.set([chat!, { ...rest[0]!, name: 'Renamed elsewhere' }, ...rest.slice(1)]);
    await waitFor(() => expect(listButton('reasoning-heavy').textContent).toContain('Renamed elsewhere'));
    expect(field(/Tasks per month/).value).toBe('111');
    await presetsStorage.set([{ ...chat!, workload: { ...chat!.workload, tasksPerMonth: 222 } }, ...(await presetsStorage.get()).slice(1)]);
    await waitFor(() => expect(screen.getByText(/This preset was changed in another tab/)).toBeTruthy());
    expect(field(/Tasks per month/).value).toBe('111');

    // Saving now is refused with a message, never "Saved."; saving again, knowingly, replaces it.
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText(/Not saved: this preset was changed/)).toBeTruthy());
    expect((await storedPresets())[0]!.workload.tasksPerMonth).toBe(222);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedPresets())[0]!.workload.tasksPerMonth).toBe(111));
    expect((await storedPresets())[1]!.name).toBe('Renamed elsewhere');
  });

  it('says where a save went when sync refused it, instead of "Saved."', async () => {
    renderOptions();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    fireEvent.input(field(/Tasks per month/), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText(/Saved on this device only/)).toBeTruthy());
    expect(screen.queryByText('Saved.')).toBeNull();
  });
});

describe('validation states its ranges', () => {
  it('says "at most 100,000,000" for 1e99 and counts one bad field as one', async () => {
    renderOptions();
    fireEvent.input(field(/Input tokens/), { target: { value: '1e99' } });
    await waitFor(() => expect(screen.getByText('Input tokens must be at most 100,000,000.')).toBeTruthy());
    expect(screen.getByText('Fix 1 field before saving.')).toBeTruthy();
    expect(document.querySelector('[data-range="inputTokens"]')!.textContent).toBe('From 0 to 100,000,000.');
    expect(document.querySelector('[data-range="cacheHitRate"]')!.textContent).toBe('From 0 to 1.');
  });

  it('refuses an exchange rate of 1e308 and keeps the last good one', async () => {
    resetStores({ settings: { currency: { code: 'EUR', perUsd: 0.9 } } });
    renderOptions();
    fireEvent.input(screen.getByLabelText('Exchange rate (EUR per 1 USD)'), { target: { value: '1e308' } });
    expect(screen.getByText(/from 0.0001 to 100,000/)).toBeTruthy();
    expect(useSettingsStore.getState().settings.currency.perUsd).toBe(0.9);
  });

  it('refuses "*" and "*.com" as a site to allow', async () => {
    const handlers = renderOptions();
    const address = screen.getByLabelText('Site to allow');
    for (const text of ['*', '*.com', 'https://*.org/']) {
      fireEvent.input(address, { target: { value: text } });
      fireEvent.submit(address.closest('form')!);
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('would cover many unrelated sites'));
    }
    expect(handlers.onGrant).not.toHaveBeenCalled();
  });
});

describe('the rate field', () => {
  it('writes to sync at most once a second while the user types, and the typing is never undone', async () => {
    resetStores({ settings: { currency: { code: 'EUR', perUsd: 0.9 } } });
    const setSync = vi.spyOn(fakeBrowser.storage.sync, 'set');
    renderOptions();
    const rate = screen.getByLabelText('Exchange rate (EUR per 1 USD)') as HTMLInputElement;
    for (const text of ['0', '0.', '0.8', '0.85', '0.851', '0.8512']) fireEvent.input(rate, { target: { value: text } });
    expect(rate.value).toBe('0.8512');
    await waitFor(async () => expect((await settingsStorage.get()).currency.perUsd).toBe(0.8512), { timeout: 3_000 });
    const writes = setSync.mock.calls.filter(([items]) => 'settings' in (items as object));
    expect(writes.length).toBeLessThanOrEqual(2);
    expect(rate.value).toBe('0.8512');
  });
});

describe('set-aside values', () => {
  const bad = { id: 'mine', name: 'Mine', description: '', workload: { ...defaultPresets[1]!.workload, batch: 'yes' } };

  it('lists them with Restore, Download and Dismiss; Restore says what is still unreadable', async () => {
    await fakeBrowser.storage.sync.set({ presets: [defaultPresets[0], bad] });
    await presetsStorage.get();
    const recovered = await quarantine.list();
    renderOptions({ recovered });
    const banner = screen.getByRole('alert');
    expect(within(banner).getByRole('button', { name: 'Download the kept value' })).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'Dismiss' })).toBeTruthy();
    fireEvent.click(within(banner).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(within(banner).getByRole('status').textContent).toMatch(/Brought back 0 item.*Still not readable: presets\[0\]\.workload\.batch/));
  });

  it('imports the Download file back, once fixed', async () => {
    renderOptions();
    const fixed = { ...bad, workload: { ...bad.workload, batch: false } };
    importFile(setAsideFileText({ key: 'presets', storedVersion: 1, reason: 'x', at: '2026-11-30T00:00:00.000Z', value: [fixed] }));
    await waitFor(() => expect(screen.getByText('Brought back 1 item(s) of your set-aside presets.')).toBeTruthy());
    expect((await storedPresets()).at(-1)!.id).toBe('mine');
  });

  it('tells a file from a newer TokenTag to update', async () => {
    renderOptions();
    importFile(setAsideFileText({ key: 'presets', storedVersion: 7, reason: 'x', at: '2026-11-30T00:00:00.000Z', value: [] }));
    await waitFor(() => expect(screen.getByText('This file was made by a newer TokenTag (version 7); update TokenTag to import it.')).toBeTruthy());
  });
});

describe('import says the true count', () => {
  it('"Imported 94 new, 6 skipped" when only 94 fit', async () => {
    renderOptions();
    const presets = Array.from({ length: 100 }, (_, i) => ({ ...defaultPresets[0]!, id: `p-${i}`, name: `P ${i}` }));
    importFile(JSON.stringify({ format: 'tokentag-presets', version: 1, presets }));
    await waitFor(() =>
      expect(screen.getByText('Imported 94 new and replaced 0; 6 skipped: at most 100 presets')).toBeTruthy(),
    );
    expect(await storedPresets()).toHaveLength(100);
  });

  it('tells a presets file from a newer TokenTag to update', async () => {
    renderOptions();
    importFile(JSON.stringify({ format: 'tokentag-presets', version: 3, presets: [] }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('made by a newer TokenTag (version 3); update TokenTag'));
  });
});

describe('values from a newer TokenTag', () => {
  it('are announced, and a change to them is refused with that message', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings, language: 'en' }, settings$: { v: 9 } });
    await settingsStorage.get();
    renderOptions();
    await waitFor(() => expect(screen.getByText('Saved by a newer TokenTag')).toBeTruthy());
    const outcome = await useSettingsStore.getState().update({ rateUnit: 'per-thousand' });
    expect(outcome).toMatchObject({ refused: 'newer' });
    expect(useSettingsStore.getState().settings.rateUnit).toBe('per-million');
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 9 });
  });
});
