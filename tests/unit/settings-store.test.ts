// The settings store writes at a pace sync allows: changes in quick succession become one write, typing is never undone by an echo.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsStorage } from '../../extension/storage';
import { connectSettingsStore, useSettingsStore } from '../../extension/stores/settings';
import { defaultSettings } from '../../utils/settings';

const settingsWrites = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.filter(([items]) => typeof items === 'object' && items !== null && 'settings' in items).length;

let disconnect: () => void;
beforeEach(async () => {
  fakeBrowser.reset();
  disconnect = connectSettingsStore('en');
  await vi.waitFor(() => expect(useSettingsStore.getState().loaded).toBe(true));
});
afterEach(() => {
  disconnect();
  vi.restoreAllMocks();
});

describe('settings store writes', () => {
  it('turns ten quick changes into one write, and shows each at once', async () => {
    const setSync = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const outcomes: Promise<unknown>[] = [];
    for (let i = 1; i <= 10; i++) {
      outcomes.push(useSettingsStore.getState().update({ currency: { code: 'EUR', perUsd: 0.9 + i / 100 } }));
      expect(useSettingsStore.getState().settings.currency.perUsd).toBe(0.9 + i / 100);
    }
    await expect(Promise.all(outcomes)).resolves.toEqual(Array(10).fill('sync'));
    expect(settingsWrites(setSync)).toBe(1);
    expect((await settingsStorage.get()).currency.perUsd).toBe(1);
  });

  it('keeps a change not yet written when an older value echoes back from storage', async () => {
    await useSettingsStore.getState().update({ rateUnit: 'per-thousand' });
    const pending = useSettingsStore.getState().update({ language: 'zh_CN' });
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings, rateUnit: 'per-thousand', tagDisplay: 'preset-cost' } });
    await vi.waitFor(() => expect(useSettingsStore.getState().settings.tagDisplay).toBe('preset-cost'));
    expect(useSettingsStore.getState().settings.language).toBe('zh_CN');
    await pending;
  });

  it('starts a waiting write when the page is closed', async () => {
    // A page's own events, which node's global lacks.
    const page = new EventTarget();
    const global = globalThis as unknown as Partial<Pick<EventTarget, 'addEventListener' | 'removeEventListener'>>;
    disconnect();
    global.addEventListener = page.addEventListener.bind(page);
    global.removeEventListener = page.removeEventListener.bind(page);
    disconnect = connectSettingsStore('en');
    try {
      await useSettingsStore.getState().update({ rateUnit: 'per-thousand' });
      // Within the second after the last write, the change waits (the clock is stopped); closing the page starts it now.
      vi.useFakeTimers();
      const written = useSettingsStore.getState().update({ language: 'zh_CN' });
      page.dispatchEvent(new Event('pagehide'));
      await expect(written).resolves.toBe('sync');
      expect((await settingsStorage.get()).language).toBe('zh_CN');
    } finally {
      vi.useRealTimers();
      disconnect();
      delete global.addEventListener;
      delete global.removeEventListener;
      disconnect = () => undefined;
    }
  });
});
