// The live price feed in the browser: its stored state, the conditional download, and the user's switch.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { toIsoDay } from '../utils/catalog';
import { FeedError, GENAI_PRICES_FEED, MAX_FEED_BYTES, parseFeed } from '../utils/feeds/genai-prices-feed';
import { feedOff, feedStateSchema, type FeedState } from '../utils/feeds/feed-state';
import { mergeFeed } from '../utils/feeds/merge-feed';
import { errorMessage } from '../utils/log';
import { catalog as bundledCatalog } from '../pricing-data/bundled';
import { logger } from './log';

const log = logger('price-feed');

/** Local storage: the download is about 400 KB, far past sync's 8 KB per item. */
const feedItem = storage.defineItem<unknown>('local:priceFeed');

/** The stored feed state; an unreadable one is reported and treated as "off" (the next check rewrites it). */
export async function readFeedState(): Promise<FeedState> {
  const raw = await feedItem.getValue();
  if (raw === null || raw === undefined) return feedOff;
  const parsed = feedStateSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log.error('the stored price-feed state is unreadable; using bundled prices', parsed.error.message);
  return feedOff;
}

export function watchFeedState(callback: (state: FeedState) => void): () => void {
  return feedItem.watch(() => void readFeedState().then(callback));
}

async function patchFeedState(patch: Partial<FeedState>): Promise<FeedState> {
  const next = { ...(await readFeedState()), ...patch };
  await feedItem.setValue(next);
  return next;
}

export type FeedCheckResult = 'updated' | 'unchanged' | 'off' | 'failed';

/** Reads a response body up to the size cap: a server that sends more is refused before it fills memory. */
async function boundedText(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_FEED_BYTES)
    throw new FeedError(
      `The server offered ${declared.toLocaleString('en')} bytes; a price feed is at most ${MAX_FEED_BYTES.toLocaleString('en')}.`,
    );
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (text.length > MAX_FEED_BYTES) {
      await reader.cancel();
      throw new FeedError(`The download passed ${MAX_FEED_BYTES.toLocaleString('en')} characters; a price feed is smaller.`);
    }
  }
  return text + decoder.decode();
}

/**
 * Downloads the feed when it is on, with the last ETag so that an unchanged file costs nothing.
 * A bad file or a network failure keeps the previous prices and records why.
 */
export async function checkPriceFeed(now = new Date()): Promise<FeedCheckResult> {
  const state = await readFeedState();
  if (!state.enabled) return 'off';
  const lastChecked = now.toISOString();
  if (!(await browser.permissions.contains({ origins: [GENAI_PRICES_FEED.origin] }))) {
    await patchFeedState({ lastChecked, lastError: 'permission' });
    return 'failed';
  }
  try {
    const response = await fetch(GENAI_PRICES_FEED.url, {
      headers: state.etag && state.text ? { 'If-None-Match': state.etag } : {},
      cache: 'no-cache',
      credentials: 'omit',
    });
    if (response.status === 304) {
      await patchFeedState({ lastChecked, lastGood: lastChecked, lastError: undefined });
      return 'unchanged';
    }
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    const text = await boundedText(response);
    const downloadedOn = toIsoDay(now);
    // Merged once here so that a feed that would break the catalog is refused before it is kept.
    const { report } = mergeFeed(bundledCatalog, parseFeed(text), { downloadedOn });
    await patchFeedState({
      text,
      downloadedOn,
      etag: response.headers.get('etag') ?? undefined,
      lastChecked,
      lastGood: lastChecked,
      lastError: undefined,
      report,
    });
    log.debug('price feed updated', { added: report.added.length, updated: report.updated.length });
    return 'updated';
  } catch (error) {
    const reason = error instanceof FeedError ? error.message : `network: ${errorMessage(error)}`;
    log.warn('price feed check failed; keeping the previous prices', reason);
    await patchFeedState({ lastChecked, lastError: reason });
    return 'failed';
  }
}

/**
 * Turns the feed on: asks for its one host at once (call straight from the click, browsers prompt
 * only from a user gesture). False when the user declined.
 */
export async function enablePriceFeed(): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [GENAI_PRICES_FEED.origin] });
  if (granted) await patchFeedState({ enabled: true, lastError: undefined });
  return granted;
}

/** Turns the feed off: forgets the download, gives the host back, and goes back to the bundled catalog. */
export async function disablePriceFeed(): Promise<void> {
  await feedItem.setValue(feedOff);
  await browser.permissions.remove({ origins: [GENAI_PRICES_FEED.origin] });
}
