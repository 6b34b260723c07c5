// Invariants of the cost engine over random workloads, on the test catalog and on every real model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import type { Model } from '../../pricing-data/schema';
import { priceAt } from '../../utils/catalog';
import { estimateCost, type PricedEstimate } from '../../utils/cost';
import type { Workload } from '../../utils/workloads';
import { testCatalog } from '../fixtures/test-catalog';

const DAY = '2026-11-27';
// Every model with a price on some day (a model retired before its only price began has none).
const models: Model[] = [...testCatalog.models, ...catalog.models].filter((m) => m.prices.some((p) => priceAt(m, p.from)));

/** Each model is priced on a day it has a price: today if it has one, else the first day of its latest price. */
function dayFor(model: Model): string {
  if (priceAt(model, DAY)) return DAY;
  const days = model.prices.map((p) => p.from).reverse();
  const day = days.find((d) => priceAt(model, d));
  if (!day) throw new Error(`${model.id} is never priced`);
  return day;
}

const tokens = (max: number) => fc.integer({ min: 0, max });
const workloadArb: fc.Arbitrary<Workload> = fc
  .record({
    tasksPerMonth: fc.double({ min: 0, max: 1e7, noNaN: true }),
    inputTokens: tokens(600_000),
    prefixShare: fc.double({ min: 0, max: 1, noNaN: true }),
    cacheHitRate: fc.double({ min: 0, max: 1, noNaN: true }),
    outputTokens: tokens(50_000),
    reasoningTokens: tokens(100_000),
    toolCalls: fc.integer({ min: 0, max: 30 }),
    toolCallTokens: tokens(2_000),
    toolResultTokens: tokens(20_000),
    webSearches: fc.double({ min: 0, max: 10, noNaN: true }),
    fileSearches: fc.double({ min: 0, max: 10, noNaN: true }),
    codeSessions: fc.double({ min: 0, max: 5, noNaN: true }),
    serviceTier: fc.constant('standard' as const),
  })
  .map(({ prefixShare, ...w }) => ({ ...w, staticPrefixTokens: Math.floor(w.inputTokens * prefixShare) }));

const modelArb = fc.constantFrom(...models);

function total(model: Model, workload: Workload): PricedEstimate {
  const estimate = estimateCost(model, workload, { date: dayFor(model) });
  if (estimate.status !== 'priced') throw new Error(`${model.id} has no price on ${dayFor(model)}`);
  return estimate;
}

/** `a ≤ b` up to float noise. */
const atMost = (a: number, b: number) => a <= b + 1e-9 * Math.max(1, Math.abs(b));

const growable = [
  'inputTokens',
  'outputTokens',
  'reasoningTokens',
  'toolCalls',
  'toolCallTokens',
  'toolResultTokens',
  'webSearches',
  'fileSearches',
  'codeSessions',
] as const;

describe('estimateCost invariants', () => {
  it(`covers ${models.length} priced models`, () => {
    expect(models.length).toBeGreaterThan(150);
  });

  it('is never negative, in any line', () => {
    fc.assert(
      fc.property(modelArb, workloadArb, (model, w) => {
        const e = total(model, w);
        return (
          e.lines.every((l) => l.usd >= 0 && l.quantity >= -1e-9) && e.taskTotal >= 0 && e.monthTotalAfterFreeAllowances >= 0
        );
      }),
      { numRuns: 2_000 },
    );
  });

  it.each(growable)('never falls when %s grows', (field) => {
    fc.assert(
      fc.property(modelArb, workloadArb, fc.integer({ min: 1, max: 50_000 }), (model, w, extra) => {
        const grown = { ...w, [field]: w[field] + (field === 'toolCalls' ? Math.ceil(extra / 5_000) : extra) };
        return atMost(total(model, w).taskTotal, total(model, grown).taskTotal);
      }),
      { numRuns: 400 },
    );
  });

  it('never rises with a longer cached prefix or a better hit rate where cache writes are free', () => {
    const implicit = models.filter((m) => m.prices.every((p) => p.cacheWrite5m === undefined && p.cacheWrite1h === undefined));
    fc.assert(
      fc.property(fc.constantFrom(...implicit), workloadArb, fc.double({ min: 0, max: 1, noNaN: true }), (model, w, more) => {
        const longerPrefix = {
          ...w,
          staticPrefixTokens: w.staticPrefixTokens + Math.floor((w.inputTokens - w.staticPrefixTokens) * more),
        };
        const betterHits = { ...w, cacheHitRate: w.cacheHitRate + (1 - w.cacheHitRate) * more };
        const base = total(model, w).taskTotal;
        return atMost(total(model, longerPrefix).taskTotal, base) && atMost(total(model, betterHits).taskTotal, base);
      }),
      { numRuns: 1_000 },
    );
  });

  it('is linear in tasksPerMonth', () => {
    fc.assert(
      fc.property(modelArb, workloadArb, fc.double({ min: 0, max: 1e6, noNaN: true }), (model, w, tasks) => {
        const one = total(model, { ...w, tasksPerMonth: 1 });
        const many = total(model, { ...w, tasksPerMonth: tasks });
        return (
          Math.abs(many.monthTotal - one.taskTotal * tasks) <= 1e-9 * Math.max(1, many.monthTotal) &&
          many.taskTotal === one.taskTotal
        );
      }),
      { numRuns: 1_000 },
    );
  });

  it('is never dearer through the batch API', () => {
    fc.assert(
      fc.property(modelArb, workloadArb, (model, w) => {
        const batch = estimateCost(model, { ...w, serviceTier: 'batch' }, { date: dayFor(model) });
        // Where the batch API is not sold, it is not offered (never priced at the standard rate).
        if (batch.status !== 'priced') return batch.status === 'not-offered' && batch.reason === 'tier-not-offered';
        return atMost(batch.taskTotal, total(model, { ...w, serviceTier: 'standard' }).taskTotal);
      }),
      { numRuns: 1_000 },
    );
  });

  it('prices a tier at its own rates or reports it not offered, never at the standard price', () => {
    fc.assert(
      fc.property(
        modelArb,
        workloadArb,
        fc.constantFrom<'batch' | 'flex' | 'priority'>('batch', 'flex', 'priority'),
        (model, w, tier) => {
          const day = dayFor(model);
          const e = estimateCost(model, { ...w, serviceTier: tier }, { date: day });
          const period = priceAt(model, day)!;
          const sold = tier === 'batch' ? period.batchDiscount !== undefined : period.serviceTiers?.[tier] !== undefined;
          if (!sold) return e.status === 'not-offered' && e.reason === 'tier-not-offered' && e.serviceTier === tier;
          return e.status === 'priced' && e.serviceTier === tier && e.seller === model.vendor;
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('adds up: the total is the sum of its lines, and the lines of its requests', () => {
    fc.assert(
      fc.property(modelArb, workloadArb, (model, w) => {
        const e = total(model, w);
        const sum = e.lines.reduce((s, l) => s + l.usd, 0);
        const prompt = e.requests.reduce((s, r) => s + r.prompt, 0);
        const lineTokens = e.lines
          .filter((l) => ['uncachedInput', 'cachedInput', 'cacheWrites'].includes(l.component))
          .reduce((s, l) => s + l.quantity, 0);
        return Math.abs(sum - e.taskTotal) < 1e-12 && Math.abs(prompt - lineTokens) <= 1e-6 * Math.max(1, prompt);
      }),
      { numRuns: 1_000 },
    );
  });
});
