// Looking models up in the catalog, pricing them at a date, and telling how their prices changed.
import type { Model, PricePeriod } from '../pricing-data/schema';
import { spellingKey, type Catalog } from '../pricing-data/validate';

/** A calendar day as `YYYY-MM-DD` (UTC). */
export type IsoDay = string;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC calendar day of a date, or the day itself when given as `YYYY-MM-DD`. */
export function toIsoDay(date: Date | IsoDay): IsoDay {
  if (typeof date === 'string') {
    if (!ISO_DAY.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
      throw new RangeError(`"${date}" is not a date of the form YYYY-MM-DD`);
    }
    return date;
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
  return date.toISOString().slice(0, 10);
}

const indexes = new WeakMap<Catalog, Map<string, Model>>();

function spellingIndex(catalog: Catalog): Map<string, Model> {
  let index = indexes.get(catalog);
  if (!index) {
    index = new Map();
    for (const model of catalog.models) {
      index.set(spellingKey(model.id), model);
      for (const alias of model.aliases) index.set(spellingKey(alias), model);
    }
    indexes.set(catalog, index);
  }
  return index;
}

/** The model with this id or alias, ignoring case and surrounding space. */
export function findModel(catalog: Catalog, spelling: string): Model | undefined {
  return spellingIndex(catalog).get(spellingKey(spelling));
}

/** A vendor's display name, or its id when the catalog has no such vendor. */
export function vendorName(catalog: Catalog, vendorId: string): string {
  return catalog.vendors.find((v) => v.id === vendorId)?.name ?? vendorId;
}

/** Whether the vendor had stopped serving the model by `date`. */
export function isRetired(model: Model, date: Date | IsoDay): boolean {
  return model.retired !== undefined && model.retired <= toIsoDay(date);
}

/** Whether a dated entry (a price period, a tool fee) is in force on `day`: `from` ≤ day < `to`. */
export function inForce(entry: { from: IsoDay; to?: IsoDay }, day: IsoDay): boolean {
  return entry.from <= day && (entry.to === undefined || day < entry.to);
}

/**
 * The price period in force on `date` (`from` ≤ date < `to`), or undefined when none is known or
 * the model was retired by then: a model nobody can call has no price.
 */
export function priceAt(model: Model, date: Date | IsoDay): PricePeriod | undefined {
  const day = toIsoDay(date);
  if (isRetired(model, day)) return undefined;
  return model.prices.find((p) => inForce(p, day));
}

/**
 * Why a model has no price on `date`: the ONE list the tag, the card, the popup and the exports say.
 * `retired`: the vendor stopped serving it. `unpriced`: no price was ever confirmed. `not-yet`: its
 * first price starts later. `ended`: its last price (often a promotion) ended and no successor is confirmed.
 */
export type MissingPrice = 'retired' | 'unpriced' | 'not-yet' | 'ended';

export const missingPriceReasons: readonly MissingPrice[] = ['retired', 'unpriced', 'not-yet', 'ended'];

/** Why a model has no price on `date`; undefined when it has one. */
export function missingPrice(model: Model, date: Date | IsoDay): MissingPrice | undefined {
  const day = toIsoDay(date);
  if (isRetired(model, day)) return 'retired';
  if (priceAt(model, day)) return undefined;
  if (model.prices.length === 0) return 'unpriced';
  return model.prices.some((p) => p.from <= day) ? 'ended' : 'not-yet';
}

/** The day before an ISO day: the last day a period with exclusive end `to` is in force. */
export function dayBefore(day: IsoDay): IsoDay {
  return new Date(Date.parse(`${toIsoDay(day)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((Date.parse(`${toIsoDay(to)}T00:00:00Z`) - Date.parse(`${toIsoDay(from)}T00:00:00Z`)) / 86_400_000);
}

/**
 * Where a model's price stands on `date`, beyond its rates:
 * - `promotional`: a temporary price in force; `lastDay` is its last day (the period's `to` minus one),
 *   `then` the period that follows it, when one is confirmed (announced or applied) from `to`;
 * - `ended`: nothing in force, the last price ended on `lastDay` and no successor is confirmed;
 * - `regular`: an ordinary price in force; `missing` reasons (retired, unpriced, not-yet) are the rest.
 */
export type PriceStanding =
  | { kind: 'regular'; period: PricePeriod }
  | { kind: 'promotional'; period: PricePeriod; lastDay: IsoDay; then?: PricePeriod }
  | { kind: 'ended'; last: PricePeriod; lastDay: IsoDay }
  | { kind: 'retired'; last?: PricePeriod; on: IsoDay }
  | { kind: 'unpriced' }
  | { kind: 'not-yet'; first: PricePeriod };

export function priceStanding(model: Model, date: Date | IsoDay): PriceStanding {
  const day = toIsoDay(date);
  const missing = missingPrice(model, day);
  switch (missing) {
    case 'retired':
      return { kind: 'retired', last: lastKnownPriceAt(model, day), on: model.retired! };
    case 'unpriced':
      return { kind: 'unpriced' };
    case 'not-yet':
      return { kind: 'not-yet', first: model.prices[0]! };
    case 'ended': {
      const last = model.prices.filter((p) => p.from <= day).at(-1)!;
      return { kind: 'ended', last, lastDay: dayBefore(last.to!) };
    }
    case undefined: {
      const period = priceAt(model, day)!;
      if (period.status !== 'promotional' || period.to === undefined) return { kind: 'regular', period };
      const then = model.prices.find((p) => p.from === period.to);
      return { kind: 'promotional', period, lastDay: dayBefore(period.to), then };
    }
  }
}

/** The period in force on `date`, else the last one that began before it (a retired model's last price). */
export function lastKnownPriceAt(model: Model, date: Date | IsoDay): PricePeriod | undefined {
  const day = toIsoDay(date);
  return priceAt(model, day) ?? model.prices.filter((p) => p.from <= day).at(-1);
}

export const priceComponents = ['input', 'output', 'cachedInput', 'cacheWrite5m', 'cacheWrite1h', 'reasoning'] as const;
export type PriceComponent = (typeof priceComponents)[number];

/** Percent change per component (+40 means 40% dearer); a component absent on either side is left out. */
export type ComponentChange = Partial<Record<PriceComponent, number>>;

/** The rate (USD per 1M tokens) a period charges for a component; reasoning falls back to output. */
export function componentRate(period: PricePeriod, component: PriceComponent): number | undefined {
  return component === 'reasoning' ? (period.reasoning ?? period.output) : period[component];
}

/** Percent change from `before` to `after`, rounded to 1e-9 so that 1.25 → 1.75 reads as exactly 40. */
export function percentChange(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined || after === undefined || before === 0) return undefined;
  return Math.round(((after - before) / before) * 100 * 1e9) / 1e9;
}

export function compareRates(before: PricePeriod, after: PricePeriod): ComponentChange {
  const change: ComponentChange = {};
  for (const component of priceComponents) {
    const pct = percentChange(componentRate(before, component), componentRate(after, component));
    if (pct !== undefined) change[component] = pct;
  }
  return change;
}

export interface HistoryEntry {
  model: Model;
  period: PricePeriod;
  /** The entry this one is compared with; absent for the first price of a lineage. */
  previous?: { model: Model; period: PricePeriod };
  /** Percent change per component against `previous`. */
  change?: ComponentChange;
}

/** Every price period of a model, oldest first, each compared with the one before. */
export function modelHistory(model: Model): HistoryEntry[] {
  return model.prices.map((period, i) => {
    const before = model.prices[i - 1];
    return before
      ? { model, period, previous: { model, period: before }, change: compareRates(before, period) }
      : { model, period };
  });
}

/** The model's line of predecessors, oldest first and ending with the model itself. */
export function lineage(catalog: Catalog, model: Model): Model[] {
  const line = [model];
  const seen = new Set([model.id]);
  for (let id = model.predecessor; id !== undefined && !seen.has(id);) {
    const predecessor = findModel(catalog, id);
    if (!predecessor) break;
    line.unshift(predecessor);
    seen.add(id);
    id = predecessor.predecessor;
  }
  return line;
}

/**
 * The price history of the whole lineage (e.g. GPT-5 → GPT-5.1 → GPT-5.2), oldest first. A
 * successor's first price is compared with what its predecessor cost on the successor's first day.
 */
export function lineageHistory(catalog: Catalog, model: Model): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let previousModel: Model | undefined;
  for (const member of lineage(catalog, model)) {
    for (const entry of modelHistory(member)) {
      if (!entry.previous && previousModel) {
        const before = lastKnownPriceAt(previousModel, entry.period.from) ?? previousModel.prices.at(-1);
        if (before) {
          entry.previous = { model: previousModel, period: before };
          entry.change = compareRates(before, entry.period);
        }
      }
      entries.push(entry);
    }
    previousModel = member;
  }
  return entries;
}

/** The most recent change of a model's own price on or before `date` (not its first price). */
export function latestChange(model: Model, date: Date | IsoDay): HistoryEntry | undefined {
  const day = toIsoDay(date);
  return modelHistory(model)
    .filter((entry) => entry.previous && entry.period.from <= day && entry.period.status !== 'announced')
    .at(-1);
}

export interface PredecessorComparison {
  model: Model;
  predecessor: Model;
  /** The predecessor's price: in force on `date`, else its last price before. */
  before: PricePeriod;
  /** The model's price on `date`. */
  after: PricePeriod;
  change: ComponentChange;
}

/** "GPT-5.2 vs GPT-5.1: +40% input, +40% output", as of `date`. */
export function compareWithPredecessor(catalog: Catalog, model: Model, date: Date | IsoDay): PredecessorComparison | undefined {
  if (model.predecessor === undefined) return undefined;
  const predecessor = findModel(catalog, model.predecessor);
  const after = priceAt(model, date);
  if (!predecessor || !after) return undefined;
  const before = lastKnownPriceAt(predecessor, date);
  if (!before) return undefined;
  return { model, predecessor, before, after, change: compareRates(before, after) };
}

/** The first day the catalog has a price for: the earliest day worth asking "prices as of". */
export function earliestPriceDay(catalog: Catalog): IsoDay {
  return catalog.models.reduce((earliest, m) => {
    const first = m.prices[0]?.from;
    return first !== undefined && first < earliest ? first : earliest;
  }, catalog.version);
}

/** Lower-cases and drops separators, so that "gpt 5.2", "GPT-5-2" and "gpt5.2" search alike. */
function searchKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-_.·\u2010-\u2015\u2212]+/g, '');
}

/**
 * Models whose id, name or alias contains the query, best first: an exact spelling, then names
 * that start with the query, then the rest; newer models first within each group.
 */
export function searchModels(catalog: Catalog, query: string, limit = 10): Model[] {
  const key = searchKey(query);
  if (key === '') return [];
  const scored: { model: Model; score: number }[] = [];
  for (const model of catalog.models) {
    const spellings = [model.id, model.name, ...model.aliases].map(searchKey);
    const score = spellings.some((s) => s === key)
      ? 0
      : spellings.some((s) => s.startsWith(key))
        ? 1
        : spellings.some((s) => s.includes(key))
          ? 2
          : -1;
    if (score >= 0) scored.push({ model, score });
  }
  const released = (m: Model) => m.released ?? m.prices[0]?.from ?? '';
  scored.sort(
    (a, b) => a.score - b.score || released(b.model).localeCompare(released(a.model)) || a.model.id.localeCompare(b.model.id),
  );
  return scored.slice(0, limit).map((s) => s.model);
}
