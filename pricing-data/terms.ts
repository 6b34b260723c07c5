// Applies vendor- and seller-wide dated terms (batch discount, cache ratios) to each model's periods at assembly.
import type { PricePeriod, Source, Terms } from './schema';

/** A rate derived from a ratio, rounded so that 0.3 × 0.1 reads 0.03 (USD per 1M tokens). */
function scaled(rate: number, ratio: number): number {
  return Number((rate * ratio).toPrecision(12));
}

/** Whether the terms cover a model (by its catalog id). */
export function termsCover(terms: Terms, modelId: string): boolean {
  if (terms.models !== undefined) return terms.models.includes(modelId);
  return terms.except === undefined || !terms.except.includes(modelId);
}

const inForceOn = (terms: Terms, day: string) => terms.from <= day && (terms.to === undefined || day < terms.to);

/** The fields a period does not state, filled from the terms in force on its first day. */
function fill(period: PricePeriod, terms: readonly Terms[]): PricePeriod {
  const out: PricePeriod = { ...period };
  const sources: Source[] = [];
  for (const t of terms) {
    if (!inForceOn(t, period.from)) continue;
    let used = false;
    if (t.batchDiscount !== undefined && out.batchDiscount === undefined) {
      out.batchDiscount = t.batchDiscount;
      used = true;
    }
    if (t.cachedInputRatio !== undefined && out.cachedInput === undefined) {
      out.cachedInput = scaled(out.input, t.cachedInputRatio);
      used = true;
    }
    if (t.cacheWrite5mRatio !== undefined && out.cacheWrite5m === undefined) {
      out.cacheWrite5m = scaled(out.input, t.cacheWrite5mRatio);
      used = true;
    }
    if (t.cacheWrite1hRatio !== undefined && out.cacheWrite1h === undefined) {
      out.cacheWrite1h = scaled(out.input, t.cacheWrite1hRatio);
      used = true;
    }
    if (used && !sources.some((s) => s.url === t.source.url && s.via === t.source.via)) sources.push(t.source);
  }
  if (sources.length > 0) out.termSources = [...(period.termSources ?? []), ...sources];
  return out;
}

/** The rates of a period that terms can fill, to tell whether two neighbouring parts differ. */
const filledKey = (p: PricePeriod) => JSON.stringify([p.batchDiscount, p.cachedInput, p.cacheWrite5m, p.cacheWrite1h]);

/**
 * A model's periods with the terms that cover it applied: each period is cut at every day a term
 * begins or ends inside it, each part gets what the terms then in force fill in, and neighbouring
 * parts that came out the same are joined again (a term that changes nothing cuts nothing).
 */
export function applyTerms(prices: readonly PricePeriod[], terms: readonly Terms[], modelId: string): PricePeriod[] {
  const covering = terms.filter((t) => termsCover(t, modelId));
  if (covering.length === 0) return [...prices];
  const days = [...new Set(covering.flatMap((t) => (t.to === undefined ? [t.from] : [t.from, t.to])))].sort();
  const out: PricePeriod[] = [];
  for (const period of prices) {
    const cuts = days.filter((day) => day > period.from && (period.to === undefined || day < period.to));
    const starts = [period.from, ...cuts];
    let previous: PricePeriod | undefined;
    starts.forEach((from, i) => {
      const to = starts[i + 1] ?? period.to;
      const part = fill({ ...period, from, ...(to === undefined ? {} : { to }) }, covering);
      if (to === undefined) delete part.to;
      if (previous && filledKey(previous) === filledKey(part)) {
        if (to === undefined) delete previous.to;
        else previous.to = to;
        return;
      }
      out.push(part);
      previous = part;
    });
  }
  return out;
}

/** Pairs of terms that both set one field for one model on one day: the data must say which applies. */
export function overlappingTerms(terms: readonly Terms[]): { first: number; second: number; field: string }[] {
  const fields = ['batchDiscount', 'cachedInputRatio', 'cacheWrite5mRatio', 'cacheWrite1hRatio'] as const;
  const clashes: { first: number; second: number; field: string }[] = [];
  terms.forEach((a, i) =>
    terms.forEach((b, j) => {
      if (j <= i) return;
      const overlap = (a.to === undefined || b.from < a.to) && (b.to === undefined || a.from < b.to);
      if (!overlap) return;
      const sharedModels =
        a.models === undefined || b.models === undefined
          ? (a.models ?? b.models ?? ['*']).some((m) => m === '*' || (termsCover(a, m) && termsCover(b, m)))
          : a.models.some((m) => b.models!.includes(m));
      if (!sharedModels) return;
      for (const field of fields)
        if (a[field] !== undefined && b[field] !== undefined) clashes.push({ first: i, second: j, field });
    }),
  );
  return clashes;
}
