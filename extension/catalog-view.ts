// The catalog the extension prices from, built once per change of its inputs (the live feed, the user's prices) and shared by every caller.
import { catalog as bundled } from '../pricing-data/bundled';
import type { Catalog } from '../pricing-data/validate';
import { toIsoDay } from '../utils/catalog';
import { buildCatalogView } from '../utils/catalog-view';
import { hasUserPrices } from '../utils/user-prices';
import { logger } from './log';
import { readFeedState, watchFeedState } from './price-feed';
import { userPricesStorage } from './storage';

const log = logger('catalog');

/** The catalog as shipped, checked by the project. */
export const bundledCatalog: Catalog = bundled;

let cached: { key: string; catalog: Catalog } | undefined;

/** The bundled catalog merged with the feed's last good download when the feed is on, with the user's prices applied. */
export async function currentCatalog(): Promise<Catalog> {
  const [state, userPrices] = await Promise.all([readFeedState(), userPricesStorage.get()]);
  const feed =
    state.enabled && state.text && state.downloadedOn ? { text: state.text, downloadedOn: state.downloadedOn } : undefined;
  const today = toIsoDay(new Date());
  const own = hasUserPrices(userPrices) ? userPrices : undefined;
  const key = `${feed ? `feed:${state.downloadedOn}:${state.lastGood}:${feed.text.length}` : 'bundled'}|${own ? `${today}:${JSON.stringify(own)}` : ''}`;
  if (cached?.key === key) return cached.catalog;
  const { catalog, problem } = buildCatalogView(bundledCatalog, { feed, today, ...(own ? { userPrices: own } : {}) });
  if (problem) log.error('the kept price feed no longer merges; using bundled prices', problem);
  cached = { key, catalog };
  return catalog;
}

/** Calls back with the new catalog whenever its inputs (feed state, user prices) change. */
export function watchCatalog(callback: (catalog: Catalog) => void): () => void {
  const rebuild = () =>
    void currentCatalog().then(callback, (error: unknown) => log.error('could not rebuild the catalog', error));
  const stopFeed = watchFeedState(rebuild);
  const stopPrices = userPricesStorage.watch(rebuild);
  return () => {
    stopFeed();
    stopPrices();
  };
}
