// The cost engine: what one task of a workload costs on a model at a date, component by component.
import type { Model, PricePeriod, Tier, ToolFee, ToolKind, ToolUnit } from '../pricing-data/schema';
import { inForce, isRetired, priceAt, toIsoDay, type IsoDay } from './catalog';
import type { Workload } from './workloads';

export type TokenComponent = 'uncachedInput' | 'cachedInput' | 'cacheWrites' | 'output' | 'reasoning';
export type CostComponent = TokenComponent | ToolKind;

export const tokenComponents: readonly TokenComponent[] = ['uncachedInput', 'cachedInput', 'cacheWrites', 'output', 'reasoning'];
export const toolComponents: readonly ToolKind[] = ['webSearch', 'fileSearch', 'codeExecution'];

export interface CostLine {
  component: CostComponent;
  /** Tokens per task for token components; billable units per task for tools. */
  quantity: number;
  unit: 'token' | ToolUnit;
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
}

export type CostEstimate = PricedEstimate | UnknownEstimate;

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

/** The fee billed for a tool on `day`: the first matching entry of the model's tool fees. */
export function toolFeeAt(model: Model, tool: ToolKind, day: IsoDay): ToolFee | undefined {
  return model.toolFees.find((fee) => fee.tool === tool && inForce(fee, day));
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
export function estimateCost(model: Model, workload: Workload, options: { date: Date | IsoDay }): CostEstimate {
  const date = toIsoDay(options.date);
  const period = priceAt(model, date);
  if (!period) {
    return { status: 'unknown', modelId: model.id, date, reason: isRetired(model, date) ? 'retired' : 'no-price-on-date' };
  }

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
  if (workload.batch) {
    if (period.batchDiscount !== undefined) {
      tokenFactor = 1 - period.batchDiscount;
      notices.push({ code: 'batch-discount', discount: period.batchDiscount });
    } else {
      notices.push({ code: 'batch-unavailable' });
      complete = false;
    }
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
    const fee = toolFeeAt(model, tool, date);
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

  const taskTotal = lines.reduce((sum, line) => sum + line.usd, 0);
  const monthTotal = taskTotal * workload.tasksPerMonth;
  return {
    status: 'priced',
    modelId: model.id,
    date,
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
