// Merges a parsed price feed into the catalog: prices dated after an offer's last check become periods, unknown models are added, checked prices win.
import { feedProviders } from '../../pricing-data/feed-providers';
import type { Model, PricePeriod, Source, Terms, Tier } from '../../pricing-data/schema';
import { applyTerms } from '../../pricing-data/terms';
import { checkAssembledCatalog, spellingKey, termsOf, type Catalog } from '../../pricing-data/validate';
import { inForce, type IsoDay } from '../catalog';
import {
  FeedError,
  GENAI_PRICES_FEED,
  type FeedModel,
  type FeedModelPrice,
  type FeedProvider,
  type FeedRate,
  type ParsedFeed,
  type RejectedFeedEntry,
} from './genai-prices-feed';

/** Which model's price, from which seller (the creator's own when `seller` is the model's vendor). */
export interface FeedEntryRef {
  modelId: string;
  seller: string;
}

/** Rates compared between the catalog and the feed, in USD per 1M tokens. */
export interface ComparedRates {
  input: number;
  output: number;
  cachedInput?: number;
}

export interface FeedDisagreement extends FeedEntryRef {
  /** The day both sides price. */
  day: IsoDay;
  bundled: ComparedRates;
  feed: ComparedRates;
}

export interface FeedReport {
  /** Models or offers the catalog lacked, now priced from the feed. */
  added: FeedEntryRef[];
  /** Prices dated after the day their offer was last checked, now new periods. */
  updated: (FeedEntryRef & { from: IsoDay })[];
  /** Days an offer's check covers, where the feed says otherwise; the catalog's checked price is kept. */
  disagreements: FeedDisagreement[];
  /** Entries that could not be used, with the reason. */
  rejected: RejectedFeedEntry[];
}

export interface MergeOptions {
  /** The day the feed was downloaded: what its undated prices are known to apply on. */
  downloadedOn: IsoDay;
}

/** A feed price over a span of days: `from` absent means "before any dated price". */
interface FeedSegment {
  from?: IsoDay;
  price: FeedModelPrice;
}

/** The flat rate of a feed value (its base rate when tiered). */
function flat(value: FeedRate | undefined): number | undefined {
  return typeof value === 'number' ? value : value?.base;
}

/** The rate of a feed value for a request of `tokens` input tokens (a tier prices the whole request). */
function rateAt(value: FeedRate | undefined, tokens: number): number | undefined {
  if (value === undefined || typeof value === 'number') return value;
  return value.tiers.filter((t) => t.start <= tokens).at(-1)?.price ?? value.base;
}

/** The feed's long-context tiers as the catalog's: every component at each threshold. */
function feedTiers(price: FeedModelPrice): Tier[] | undefined {
  const values = [price.input_mtok, price.output_mtok, price.cache_read_mtok];
  const starts = [...new Set(values.flatMap((v) => (typeof v === 'object' ? v.tiers.map((t) => t.start) : [])))];
  if (starts.length === 0) return undefined;
  return starts
    .sort((a, b) => a - b)
    .map((start) => {
      const cachedInput = rateAt(price.cache_read_mtok, start);
      return {
        above: start,
        basis: 'prompt' as const,
        input: rateAt(price.input_mtok, start)!,
        output: rateAt(price.output_mtok, start)!,
        ...(cachedInput === undefined ? {} : { cachedInput }),
      };
    });
}

/** A catalog price period from a feed price, or the reason it cannot be one. */
export function periodFromFeed(price: FeedModelPrice, from: IsoDay, source: Source): PricePeriod | string {
  const input = flat(price.input_mtok);
  const output = flat(price.output_mtok);
  if (input === undefined || output === undefined) return 'no input or output token price';
  const optional = {
    cachedInput: flat(price.cache_read_mtok),
    cacheWrite5m: flat(price.cache_write_5m_mtok) ?? flat(price.cache_write_mtok),
    cacheWrite1h: flat(price.cache_write_1h_mtok),
    tiers: feedTiers(price),
  };
  const defined = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
  return { from, input, output, ...defined, status: 'applied', source, origin: 'feed' };
}

/** The feed's day-based prices, oldest first (time-of-day prices such as off-peak discounts are left out). */
function segmentsOf(model: FeedModel): FeedSegment[] {
  if (!Array.isArray(model.prices)) return [{ price: model.prices }];
  return model.prices
    .flatMap((p): FeedSegment[] => {
      if (p.constraint === undefined) return [{ price: p.prices }];
      const start = (p.constraint as { start_date?: unknown }).start_date;
      return typeof start === 'string' ? [{ from: start, price: p.prices }] : [];
    })
    .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
}

const CLOSE = 1e-6;
function same(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return Math.abs(a - b) <= CLOSE * Math.max(1, Math.abs(a), Math.abs(b));
}

function ratesOf(p: { input: number; output: number; cachedInput?: number }): ComparedRates {
  return p.cachedInput === undefined
    ? { input: p.input, output: p.output }
    : { input: p.input, output: p.output, cachedInput: p.cachedInput };
}

function agrees(a: PricePeriod, b: PricePeriod): boolean {
  return same(a.input, b.input) && same(a.output, b.output) && same(a.cachedInput, b.cachedInput);
}

/** Spellings the feed may use for a catalog model: a router's `vendor/` prefix, Bedrock's `vendor.` prefix and `-v1:0` suffix. */
function candidateSpellings(id: string): string[] {
  const afterSlash = id.slice(id.lastIndexOf('/') + 1);
  const bare = afterSlash.replace(/^(?:[a-z]{2}\.)?[a-z0-9-]+\.(?=[a-z])/i, '').replace(/-v\d+(?::\d+)?$/i, '');
  return [...new Set([id, afterSlash, bare])];
}

/** Every spelling of every model (ids, aliases, sellers' own ids), kept current as the merge adds models. */
function indexSpellings(catalog: Catalog): Map<string, Model> {
  const index = new Map<string, Model>();
  for (const model of catalog.models) addSpellings(index, model);
  return index;
}

function addSpellings(index: Map<string, Model>, model: Model): void {
  const spellings = [model.id, ...model.aliases, ...model.offers.flatMap((o) => (o.sellerModelId ? [o.sellerModelId] : []))];
  for (const spelling of spellings) if (!index.has(spellingKey(spelling))) index.set(spellingKey(spelling), model);
}

function resolveModel(index: Map<string, Model>, model: FeedModel): Model | undefined {
  for (const spelling of candidateSpellings(model.id)) {
    const found = index.get(spellingKey(spelling));
    if (found) return found;
  }
  return undefined;
}

/** A catalog id for a model only the feed knows: lower case, without a router's `vendor/` prefix; undefined when it cannot be one. */
function newModelId(feedId: string): string | undefined {
  const id = feedId.slice(feedId.lastIndexOf('/') + 1).toLowerCase();
  return /^[a-z0-9][a-z0-9.:_-]*$/.test(id) ? id : undefined;
}

interface Target {
  prices: PricePeriod[];
  ref: FeedEntryRef;
  /** The seller's (or the creator's) dated terms, applied to the feed's periods as to its checked ones. */
  terms: readonly Terms[];
}

/** The list of periods the feed's seller sells this model at, creating an empty offer when there is none. */
function targetOf(catalog: Catalog, model: Model, seller: string, creatorFor: readonly string[]): Target {
  const ref = { modelId: model.id, seller };
  if (seller === model.vendor || creatorFor.includes(model.vendor))
    return { prices: model.prices, ref: { ...ref, seller: model.vendor }, terms: termsOf(catalog, model.vendor) };
  let offer = model.offers.find((o) => o.seller === seller && o.region === undefined);
  if (!offer) {
    offer = { seller, prices: [], toolFees: [], requestFees: [] };
    model.offers.push(offer);
  }
  return { prices: offer.prices, ref, terms: termsOf(catalog, seller) };
}

/**
 * A feed's periods with the seller's terms applied, as the catalog applies them to its checked periods
 * (`applyTerms`): the feed states token rates only, never the batch discount that is the seller's policy.
 * Service tiers (Flex, Priority, fast) are absolute prices the feed does not state: they are left out,
 * never copied from an older period (the cost engine calls their price unknown, `tierPriceUnknown`).
 */
function withTerms(target: Target, periods: readonly PricePeriod[]): PricePeriod[] {
  return applyTerms(periods, target.terms, target.ref.modelId);
}

/** A period's price as its data states it, without what terms fill in or the days it covers. */
function statedPrice(p: PricePeriod): string {
  const {
    from: _from,
    to: _to,
    batchDiscount: _b,
    cachedInput: _c,
    cacheWrite5m: _w5,
    cacheWrite1h: _w1,
    termSources: _s,
    ...rest
  } = p;
  return JSON.stringify(rest);
}

/**
 * Whether the period at `index` only continues the one before it, cut where a term begins or ends
 * (`applyTerms`): same stated price, same source. Such a part is no announced price of its own.
 */
function isTermCut(target: Target, index: number): boolean {
  const part = target.prices[index]!;
  const previous = target.prices[index - 1];
  if (!previous || previous.to !== part.from) return false;
  const termDays = target.terms.flatMap((t) => (t.to === undefined ? [t.from] : [t.from, t.to]));
  return termDays.includes(part.from) && statedPrice(previous) === statedPrice(part);
}

/** The days the target's own prices begin (announced ones included), leaving out the cuts terms made. */
function priceStarts(target: Target): Set<IsoDay> {
  return new Set(target.prices.filter((_, i) => !isTermCut(target, i)).map((p) => p.from));
}

/**
 * Inserts `period` (open-ended from its `from`) into the target's periods, closing the period it
 * follows and replacing, up to the next price of its own, the parts terms cut from the period it follows.
 */
function startPeriod(target: Target, period: PricePeriod): void {
  const { prices } = target;
  const cuts = new Set(prices.filter((_, i) => isTermCut(target, i)));
  const after = prices.find((p) => p.from > period.from && !cuts.has(p));
  const replaced = prices.filter((p) => cuts.has(p) && p.from >= period.from && (!after || p.from < after.from));
  for (const part of replaced) prices.splice(prices.indexOf(part), 1);
  const before = prices.findLast((p) => p.from < period.from);
  if (before && (before.to === undefined || before.to > period.from)) before.to = period.from;
  const parts = withTerms(target, [after ? { ...period, to: after.from } : period]);
  prices.splice(before ? prices.indexOf(before) + 1 : 0, 0, ...parts);
}

interface MergeContext {
  catalog: Catalog;
  report: FeedReport;
  downloadedOn: IsoDay;
  source: Source;
  spellings: Map<string, Model>;
}

/**
 * The last day TokenTag checked this price list: its checked periods' newest `source.checked`. Days
 * up to it are covered by checked prices; a price dated later is news the check could not have seen.
 * A list holding only feed prices (added earlier in this merge) counts as covered up to the download day.
 */
export function lastCheckedDay(prices: readonly PricePeriod[], downloadedOn: IsoDay): IsoDay {
  const checked = prices.filter((p) => p.origin === undefined).map((p) => p.source.checked);
  return checked.length === 0 ? downloadedOn : checked.reduce((a, b) => (b > a ? b : a));
}

/** Compares or adds one feed model's prices on one target. */
function mergeSegments(ctx: MergeContext, target: Target, model: FeedModel, provider: string): void {
  const periods: PricePeriod[] = [];
  for (const segment of segmentsOf(model)) {
    const period = periodFromFeed(segment.price, segment.from ?? ctx.downloadedOn, ctx.source);
    if (typeof period === 'string') return void ctx.report.rejected.push({ provider, model: model.id, reason: period });
    periods.push(period);
  }
  if (target.prices.length === 0) {
    // Only what is known to apply from the download day on: an undated price says nothing of earlier days.
    const current = periods.filter(
      (p, i) => (periods[i + 1]?.from ?? '9999-12-31') > ctx.downloadedOn || p.from > ctx.downloadedOn,
    );
    const dated = current.map((p, i) => {
      const from = p.from < ctx.downloadedOn ? ctx.downloadedOn : p.from;
      return { ...p, from, ...(current[i + 1] ? { to: current[i + 1]!.from } : {}) };
    });
    target.prices.push(...withTerms(target, dated));
    if (current.length > 0) ctx.report.added.push(target.ref);
    return;
  }
  const covered = lastCheckedDay(target.prices, ctx.downloadedOn);
  segmentsOf(model).forEach((segment, i) => {
    const feedPeriod = periods[i]!;
    // Newer than this offer's last check, and not the first day of a period the list already has (an announced one).
    const newer = segment.from !== undefined && segment.from > covered && !priceStarts(target).has(segment.from);
    if (newer) {
      const bundled = target.prices.find((p) => inForce(p, segment.from!));
      if (!bundled || !agrees(bundled, feedPeriod)) {
        startPeriod(target, feedPeriod);
        ctx.report.updated.push({ ...target.ref, from: segment.from! });
      }
      return;
    }
    // A day the offer's check covers: a dated price on its first day, an undated one on the day of the last check.
    const day = segment.from ?? covered;
    const bundled = target.prices.find((p) => inForce(p, day) && p.origin === undefined);
    if (bundled && !agrees(bundled, feedPeriod)) {
      ctx.report.disagreements.push({ ...target.ref, day, bundled: ratesOf(bundled), feed: ratesOf(feedPeriod) });
    }
  });
}

function addModel(ctx: MergeContext, model: FeedModel, seller: string, provider: string): void {
  const id = newModelId(model.id);
  if (id === undefined || ctx.spellings.has(id)) {
    return void ctx.report.rejected.push({ provider, model: model.id, reason: 'its id cannot be a catalog id' });
  }
  const added: Model = {
    id,
    name: model.name ?? model.id,
    aliases: id === model.id.toLowerCase() ? [] : [model.id],
    vendor: seller,
    reasoning: false,
    prices: [],
    toolFees: [],
    requestFees: [],
    offers: [],
    ...(model.context_window ? { contextWindow: model.context_window } : {}),
  };
  ctx.catalog.models.push(added);
  const target = { prices: added.prices, ref: { modelId: id, seller }, terms: termsOf(ctx.catalog, seller) };
  mergeSegments(ctx, target, model, provider);
  if (added.prices.length === 0) ctx.catalog.models.pop();
  else addSpellings(ctx.spellings, added);
}

/** The seller a provider maps to, adding an unknown provider as a seller when it names its pricing page. */
function sellerOf(ctx: MergeContext, provider: FeedProvider): { seller: string; creatorFor: readonly string[] } | undefined {
  const mapping = feedProviders[provider.id];
  if (mapping) return { seller: mapping.seller, creatorFor: mapping.creatorFor ?? [] };
  const id = provider.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const pricingUrl = provider.pricingUrls[0];
  if (pricingUrl === undefined) {
    ctx.report.rejected.push({ provider: provider.id, model: '*', reason: 'an unknown provider without a pricing page' });
    return undefined;
  }
  if (!ctx.catalog.sellers.some((s) => s.id === id) && !ctx.catalog.vendors.some((v) => v.id === id)) {
    ctx.catalog.sellers.push({ id, name: provider.name, kind: 'host', pricingUrl, toolFees: [], requestFees: [] });
  }
  return { seller: id, creatorFor: [] };
}

/**
 * Merges a feed into a copy of the catalog. The bundled catalog is never changed; the result keeps
 * the rules of an assembled catalog, or `FeedError` is thrown and nothing is merged.
 */
export function mergeFeed(
  bundled: Catalog,
  feed: ParsedFeed,
  { downloadedOn }: MergeOptions,
): { catalog: Catalog; report: FeedReport } {
  const catalog = structuredClone(bundled);
  const report: FeedReport = { added: [], updated: [], disagreements: [], rejected: [...feed.rejected] };
  const source: Source = { url: GENAI_PRICES_FEED.url, checked: downloadedOn, via: GENAI_PRICES_FEED.name };
  const ctx: MergeContext = {
    catalog,
    report,
    downloadedOn,
    source,
    spellings: indexSpellings(catalog),
  };
  for (const provider of feed.providers) {
    const seller = sellerOf(ctx, provider);
    if (!seller) continue;
    for (const model of provider.models) {
      const known = resolveModel(ctx.spellings, model);
      if (known) mergeSegments(ctx, targetOf(catalog, known, seller.seller, seller.creatorFor), model, provider.id);
      else addModel(ctx, model, seller.seller, provider.id);
    }
  }
  // An offer created for comparison but given no price is not an offer.
  for (const model of catalog.models) model.offers = model.offers.filter((o) => o.prices.length > 0);
  const problems = checkAssembledCatalog(catalog);
  if (problems.length > 0) {
    throw new FeedError(
      `The merged prices break the catalog's rules: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  }
  return { catalog, report };
}

/** Whether a model's price in force on `day` came from a feed rather than the checked catalog. */
export function isFeedPrice(period: PricePeriod | undefined): boolean {
  return period?.origin === 'feed';
}
