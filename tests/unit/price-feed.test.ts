// The live feed in the extension: opt in, conditional downloads, bad files and failures that keep the previous prices, opt out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentCatalog } from '../../extension/catalog-view';
import { checkPriceFeed, disablePriceFeed, enablePriceFeed, readFeedState } from '../../extension/price-feed';
import { findModel, priceAt } from '../../utils/catalog';
import { GENAI_PRICES_FEED } from '../../utils/feeds/genai-prices-feed';

const feedText = readFileSync(join(import.meta.dirname, '../fixtures/feeds/genai-prices-small.json'), 'utf8');
const day = new Date('2027-01-20T08:00:00Z');

type Answer = { status?: number; body?: string; headers?: Record<string, string> } | Error;
let answers: Answer[] = [];
const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => {
  const answer = answers.shift() ?? new Error('no answer prepared');
  if (answer instanceof Error) throw answer;
  return new Response(answer.status === 304 ? null : (answer.body ?? ''), {
    status: answer.status ?? 200,
    headers: answer.headers,
  });
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  fetchMock.mockClear();
  answers = [];
  vi.stubGlobal('fetch', fetchMock);
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
});

async function enabledWithGoodDownload() {
  await enablePriceFeed();
  answers.push({ body: feedText, headers: { etag: '"v1"' } });
  expect(await checkPriceFeed(day)).toBe('updated');
}

describe('price feed', () => {
  it('makes no request while off', async () => {
    expect(await checkPriceFeed(day)).toBe('off');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await currentCatalog()).toBe((await import('../../pricing-data/index')).catalog);
  });

  it('asks for the one host when turned on, downloads, and prices from the merge', async () => {
    await enabledWithGoodDownload();
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: [GENAI_PRICES_FEED.origin] });
    expect(fetchMock.mock.calls[0]![0]).toBe(GENAI_PRICES_FEED.url);
    const state = await readFeedState();
    expect(state).toMatchObject({ enabled: true, etag: '"v1"', downloadedOn: '2027-01-20', lastGood: day.toISOString() });
    expect(state.report?.updated).toContainEqual({ modelId: 'gpt-5.2', seller: 'openai', from: '2027-01-10' });
    const catalog = await currentCatalog();
    expect(priceAt(findModel(catalog, 'gpt-5.2')!, '2027-01-20')).toMatchObject({ input: 1.5, output: 12, origin: 'feed' });
    expect(findModel(catalog, 'gpt-feed-only-mini')).toBeDefined();
  });

  it('stays off when the user declines the permission', async () => {
    vi.mocked(fakeBrowser.permissions.request).mockResolvedValue(false as never);
    expect(await enablePriceFeed()).toBe(false);
    expect((await readFeedState()).enabled).toBe(false);
  });

  it('sends the ETag and keeps the download when the file is unchanged', async () => {
    await enabledWithGoodDownload();
    answers.push({ status: 304 });
    expect(await checkPriceFeed(new Date('2027-01-21T08:00:00Z'))).toBe('unchanged');
    expect(new Headers(fetchMock.mock.calls[1]![1]!.headers).get('If-None-Match')).toBe('"v1"');
    expect((await readFeedState()).text).toBe(feedText);
  });

  it.each<[string, Answer, RegExp]>([
    ['a truncated file', { body: feedText.slice(0, 500) }, /not JSON.*truncated/],
    ['a file of the wrong shape', { body: '{"providers": []}' }, /list of providers/],
    ['a 50 MB file', { body: '[]', headers: { 'content-length': String(50_000_000) } }, /offered 50,000,000 bytes/],
    ['a server error', { status: 500, body: 'oops' }, /network: the server answered 500/],
    ['a network failure', new TypeError('Failed to fetch'), /network: Failed to fetch/],
  ])('keeps the previous prices after %s, and says why', async (_name, answer, reason) => {
    await enabledWithGoodDownload();
    answers.push(answer);
    expect(await checkPriceFeed(new Date('2027-01-22T08:00:00Z'))).toBe('failed');
    const state = await readFeedState();
    expect(state.lastError).toMatch(reason);
    expect(state).toMatchObject({ text: feedText, lastGood: day.toISOString(), lastChecked: '2027-01-22T08:00:00.000Z' });
    expect(priceAt(findModel(await currentCatalog(), 'gpt-5.2')!, '2027-01-20')).toMatchObject({ input: 1.5 });
  });

  it('refuses a body that grows past the cap without declaring its size', async () => {
    await enabledWithGoodDownload();
    const chunk = new TextEncoder().encode(' '.repeat(1_000_000));
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        controller.enqueue(chunk);
      },
    });
    fetchMock.mockImplementationOnce(async () => new Response(endless, { status: 200 }));
    expect(await checkPriceFeed(new Date('2027-01-22T08:00:00Z'))).toBe('failed');
    expect((await readFeedState()).lastError).toMatch(/passed 8,000,000 characters/);
    expect(sent).toBeLessThan(12);
  });

  it('lists entries with negative prices as rejected and uses the rest', async () => {
    await enabledWithGoodDownload();
    expect((await readFeedState()).report?.rejected).toContainEqual(expect.objectContaining({ model: 'gpt-broken' }));
  });

  it('fails visibly when the host permission was taken away', async () => {
    await enablePriceFeed();
    vi.mocked(fakeBrowser.permissions.contains).mockResolvedValue(false as never);
    expect(await checkPriceFeed(day)).toBe('failed');
    expect((await readFeedState()).lastError).toBe('permission');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('goes back to the bundled catalog when turned off, giving the host back', async () => {
    await enabledWithGoodDownload();
    await disablePriceFeed();
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: [GENAI_PRICES_FEED.origin] });
    expect(await readFeedState()).toEqual({ enabled: false });
    expect(findModel(await currentCatalog(), 'gpt-feed-only-mini')).toBeUndefined();
  });

  it('treats an unreadable stored state as off, and says so in the log', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ priceFeed: { enabled: 'yes' } });
    expect(await readFeedState()).toEqual({ enabled: false });
    expect(logged).toHaveBeenCalledWith('[tokentag:price-feed]', expect.stringContaining('unreadable'), expect.any(String));
  });
});
