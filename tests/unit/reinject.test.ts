// After an update: the new content script goes into every open tab of a default or granted site.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reinjectedDefaults, reinjectOpenTabs } from '../../extension/reinject';
import { defaultMatchPatterns } from '../../utils/sites';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('reinjectOpenTabs', () => {
  it('queries the default and granted patterns, injects each tab, and skips (logging) a tab that refuses', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({
      origins: [...defaultMatchPatterns, 'https://example.org/*'],
      permissions: [],
    }));
    const tabs = [{ id: 3 }, { id: 4 }, { id: 5 }, {}] as unknown as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>;
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => tabs);
    const injected: number[] = [];
    // fakeBrowser has no scripting.executeScript of its own.
    const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
      if (target.tabId === 4) throw new Error('Frame with ID 0 is showing error page');
      injected.push(target.tabId);
      return [];
    });
    Object.assign(fakeBrowser.scripting, { executeScript });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    expect(await reinjectOpenTabs(3)).toEqual([3, 5]);
    expect(query).toHaveBeenCalledWith({ url: [...defaultMatchPatterns, 'https://example.org/*'] });
    expect(injected).toEqual([3, 5]);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 3 }, files: ['/content-scripts/content.js'] });
    // Logged with the tab (visible in development builds, which tests are).
    expect(warn.mock.calls.flat().join(' ')).toContain('tab 4');
  });
});

describe('reinjectedDefaults', () => {
  it('has Chrome (MV3) re-inject the default sites, and leaves them to Firefox (MV2), which injects them itself', () => {
    expect(reinjectedDefaults(3)).toEqual(defaultMatchPatterns);
    expect(reinjectedDefaults(2)).toEqual([]);
  });
});
