// Models priced side by side under one workload: rows, what the money goes to, and the comparison as CSV or Markdown.
import type { Model } from '../pricing-data/schema';
import type { Catalog } from '../pricing-data/validate';
import {
  findModel,
  missingPrice,
  priceStanding,
  vendorName,
  type IsoDay,
  type MissingPrice,
  type PriceStanding,
} from './catalog';
import { modelAsSoldBy, offersOf, offerShownOn, sellerOfPage, type OfferRef } from './offers';
import { estimateCost, type CostEstimate, type CostLine } from './cost';
import { formatDay, type Translate } from './i18n';
import { convertUsd, formatRate, type CurrencySetting } from './money';
import {
  describeNotice,
  describeStanding,
  describeTierPriceUnknown,
  describeUpcomingChange,
  formatCost,
  reasoningOmitted,
  upcomingChange,
} from './tag-view';
import type { ServiceTier, Workload } from './workloads';

/**
 * Why a row's chosen offer gives no price, where the seller is the reason: it does not sell the model
 * (`no-offer`), not on the chosen date (`not-on-date`), or not at the workload's service tier
 * (`tier-not-offered`); or the price feed's newer price does not state the tier's rates that the
 * offer's checked prices had (`tier-price-unknown`). Such a row is never priced at another seller's
 * or tier's price.
 */
export type OfferGap = 'no-offer' | 'not-on-date' | 'tier-not-offered' | 'tier-price-unknown';

export interface PricedRow {
  model: Model;
  /** The offer the row prices: the creator's own API unless the row was switched to a seller's. */
  offer: OfferRef;
  /** `not-offered` when the row's seller does not sell the model, or not at the workload's tier. */
  estimate: CostEstimate;
  /** Set when the row has no price because of its chosen offer (see `OfferGap`). */
  gap?: OfferGap;
  /** Why there is no price, when there is none and the offer's own prices say why (retired, ended…). */
  missing?: MissingPrice;
  /** Where the price stands: regular, promotional (until when, then what), ended, retired… */
  standing: PriceStanding;
  /** The promotional price ends within 60 days: when, and the monthly cost from then if it is confirmed. */
  upcoming?: ReturnType<typeof upcomingChange>;
  /** The model always reasons but the workload counts no reasoning tokens: the total understates it. */
  reasoningOmitted: boolean;
}

/**
 * Each model priced under `workload` on `date`, in the given order; ids the catalog lacks are
 * skipped. `offers` switches a row (by model id) to a seller's offer; a seller that does not sell
 * the model gives a `not-offered` estimate, never the creator's price.
 */
export function priceModels(
  catalog: Catalog,
  modelIds: readonly string[],
  workload: Workload,
  date: IsoDay,
  offers: Readonly<Record<string, OfferRef>> = {},
): PricedRow[] {
  const rows: PricedRow[] = [];
  for (const id of modelIds) {
    const model = findModel(catalog, id);
    if (!model) continue;
    const offer = offers[model.id] ?? { seller: model.vendor };
    const estimate = estimateCost(model, workload, { date, ...offer });
    const gap = offerGap(model, offer, estimate);
    // A seller that does not sell the model has no prices of its own to describe: nothing is said
    // from the creator's (modelAsSoldBy falls back to them).
    const sold = gap === 'no-offer' ? undefined : modelAsSoldBy(model, offer);
    rows.push({
      model,
      offer,
      estimate,
      ...(gap ? { gap } : {}),
      missing: sold && gap !== 'tier-not-offered' && gap !== 'tier-price-unknown' ? missingPrice(sold, date) : undefined,
      standing: sold ? priceStanding(sold, date) : { kind: 'unpriced' },
      upcoming: sold && estimate.status === 'priced' ? upcomingChange(sold, workload, date) : undefined,
      reasoningOmitted: reasoningOmitted(model, workload),
    });
  }
  return rows;
}

/** Whether the row's offer is the reason it has no price (see `OfferGap`). */
function offerGap(model: Model, offer: OfferRef, estimate: CostEstimate): OfferGap | undefined {
  if (estimate.status === 'not-offered') return estimate.reason === 'no-offer' ? 'no-offer' : 'tier-not-offered';
  if (estimate.status !== 'unknown') return undefined;
  if (estimate.reason === 'tier-price-unknown') return 'tier-price-unknown';
  // A seller's offer with no price that day: the seller did not (or no longer) sell it then.
  if (offer.seller !== model.vendor) return 'not-on-date';
  // An open-weight model its creator does not sell itself (only hosts do): not offered by that seller.
  return model.prices.length === 0 && model.offers.length > 0 ? 'no-offer' : undefined;
}

/**
 * The offer a model is compared at when it joins: the offer of the seller whose page it was found
 * on (`pageUrl`) where that seller sells it, else the creator's own API, as the page's tags show it.
 */
export function defaultOffer(catalog: Pick<Catalog, 'sellers'>, model: Model, pageUrl?: string): OfferRef {
  return offerShownOn(model, pageUrl === undefined ? undefined : sellerOfPage(catalog, pageUrl));
}

/** What the comparison stores for an offer: nothing for the creator's own API (the default), else the offer. */
export function storedOffer(model: Model, offer: OfferRef): OfferRef | undefined {
  return offer.seller === model.vendor && offer.region === undefined ? undefined : offer;
}

/** One string per offer (`seller` or `seller/region`; ids are `[a-z0-9-]`), for a `<select>`'s values. */
export function offerKey(offer: OfferRef): string {
  return offer.region === undefined ? offer.seller : `${offer.seller}/${offer.region}`;
}

/** A seller's display name: a seller's or a creator's (its own API), else its id. */
export function sellerName(catalog: Catalog, sellerId: string): string {
  return catalog.sellers.find((s) => s.id === sellerId)?.name ?? vendorName(catalog, sellerId);
}

/** An offer as a person reads it: the seller's name, and the region where the seller prices by one. */
export function offerLabel(catalog: Catalog, offer: OfferRef): string {
  const name = sellerName(catalog, offer.seller);
  return offer.region === undefined ? name : `${name} (${offer.region})`;
}

export interface OfferChoice {
  offer: OfferRef;
  key: string;
  label: string;
  /** False for an offer that does not sell the model: a choice stored before the catalog changed, or a creator only hosts sell for. */
  offered: boolean;
}

/**
 * The offers a row can switch to: every seller (and region) that sells the model, the creator's own
 * API first; a chosen offer the model lacks is listed too, so that the choice shows as it is.
 */
export function offerChoices(catalog: Catalog, model: Model, chosen: OfferRef): OfferChoice[] {
  const choices = offersOf(model).map((offer) => ({
    offer,
    key: offerKey(offer),
    label: offerLabel(catalog, offer),
    offered: true,
  }));
  // The creator is always a choice, as the default: one that does not sell the model itself is listed as such.
  if (!choices.some((c) => c.offer.seller === model.vendor && c.offer.region === undefined)) {
    const own = { seller: model.vendor };
    choices.unshift({ offer: own, key: offerKey(own), label: offerLabel(catalog, own), offered: model.offers.length === 0 });
  }
  if (!choices.some((c) => c.key === offerKey(chosen)))
    choices.push({ offer: chosen, key: offerKey(chosen), label: offerLabel(catalog, chosen), offered: false });
  return choices;
}

/** Cheapest task first; models without a price on the date last, in their original order. */
export function sortByTaskCost(rows: readonly PricedRow[]): PricedRow[] {
  const cost = (row: PricedRow) => (row.estimate.status === 'priced' ? row.estimate.taskTotal : Number.POSITIVE_INFINITY);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => cost(a.row) - cost(b.row) || a.index - b.index)
    .map(({ row }) => row);
}

export type SortKey = 'name' | 'input' | 'output' | 'task' | 'month';
export type SortDirection = 'ascending' | 'descending';

/**
 * Rows sorted by a column: by name, rate or cost. Models without a price always go last, in their
 * original order, whichever the direction; ties keep their order too.
 */
export function sortRows(rows: readonly PricedRow[], key: SortKey, direction: SortDirection, locale = 'en'): PricedRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (row: PricedRow): number | undefined => {
    const e = row.estimate;
    if (e.status !== 'priced') return undefined;
    return key === 'input' ? e.period.input : key === 'output' ? e.period.output : key === 'task' ? e.taskTotal : e.monthTotal;
  };
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (key === 'name') return sign * collator.compare(a.row.model.name, b.row.model.name) || a.index - b.index;
      const va = value(a.row);
      const vb = value(b.row);
      if (va === undefined || vb === undefined)
        return (va === undefined ? 1 : 0) - (vb === undefined ? 1 : 0) || a.index - b.index;
      return sign * (va - vb) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The parts a bar is stacked from: the cost lines, with every tool fee as one part. */
export const barParts = ['uncachedInput', 'cachedInput', 'cacheWrites', 'output', 'reasoning', 'tools'] as const;
export type BarPart = (typeof barParts)[number];

export interface BarSegment {
  part: BarPart;
  /** USD per task. */
  usd: number;
  /** Share of the task total (0–1). */
  share: number;
}

/** What a task's money goes to, in `barParts` order, leaving out the parts that cost nothing. */
export function barSegments(lines: readonly CostLine[]): BarSegment[] {
  const usd: Record<BarPart, number> = { uncachedInput: 0, cachedInput: 0, cacheWrites: 0, output: 0, reasoning: 0, tools: 0 };
  for (const line of lines) {
    const part: BarPart = (barParts as readonly string[]).includes(line.component) ? (line.component as BarPart) : 'tools';
    usd[part] += line.usd;
  }
  const total = Object.values(usd).reduce((a, b) => a + b, 0);
  return barParts
    .filter((part) => usd[part] > 0)
    .map((part) => ({ part, usd: usd[part], share: total > 0 ? usd[part] / total : 0 }));
}

/** A table of strings: what both exports are made from. */
export interface TextTable {
  headers: string[];
  rows: string[][];
}

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled; CRLF line ends. */
export function toCsv(table: TextTable): string {
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  return [table.headers, ...table.rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** A GitHub-flavoured Markdown table; pipes and line breaks in cells are escaped. */
export function toMarkdown(table: TextTable): string {
  const cell = (text: string) => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(table.headers), line(table.headers.map(() => '---')), ...table.rows.map(line)].join('\n') + '\n';
}

export interface ExportOptions {
  t: Translate;
  currency: CurrencySetting;
  locale: string;
  presetName: string;
  date: IsoDay;
  vendorName(vendorId: string): string;
  /** The seller of a row's offer by name (a seller's or, for its own API, the creator's). */
  sellerName(sellerId: string): string;
}

/**
 * The comparison as a table of text. `csv` keeps plain numbers (in the display currency, so that a
 * spreadsheet can add them up); `markdown` formats them for reading. Each row names the seller (and
 * region) and the service tier it is priced at.
 */
export function comparisonTable(rows: readonly PricedRow[], style: 'csv' | 'markdown', options: ExportOptions): TextTable {
  const { t, currency } = options;
  const plain = (usd: number) => String(Number(convertUsd(usd, currency).toPrecision(6)));
  const money = (usd: number) => (style === 'csv' ? plain(usd) : formatCost(usd, { currency, locale: options.locale, t }));
  const words = { currency, locale: options.locale, t, rateUnit: 'per-million' as const };
  const rate = (usd: number | undefined) =>
    usd === undefined ? '' : style === 'csv' ? plain(usd) : formatRate(usd, { currency, locale: options.locale });
  const parts = barParts.map((part) => t('popup.export.part', [t(`components.${part}`), currency.code]));
  const headers = [
    t('popup.export.model'),
    t('popup.export.vendor'),
    t('popup.export.id'),
    t('popup.export.date'),
    t('popup.export.preset'),
    t('popup.export.seller'),
    t('popup.export.region'),
    t('popup.export.serviceTier'),
    t('popup.export.input', [currency.code]),
    t('popup.export.output', [currency.code]),
    t('popup.export.cached', [currency.code]),
    t('popup.export.perTask', [currency.code]),
    t('popup.export.perMonth', [currency.code]),
    ...parts,
    t('popup.export.notes'),
  ];
  const body = rows.map((row) => {
    const fixed = [
      row.model.name,
      options.vendorName(row.model.vendor),
      row.model.id,
      options.date,
      options.presetName,
      options.sellerName(row.offer.seller),
      row.offer.region ?? '',
      t(`options.serviceTiers.${serviceTierOf(row)}`),
    ];
    const notes = rowNotes(row, words).join(' ');
    // A model without a price has empty number cells (a spreadsheet adds nothing up wrong) and says why.
    if (row.estimate.status !== 'priced') return [...fixed, ...headers.slice(fixed.length, -1).map(() => ''), notes];
    const { period, taskTotal, monthTotal, lines } = row.estimate;
    const segments = barSegments(lines);
    return [
      ...fixed,
      rate(period.input),
      rate(period.output),
      rate(period.cachedInput),
      money(taskTotal),
      money(monthTotal),
      ...barParts.map((part) => money(segments.find((s) => s.part === part)?.usd ?? 0)),
      notes,
    ];
  });
  return { headers, rows: body };
}

/** The service tier a row is priced (or asked to be priced) at; an unknown estimate was asked at the workload's, at standard. */
function serviceTierOf(row: PricedRow): ServiceTier {
  const { estimate } = row;
  return estimate.status === 'unknown' && estimate.reason !== 'tier-price-unknown' ? 'standard' : estimate.serviceTier;
}

/** Why a row has no price, in one sentence of the UI language (undefined for a priced row). */
export function unpricedReason(row: PricedRow, options: Parameters<typeof describeStanding>[1]): string | undefined {
  const { t } = options;
  if (row.estimate.status === 'priced') return undefined;
  switch (row.gap) {
    case 'no-offer':
      return t('popup.offer.notOffered');
    case 'not-on-date':
      return t('popup.offer.notOfferedOn', [formatDay(row.estimate.date, options.locale)]);
    case 'tier-not-offered':
      return t('popup.offer.tierNotOffered', [t(`options.serviceTiers.${serviceTierOf(row)}`)]);
    case 'tier-price-unknown':
      return row.estimate.status === 'unknown' && row.estimate.reason === 'tier-price-unknown'
        ? describeTierPriceUnknown(row.estimate, options)
        : t('price.unpriced');
    case undefined:
      return describeStanding(row.standing, options) ?? t('price.unpriced');
  }
}

/**
 * What a row must say beside its numbers, in the one wording of `describeStanding`: why it has no
 * price (its seller does not sell it, that day or at that tier; or where the price stands), a change
 * within 60 days, a total that leaves a part out, and a reasoning model priced without reasoning.
 */
export function rowNotes(row: PricedRow, options: Parameters<typeof describeStanding>[1]): string[] {
  const { t } = options;
  const notes: string[] = [];
  const standing = row.estimate.status === 'priced' ? describeStanding(row.standing, options) : unpricedReason(row, options);
  if (standing) notes.push(t('price.sentence', [standing]));
  if (row.upcoming) notes.push(t('price.sentence', [describeUpcomingChange(row.upcoming, options)]));
  if (row.estimate.status === 'priced' && !row.estimate.complete) {
    // Say which part the total leaves out, not only that it is incomplete.
    const missing = row.estimate.notices.filter((n) => n.code === 'tool-unavailable' || n.code === 'batch-unavailable');
    notes.push(...missing.map((notice) => describeNotice(notice, t, options.locale)));
  }
  if (row.estimate.status === 'priced' && row.reasoningOmitted) notes.push(t('price.reasoningOmitted'));
  return notes;
}

export interface ComparisonSummary {
  /**
   * The row whose month costs least, among rows priced in full (among the rest only when none is):
   * undefined when no row has a price.
   */
  cheapest?: PricedRow;
  /** Rows without a price, left out of "cheapest" (and of the bars' scale): the UI says which and why. */
  skipped: PricedRow[];
}

/** "Cheapest" over the compared rows, skipping (and listing) the rows that have no price. */
export function summarizeComparison(rows: readonly PricedRow[]): ComparisonSummary {
  const priced = rows.filter((row) => row.estimate.status === 'priced');
  const complete = priced.filter((row) => row.estimate.status === 'priced' && row.estimate.complete);
  const pool = complete.length > 0 ? complete : priced;
  const month = (row: PricedRow) => (row.estimate.status === 'priced' ? row.estimate.monthTotal : Number.POSITIVE_INFINITY);
  const cheapest = pool.reduce<PricedRow | undefined>((best, row) => (!best || month(row) < month(best) ? row : best), undefined);
  return { ...(cheapest ? { cheapest } : {}), skipped: rows.filter((row) => row.estimate.status !== 'priced') };
}
