// What changed: the prices in force on a day as a snapshot, and the differences between two snapshots.
import * as z from 'zod/mini';
import type { Model, PricePeriod } from '../pricing-data/schema';
import type { Catalog } from '../pricing-data/validate';
import { inForce, isRetired, type IsoDay } from './catalog';

const snapshotRatesSchema = z.object({
  input: z.number(),
  output: z.number(),
  cachedInput: z.optional(z.number()),
  /** The first day of the period these rates come from. */
  from: z.string(),
  origin: z.optional(z.enum(['feed', 'user'])),
});

/** Rates in force per price list, keyed `modelId@seller` (`@seller#region` for a regional offer); USD per 1M tokens. */
export const priceSnapshotSchema = z.object({
  day: z.string(),
  prices: z.record(z.string(), snapshotRatesSchema),
});

export type SnapshotRates = z.infer<typeof snapshotRatesSchema>;
export type PriceSnapshot = z.infer<typeof priceSnapshotSchema>;

/** Why a price differs: a live-feed update, a new bundled release, or the user's own price. */
export type ChangeCause = 'feed' | 'bundled' | 'user';

export interface PriceChange {
  modelId: string;
  seller: string;
  region?: string;
  /** Absent for a price the snapshot before did not have (a new model or offer). */
  before?: SnapshotRates;
  /** Absent for a price that is gone (retired, or a feed turned off). */
  after?: SnapshotRates;
  /** The day the new price is in force from (or the day of the snapshot, for one that is gone). */
  inForceFrom: IsoDay;
  cause: ChangeCause;
}

function keyOf(modelId: string, seller: string, region?: string): string {
  return `${modelId}@${seller}${region ? `#${region}` : ''}`;
}

function parseKey(key: string): { modelId: string; seller: string; region?: string } {
  const at = key.lastIndexOf('@');
  const [seller, region] = key.slice(at + 1).split('#');
  return region ? { modelId: key.slice(0, at), seller: seller!, region } : { modelId: key.slice(0, at), seller: seller! };
}

function ratesOf(period: PricePeriod): SnapshotRates {
  const rates: SnapshotRates = { input: period.input, output: period.output, from: period.from };
  if (period.cachedInput !== undefined) rates.cachedInput = period.cachedInput;
  if (period.origin !== undefined) rates.origin = period.origin;
  return rates;
}

function listsOf(model: Model): { seller: string; region?: string; prices: PricePeriod[] }[] {
  return [{ seller: model.vendor, prices: model.prices }, ...model.offers];
}

/** Every price in force on `day`: the creator's own and every offer's. */
export function snapshotPrices(catalog: Catalog, day: IsoDay): PriceSnapshot {
  const prices: PriceSnapshot['prices'] = {};
  for (const model of catalog.models) {
    // The creator's retirement ends its own API's price; a seller's offer ends with its own periods.
    const lists = isRetired(model, day) ? model.offers : listsOf(model);
    for (const list of lists) {
      const period = list.prices.find((p) => inForce(p, day) && p.status !== 'announced');
      if (period) prices[keyOf(model.id, list.seller, list.region)] = ratesOf(period);
    }
  }
  return { day, prices };
}

const sameRates = (a: SnapshotRates, b: SnapshotRates) =>
  a.input === b.input && a.output === b.output && a.cachedInput === b.cachedInput;

/** Every price that differs between two snapshots, newest in force first. */
export function diffSnapshots(before: PriceSnapshot, after: PriceSnapshot): PriceChange[] {
  const changes: PriceChange[] = [];
  for (const key of new Set([...Object.keys(before.prices), ...Object.keys(after.prices)])) {
    const was = before.prices[key];
    const now = after.prices[key];
    if (was && now && sameRates(was, now)) continue;
    const origin = now?.origin ?? was?.origin;
    changes.push({
      ...parseKey(key),
      ...(was ? { before: was } : {}),
      ...(now ? { after: now } : {}),
      inForceFrom: now?.from ?? after.day,
      cause: origin === 'feed' ? 'feed' : origin === 'user' ? 'user' : 'bundled',
    });
  }
  return changes.sort((a, b) => b.inForceFrom.localeCompare(a.inForceFrom) || a.modelId.localeCompare(b.modelId));
}

/** Whether any of a model's prices (its own or an offer's) changed within `days` days before `day`. */
export function changedRecently(model: Model, day: IsoDay, days = 30): boolean {
  const since = new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  return listsOf(model).some((list) =>
    list.prices.some((p, i) => i > 0 && p.from > since && p.from <= day && p.status !== 'announced'),
  );
}
