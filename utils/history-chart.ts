// The price history of a model's lineage as one step line per component, with every change marked.
import type { Model } from '../pricing-data/schema';
import type { Catalog } from '../pricing-data/validate';
import { lineage, lineageHistory, type ComponentChange, type IsoDay } from './catalog';

export interface Step {
  from: IsoDay;
  /** Exclusive end: the next step's start, the model's retirement, or the chart's end. */
  to: IsoDay;
  modelId: string;
  modelName: string;
  /** USD per 1M tokens. */
  input: number;
  output: number;
  /** Set when the step's price was not checked by TokenTag: from the live feed, or the user's own. */
  origin?: 'feed' | 'user';
}

export interface ChangeMark {
  date: IsoDay;
  modelId: string;
  modelName: string;
  /** `successor`: a newer model of the line took over; `price`: the same model's price changed. */
  kind: 'successor' | 'price';
  /** The model it is compared with (the predecessor, for a successor). */
  previousName?: string;
  change: ComponentChange;
}

export interface HistoryChart {
  start: IsoDay;
  end: IsoDay;
  steps: Step[];
  marks: ChangeMark[];
  /** The highest price on the chart, USD per 1M tokens. */
  max: number;
}

/**
 * At each date, the price of the newest model of the line then on sale: GPT-5 until GPT-5.1 came,
 * then GPT-5.1… A predecessor's later price changes are left out once a successor has taken over.
 * `end` is the day the chart stops (today, or the "price as of" day).
 */
export function historyChart(catalog: Catalog, model: Model, end: IsoDay): HistoryChart | undefined {
  const members = lineage(catalog, model);
  const rank = new Map(members.map((m, i) => [m.id, i]));
  const entries = lineageHistory(catalog, model)
    .filter((entry) => entry.period.status !== 'announced' && entry.period.from <= end)
    .sort((a, b) => a.period.from.localeCompare(b.period.from) || rank.get(a.model.id)! - rank.get(b.model.id)!);

  const kept: typeof entries = [];
  for (const entry of entries) {
    const newest = kept.at(-1);
    // A newer generation already on sale hides this older one's later changes.
    if (newest && rank.get(newest.model.id)! > rank.get(entry.model.id)!) continue;
    kept.push(entry);
  }
  if (kept.length === 0) return undefined;

  const steps: Step[] = kept.map((entry, i) => {
    const next = kept[i + 1];
    const stops = [next?.period.from, entry.period.to, entry.model.retired, end].filter((d): d is string => d !== undefined);
    const to = stops.reduce((a, b) => (a < b ? a : b));
    return {
      from: entry.period.from,
      to,
      modelId: entry.model.id,
      modelName: entry.model.name,
      input: entry.period.input,
      output: entry.period.output,
      ...(entry.period.origin ? { origin: entry.period.origin } : {}),
    };
  });

  const marks: ChangeMark[] = kept.slice(1).map((entry) => ({
    date: entry.period.from,
    modelId: entry.model.id,
    modelName: entry.model.name,
    kind: entry.previous?.model.id === entry.model.id ? 'price' : 'successor',
    previousName: entry.previous?.model.name,
    change: entry.change ?? {},
  }));

  return {
    start: steps[0]!.from,
    end: steps.reduce((latest, s) => (s.to > latest ? s.to : latest), steps[0]!.to),
    steps,
    marks,
    max: Math.max(...steps.map((s) => Math.max(s.input, s.output))),
  };
}

/** Round axis values between `bottom` and `top`: 1-2-5 steps on a log scale, a 1-2-5 step size on a linear one. */
export function axisTicks(bottom: number, top: number, log: boolean): number[] {
  const niceValues: number[] = [];
  for (let exponent = -4; exponent <= 5; exponent++) for (const m of [1, 2, 5]) niceValues.push(m * 10 ** exponent);
  if (log) {
    const inside = niceValues.filter((v) => v >= bottom && v <= top);
    // At most four, spread over the range.
    if (inside.length <= 4) return inside;
    return [0, 1, 2, 3].map((i) => inside[Math.round((i * (inside.length - 1)) / 3)]!);
  }
  const step = niceValues.find((v) => top / v <= 4) ?? top;
  const ticks: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) ticks.push(Number(v.toPrecision(6)));
  return ticks;
}

const DAY_MS = 86_400_000;
const dayMs = (day: IsoDay) => Date.parse(`${day}T00:00:00Z`);

/** Past this ratio between the dearest and the cheapest price the y axis is logarithmic. */
export const LOG_SCALE_RATIO = 20;
/** A chart spans at least this many days, so that a one-day history still has some width. */
export const MIN_SPAN_DAYS = 30;

export interface ValueScale {
  log: boolean;
  /** Axis ends, USD per 1M tokens. */
  bottom: number;
  top: number;
  ticks: number[];
  /** Where a price sits: 0 at the bottom, 1 at the top. */
  at(usdPerMillion: number): number;
}

/**
 * The price axis. A lineage can span $60 to $0.40: past a 20-fold range it is logarithmic, or the
 * recent prices would lie flat on the axis. Headroom above the dearest price keeps its line off the edge.
 */
export function valueScale(chart: HistoryChart): ValueScale {
  const positive = chart.steps.flatMap((s) => [s.input, s.output]).filter((v) => v > 0);
  const cheapest = positive.length > 0 ? Math.min(...positive) : 0;
  const log = cheapest > 0 && chart.max / cheapest >= LOG_SCALE_RATIO;
  const floor = cheapest / 1.5;
  const top = log ? chart.max * 1.5 : chart.max * 1.15 || 1;
  const bottom = log ? floor : 0;
  const f = (v: number) => (log ? Math.log(Math.max(v, floor)) : v);
  return { log, bottom, top, ticks: axisTicks(bottom, top, log), at: (v) => (f(v) - f(bottom)) / (f(top) - f(bottom)) };
}

export interface TimeScale {
  startMs: number;
  endMs: number;
  /** Where a day sits: 0 at the start, 1 at the end. */
  at(day: IsoDay): number;
  /** Each 1 January inside the chart, with its position. */
  years: { year: number; at: number }[];
}

/** The time axis, at least `MIN_SPAN_DAYS` wide, with a mark at each new year. */
export function timeScale(chart: HistoryChart): TimeScale {
  const startMs = dayMs(chart.start);
  const endMs = Math.max(dayMs(chart.end), startMs + MIN_SPAN_DAYS * DAY_MS);
  const atMs = (ms: number) => (ms - startMs) / (endMs - startMs);
  const years: { year: number; at: number }[] = [];
  for (let year = new Date(startMs).getUTCFullYear() + 1; Date.UTC(year, 0, 1) < endMs; year++) {
    years.push({ year, at: atMs(Date.UTC(year, 0, 1)) });
  }
  return { startMs, endMs, at: (day) => atMs(dayMs(day)), years };
}

/** Which change marks get a percent label: one that would sit within `minGap` of the previous label is left to the list below. */
export function labelledMarks(positions: readonly number[], minGap: number): Set<number> {
  const labelled = new Set<number>();
  let last = -Infinity;
  positions.forEach((at, i) => {
    if (at - last >= minGap) {
      labelled.add(i);
      last = at;
    }
  });
  return labelled;
}
