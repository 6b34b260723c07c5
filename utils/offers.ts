// Who sells a model where: the seller of a page, a model's offers priced under a workload, and the cheapest way to run it.
import { MatchPattern } from '@webext-core/match-patterns';
import type { Model } from '../pricing-data/schema';
import type { Catalog } from '../pricing-data/validate';
import { inForce, percentChange, vendorName, type IsoDay } from './catalog';
import { estimateCost, type CostEstimate } from './cost';
import type { Workload } from './workloads';

/** One way to buy a model's tokens: the creator's own API, or a seller's offer (in a region). */
export interface OfferRef {
  seller: string;
  region?: string;
}

const parsedPages = new WeakMap<object, { id: string; patterns: MatchPattern[] }[]>();

/**
 * The seller whose own pages `url` is on (its `pages` match patterns), or undefined elsewhere.
 * Sellers are tried in catalog order; a page no seller claims is nobody's (the creator's price shows).
 */
export function sellerOfPage(catalog: Pick<Catalog, 'sellers'>, url: string): string | undefined {
  let href: string;
  try {
    // Strings, not URL objects: MatchPattern tests objects against `Location`, which Node lacks.
    href = new URL(url).href;
  } catch {
    return undefined;
  }
  let sellers = parsedPages.get(catalog.sellers);
  if (!sellers) {
    sellers = catalog.sellers.map((s) => ({ id: s.id, patterns: (s.pages ?? []).map((p) => new MatchPattern(p)) }));
    parsedPages.set(catalog.sellers, sellers);
  }
  return sellers.find(({ patterns }) => patterns.some((p) => p.includes(href)))?.id;
}

/** A seller's display name: a reseller's or host's, else the creator's (its own API), else its id. */
export function sellerName(catalog: Catalog, id: string): string {
  return catalog.sellers.find((s) => s.id === id)?.name ?? vendorName(catalog, id);
}

/** Every way to buy the model: its creator's own API first (when it has prices), then each offer. */
export function offersOf(model: Model): OfferRef[] {
  const own: OfferRef[] = model.prices.length > 0 ? [{ seller: model.vendor }] : [];
  return [
    ...own,
    ...model.offers.map((o) => (o.region === undefined ? { seller: o.seller } : { seller: o.seller, region: o.region })),
  ];
}

/**
 * The offer a tag on a page of `pageSeller` shows: that seller's (its global one unless it has only
 * regional ones), else the creator's own. `data-seller` names `seller`.
 */
export function offerShownOn(model: Model, pageSeller: string | undefined): OfferRef {
  const offers = pageSeller === undefined ? [] : model.offers.filter((o) => o.seller === pageSeller);
  const offer = offers.find((o) => o.region === undefined || o.region === 'global') ?? offers[0];
  if (!offer) return { seller: model.vendor };
  return offer.region === undefined ? { seller: offer.seller } : { seller: offer.seller, region: offer.region };
}

/**
 * The model as `ref`'s seller sells it: the offer's periods and fees in place of the creator's, so
 * that every view of a model (rates, history, cost) reads the offer with no other change. The
 * creator's own offer is the model itself.
 */
export function modelAsSoldBy(model: Model, ref: OfferRef): Model {
  if (ref.seller === model.vendor && ref.region === undefined) return model;
  const offer = model.offers.find((o) => o.seller === ref.seller && o.region === ref.region);
  if (!offer) return model;
  // `retired` is the day the creator stopped serving it; a seller's offer ends with its own periods.
  return {
    ...model,
    prices: offer.prices,
    toolFees: offer.toolFees,
    requestFees: offer.requestFees,
    offers: [],
    retired: undefined,
  };
}

export interface OfferEstimate extends OfferRef {
  estimate: CostEstimate;
}

/** USD per task, or infinity for an offer that cannot be priced (not offered, no price on the day). */
const taskCost = (o: OfferEstimate) => (o.estimate.status === 'priced' ? o.estimate.taskTotal : Number.POSITIVE_INFINITY);

/** 0: priced in full; 1: priced without part of the workload (a tool the seller lacks); 2: not priced. */
const completeness = (o: OfferEstimate) => (o.estimate.status !== 'priced' ? 2 : o.estimate.complete ? 0 : 1);

/**
 * Each offer of the model priced under `workload` on `date`, cheapest task first. An estimate that
 * leaves part of the workload out is not cheaper for it, so those follow the complete ones; offers
 * that do not sell the workload's tier, or have no price that day, come last, in catalog order.
 */
export function rankOffers(model: Model, workload: Workload, date: IsoDay): OfferEstimate[] {
  return offersOf(model)
    .map((ref, index) => ({ ...ref, estimate: estimateCost(model, workload, { date, ...ref }), index }))
    .sort((a, b) => completeness(a) - completeness(b) || taskCost(a) - taskCost(b) || a.index - b.index)
    .map(({ index: _index, ...offer }) => offer);
}

/** "The cheapest way to run this model": the offer with the lowest task cost, or undefined when none is priced. */
export function cheapestOffer(model: Model, workload: Workload, date: IsoDay): OfferEstimate | undefined {
  const [first] = rankOffers(model, workload, date);
  return first && first.estimate.status === 'priced' ? first : undefined;
}

/** An offer's standard input rate (USD per 1M tokens) on `date`, or undefined when it has none then. */
function inputRateOn(model: Model, seller: string, region: string | undefined, date: IsoDay): number | undefined {
  return model.offers.find((o) => o.seller === seller && o.region === region)?.prices.find((p) => inForce(p, date))?.input;
}

/**
 * How much dearer a regional or data-zone offer is than the same seller's global one on `date`, in
 * percent of its standard input rate (Bedrock's regional endpoints: +10). Undefined for a global or
 * region-less offer, and when either side has no price that day.
 */
export function regionPremium(model: Model, ref: OfferRef, date: IsoDay): number | undefined {
  if (ref.region === undefined || ref.region === 'global') return undefined;
  const base = inputRateOn(model, ref.seller, 'global', date) ?? inputRateOn(model, ref.seller, undefined, date);
  return percentChange(base, inputRateOn(model, ref.seller, ref.region, date));
}
