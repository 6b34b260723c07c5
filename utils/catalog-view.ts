// The one catalog every consumer prices from: the bundled data, merged with the live feed when the user turned it on.
import type { Catalog } from '../pricing-data/validate';
import type { IsoDay } from './catalog';
import { parseFeed } from './feeds/genai-prices-feed';
import { mergeFeed } from './feeds/merge-feed';

/** What changes the bundled catalog: a kept feed download (its text and the day it was made). */
export interface CatalogInputs {
  feed?: { text: string; downloadedOn: IsoDay };
}

/**
 * The catalog as the user sees it. A feed that no longer merges (it was kept by an older version
 * whose rules were looser) is left out, and the reason returned, rather than breaking every price.
 */
export function buildCatalogView(bundled: Catalog, inputs: CatalogInputs): { catalog: Catalog; problem?: string } {
  if (!inputs.feed) return { catalog: bundled };
  try {
    return { catalog: mergeFeed(bundled, parseFeed(inputs.feed.text), { downloadedOn: inputs.feed.downloadedOn }).catalog };
  } catch (error) {
    return { catalog: bundled, problem: error instanceof Error ? error.message : String(error) };
  }
}
