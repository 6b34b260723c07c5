// What the card and the popup say about a model's offers: each seller's cost under the workload, cheapest first, with tier and region notes.
import type { Catalog } from '../pricing-data/validate';
import { findModel, type IsoDay } from './catalog';
import type { PricedEstimate } from './cost';
import type { MessageKey } from './i18n';
import { formatPercentChange } from './money';
import { rankOffers, regionPremium, sellerName, type OfferEstimate, type OfferRef } from './offers';
import { componentName, describeTierPriceUnknown, formatCost, type TagViewOptions } from './tag-view';
import type { ServiceTier, WorkloadPreset } from './workloads';

export interface OfferRow {
  seller: string;
  region?: string;
  sellerName: string;
  /** "regional endpoint +10%", "Flex", "batch −50%", "without web search". */
  notes: string[];
  /** The month's cost in the display currency, or why there is none ("Flex not offered"). */
  cost: string;
  /** `partial`: priced without part of the workload (a tool the seller lacks). */
  status: 'priced' | 'partial' | 'not-offered' | 'unpriced';
}

export interface OfferList {
  modelId: string;
  /** "Who sells it, cheapest first (Agent, per month)". */
  title: string;
  /** The offers, cheapest first under the workload; at most `limit` of them. */
  rows: OfferRow[];
  /** "and 4 more sellers", when `limit` left some out. */
  more?: string;
  /** "Only Groq sells this model in TokenTag's catalog." when there is one offer; that none has a price when there is none. */
  only?: string;
}

export type OfferListOptions = Pick<TagViewOptions, 'currency' | 'locale' | 't' | 'presetName'> & {
  date: IsoDay;
  workload: WorkloadPreset['workload'];
  /** How many rows to give (the card's room); all when absent. */
  limit?: number;
  /**
   * The offer that is always listed (the one the asking tag shows): when `limit` leaves it out, it
   * takes the last row's place, so that the card can mark it.
   */
  keep?: OfferRef;
};

/** Region and deployment kinds the UI names; any other is shown as its id. */
const regionNames: Record<string, MessageKey> = {
  global: 'offers.region.global',
  regional: 'offers.region.regional',
  'data-zone-us': 'offers.region.dataZoneUs',
  'data-zone-eu': 'offers.region.dataZoneEu',
  us: 'offers.region.us',
};

/** The tier a priced estimate was bought at, as a note: nothing for standard. */
function tierNote(estimate: PricedEstimate, { t }: Pick<OfferListOptions, 't'>): string | undefined {
  switch (estimate.serviceTier) {
    case 'standard':
      return undefined;
    case 'batch':
      return t('offers.tier.batch', [Math.round((estimate.period.batchDiscount ?? 0) * 100)]);
    case 'flex':
      return t('offers.tier.flex');
    case 'priority':
      return t('offers.tier.priority');
  }
}

const tierNames: Record<ServiceTier, MessageKey> = {
  standard: 'options.serviceTiers.standard',
  batch: 'options.serviceTiers.batch',
  flex: 'options.serviceTiers.flex',
  priority: 'options.serviceTiers.priority',
};

function describeRow(catalog: Catalog, offer: OfferEstimate, premium: number | undefined, options: OfferListOptions): OfferRow {
  const { t, locale } = options;
  const { estimate } = offer;
  const notes: string[] = [];
  if (offer.region !== undefined) {
    const name = regionNames[offer.region] ? t(regionNames[offer.region]!) : offer.region;
    notes.push(premium ? t('offers.regionPremium', [name, formatPercentChange(premium, locale)]) : name);
  }
  const where = {
    seller: offer.seller,
    ...(offer.region === undefined ? {} : { region: offer.region }),
    sellerName: sellerName(catalog, offer.seller),
  };
  if (estimate.status === 'not-offered') {
    // Never the standard price dressed up: the tier is named as not sold.
    return { ...where, notes, cost: t('offers.tierNotOffered', [t(tierNames[estimate.serviceTier])]), status: 'not-offered' };
  }
  if (estimate.status === 'unknown' && estimate.reason === 'tier-price-unknown') {
    // Not "not offered": the feed's newer price simply does not state the tier's rates.
    return { ...where, notes, cost: describeTierPriceUnknown(estimate, options), status: 'unpriced' };
  }
  if (estimate.status === 'unknown') return { ...where, notes, cost: t('offers.unpriced'), status: 'unpriced' };
  const tier = tierNote(estimate, options);
  if (tier) notes.push(tier);
  for (const line of estimate.lines) {
    if (line.status === 'unavailable') notes.push(t('offers.without', [componentName(line.component, t)]));
  }
  return { ...where, notes, cost: formatCost(estimate.monthTotal, options), status: estimate.complete ? 'priced' : 'partial' };
}

/**
 * The first `limit` offers, with `keep` in the last place when it ranks below them: still cheapest
 * first, and the offers left out are as many as without it.
 */
function keepOffer(ranked: OfferEstimate[], limit: number, keep: OfferRef | undefined): OfferEstimate[] {
  const shown = ranked.slice(0, limit);
  if (!keep || limit < 1) return shown;
  const at = ranked.findIndex((offer) => offer.seller === keep.seller && offer.region === keep.region);
  if (at < limit) return shown;
  return [...shown.slice(0, limit - 1), ranked[at]!];
}

/**
 * Every offer of a model priced under the workload on `date`, cheapest first (see `rankOffers`), as
 * display text; undefined for a model the catalog lacks.
 */
export function describeOffers(catalog: Catalog, modelId: string, options: OfferListOptions): OfferList | undefined {
  const model = findModel(catalog, modelId);
  if (!model) return undefined;
  const { t, limit } = options;
  const ranked = rankOffers(model, options.workload, options.date);
  const shown = limit === undefined ? ranked : keepOffer(ranked, limit, options.keep);
  const rows = shown.map((offer) => describeRow(catalog, offer, regionPremium(model, offer, options.date), options));
  const left = ranked.length - shown.length;
  return {
    modelId: model.id,
    title: t('offers.title', [options.presetName]),
    rows,
    ...(left > 0 ? { more: t('offers.more', left, [left]) } : {}),
    ...(ranked.length === 0 ? { only: t('offers.none') } : {}),
    ...(ranked.length === 1 ? { only: t('offers.only', [rows[0]!.sellerName]) } : {}),
  };
}
