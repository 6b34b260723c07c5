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
  type PriceComponent,
  vendorName,
} from './catalog';
import { estimateCost, type CostComponent, type CostNotice } from './cost';
import type { Translate } from './i18n';
import { formatMoney, formatPercentChange, formatRate, formatTokens, type CurrencySetting, type RateUnit } from './money';
import type { WorkloadPreset } from './workloads';

export interface TagViewOptions {
  date: IsoDay;
  /** The active preset; its name is shown as the user gave it (or translated, for an untouched default). */
  preset: WorkloadPreset;
  presetName: string;
  tagDisplay: 'prices' | 'preset-cost';
  currency: CurrencySetting;
  rateUnit: RateUnit;
  /** For Intl (`en`, `zh-CN`). */
  locale: string;
  t: Translate;
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
  /**
   * The tag's accessible name, which the page's scripts can read: the model's name and its list
   * prices in USD per 1M tokens, never the user's currency, rate, unit or preset.
   */
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
  /** The card's own words, in the user's language. */
  text: {
    rates: string;
    tiers: string;
    changes: string;
    preset?: string;
    presetTotals?: string;
    /** Said instead of prices for a retired or unpriced model. */
    status?: string;
    source: string;
    checked?: string;
    compare: string;
  };
}

export interface UnknownTagView {
  modelId: string;
  known: false;
  label: string;
  description: string;
  /** What the card says. */
  message: string;
}

export type TagView = KnownTagView | UnknownTagView;

/** "+40% input, +40% output": the components that moved. Reasoning is named only when it moved apart from output. */
export function describeChange(change: ComponentChange, t: Translate, locale = 'en'): string | undefined {
  const moved = Object.entries(change).filter(([, pct]) => pct !== 0) as [PriceComponent, number][];
  if (moved.length === 0) return undefined;
  const shown = moved.filter(([component, pct]) => component !== 'reasoning' || pct !== change.output);
  return shown
    .map(([component, pct]) => `${formatPercentChange(pct, locale)} ${t(`rates.change.${component}`)}`)
    .join(locale.startsWith('zh') ? '，' : ', ');
}

/** A cost line's name in the user's language. */
export function componentName(component: CostComponent | 'tools', t: Translate): string {
  return t(`components.${component}`);
}

/** A cost notice in the user's language. */
export function describeNotice(notice: CostNotice, t: Translate, locale: string): string {
  switch (notice.code) {
    case 'cached-billed-as-input':
      return t('notices.cachedBilledAsInput');
    case 'tier-cached-billed-as-input':
      return t('notices.tierCachedBilledAsInput', [formatTokens(notice.above, locale)]);
    case 'long-context-tier':
      return t('notices.longContextTier', notice.requests, [
        notice.requests,
        formatTokens(notice.above, locale),
        t(notice.basis === 'prompt' ? 'rates.tierBasisPrompt' : 'rates.tierBasisTotal'),
      ]);
    case 'reasoning-not-supported':
      return t('notices.reasoningNotSupported');
    case 'output-rate-with-reasoning':
      return t('notices.outputRateWithReasoning');
    case 'batch-discount':
      return t('notices.batchDiscount', [Math.round(notice.discount * 100)]);
    case 'batch-unavailable':
      return t('notices.batchUnavailable');
    case 'tool-unavailable':
      return t('notices.toolUnavailable', [componentName(notice.tool, t)]);
    case 'tool-free-allowance':
      return t(notice.per === 'day' ? 'notices.toolFreeAllowanceDay' : 'notices.toolFreeAllowanceMonth', [
        componentName(notice.tool, t),
        notice.units.toLocaleString(locale),
      ]);
    case 'session-minimum':
      return t('notices.sessionMinimum', [componentName(notice.tool, t), notice.minutes]);
  }
}

export type RateOptions = Pick<TagViewOptions, 'currency' | 'rateUnit' | 'locale' | 't'>;

/** Formats a rate (USD per 1M tokens) in the display currency and unit. */
function rateFormatter(options: Omit<RateOptions, 't'>): (usdPerMillion: number) => string {
  return (usd) => formatRate(usd, { currency: options.currency, unit: options.rateUnit, locale: options.locale });
}

/** The unit every rate is quoted in: "per 1M tokens" or "per 1K tokens". */
export function rateUnitText(unit: RateUnit, t: Translate): string {
  return t(unit === 'per-thousand' ? 'common.per1K' : 'common.per1M');
}

/** Every rate of a price period, labelled, in the display currency and unit. */
export function ratesOf(period: PricePeriod, options: RateOptions): LabelledValue[] {
  const { t } = options;
  const rate = rateFormatter(options);
  const rows: LabelledValue[] = [
    { label: t('rates.input'), value: rate(period.input) },
    { label: t('rates.output'), value: rate(period.output) },
  ];
  const optional: [keyof PricePeriod, Parameters<Translate>[0]][] = [
    ['cachedInput', 'rates.cachedInput'],
    ['cacheWrite5m', 'rates.cacheWrite5m'],
    ['cacheWrite1h', 'rates.cacheWrite1h'],
    ['reasoning', 'rates.reasoning'],
    ['outputWithReasoning', 'rates.outputWithReasoning'],
  ];
  for (const [field, label] of optional) {
    const usd = period[field];
    if (typeof usd === 'number') rows.push({ label: t(label), value: rate(usd) });
  }
  if (period.batchDiscount !== undefined) {
    rows.push({ label: t('rates.batch'), value: t('rates.batchOff', [Math.round(period.batchDiscount * 100)]) });
  }
  return rows;
}

/** The long-context tiers of a price period, labelled. */
export function tiersOf(period: PricePeriod, options: RateOptions): LabelledValue[] {
  const { t } = options;
  const rate = rateFormatter(options);
  return (period.tiers ?? []).map((tier) => ({
    label: t('rates.tierAbove', [
      formatTokens(tier.above, options.locale),
      t(tier.basis === 'prompt' ? 'rates.tierBasisPrompt' : 'rates.tierBasisTotal'),
    ]),
    value:
      tier.cachedInput === undefined
        ? t('rates.tierValue', [rate(tier.input), rate(tier.output)])
        : t('rates.tierValueCached', [rate(tier.input), rate(tier.output), rate(tier.cachedInput)]),
  }));
}

/** "GPT-5.2: $1.75 input, $14.00 output per 1M tokens": list prices only, whatever the user's display settings. */
function publicDescription(name: string, period: PricePeriod, { t, locale }: Pick<TagViewOptions, 't' | 'locale'>): string {
  const usd = rateFormatter({ currency: { code: 'USD', perUsd: 1 }, rateUnit: 'per-million', locale });
  return t('tag.description', [name, usd(period.input), usd(period.output), rateUnitText('per-million', t)]);
}

function knownView(catalog: Catalog, model: Model, options: TagViewOptions): KnownTagView {
  const { t } = options;
  const unitText = rateUnitText(options.rateUnit, t);
  const rate = rateFormatter(options);
  const base = {
    modelId: model.id,
    known: true as const,
    name: model.name,
    vendorName: vendorName(catalog, model.vendor),
    unitText,
  };
  const titles = {
    rates: t('tag.ratesTitle', [unitText]),
    tiers: t('tag.tiersTitle'),
    changes: t('tag.changesTitle'),
    source: t('common.source'),
    compare: t('tag.compare'),
  };
  const period = priceAt(model, options.date);

  if (!period) {
    const retired = isRetired(model, options.date);
    const last = lastKnownPriceAt(model, options.date);
    return {
      ...base,
      status: retired ? 'retired' : 'unpriced',
      label: retired ? t('common.retired') : t('tag.priceUnknown'),
      description: retired
        ? t('tag.descriptionRetired', [model.name, model.retired!])
        : t('tag.descriptionUnpriced', [model.name]),
      rates: last && retired ? ratesOf(last, options) : [],
      tiers: [],
      retired: model.retired,
      source: last ? { url: last.source.url, checked: last.source.checked } : undefined,
      text: {
        ...titles,
        status: retired ? t('tag.retiredOn', [model.retired!]) : t('tag.unpriced'),
        checked: last ? t('common.checked', [last.source.checked]) : undefined,
      },
    };
  }

  const change = latestChange(model, options.date);
  const changeText = change?.change ? describeChange(change.change, t, options.locale) : undefined;
  const vs = compareWithPredecessor(catalog, model, options.date);
  const vsText = vs ? describeChange(vs.change, t, options.locale) : undefined;

  const estimate = estimateCost(model, options.preset.workload, { date: options.date });
  const money = (usd: number) => formatMoney(usd, { currency: options.currency, locale: options.locale });
  const preset =
    estimate.status === 'priced'
      ? {
          name: options.presetName,
          perTask: money(estimate.taskTotal),
          perMonth: money(estimate.monthTotal),
          lines: estimate.lines
            .filter((line) => line.usd > 0 || line.status === 'unavailable')
            .map((line) => ({
              label: componentName(line.component, t),
              value: line.status === 'unavailable' ? t('tag.notOffered') : money(line.usd),
            })),
          notices: estimate.notices.map((notice) => describeNotice(notice, t, options.locale)),
        }
      : undefined;

  const label =
    options.tagDisplay === 'preset-cost' && preset
      ? t('tag.perTaskLabel', [preset.perTask])
      : `${rate(period.input)} / ${rate(period.output)}`;
  return {
    ...base,
    status: 'priced',
    label,
    description: publicDescription(model.name, period, options),
    rates: ratesOf(period, options),
    tiers: tiersOf(period, options),
    latestChange: change && changeText ? t('tag.latestChange', [changeText, change.period.from]) : undefined,
    vsPredecessor: vs && vsText ? t('tag.vsPredecessor', [vsText, vs.predecessor.name, vs.after.from]) : undefined,
    preset,
    source: { url: period.source.url, checked: period.source.checked },
    text: {
      ...titles,
      preset: preset ? t('tag.presetTitle', [options.presetName]) : undefined,
      presetTotals: preset ? t('tag.presetTotals', [preset.perTask, preset.perMonth]) : undefined,
      checked: t('common.checked', [period.source.checked]),
    },
  };
}

/** The view of a mention: a catalog model's prices, or "no price data" for a name the catalog lacks. */
export function describeForTag(catalog: Catalog, modelId: string, known: boolean, options: TagViewOptions): TagView {
  const model = known ? findModel(catalog, modelId) : undefined;
  if (!model) {
    const { t } = options;
    return {
      modelId,
      known: false,
      label: t('common.noPriceData'),
      description: t('tag.descriptionUnknown', [modelId]),
      message: t('tag.notInCatalog'),
    };
  }
  return knownView(catalog, model, options);
}
