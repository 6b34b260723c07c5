// The background's record of what each tab names: serial, capped, and alive after a failed write.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLogger, type LogSink } from '../../utils/log';
import { createTabPages, forgetLeftPage } from '../../extension/tab-pages';
import { tabPagesItem } from '../../extension/tab-storage';
import { MAX_PAGE_MODELS, type PageModels } from '../../utils/tab-models';

const page = (url: string, ...ids: string[]): PageModels => ({
  url,
  models: ids.map((modelId) => ({ modelId, known: true, mentions: 1, text: modelId })),
});

function recordingLogger() {
  const sink: LogSink = { debug: vi.fn(), warn: vi.fn(), error: vi.fn() };
  return { sink, log: createLogger({ scope: 'background', enabled: () => true, sink }) };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('createTabPages', () => {
  it('records each tab, and two reports at once both land', async () => {
    const tabs = createTabPages({ log: recordingLogger().log });
    await Promise.all([tabs.record(1, page('https://openai.com/', 'o3')), tabs.record(2, page('https://x.ai/', 'grok-4'))]);
    expect(await tabs.get(1)).toEqual(page('https://openai.com/', 'o3'));
    expect(await tabs.get(2)).toEqual(page('https://x.ai/', 'grok-4'));
    expect((await tabs.tabIds()).sort()).toEqual([1, 2]);
  });

  it('keeps recording after a write fails (the session quota), logs it, and still forgets closed tabs', async () => {
    const { sink, log } = recordingLogger();
    const tabs = createTabPages({ log });
    await tabs.record(1, page('https://openai.com/', 'o3'));
    const quota = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(tabPagesItem, 'setValue').mockRejectedValueOnce(quota);

    expect(await tabs.record(2, page('https://example.net/huge', 'gpt-5.2'))).toBe(false);
    expect(sink.error).toHaveBeenCalledWith('[tokentag:background]', 'recording the models of tab 2 failed', quota);

    // Later updates, from other tabs and from closing one, still run.
    expect(await tabs.record(3, page('https://x.ai/', 'grok-4'))).toBe(true);
    expect(await tabs.forget(1)).toBe(true);
    expect(await tabs.get(1)).toBeNull();
    expect(await tabs.get(2)).toBeNull();
    expect(await tabs.get(3)).toEqual(page('https://x.ai/', 'grok-4'));
  });

  it('caps what one tab may store, whatever the sender claims', async () => {
    const tabs = createTabPages({ log: recordingLogger().log });
    const flood = page('https://example.net/', ...Array.from({ length: 5_000 }, (_, i) => `m-${i}`));
    flood.models.push({ modelId: 'x'.repeat(6_000_000), known: false, mentions: 1, text: 'x'.repeat(6_000_000) });
    await tabs.record(7, flood);
    const stored = await tabs.get(7);
    expect(stored!.models).toHaveLength(MAX_PAGE_MODELS);
    expect(stored!.omitted).toBe(5_001 - MAX_PAGE_MODELS);
  });
});

describe('forgetLeftPage', () => {
  it('forgets a tab that loads another page and clears its badge, but keeps one that reloads its page', async () => {
    const tabs = createTabPages({ log: recordingLogger().log });
    const badge = vi.fn(async () => undefined);
    Object.assign(fakeBrowser, { action: { setBadgeText: badge, setBadgeBackgroundColor: vi.fn(async () => undefined) } });
    await tabs.record(1, page('https://openai.com/api/pricing', 'o3'));
    await forgetLeftPage(tabs, 1, 'https://openai.com/api/pricing');
    expect(await tabs.get(1)).not.toBeNull();
    expect(badge).not.toHaveBeenCalled();
    await forgetLeftPage(tabs, 1, undefined);
    expect(await tabs.get(1)).toBeNull();
    expect(badge).toHaveBeenCalledWith({ tabId: 1, text: '' });
  });
});
