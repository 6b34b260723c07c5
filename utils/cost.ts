// The cost engine: what one task of a workload costs on a model at a date, component by component.
import type { Model, PricePeriod, RequestFee, ServiceTierRates, Tier, ToolFee, ToolKind, ToolUnit } from '../pricing-data/schema';
import { inForce, isRetired, priceAt, toIsoDay, type IsoDay } from './catalog';
import type { ServiceTier, Workload } from './workloads';

export type TokenComponent = 'uncachedInput' | 'cachedInput' | 'cacheWrites' | 'output' | 'reasoning';
/** `requestFees`: the seller's fees per request (Perplexity's, by search context size). */
export type CostComponent = TokenComponent | ToolKind | 'requestFees';

export const tokenComponents: readonly TokenComponent[] = ['uncachedInput', 'cachedInput', 'cacheWrites', 'output', 'reasoning'];
export const toolComponents: readonly ToolKind[] = ['webSearch', 'fileSearch', 'codeExecution'];

export interface CostLine {
  component: CostComponent;
  /** Tokens per task for token components; billable units per task for tools. */
  quantity: number;
  unit: 'token' | ToolUnit | 'request';
  /** USD per task. */
  usd: number;
  /**
   * `priced`: at the model's own rate for this component. `fallback`: the model has no separate
   * rate, so the tokens are billed at the rate that then applies (see the notices).
   * `unavailable`: the vendor does not offer it; nothing is added, and the estimate is incomplete.
   */
  status: 'priced' | 'fallback' | 'unavailable';
}

/** Facts about an estimate the UI must tell the user; codes, so that the UI can translate them. */
export type CostNotice =
  | { code: 'cached-billed-as-input' }
  | { code: 'tier-cached-billed-as-input'; above: number }
  | { code: 'long-context-tier'; above: number; basis: Tier['basis']; requests: number }
  | { code: 'reasoning-not-supported'; reasoningTokens: number }
  | { code: 'output-rate-with-reasoning'; rate: number }
  | { code: 'batch-discount'; discount: number }
  | { code: 'batch-unavailable' }
  | { code: 'tool-unavailable'; tool: ToolKind }
  | { code: 'tool-free-allowance'; tool: ToolKind; units: number; per: 'day' | 'month' }
  | { code: 'session-minimum'; tool: ToolKind; minutes: number };

/** One request of the task's agent loop (j = 0…toolCalls), in tokens. */
export interface RequestBreakdown {
  /** P_j: prompt tokens sent. */
  prompt: number;
  /** C_j: prompt tokens served from the cache. */
  cached: number;
  /** W_j: prompt tokens written to the cache at the write rate (explicit-caching vendors only). */
  cacheWrites: number;
  /** Visible output tokens. */
  output: number;
  reasoning: number;
  /** The long-context tier that priced this request, if any. */
  tierAbove?: number;
}

export interface PricedEstimate {
  status: 'priced';
  modelId: string;
  date: IsoDay;
  /** Who sells the tokens priced here: the creator's id (its own API) or a seller's id. */
  seller: string;
  /** The offer's region or deployment kind, where its price depends on one. */
  region?: string;
  /** The service tier the tokens are priced at. */
  serviceTier: ServiceTier;
  period: PricePeriod;
  requests: RequestBreakdown[];
  /** Token lines in `tokenComponents` order, then one line per tool the workload uses. */
  lines: CostLine[];
  notices: CostNotice[];
  /** USD per task. */
  taskTotal: number;
  /** USD per month: `taskTotal × tasksPerMonth`. */
  monthTotal: number;
  /** USD per month once the vendors' free tool allowances are used up first. */
  monthTotalAfterFreeAllowances: number;
  /** False when part of the workload (a tool, batch) is not offered: the total leaves it out. */
  complete: boolean;
}

export interface UnknownEstimate {
  status: 'unknown';
  modelId: string;
  date: IsoDay;
  /** `retired`: the vendor no longer served the model on that date. */
  reason: 'no-price-on-date' | 'retired';
  seller: string;
  region?: string;
}

/**
 * The price in force is a feed's, which states standard token rates only, and the same offer sold the
 * workload's tier (batch, Flex, Priority) in its checked periods: that tier's price is not known from
 * `since` on. Never "not offered" (the feed does not say so) and never the standard or an older rate.
 */
export interface TierPriceUnknownEstimate {
  status: 'unknown';
  modelId: string;
  date: IsoDay;
  reason: 'tier-price-unknown';
  seller: string;
  region?: string;
  serviceTier: ServiceTier;
  /** The first day of the feed's period in force (`YYYY-MM-DD`). */
  since: IsoDay;
}

/**
 * The seller does not sell what the workload asks for: never priced at another tier or seller.
 * `tier-not-offered`: the offer has a price on the date, but not at the workload's service tier;
 * `no-offer`: the seller does not sell the model (in that region).
 */
export interface NotOfferedEstimate {
  status: 'not-offered';
  modelId: string;
  date: IsoDay;
  reason: 'tier-not-offered' | 'no-offer';
  seller: string;
  region?: string;
  serviceTier: ServiceTier;
}

export type CostEstimate = PricedEstimate | UnknownEstimate | TierPriceUnknownEstimate | NotOfferedEstimate;

/** Which offer to price: a seller's (optionally in a region), or by default the creator's own API. */
export interface CostOptions {
  date: Date | IsoDay;
  /** A seller id; absent, or the model's creator: the creator's own prices. */
  seller?: string;
  /** The offer's region or deployment kind; absent: the seller's `global` offer, else its first. */
  region?: string;
}

/** One offer of a model, as the cost engine prices it: its periods and the fees that come with it. */
export interface PricedOffer {
  seller: string;
  region?: string;
  prices: readonly PricePeriod[];
  toolFees: readonly ToolFee[];
  requestFees: readonly RequestFee[];
  /** Whether the offer is the creator's own API (its prices end with the model's retirement). */
  firstParty: boolean;
}

/** The offer `options` choose, or undefined when the seller does not sell the model there. */
export function offerOf(model: Model, options: Pick<CostOptions, 'seller' | 'region'> = {}): PricedOffer | undefined {
  const { seller, region } = options;
  if (seller === undefined || seller === model.vendor) {
    if (region !== undefined) return undefined;
    return {
      seller: model.vendor,
      prices: model.prices,
      toolFees: model.toolFees,
      requestFees: model.requestFees,
      firstParty: true,
    };
  }
  const offers = model.offers.filter((o) => o.seller === seller);
  const offer =
    region !== undefined
      ? offers.find((o) => o.region === region)
      : (offers.find((o) => o.region === undefined || o.region === 'global') ?? offers[0]);
  if (!offer) return undefined;
  return {
    seller,
    ...(offer.region === undefined ? {} : { region: offer.region }),
    prices: offer.prices,
    toolFees: offer.toolFees,
    requestFees: offer.requestFees,
    firstParty: false,
  };
}

/** The offer's standard price period in force on `day`: the creator's own ends with the model's retirement, a seller's with its own periods. */
export function offerPriceAt(model: Model, offer: PricedOffer, day: IsoDay): PricePeriod | undefined {
  return offer.firstParty ? priceAt(model, day) : offer.prices.find((p) => inForce(p, day));
}

/**
 * Whether a period's seller sells work at `tier`: standard always, batch where it has a batch
 * discount, Flex, Priority and fast where it has their rates. A tier it does not sell is "not
 * offered", never priced at another tier's rates.
 */
export function sellsServiceTier(period: PricePeriod, tier: ServiceTier | 'fast'): boolean {
  switch (tier) {
    case 'standard':
      return true;
    case 'batch':
      return period.batchDiscount !== undefined;
    default:
      return period.serviceTiers?.[tier] !== undefined;
  }
}

/**
 * Whether a tier's price is unknown rather than not offered on `period`: the period is a feed's (it
 * states token rates only, no service tiers), it does not sell the tier, and a checked period of the
 * same offer (`prices`) did.
 */
export function tierPriceUnknown(prices: readonly PricePeriod[], period: PricePeriod, tier: ServiceTier | 'fast'): boolean {
  if (period.origin !== 'feed' || sellsServiceTier(period, tier)) return false;
  return prices.some((p) => p.origin === undefined && sellsServiceTier(p, tier));
}

const PER_MILLION = 1_000_000;
const DAYS_PER_MONTH = 365 / 12;

interface Rates {
  input: number;
  output: number;
  cachedInput?: number;
  cacheWrite?: number;
  reasoning: number;
  tierAbove?: number;
}

function ratesFor(period: PricePeriod, tier: Tier | undefined, reasoningOn: boolean): Rates {
  const source = tier ?? period;
  // Where the vendor bills visible output at a higher rate when the model reasons (Gemini 2.5
  // Flash preview), that rate applies to the whole output of a reasoning request.
  const output = reasoningOn && source.outputWithReasoning !== undefined ? source.outputWithReasoning : source.output;
  return {
    input: source.input,
    output,
    cachedInput: source.cachedInput,
    cacheWrite: source.cacheWrite5m ?? source.cacheWrite1h,
    reasoning: source.reasoning ?? output,
    tierAbove: tier?.above,
  };
}

function tierFor(period: PricePeriod, prompt: number, total: number): Tier | undefined {
  let chosen: Tier | undefined;
  for (const tier of period.tiers ?? []) {
    if ((tier.basis === 'prompt' ? prompt : total) > tier.above) chosen = tier;
  }
  return chosen;
}

/** The fee billed for a tool on `day`: the first matching entry of the model's (or offer's) tool fees. */
export function toolFeeAt(source: { toolFees: readonly ToolFee[] }, tool: ToolKind, day: IsoDay): ToolFee | undefined {
  return source.toolFees.find((fee) => fee.tool === tool && inForce(fee, day));
}

/**
 * The request fees billed on `day`: every fee without an option, and of those that depend on an
 * option, the one for `option` (absent: the cheapest, as a caller who does not choose pays least).
 */
export function requestFeesAt(fees: readonly RequestFee[], day: IsoDay, option: string | undefined): RequestFee[] {
  const current = fees.filter((fee) => inForce(fee, day));
  const plain = current.filter((fee) => fee.option === undefined);
  const optional = current.filter((fee) => fee.option !== undefined);
  if (optional.length === 0) return plain;
  const perRequest = (fee: RequestFee) => fee.usd / fee.per;
  const chosen =
    option !== undefined
      ? optional.find((fee) => fee.option === option)
      : optional.reduce((a, b) => (perRequest(b) < perRequest(a) ? b : a));
  return chosen ? [...plain, chosen] : plain;
}

/** The period priced at a service tier's own rates: its input, output and cached rates replace the standard ones. */
function atServiceTier(period: PricePeriod, rates: ServiceTierRates): PricePeriod {
  // A tier's price list has no long-context tiers or separate reasoning rate: its output rate applies throughout.
  const { tiers: _tiers, reasoning: _reasoning, outputWithReasoning: _owr, cachedInput: _cached, ...rest } = period;
  return {
    ...rest,
    input: rates.input,
    output: rates.output,
    ...(rates.cachedInput === undefined ? {} : { cachedInput: rates.cachedInput }),
  };
}

/** Billable units of a tool fee for `count` uses over `requests` requests. */
export function toolUnits(fee: ToolFee, count: number, requests: number): number {
  switch (fee.unit) {
    case 'groundedPrompt':
      // Billed once per request that searched, however many queries it ran.
      return Math.min(count, requests);
    case 'sessionHour':
      // Without a duration in the workload, each session is billed its minimum.
      return (count * fee.minimumMinutes!) / 60;
    default:
      return count;
  }
}

const workloadCount: Record<ToolKind, keyof Workload> = {
  webSearch: 'webSearches',
  fileSearch: 'fileSearches',
  codeExecution: 'codeSessions',
};

/**
 * What `workload` costs on `model` at `date`, following docs/cost-model.md:
 * a task of k tool calls is k+1 requests; request j sends P_j = input + j·(toolCall + toolResult)
 * tokens, of which C_0 = h·staticPrefix and C_j = h·P_(j−1) come from the cache (h = cacheHitRate).
 *
 * Cache writes (vendors with an explicit write rate only): what a later read needs and is not yet
 * cached. Request 0 rewrites the missed part of the static prefix, (1−h)·staticPrefix, and, when
 * another request follows, h·(P_0 − staticPrefix); request j (0 < j < k) writes h·(P_j − P_(j−1));
 * the last request writes nothing, as nothing reads its tail. Elsewhere writes cost the input rate.
 */
export function estimateCost(model: Model, workload: Workload, options: CostOptions): CostEstimate {
  const date = toIsoDay(options.date);
  const tier = workload.serviceTier;
  const offer = offerOf(model, options);
  const where = { seller: options.seller ?? model.vendor, ...(options.region === undefined ? {} : { region: options.region }) };
  if (!offer) return { status: 'not-offered', modelId: model.id, date, reason: 'no-offer', ...where, serviceTier: tier };
  const sold = { seller: offer.seller, ...(offer.region === undefined ? {} : { region: offer.region }) };
  const standard = offerPriceAt(model, offer, date);
  if (!standard) {
    const retired = offer.firstParty && isRetired(model, date);
    return { status: 'unknown', modelId: model.id, date, reason: retired ? 'retired' : 'no-price-on-date', ...sold };
  }
  const notOffered = {
    status: 'not-offered',
    modelId: model.id,
    date,
    reason: 'tier-not-offered',
    ...sold,
    serviceTier: tier,
  } as const;
  if (tierPriceUnknown(offer.prices, standard, tier)) {
    return {
      status: 'unknown',
      modelId: model.id,
      date,
      reason: 'tier-price-unknown',
      ...sold,
      serviceTier: tier,
      since: standard.from,
    };
  }
  if (!sellsServiceTier(standard, tier)) return notOffered;
  const tierRates = tier === 'flex' || tier === 'priority' ? standard.serviceTiers?.[tier] : undefined;
  const period = tierRates ? atServiceTier(standard, tierRates) : standard;

  const notices: CostNotice[] = [];
  const k = workload.toolCalls;
  const requestCount = k + 1;
  const h = workload.cacheHitRate;
  const step = workload.toolCallTokens + workload.toolResultTokens;
  const reasoningTokens = model.reasoning ? workload.reasoningTokens : 0;
  if (!model.reasoning && workload.reasoningTokens > 0) {
    notices.push({ code: 'reasoning-not-supported', reasoningTokens: workload.reasoningTokens });
  }
  const reasoningOn = reasoningTokens > 0;
  if (reasoningOn && period.outputWithReasoning !== undefined) {
    notices.push({ code: 'output-rate-with-reasoning', rate: period.outputWithReasoning });
  }
  const reasoningPerRequest = reasoningTokens / requestCount;

  const usd: Record<TokenComponent, number> = { uncachedInput: 0, cachedInput: 0, cacheWrites: 0, output: 0, reasoning: 0 };
  const qty: Record<TokenComponent, number> = { uncachedInput: 0, cachedInput: 0, cacheWrites: 0, output: 0, reasoning: 0 };
  const requests: RequestBreakdown[] = [];
  const tierUse = new Map<Tier, number>();
  let cachedFallback = false;
  const tierCachedFallback = new Set<number>();
  let hasWriteRate = false;

  for (let j = 0; j <= k; j++) {
    const prompt = workload.inputTokens + j * step;
    const previousPrompt = workload.inputTokens + (j - 1) * step;
    const cached = j === 0 ? h * workload.staticPrefixTokens : h * previousPrompt;
    const output = j < k ? workload.toolCallTokens : workload.outputTokens;
    const tier = tierFor(period, prompt, prompt + output + reasoningPerRequest);
    if (tier) tierUse.set(tier, (tierUse.get(tier) ?? 0) + 1);
    const rates = ratesFor(period, tier, reasoningOn);

    let writes = 0;
    if (rates.cacheWrite !== undefined && h > 0) {
      hasWriteRate = true;
      // (1−h)·S is written S − C_0, and h·(P_0 − S) as h·P_0 − C_0, which keeps round figures exact.
      if (j === 0) writes = workload.staticPrefixTokens - cached + (k > 0 ? h * prompt - cached : 0);
      else if (j < k) writes = h * step;
    }
    const uncached = prompt - cached - writes;

    usd.uncachedInput += uncached * rates.input;
    qty.uncachedInput += uncached;
    if (rates.cachedInput === undefined) {
      if (cached > 0) {
        if (tier && period.cachedInput !== undefined) tierCachedFallback.add(tier.above);
        else cachedFallback = true;
      }
      usd.cachedInput += cached * rates.input;
    } else {
      usd.cachedInput += cached * rates.cachedInput;
    }
    qty.cachedInput += cached;
    usd.cacheWrites += writes * (rates.cacheWrite ?? rates.input);
    qty.cacheWrites += writes;
    usd.output += output * rates.output;
    qty.output += output;
    usd.reasoning += reasoningPerRequest * rates.reasoning;
    qty.reasoning += reasoningPerRequest;

    requests.push({ prompt, cached, cacheWrites: writes, output, reasoning: reasoningPerRequest, tierAbove: rates.tierAbove });
  }
  if (cachedFallback) notices.push({ code: 'cached-billed-as-input' });
  for (const above of tierCachedFallback) notices.push({ code: 'tier-cached-billed-as-input', above });
  for (const [tier, count] of tierUse) {
    notices.push({ code: 'long-context-tier', above: tier.above, basis: tier.basis, requests: count });
  }

  let tokenFactor = 1;
  let complete = true;
  if (tier === 'batch') {
    tokenFactor = 1 - period.batchDiscount!;
    notices.push({ code: 'batch-discount', discount: period.batchDiscount! });
  }

  const lines: CostLine[] = tokenComponents
    .filter((component) => component !== 'cacheWrites' || hasWriteRate)
    .map((component) => ({
      component,
      quantity: qty[component],
      unit: 'token' as const,
      usd: (usd[component] * tokenFactor) / PER_MILLION,
      status:
        component === 'cachedInput' && (cachedFallback || tierCachedFallback.size > 0)
          ? ('fallback' as const)
          : ('priced' as const),
    }));

  let freeAllowanceCredit = 0;
  for (const tool of toolComponents) {
    const count = workload[workloadCount[tool]] as number;
    if (count <= 0) continue;
    const fee = toolFeeAt(offer, tool, date);
    if (!fee) {
      lines.push({ component: tool, quantity: count, unit: 'call', usd: 0, status: 'unavailable' });
      notices.push({ code: 'tool-unavailable', tool });
      complete = false;
      continue;
    }
    const units = toolUnits(fee, count, requestCount);
    const lineUsd = (units * fee.usd) / fee.per;
    lines.push({ component: tool, quantity: units, unit: fee.unit, usd: lineUsd, status: 'priced' });
    if (fee.unit === 'sessionHour') notices.push({ code: 'session-minimum', tool, minutes: fee.minimumMinutes! });
    if (fee.freeAllowance) {
      notices.push({ code: 'tool-free-allowance', tool, units: fee.freeAllowance.units, per: fee.freeAllowance.per });
      const freeUnitsPerMonth = fee.freeAllowance.units * (fee.freeAllowance.per === 'day' ? DAYS_PER_MONTH : 1);
      freeAllowanceCredit += Math.min(lineUsd * workload.tasksPerMonth, (freeUnitsPerMonth * fee.usd) / fee.per);
    }
  }

  // Per-request fees: every request of the agent loop is one API request.
  const fees = requestFeesAt(offer.requestFees, date, workload.searchContext);
  if (fees.length > 0) {
    const usdPerTask = fees.reduce((sum, fee) => sum + (requestCount * fee.usd) / fee.per, 0);
    lines.push({ component: 'requestFees', quantity: requestCount, unit: 'request', usd: usdPerTask, status: 'priced' });
  }

  const taskTotal = lines.reduce((sum, line) => sum + line.usd, 0);
  const monthTotal = taskTotal * workload.tasksPerMonth;
  return {
    status: 'priced',
    modelId: model.id,
    date,
    ...sold,
    serviceTier: tier,
    period,
    requests,
    lines,
    notices,
    taskTotal,
    monthTotal,
    monthTotalAfterFreeAllowances: Math.max(0, monthTotal - freeAllowanceCredit),
    complete,
  };
}

/** Tokens of real usage as an export reports them (see utils/usage/record.ts); `output` includes `reasoning`. */
export interface TokenUsage {
  uncachedInput: number;
  cachedInput: number;
  cacheWrite5m: number;
  cacheWrite1h: number;
  output: number;
  reasoning: number;
}

/** How usage was served: `standard`, `batch`, `flex`, `priority`, `fast`, or a tier the catalog cannot price. */
export interface UsageConditions {
  serviceTier: string;
  /** Billed at the long-context tier (the request's prompt was past the model's threshold). */
  longContext: boolean;
}

export type TokenUsagePrice =
  /** `usd` in USD; `batchAtStandard`: batch usage priced at standard rates, the period has no batch discount. */
  | { status: 'priced'; usd: number; batchAtStandard: boolean }
  /** `tier-not-sold`: the period does not sell this service tier; `tier-unknown`: not a tier the catalog knows. */
  | { status: 'unpriced'; reason: 'tier-not-sold' | 'tier-unknown' };

/**
 * What measured token counts cost under a price period, by the same rate selection as
 * `estimateCost`: long-context rows at the period's (lowest) long-context tier, cached tokens at the
 * cached rate (input where none), cache writes at their write rate (input where none), reasoning at
 * the reasoning rate, batch at the batch discount, Flex/Priority/fast at their service-tier rates.
 */
export function priceTokenUsage(period: PricePeriod, tokens: TokenUsage, conditions: UsageConditions): TokenUsagePrice {
  const tier = conditions.longContext ? period.tiers?.[0] : undefined;
  const rates = ratesFor(period, tier, tokens.reasoning > 0);
  const writeSource = tier ?? period;
  let { input, output, reasoning } = rates;
  let cached = rates.cachedInput ?? rates.input;
  let factor = 1;
  let batchAtStandard = false;
  switch (conditions.serviceTier) {
    case 'standard':
      break;
    case 'batch':
      if (period.batchDiscount !== undefined) factor = 1 - period.batchDiscount;
      else batchAtStandard = true;
      break;
    case 'flex':
    case 'priority':
    case 'fast': {
      const sold = period.serviceTiers?.[conditions.serviceTier];
      if (!sold) return { status: 'unpriced', reason: 'tier-not-sold' };
      input = sold.input;
      output = sold.output;
      reasoning = sold.output;
      cached = sold.cachedInput ?? sold.input;
      break;
    }
    default:
      return { status: 'unpriced', reason: 'tier-unknown' };
  }
  const usdPerMillion =
    tokens.uncachedInput * input +
    tokens.cachedInput * cached +
    tokens.cacheWrite5m * (writeSource.cacheWrite5m ?? input) +
    tokens.cacheWrite1h * (writeSource.cacheWrite1h ?? input) +
    (tokens.output - tokens.reasoning) * output +
    tokens.reasoning * reasoning;
  return { status: 'priced', usd: (usdPerMillion * factor) / PER_MILLION, batchAtStandard };
}
