// Prices usage records at the list price in force on their day, and re-prices them on other models at one day.
import type { Model } from '../../pricing-data/schema';
import type { Catalog } from '../../pricing-data/validate';
import { findModel, missingPrice, priceAt, type IsoDay } from '../catalog';
import { priceTokenUsage, toolFeeAt, toolUnits } from '../cost';
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

/** Why a record has no price: the model's missing price, or a service tier the period does not sell. */
export type UnpricedReason = 'unknown-model' | 'retired' | 'unpriced' | 'not-yet' | 'ended' | 'tier-not-sold' | 'tier-unknown';

export type RecordPrice =
  | {
      status: 'priced';
      /** USD, tokens and web searches. */
      usd: number;
      /** Set when part of the usage is left out or priced at standard: what the user must be told. */
      caveats: ('batch-at-standard' | 'web-search-not-sold' | 'tier-at-standard')[];
    }
  | { status: 'unpriced'; reason: UnpricedReason };

/** USD of the record's web searches on `model` at `day`, or undefined when the model sells none. */
function webSearchUsd(model: Model, record: UsageRecord, day: IsoDay): number | undefined {
  if (record.webSearches === 0) return 0;
  const fee = toolFeeAt(model, 'webSearch', day);
  if (!fee) return undefined;
  return (toolUnits(fee, record.webSearches, Math.max(record.requests, 1)) * fee.usd) / fee.per;
}

/**
 * The record on `model` at `day`. `repricing`: the record's conditions mapped onto a model that may
 * not sell them: a service tier it lacks is priced at its standard rates (and said so).
 */
export function priceRecord(model: Model, record: UsageRecord, day: IsoDay, repricing = false): RecordPrice {
  const period = priceAt(model, day);
  if (!period) return { status: 'unpriced', reason: missingPrice(model, day) ?? 'unpriced' };
  const caveats: Extract<RecordPrice, { status: 'priced' }>['caveats'] = [];
  let tokens = priceTokenUsage(period, record, record);
  if (tokens.status === 'unpriced' && repricing) {
    tokens = priceTokenUsage(period, record, { ...record, serviceTier: 'standard' });
    caveats.push('tier-at-standard');
  }
  if (tokens.status === 'unpriced') return { status: 'unpriced', reason: tokens.reason };
  if (tokens.batchAtStandard) caveats.push('batch-at-standard');
  const web = webSearchUsd(model, record, day);
  if (web === undefined) caveats.push('web-search-not-sold');
  return { status: 'priced', usd: tokens.usd + (web ?? 0), caveats };
}
