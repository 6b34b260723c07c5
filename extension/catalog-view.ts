// The catalog the extension prices from, built once per change of its inputs (the live feed) and shared by every caller.
import { catalog as bundled } from '../pricing-data/bundled';
import type { Catalog } from '../pricing-data/validate';
import { toIsoDay } from '../utils/catalog';
import { buildCatalogView } from '../utils/catalog-view';
import { logger } from './log';
import { readFeedState, watchFeedState } from './price-feed';

const log = logger('catalog');

/** The catalog as shipped, checked by the project. */
export const bundledCatalog: Catalog = bundled;

let cached: { key: string; catalog: Catalog } | undefined;

/** The bundled catalog merged with the feed's last good download when the feed is on. */
export async function currentCatalog(): Promise<Catalog> {
  const state = await readFeedState();
  const feed =
    state.enabled && state.text && state.downloadedOn ? { text: state.text, downloadedOn: state.downloadedOn } : undefined;
  const key = feed ? `feed:${state.downloadedOn}:${state.lastGood}:${feed.text.length}` : 'bundled';
  if (cached?.key === key) return cached.catalog;
  const { catalog, problem } = buildCatalogView(bundledCatalog, { feed, today: toIsoDay(new Date()) });
  if (problem) log.error('the kept price feed no longer merges; using bundled prices', problem);
  cached = { key, catalog };
  return catalog;
}

/** Calls back with the new catalog whenever its inputs change. */
export function watchCatalog(callback: (catalog: Catalog) => void): () => void {
  return watchFeedState(() => void currentCatalog().then(callback));
}
