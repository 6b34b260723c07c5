// What an inline tag and its card say about a model: prices, changes and the active preset's cost, as display text.
import type { Model, PricePeriod } from '../pricing-data/schema';
import type { Catalog } from '../pricing-data/validate';
import {
  compareWithPredecessor,
  findModel,
  isRetired,
  lastKnownPriceAt,
  latestChange,
  priceAt,
  type ComponentChange,
  type IsoDay,
} from './catalog';
import { estimateCost, type CostComponent, type CostNotice } from './cost';
import { formatMoney, formatPercentChange, formatRate, formatTokens, type CurrencySetting, type RateUnit } from './money';
import type { WorkloadPreset } from './workloads';

export interface TagViewOptions {
  date: IsoDay;
  preset: WorkloadPreset;
  tagDisplay: 'prices' | 'preset-cost';
  currency: CurrencySetting;
  rateUnit: RateUnit;
  locale: string;
}

export interface LabelledValue {
  label: string;
  value: string;
}

export interface KnownTagView {
  modelId: string;
  known: true;
  name: string;
  vendorName: string;
  /** The compact text of the tag itself. */
  label: string;
  /** The tag's accessible name. */
  description: string;
  /** `retired`: the vendor no longer serves it; `unpriced`: no confirmed price. */
  status: 'priced' | 'retired' | 'unpriced';
  /** The unit every rate is quoted in, e.g. "per 1M tokens". */
  unitText: string;
  rates: LabelledValue[];
  tiers: LabelledValue[];
  /** "−80% input, −80% output on 2025-06-10". */
  latestChange?: string;
  /** "+40% input, +40% output vs GPT-5.1 since 2025-12-11". */
  vsPredecessor?: string;
  /** The active preset's bill on this model. */
  preset?: { name: string; perTask: string; perMonth: string; lines: LabelledValue[]; notices: string[] };
  source?: { url: string; checked: string };
  retired?: string;
}

export interface UnknownTagView {
  modelId: string;
  known: false;
  label: string;
  description: string;
}

export type TagView = KnownTagView | UnknownTagView;

const componentNames: Record<string, string> = {
  input: 'input',
  output: 'output',
  cachedInput: 'cached input',
  cacheWrite5m: 'cache write',
  cacheWrite1h: '1-hour cache write',
  reasoning: 'reasoning',
};

/** "+40% input, +40% output" — the components that moved, input and output first. */
export function describeChange(change: ComponentChange, locale = 'en'): string | undefined {
  const moved = Object.entries(change).filter(([, pct]) => pct !== 0);
  if (moved.length === 0) return undefined;
  // Reasoning usually moves with output; say it only when it moved differently.
  const shown = moved.filter(([component, pct]) => component !== 'reasoning' || pct !== change.output);
  return shown
    .map(([component, pct]) => `${formatPercentChange(pct, locale)} ${componentNames[component] ?? component}`)
    .join(', ');
}

const lineNames: Record<CostComponent, string> = {
  uncachedInput: 'Input',
  cachedInput: 'Cached input',
  cacheWrites: 'Cache writes',
  output: 'Output',
  reasoning: 'Reasoning',
  webSearch: 'Web search',
  fileSearch: 'File search',
  codeExecution: 'Code execution',
};

function describeNotice(notice: CostNotice, locale: string): string {
  switch (notice.code) {
    case 'cached-billed-as-input':
      return 'No cache discount: cached tokens billed as input.';
    case 'tier-cached-billed-as-input':
      return `Above ${formatTokens(notice.above, locale)} tokens the cache rate is unknown: billed as input.`;
    case 'long-context-tier':
      return `${notice.requests} request(s) over ${formatTokens(notice.above, locale)} ${notice.basis} tokens priced at the long-context rate.`;
    case 'reasoning-not-supported':
      return 'This model does not reason: reasoning tokens are not billed.';
    case 'output-rate-with-reasoning':
      return 'Output is billed at the thinking rate when the model reasons.';
    case 'batch-discount':
      return `Batch API: ${Math.round(notice.discount * 100)}% off tokens.`;
    case 'batch-unavailable':
      return 'No batch discount for this model: priced at the standard rate.';
    case 'tool-unavailable':
      return `${lineNames[notice.tool]} is not offered for this model: not included.`;
    case 'tool-free-allowance':
      return `${lineNames[notice.tool]}: ${notice.units.toLocaleString(locale)} free per ${notice.per} (not deducted per task).`;
    case 'session-minimum':
      return `${lineNames[notice.tool]} sessions billed at their ${notice.minutes}-minute minimum.`;
  }
}

function ratesOf(period: PricePeriod, options: TagViewOptions): LabelledValue[] {
  const rate = (usd: number) => formatRate(usd, { currency: options.currency, unit: options.rateUnit, locale: options.locale });
  const rows: LabelledValue[] = [
    { label: 'Input', value: rate(period.input) },
    { label: 'Output', value: rate(period.output) },
  ];
  if (period.cachedInput !== undefined) rows.push({ label: 'Cached input', value: rate(period.cachedInput) });
  if (period.cacheWrite5m !== undefined) rows.push({ label: 'Cache write', value: rate(period.cacheWrite5m) });
  if (period.cacheWrite1h !== undefined) rows.push({ label: 'Cache write (1 h)', value: rate(period.cacheWrite1h) });
  if (period.reasoning !== undefined) rows.push({ label: 'Reasoning', value: rate(period.reasoning) });
  if (period.outputWithReasoning !== undefined)
    rows.push({ label: 'Output when thinking', value: rate(period.outputWithReasoning) });
  if (period.batchDiscount !== undefined) {
    rows.push({ label: 'Batch', value: `${Math.round(period.batchDiscount * 100)}% off` });
  }
  return rows;
}

function tiersOf(period: PricePeriod, options: TagViewOptions): LabelledValue[] {
  const rate = (usd: number) => formatRate(usd, { currency: options.currency, unit: options.rateUnit, locale: options.locale });
  return (period.tiers ?? []).map((tier) => ({
    label: `Over ${formatTokens(tier.above, options.locale)} ${tier.basis === 'prompt' ? 'prompt' : 'total'} tokens`,
    value: `${rate(tier.input)} in · ${rate(tier.output)} out${tier.cachedInput === undefined ? '' : ` · ${rate(tier.cachedInput)} cached`}`,
  }));
}

function knownView(catalog: Catalog, model: Model, options: TagViewOptions): KnownTagView {
  const vendorName = catalog.vendors.find((v) => v.id === model.vendor)?.name ?? model.vendor;
  const unitText = options.rateUnit === 'per-thousand' ? 'per 1K tokens' : 'per 1M tokens';
  const rate = (usd: number) => formatRate(usd, { currency: options.currency, unit: options.rateUnit, locale: options.locale });
  const period = priceAt(model, options.date);
  const base = { modelId: model.id, known: true as const, name: model.name, vendorName, unitText };

  if (!period) {
    const retired = isRetired(model, options.date);
    const last = lastKnownPriceAt(model, options.date);
    return {
      ...base,
      status: retired ? 'retired' : 'unpriced',
      label: retired ? 'retired' : 'price unknown',
      description: `${model.name}: ${retired ? `retired on ${model.retired}` : 'no confirmed price'}`,
      rates: last && retired ? ratesOf(last, options) : [],
      tiers: [],
      retired: model.retired,
      source: last ? { url: last.source.url, checked: last.source.checked } : undefined,
    };
  }

  const change = latestChange(model, options.date);
  const changeText = change?.change ? describeChange(change.change, options.locale) : undefined;
  const vs = compareWithPredecessor(catalog, model, options.date);
  const vsText = vs ? describeChange(vs.change, options.locale) : undefined;

  const estimate = estimateCost(model, options.preset.workload, { date: options.date });
  const money = (usd: number) => formatMoney(usd, { currency: options.currency, locale: options.locale });
  const preset =
    estimate.status === 'priced'
      ? {
          name: options.preset.name,
          perTask: money(estimate.taskTotal),
          perMonth: money(estimate.monthTotal),
          lines: estimate.lines
            .filter((line) => line.usd > 0 || line.status === 'unavailable')
            .map((line) => ({
              label: lineNames[line.component],
              value: line.status === 'unavailable' ? 'not offered' : money(line.usd),
            })),
          notices: estimate.notices.map((notice) => describeNotice(notice, options.locale)),
        }
      : undefined;

  const pricesLabel = `${rate(period.input)} / ${rate(period.output)}`;
  const label = options.tagDisplay === 'preset-cost' && preset ? `${preset.perTask}/task` : pricesLabel;
  return {
    ...base,
    status: 'priced',
    label,
    description: `${model.name}: ${rate(period.input)} input, ${rate(period.output)} output ${unitText}${
      preset ? `; ${preset.perTask} per ${options.preset.name} task` : ''
    }`,
    rates: ratesOf(period, options),
    tiers: tiersOf(period, options),
    latestChange: change && changeText ? `${changeText} on ${change.period.from}` : undefined,
    vsPredecessor: vs && vsText ? `${vsText} vs ${vs.predecessor.name} since ${vs.after.from}` : undefined,
    preset,
    source: { url: period.source.url, checked: period.source.checked },
  };
}

/** The view of a mention: a catalog model's prices, or "no price data" for a name the catalog lacks. */
export function describeForTag(catalog: Catalog, modelId: string, known: boolean, options: TagViewOptions): TagView {
  const model = known ? findModel(catalog, modelId) : undefined;
  if (!model) {
    return { modelId, known: false, label: 'no price data', description: `${modelId}: not in TokenTag's catalog, no price data` };
  }
  return knownView(catalog, model, options);
}
