// The one catalog every consumer prices from: the bundled data, merged with the live feed when the user turned it on.
import type { Catalog } from '../pricing-data/validate';
import type { IsoDay } from './catalog';
import { parseFeed } from './feeds/genai-prices-feed';
import { mergeFeed } from './feeds/merge-feed';
import { applyUserPrices, type UserPrices } from './user-prices';

/** What changes the bundled catalog: a kept feed download (its text and the day it was made), the user's own prices. */
export interface CatalogInputs {
  feed?: { text: string; downloadedOn: IsoDay };
  userPrices?: UserPrices;
  /** Dates the entry of custom models. */
  today: IsoDay;
}

/**
 * The catalog as the user sees it. A feed that no longer merges (it was kept by an older version
 * whose rules were looser) is left out, and the reason returned, rather than breaking every price.
 */
export function buildCatalogView(bundled: Catalog, inputs: CatalogInputs): { catalog: Catalog; problem?: string } {
  let catalog = bundled;
  let problem: string | undefined;
  if (inputs.feed) {
    try {
      catalog = mergeFeed(bundled, parseFeed(inputs.feed.text), { downloadedOn: inputs.feed.downloadedOn }).catalog;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
  }
  // The user's prices come last: they are the final word on what the user pays.
  if (inputs.userPrices) catalog = applyUserPrices(catalog, inputs.userPrices, inputs.today).catalog;
  return problem === undefined ? { catalog } : { catalog, problem };
}
