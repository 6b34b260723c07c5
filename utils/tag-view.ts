// What an inline tag and its card say about a model: prices, changes and the active preset's cost, as display text.
import type { Model, PricePeriod } from '../pricing-data/schema';
import type { Catalog } from '../pricing-data/validate';
import {
  compareWithPredecessor,
  daysBetween,
  findModel,
  latestChange,
  priceStanding,
  type ComponentChange,
  type IsoDay,
  type PriceComponent,
  type PriceStanding,
  vendorName,
} from './catalog';
import { estimateCost, type CostComponent, type CostNotice, type PricedEstimate, type TierPriceUnknownEstimate } from './cost';
import { formatDay, formatList, type Translate } from './i18n';
import { formatMoney, formatPercentChange, formatRate, formatTokens, type CurrencySetting, type RateUnit } from './money';
import { modelAsSoldBy, offerShownOn } from './offers';
import { workloadSentence } from './workload-view';
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
  /** The seller whose own page the tag is on (`sellerOfPage`): its offer is shown where it has one. */
  pageSeller?: string;
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
  /** Who sells the tokens priced here (the tag's `data-seller`): the creator's id or a seller's. */
  seller: string;
  /** The offer's region or deployment kind, where its price depends on one. */
  region?: string;
  /** The compact text of the tag itself. */
  label: string;
  /**
   * The tag's accessible name, which the page's scripts can read: the model's name and its list
   * prices in USD per 1M tokens, never the user's currency, rate, unit or preset.
   */
  description: string;
  /** `retired`: the vendor no longer serves it; `unpriced`: no confirmed price on the date (never, not yet, or ended). */
  status: 'priced' | 'retired' | 'unpriced';
  /** Where the price stands (regular, promotional, ended…): see `priceStanding`. */
  standing: PriceStanding['kind'];
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
  /** Where the shown price came from when TokenTag did not check it: the live feed, or the user's own price. */
  origin?: 'feed' | 'user';
  retired?: string;
  /** The card's own words, in the user's language. */
  text: {
    rates: string;
    tiers: string;
    changes: string;
    preset?: string;
    presetTotals?: string;
    /**
     * What the price's standing is, in the one wording of `describeStanding`: said instead of prices for a
     * model without one, and above the rates of a promotional price.
     */
    status?: string;
    source: string;
    checked?: string;
    /** "Your price (list price …)" or "price from genai-prices, not checked by TokenTag". */
    origin?: string;
    compare: string;
    /** Said under the preset's title when its tier has no known price (a feed's newer price does not state it). */
    presetMissing?: string;
    /** The card's list of the model's offers: said while it loads, if it cannot load, and its action. */
    offersLoading: string;
    offersError: string;
    cheapest: string;
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
  return formatList(
    shown.map(([component, pct]) => `${formatPercentChange(pct, locale)} ${t(`rates.change.${component}`)}`),
    locale,
  );
}

/** A cost line's name in the user's language. */
export function componentName(component: CostComponent | 'tools', t: Translate): string {
  return t(`components.${component}`);
}

/** A cost notice in the user's language. */
/**
 * "Flex price not known since the price feed's update of …": the one wording, wherever an estimate's
 * tier price is unknown (compare rows, the card, the offers list).
 */
export function describeTierPriceUnknown(
  estimate: Pick<TierPriceUnknownEstimate, 'serviceTier' | 'since'>,
  { t, locale }: { t: Translate; locale: string },
): string {
  return t('price.tierPriceUnknown', [t(`options.serviceTiers.${estimate.serviceTier}`), formatDay(estimate.since, locale)]);
}

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

/** "$0.75 / $3.75": a period's input and output rates; "Free" when neither costs anything. */
export function rateLabel(period: Pick<PricePeriod, 'input' | 'output'>, options: RateOptions): string {
  if (period.input === 0 && period.output === 0) return options.t('price.free');
  const rate = rateFormatter(options);
  return `${rate(period.input)} / ${rate(period.output)}`;
}

/** A period with its list rates in place of the user's own (the same period when it has none). */
export function listPeriod(period: PricePeriod): PricePeriod {
  return period.list ? { ...period, ...period.list } : period;
}

/**
 * Where a price came from, when TokenTag did not check it itself: "Your price (list price $1.75 /
 * $14.00 per 1M tokens)", "Your own model's price", or "price from genai-prices, not checked by TokenTag".
 */
export function describeOrigin(period: PricePeriod, options: RateOptions): string | undefined {
  const { t } = options;
  if (period.origin === 'feed') return t('feed.fromFeed');
  if (period.origin !== 'user') return undefined;
  return period.list ? t('yourPrices.yourPrice', [ratePair(listPeriod(period), options)]) : t('yourPrices.yourModel');
}

/** "$1.50 / $7.50 per 1M tokens": a period's input and output rates with their unit. */
export function ratePair(period: PricePeriod, options: RateOptions): string {
  const rate = rateFormatter(options);
  return options.t('price.pair', [rate(period.input), rate(period.output), rateUnitText(options.rateUnit, options.t)]);
}

/**
 * The one wording of where a price stands, used by the tag, the card, the popup and the exports:
 * "Promotional until Dec 31, 2026, then $1.50 / $7.50 per 1M tokens", "Last known price … (until …);
 * current price not confirmed", "Retired on …". Undefined for an ordinary price.
 */
export function describeStanding(standing: PriceStanding, options: RateOptions): string | undefined {
  const { t, locale } = options;
  switch (standing.kind) {
    case 'regular':
      return undefined;
    case 'promotional':
      return standing.then
        ? t('price.promotional', [formatDay(standing.lastDay, locale), ratePair(standing.then, options)])
        : t('price.promotionalOpen', [formatDay(standing.lastDay, locale)]);
    case 'ended':
      return t('price.ended', [ratePair(standing.last, options), formatDay(standing.lastDay, locale)]);
    case 'retired':
      return t('price.retired', [formatDay(standing.on, locale)]);
    case 'unpriced':
      return t('price.unpriced');
    case 'not-yet':
      return t('price.notYet', [formatDay(standing.first.from, locale)]);
  }
}

/** How many days ahead a coming price change is flagged. */
export const CHANGE_WARNING_DAYS = 60;

/**
 * A coming change of a promotional price within `CHANGE_WARNING_DAYS` of `date`: the day it changes and
 * the monthly cost of `workload` from then (undefined when the next price is not confirmed).
 */
export function upcomingChange(
  model: Model,
  workload: WorkloadPreset['workload'],
  date: IsoDay,
): { on: IsoDay; estimate?: PricedEstimate } | undefined {
  const standing = priceStanding(model, date);
  if (standing.kind !== 'promotional') return undefined;
  const on = standing.period.to!;
  if (daysBetween(date, on) > CHANGE_WARNING_DAYS) return undefined;
  const after = estimateCost(model, workload, { date: on });
  return { on, estimate: after.status === 'priced' ? after : undefined };
}

/** "Changes on Jan 1, 2027: $84.00 per month", or that the new price is not confirmed. */
export function describeUpcomingChange(
  change: NonNullable<ReturnType<typeof upcomingChange>>,
  options: Pick<TagViewOptions, 'currency' | 'locale' | 't'>,
): string {
  const { t, locale } = options;
  return change.estimate
    ? t('price.changesOn', [formatDay(change.on, locale), formatCost(change.estimate.monthTotal, options)])
    : t('price.changesOnUnconfirmed', [formatDay(change.on, locale)]);
}

/** A cost in the display currency (to `fractionDigits` when a column shares them); exactly zero is "Free", not $0.00. */
export function formatCost(
  usd: number,
  options: Pick<TagViewOptions, 'currency' | 'locale' | 't'> & { fractionDigits?: number },
): string {
  return usd === 0
    ? options.t('price.free')
    : formatMoney(usd, { currency: options.currency, locale: options.locale, fractionDigits: options.fractionDigits });
}

/**
 * Whether an estimate would understate a reasoning model: the workload counts no reasoning tokens,
 * but the catalog knows the model bills hidden reasoning on every request. The UI says so beside the
 * cost rather than show the model cheaper than it is.
 */
export function reasoningOmitted(model: Model, workload: WorkloadPreset['workload']): boolean {
  return model.reasoning && workload.reasoningTokens === 0;
}

function knownView(catalog: Catalog, model: Model, options: TagViewOptions): Omit<KnownTagView, 'seller' | 'region'> {
  const { t, locale } = options;
  const unitText = rateUnitText(options.rateUnit, t);
  const standing = priceStanding(model, options.date);
  const standingText = describeStanding(standing, options);
  // What the page may read (the accessible name) is in list prices only: USD per 1M tokens.
  const publicStanding = describeStanding(standing, {
    ...options,
    currency: { code: 'USD', perUsd: 1 },
    rateUnit: 'per-million',
  });
  const base = {
    modelId: model.id,
    known: true as const,
    name: model.name,
    vendorName: vendorName(catalog, model.vendor),
    unitText,
    standing: standing.kind,
  };
  const titles = {
    rates: t('tag.ratesTitle', [unitText]),
    tiers: t('tag.tiersTitle'),
    changes: t('tag.changesTitle'),
    source: t('common.source'),
    compare: t('tag.compare'),
    offersLoading: t('tag.offersLoading'),
    offersError: t('tag.offersError'),
    cheapest: t('tag.cheapest'),
  };

  if (standing.kind !== 'regular' && standing.kind !== 'promotional') {
    const last = standing.kind === 'retired' ? standing.last : standing.kind === 'ended' ? standing.last : undefined;
    const retired = standing.kind === 'retired';
    return {
      ...base,
      status: retired ? 'retired' : 'unpriced',
      label: retired ? t('common.retired') : standing.kind === 'ended' ? t('price.notConfirmedLabel') : t('tag.priceUnknown'),
      description: t('tag.descriptionStanding', [model.name, publicStanding!]),
      // A retired model's last rates stay readable in the card; an ended price is already in the wording.
      rates: last && retired ? ratesOf(last, options) : [],
      tiers: [],
      retired: model.retired,
      source: last ? { url: last.source.url, checked: last.source.checked } : undefined,
      text: {
        ...titles,
        rates: retired ? `${t('price.lastPrice')} (${unitText})` : titles.rates,
        status: standingText,
        checked: last ? t('common.checked', [formatDay(last.source.checked, locale)]) : undefined,
      },
    };
  }

  const period = standing.period;
  const change = latestChange(model, options.date);
  const changeText = change?.change ? describeChange(change.change, t, locale) : undefined;
  const vs = compareWithPredecessor(catalog, model, options.date);
  const vsText = vs ? describeChange(vs.change, t, locale) : undefined;

  const workload = options.preset.workload;
  const estimate = estimateCost(model, workload, { date: options.date });
  const money = (usd: number) => formatCost(usd, options);
  const coming = upcomingChange(model, workload, options.date);
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
          notices: [
            ...(reasoningOmitted(model, workload) ? [t('price.reasoningOmitted')] : []),
            ...(coming ? [describeUpcomingChange(coming, options)] : []),
            ...estimate.notices.map((notice) => describeNotice(notice, t, locale)),
          ],
        }
      : undefined;

  const tierUnknown = estimate.status === 'unknown' && estimate.reason === 'tier-price-unknown' ? estimate : undefined;
  const prices = rateLabel(period, options);
  const priceLabel = standing.kind === 'promotional' ? `${prices} · ${t('price.promoMark')}` : prices;
  const label = options.tagDisplay === 'preset-cost' && preset ? t('tag.perTaskLabel', [preset.perTask]) : priceLabel;
  // The page may read the accessible name: it gets list prices, never the user's own (a custom model's name only).
  const description =
    period.origin === 'user' && !period.list ? model.name : publicDescription(model.name, listPeriod(period), options);
  const originText = describeOrigin(period, options);
  return {
    ...base,
    status: 'priced',
    label,
    description: publicStanding ? `${description}. ${publicStanding}` : description,
    rates: ratesOf(period, options),
    tiers: tiersOf(period, options),
    latestChange: change && changeText ? t('tag.latestChange', [changeText, formatDay(change.period.from, locale)]) : undefined,
    vsPredecessor:
      vs && vsText ? t('tag.vsPredecessor', [vsText, vs.predecessor.name, formatDay(vs.after.from, locale)]) : undefined,
    preset,
    source: { url: period.source.url, checked: period.source.checked },
    ...(period.origin ? { origin: period.origin } : {}),
    text: {
      ...titles,
      status: standingText,
      origin: originText,
      preset: preset || tierUnknown ? t('tag.presetTitle', [options.presetName]) : undefined,
      presetMissing: tierUnknown ? describeTierPriceUnknown(tierUnknown, options) : undefined,
      // The totals say what they are for: "$280.14 per month" means nothing without the workload.
      presetTotals: preset
        ? t('tag.presetTotals', [preset.perTask, preset.perMonth, workloadSentence(workload, t, locale)])
        : undefined,
      checked: t('common.checked', [formatDay(period.source.checked, locale)]),
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
  // On a seller's own page, its offer of the model (where it has one) is what the tag shows.
  const offer = offerShownOn(model, options.pageSeller);
  const view = knownView(catalog, modelAsSoldBy(model, offer), options);
  // A predecessor is compared at its creator's price: only say it for the creator's own offer.
  const vsPredecessor = offer.seller === model.vendor ? view.vsPredecessor : undefined;
  return { ...view, vsPredecessor, ...offer };
}
