// Prices usage records at the list price in force on their day, and re-prices them on other models at one day.
import type { Model } from '../../pricing-data/schema';
import type { Catalog } from '../../pricing-data/validate';
import { findModel, missingPrice, priceAt, type IsoDay } from '../catalog';
import {
  offerOf,
  offerPriceAt,
  priceTokenUsage,
  sellsServiceTier,
  tierPriceUnknown,
  toolFeeAt,
  toolUnits,
  type PricedOffer,
} from '../cost';
import type { OfferRef } from '../offers';
import { serviceTiers, type ServiceTier } from '../workloads';
import { createDetector, detectorSource } from '../detect';
import type { UsageRecord } from './record';

/** Resolves an export's model spelling to a catalog model, as the page detector would. */
export type ModelResolver = (spelling: string) => Model | undefined;

/**
 * Dated snapshots, vendor prefixes and OpenRouter permaslugs resolve through the detector; a
 * spelling naming no model, or more than one, resolves to nothing (and is listed, never guessed).
 */
export function createModelResolver(catalog: Catalog): ModelResolver {
  const detector = createDetector(detectorSource(catalog));
  const cache = new Map<string, Model | undefined>();
  return (spelling) => {
    if (cache.has(spelling)) return cache.get(spelling);
    let model = findModel(catalog, spelling);
    if (!model) {
      const ids = new Set(
        detector
          .scan(spelling)
          .filter((m) => m.known)
          .map((m) => m.modelId),
      );
      model = ids.size === 1 ? findModel(catalog, [...ids][0]!) : undefined;
    }
    cache.set(spelling, model);
    return model;
  };
}

/**
 * Why a record has no price: the model's missing price, or a service tier the period does not sell;
 * `not-grouped` for usage the file does not break down by model (no model to price it on).
 * Re-pricing on a target adds `no-offer` (the target's seller does not sell the model) and
 * `tier-not-offered` (the target does not sell the record's tier, batch included: the cost
 * engine's "tier not offered"). `tier-price-unknown`: the price in force is a feed's, which does not
 * state the tier's rates that the offer's checked prices had (the cost engine's reason of that name).
 */
export type UnpricedReason =
  | 'unknown-model'
  | 'not-grouped'
  | 'retired'
  | 'unpriced'
  | 'not-yet'
  | 'ended'
  | 'tier-not-sold'
  | 'tier-unknown'
  | 'no-offer'
  | 'tier-not-offered'
  | 'tier-price-unknown';

/** Every `UnpricedReason`, for documents and tests that must name each one. */
export const unpricedReasons: readonly UnpricedReason[] = [
  'unknown-model',
  'not-grouped',
  'retired',
  'unpriced',
  'not-yet',
  'ended',
  'tier-not-sold',
  'tier-unknown',
  'no-offer',
  'tier-not-offered',
  'tier-price-unknown',
];

/**
 * What a priced record must tell: priced at standard (a batch record on a price without a batch
 * discount), or web searches left out (the model's seller sells none). Every one, for documents and
 * tests that must name each.
 */
export const usageCaveats = ['batch-at-standard', 'web-search-not-sold'] as const;
export type UsageCaveat = (typeof usageCaveats)[number];

export type RecordPrice =
  | {
      status: 'priced';
      /** USD, tokens and web searches. */
      usd: number;
      /** Set when part of the usage is left out or priced at standard: what the user must be told. */
      caveats: UsageCaveat[];
    }
  | { status: 'unpriced'; reason: UnpricedReason };

/** USD of the record's web searches under `fees` (a model's or an offer's) at `day`, or undefined when it sells none. */
function webSearchUsd(fees: Pick<PricedOffer, 'toolFees'>, record: UsageRecord, day: IsoDay): number | undefined {
  if (record.webSearches === 0) return 0;
  const fee = toolFeeAt(fees, 'webSearch', day);
  if (!fee) return undefined;
  return (toolUnits(fee, record.webSearches, Math.max(record.requests, 1)) * fee.usd) / fee.per;
}

/** The tiers `sellsServiceTier` knows; any other tier a file names cannot be priced anywhere. */
const knownTiers: ReadonlySet<string> = new Set<ServiceTier | 'fast'>([...serviceTiers, 'fast']);
const isKnownTier = (tier: string): tier is ServiceTier | 'fast' => knownTiers.has(tier);

/**
 * What the record cost on its own model at `day`, the list price then in force. The usage ran at its
 * tier, so a batch record on a period without a batch discount is priced at standard and said so.
 */
export function priceRecord(model: Model, record: UsageRecord, day: IsoDay): RecordPrice {
  const period = priceAt(model, day);
  if (!period) return { status: 'unpriced', reason: missingPrice(model, day) ?? 'unpriced' };
  if (isKnownTier(record.serviceTier) && tierPriceUnknown(model.prices, period, record.serviceTier))
    return { status: 'unpriced', reason: 'tier-price-unknown' };
  const caveats: UsageCaveat[] = [];
  const tokens = priceTokenUsage(period, record, record);
  if (tokens.status === 'unpriced') return { status: 'unpriced', reason: tokens.reason };
  if (tokens.batchAtStandard) caveats.push('batch-at-standard');
  const web = webSearchUsd(model, record, day);
  if (web === undefined) caveats.push('web-search-not-sold');
  return { status: 'priced', usd: tokens.usd + (web ?? 0), caveats };
}

/** Why the offer has no price on `day`: retired or unpriced (creator's own), not yet or ended. */
function offerMissingPrice(model: Model, offer: PricedOffer, day: IsoDay): UnpricedReason {
  if (offer.firstParty) return missingPrice(model, day) ?? 'unpriced';
  if (offer.prices.length === 0) return 'unpriced';
  return offer.prices.some((p) => p.from <= day) ? 'ended' : 'not-yet';
}

/**
 * The record re-priced on `model` as `target`'s seller sells it, at `day`, under the record's
 * conditions: by the cost engine's rule, a tier the offer does not sell (batch without a discount
 * included) is "tier not offered" and the record has no price there, never one at standard rates.
 */
export function repriceRecord(model: Model, target: OfferRef, record: UsageRecord, day: IsoDay): RecordPrice {
  const offer = offerOf(model, target);
  if (!offer) return { status: 'unpriced', reason: 'no-offer' };
  const period = offerPriceAt(model, offer, day);
  if (!period) return { status: 'unpriced', reason: offerMissingPrice(model, offer, day) };
  if (!isKnownTier(record.serviceTier)) return { status: 'unpriced', reason: 'tier-unknown' };
  if (tierPriceUnknown(offer.prices, period, record.serviceTier)) return { status: 'unpriced', reason: 'tier-price-unknown' };
  if (!sellsServiceTier(period, record.serviceTier)) return { status: 'unpriced', reason: 'tier-not-offered' };
  const tokens = priceTokenUsage(period, record, record);
  if (tokens.status === 'unpriced') return { status: 'unpriced', reason: tokens.reason };
  const web = webSearchUsd(offer, record, day);
  return { status: 'priced', usd: tokens.usd + (web ?? 0), caveats: web === undefined ? ['web-search-not-sold'] : [] };
}
