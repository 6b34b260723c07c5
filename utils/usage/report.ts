// The usage report: files read, totals by model / month / seller at list prices, unknown spellings, re-pricing, a preset.
import type { Model } from '../../pricing-data/schema';
import type { Catalog } from '../../pricing-data/validate';
import type { IsoDay } from '../catalog';
import { serviceTiers, type ServiceTier, type Workload } from '../workloads';
import type { OfferRef } from '../offers';
import {
  createModelResolver,
  priceRecord,
  repriceRecord,
  type ModelResolver,
  type UnpricedReason,
  type UsageCaveat,
} from './price-usage';
import { UNGROUPED_SPELLING, type UsageRecord } from './record';
import type { UsageFileResult } from './read-file';

/** Token and request totals; `uncachedInput`… are tokens, `output` includes `reasoning`. */
export interface UsageTotals {
  requests: number;
  uncachedInput: number;
  cachedInput: number;
  cacheWrites: number;
  output: number;
  reasoning: number;
  webSearches: number;
}

export interface CostedRow extends UsageTotals {
  /** USD at the list price in force on each record's day. */
  costUsd: number;
  /** USD the files say was billed, or null when none say. */
  reportedUsd: number | null;
}

export interface ModelRow extends CostedRow {
  modelId: string;
  name: string;
}
export interface MonthRow extends CostedRow {
  /** `YYYY-MM`. */
  month: string;
}
export interface SellerRow extends CostedRow {
  seller: string;
}

/** Usage that has no list price: an unknown spelling, or a known model without a price that day. */
export interface UnknownRow extends UsageTotals {
  spelling: string;
  reason: UnpricedReason;
  /** The model it resolved to, when it did. */
  modelId?: string;
}

/** Usage a re-pricing target could not price: one spelling at one service tier, and why (tokens). */
export interface RepricedGap extends UsageTotals {
  spelling: string;
  serviceTier: string;
  reason: UnpricedReason;
}

export interface RepricedRow {
  modelId: string;
  name: string;
  /** Who sells the target: its creator (own API) or a seller; `region` where the seller prices by one. */
  seller: string;
  region?: string;
  /** Whether the target is the creator's own API (named by its model id alone). */
  firstParty: boolean;
  /**
   * USD of all the usage on this target at the chosen day; null unless every record could be priced
   * there (see `unpriced`): a part is never passed off as the whole.
   */
  totalUsd: number | null;
  /** USD of the records the target could price (all of them when `totalUsd` is set). */
  pricedUsd: number;
  /** USD per month of the priced records (`YYYY-MM` → USD). */
  byMonth: { month: string; usd: number }[];
  /** The usage the target could not price and why (its seller does not sell the model, the tier…): never priced otherwise. */
  unpriced: RepricedGap[];
  /** Parts priced with something left out, summed over records (`web-search-not-sold`). */
  caveats: UsageCaveat[];
}

/** A caveat of a model's priced usage (its code; the UI and the exports word it with `caveatText`). */
export interface ModelCaveat {
  modelId: string;
  name: string;
  caveat: UsageCaveat;
}

/** A model to re-price the usage on, and optionally whose offer: a seller's (in a region). Absent: the creator's own API. */
export interface RepriceTarget {
  /** A model id or any spelling the resolver reads. */
  model: string;
  seller?: string;
  region?: string;
}

export interface UsageReport {
  date: IsoDay;
  files: UsageFileResult[];
  byModel: ModelRow[];
  byMonth: MonthRow[];
  bySeller: SellerRow[];
  unknownModels: UnknownRow[];
  /** USD at list prices of everything priced. */
  totalUsd: number;
  reportedUsd: number | null;
  repriced: RepricedRow[];
  /** Re-pricing targets that name no catalog model. */
  unknownTargets: string[];
  /** Priced records with caveats (web searches a model does not sell, batch without a discount), once per model and caveat. */
  caveats: ModelCaveat[];
}

function emptyTotals(): UsageTotals {
  return { requests: 0, uncachedInput: 0, cachedInput: 0, cacheWrites: 0, output: 0, reasoning: 0, webSearches: 0 };
}

function addTotals(into: UsageTotals, r: UsageRecord): void {
  into.requests += r.requests;
  into.uncachedInput += r.uncachedInput;
  into.cachedInput += r.cachedInput;
  into.cacheWrites += r.cacheWrite5m + r.cacheWrite1h;
  into.output += r.output;
  into.reasoning += r.reasoning;
  into.webSearches += r.webSearches;
}

function costed(): CostedRow {
  return { ...emptyTotals(), costUsd: 0, reportedUsd: null };
}

function addCosted(into: CostedRow, r: UsageRecord, usd: number): void {
  addTotals(into, r);
  into.costUsd += usd;
  if (r.reportedUsd !== undefined) into.reportedUsd = (into.reportedUsd ?? 0) + r.reportedUsd;
}

function rowOf<T extends CostedRow>(map: Map<string, T>, key: string, make: () => T): T {
  let row = map.get(key);
  if (!row) map.set(key, (row = make()));
  return row;
}

export interface ReportOptions {
  /** The day re-pricing uses (`YYYY-MM-DD`). */
  date: IsoDay;
  /** Models (ids or any spelling, or with a seller's offer) to re-price the usage on. */
  reprice: readonly (string | RepriceTarget)[];
  resolver?: ModelResolver;
}

export function buildUsageReport(files: readonly UsageFileResult[], catalog: Catalog, options: ReportOptions): UsageReport {
  const resolve = options.resolver ?? createModelResolver(catalog);
  const records = files.flatMap((f) => f.records);
  const byModel = new Map<string, ModelRow>();
  const byMonth = new Map<string, MonthRow>();
  const bySeller = new Map<string, SellerRow>();
  const unknown = new Map<string, UnknownRow>();
  const caveats = new Map<string, ModelCaveat>();
  let totalUsd = 0;
  let reportedUsd: number | null = null;

  for (const record of records) {
    if (record.reportedUsd !== undefined) reportedUsd = (reportedUsd ?? 0) + record.reportedUsd;
    const model = resolve(record.spelling);
    const price = model
      ? priceRecord(model, record, record.day)
      : ({ status: 'unpriced', reason: record.spelling === UNGROUPED_SPELLING ? 'not-grouped' : 'unknown-model' } as const);
    if (price.status === 'unpriced') {
      const key = `${record.spelling}\u0000${price.reason}`;
      let row = unknown.get(key);
      if (!row)
        unknown.set(
          key,
          (row = { spelling: record.spelling, reason: price.reason, ...(model ? { modelId: model.id } : {}), ...emptyTotals() }),
        );
      addTotals(row, record);
      continue;
    }
    for (const caveat of price.caveats)
      caveats.set(`${model!.id}\u0000${caveat}`, { modelId: model!.id, name: model!.name, caveat });
    totalUsd += price.usd;
    addCosted(
      rowOf(byModel, model!.id, () => ({ modelId: model!.id, name: model!.name, ...costed() })),
      record,
      price.usd,
    );
    const month = record.day.slice(0, 7);
    addCosted(
      rowOf(byMonth, month, () => ({ month, ...costed() })),
      record,
      price.usd,
    );
    if (record.seller)
      addCosted(
        rowOf(bySeller, record.seller, () => ({ seller: record.seller!, ...costed() })),
        record,
        price.usd,
      );
  }

  const repriced: RepricedRow[] = [];
  const unknownTargets: string[] = [];
  for (const entry of options.reprice) {
    const target = typeof entry === 'string' ? { model: entry } : entry;
    const model = resolve(target.model);
    if (!model) {
      unknownTargets.push(target.model);
      continue;
    }
    const offer: OfferRef = {
      seller: target.seller ?? model.vendor,
      ...(target.region === undefined ? {} : { region: target.region }),
    };
    repriced.push(repriceOn(model, offer, records, options.date));
  }

  return {
    date: options.date,
    files: [...files],
    byModel: [...byModel.values()].sort((a, b) => b.costUsd - a.costUsd || a.modelId.localeCompare(b.modelId)),
    byMonth: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)),
    bySeller: [...bySeller.values()].sort((a, b) => b.costUsd - a.costUsd || a.seller.localeCompare(b.seller)),
    unknownModels: [...unknown.values()].sort((a, b) => a.spelling.localeCompare(b.spelling)),
    totalUsd,
    reportedUsd,
    repriced,
    unknownTargets,
    caveats: [...caveats.values()].sort((a, b) => a.modelId.localeCompare(b.modelId) || a.caveat.localeCompare(b.caveat)),
  };
}

/**
 * All the usage on one model's offer at one day, under the records' conditions. A record the offer
 * cannot price (a tier it does not sell, no price that day, a seller that does not sell the model)
 * is listed with why, never priced at another tier's or seller's rates; the total then stays null.
 */
function repriceOn(model: Model, offer: OfferRef, records: readonly UsageRecord[], day: IsoDay): RepricedRow {
  const months = new Map<string, number>();
  const caveats = new Set<UsageCaveat>();
  const gaps = new Map<string, RepricedGap>();
  let total = 0;
  for (const record of records) {
    const price = repriceRecord(model, offer, record, day);
    if (price.status === 'unpriced') {
      const key = [record.spelling, record.serviceTier, price.reason].join('\u0000');
      let gap = gaps.get(key);
      if (!gap)
        gaps.set(
          key,
          (gap = { spelling: record.spelling, serviceTier: record.serviceTier, reason: price.reason, ...emptyTotals() }),
        );
      addTotals(gap, record);
      continue;
    }
    price.caveats.forEach((c) => caveats.add(c));
    total += price.usd;
    const month = record.day.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + price.usd);
  }
  const unpriced = [...gaps.values()].sort(
    (a, b) =>
      a.spelling.localeCompare(b.spelling) || a.serviceTier.localeCompare(b.serviceTier) || a.reason.localeCompare(b.reason),
  );
  return {
    modelId: model.id,
    name: model.name,
    ...offer,
    firstParty: offer.seller === model.vendor && offer.region === undefined,
    totalUsd: unpriced.length > 0 ? null : total,
    pricedUsd: total,
    byMonth: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, usd]) => ({ month, usd })),
    unpriced,
    caveats: [...caveats].sort(),
  };
}

/** Re-priced rows cheapest first; targets that could not price all the usage last. */
export function sortRepriced(rows: readonly RepricedRow[]): RepricedRow[] {
  return [...rows].sort(
    (a, b) =>
      (a.totalUsd ?? Infinity) - (b.totalUsd ?? Infinity) ||
      a.modelId.localeCompare(b.modelId) ||
      a.seller.localeCompare(b.seller) ||
      (a.region ?? '').localeCompare(b.region ?? ''),
  );
}

/** A re-priced row's name: its model id for the creator's own API, else `model@seller` or `model@seller/region`. */
export function repricedKey(row: Pick<RepricedRow, 'modelId' | 'seller' | 'region' | 'firstParty'>): string {
  if (row.firstParty) return row.modelId;
  return `${row.modelId}@${row.seller}${row.region === undefined ? '' : `/${row.region}`}`;
}

/**
 * A command-line target: `model`, or `model@seller` / `model@seller/region` where `seller` is a
 * seller or creator id of the catalog (a spelling with another `@`, such as a Vertex id, stays whole).
 */
export function parseRepriceTarget(text: string, catalog: Pick<Catalog, 'sellers' | 'vendors'>): RepriceTarget {
  const at = text.lastIndexOf('@');
  if (at <= 0) return { model: text };
  const [seller = '', region] = text.slice(at + 1).split('/');
  const known = catalog.sellers.some((s) => s.id === seller) || catalog.vendors.some((v) => v.id === seller);
  if (!known) return { model: text };
  return { model: text.slice(0, at), seller, ...(region ? { region } : {}) };
}

/**
 * A workload preset from the usage's averages per request (each request a task of no tool calls):
 * input = (uncached + cached + writes) / requests, and a static prefix and hit rate chosen so that
 * the cost engine reads and writes exactly the cached and written tokens per request the usage had.
 * Undefined when the files count no requests.
 */
export function workloadFromUsage(records: readonly UsageRecord[]): Workload | undefined {
  const totals = emptyTotals();
  const months = new Set<string>();
  const byTier = new Map<ServiceTier, number>();
  for (const r of records) {
    addTotals(totals, r);
    months.add(r.day.slice(0, 7));
    if ((serviceTiers as readonly string[]).includes(r.serviceTier)) {
      byTier.set(r.serviceTier as ServiceTier, (byTier.get(r.serviceTier as ServiceTier) ?? 0) + r.requests);
    }
  }
  const n = totals.requests;
  if (n === 0) return undefined;
  const reused = totals.cachedInput + totals.cacheWrites;
  const inputTokens = Math.round((totals.uncachedInput + reused) / n);
  return {
    tasksPerMonth: n / months.size,
    inputTokens,
    staticPrefixTokens: Math.min(inputTokens, Math.round(reused / n)),
    cacheHitRate: reused === 0 ? 0 : totals.cachedInput / reused,
    outputTokens: Math.round((totals.output - totals.reasoning) / n),
    reasoningTokens: Math.round(totals.reasoning / n),
    toolCalls: 0,
    toolCallTokens: 0,
    toolResultTokens: 0,
    webSearches: totals.webSearches / n,
    fileSearches: 0,
    codeSessions: 0,
    // The tier most of the requests ran at (standard when the files name none the cost engine prices).
    serviceTier: [...byTier].reduce<[ServiceTier, number]>(
      (best, entry) => (entry[1] > best[1] ? entry : best),
      ['standard', 0],
    )[0],
  };
}

/** The report in the command line's `--json` shape (issue 14). */
export function reportJson(report: UsageReport) {
  return {
    files: report.files.map((f) => ({
      file: f.file,
      format: f.format,
      records: f.recordsRead,
      skipped: f.skipped,
      errors: f.errors,
    })),
    byModel: report.byModel.map((m) => ({
      modelId: m.modelId,
      requests: m.requests,
      inputTokens: m.uncachedInput,
      cachedInputTokens: m.cachedInput,
      cacheWriteTokens: m.cacheWrites,
      outputTokens: m.output,
      reasoningTokens: m.reasoning,
      webSearches: m.webSearches,
      costUsd: m.costUsd,
      reportedCostUsd: m.reportedUsd,
    })),
    unknownModels: report.unknownModels.map((u) => ({
      spelling: u.spelling,
      requests: u.requests,
      inputTokens: u.uncachedInput,
      outputTokens: u.output,
    })),
    totalUsd: report.totalUsd,
    reportedUsd: report.reportedUsd,
    // What a priced total leaves out or prices at standard, per model (the Markdown's and the table's notes).
    caveats: report.caveats.map((c) => ({ modelId: c.modelId, caveat: c.caveat })),
    // A target that could not price every record has `totalUsd: null`; `unpriced` says which and why.
    repriced: report.repriced.map((r) => ({
      modelId: r.modelId,
      seller: r.seller,
      ...(r.region ? { region: r.region } : {}),
      totalUsd: r.totalUsd,
      pricedUsd: r.pricedUsd,
      caveats: r.caveats,
      unpriced: r.unpriced.map((g) => ({
        spelling: g.spelling,
        serviceTier: g.serviceTier,
        reason: g.reason,
        requests: g.requests,
      })),
    })),
  };
}
