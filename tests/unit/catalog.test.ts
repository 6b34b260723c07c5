// Catalog look-ups, prices at a date and price changes, on the hand-made test catalog.
import { describe, expect, it } from 'vitest';
import {
  compareWithPredecessor,
  dayBefore,
  daysBetween,
  earliestPriceDay,
  missingPrice,
  priceStanding,
  findModel,
  latestChange,
  lastKnownPriceAt,
  lineage,
  lineageHistory,
  modelHistory,
  percentChange,
  priceAt,
  searchModels,
  toIsoDay,
} from '../../utils/catalog';
import { testCatalog } from '../fixtures/test-catalog';

const model = (id: string) => findModel(testCatalog, id)!;

describe('findModel', () => {
  it.each([
    ['acme-5.2', 'acme-5.2'],
    ['ACME-5.2', 'acme-5.2'],
    ['  acme-5.2-2025-12-11 ', 'acme-5.2'],
    ['Acme-5.2-2025-12-11', 'acme-5.2'],
    ['acme-o3', 'acme-o3'],
  ])('finds %j as %s', (spelling, id) => {
    expect(findModel(testCatalog, spelling)?.id).toBe(id);
  });

  it.each(['acme-5.3', '', 'acme', 'acme 5.2'])('finds nothing for %j', (spelling) => {
    expect(findModel(testCatalog, spelling)).toBeUndefined();
  });
});

describe('priceAt', () => {
  it.each([
    ['2025-04-15', undefined],
    ['2025-04-16', 10],
    ['2025-06-09', 10],
    ['2025-06-10', 2],
    ['2030-01-01', 2],
  ])('o3 on %s costs %s per 1M input tokens', (day, input) => {
    expect(priceAt(model('acme-o3'), day)?.input).toBe(input);
  });

  it('accepts a Date and uses its UTC day', () => {
    expect(priceAt(model('acme-o3'), new Date('2025-06-09T23:59:59Z'))?.input).toBe(10);
    expect(toIsoDay(new Date('2025-06-10T00:00:00Z'))).toBe('2025-06-10');
  });

  it('rejects malformed days', () => {
    expect(() => priceAt(model('acme-o3'), '2025-6-10')).toThrow(/YYYY-MM-DD/);
    expect(() => toIsoDay('2025-02-30x')).toThrow(RangeError);
  });

  it('has no price for a retired model after it was retired, but remembers its last one', () => {
    expect(priceAt(model('acme-retired'), '2025-07-13')?.input).toBe(75);
    expect(priceAt(model('acme-retired'), '2025-07-14')).toBeUndefined();
    expect(lastKnownPriceAt(model('acme-retired'), '2026-01-01')?.input).toBe(75);
  });

  it('knows no price for a model without periods', () => {
    expect(priceAt(model('acme-unpriced'), '2026-01-01')).toBeUndefined();
    expect(lastKnownPriceAt(model('acme-unpriced'), '2026-01-01')).toBeUndefined();
  });
});

describe('price changes', () => {
  it('computes percent changes, rounding float noise away', () => {
    expect(percentChange(1.25, 1.75)).toBe(40);
    expect(percentChange(10, 2)).toBe(-80);
    expect(percentChange(0.125, 0.175)).toBe(40);
    expect(percentChange(0, 1)).toBeUndefined();
    expect(percentChange(undefined, 1)).toBeUndefined();
  });

  it("tells o3's cut per component", () => {
    const history = modelHistory(model('acme-o3'));
    expect(history).toHaveLength(2);
    expect(history[0]!.change).toBeUndefined();
    expect(history[1]!.change).toEqual({ input: -80, output: -80, cachedInput: -80, reasoning: -80 });
    expect(latestChange(model('acme-o3'), '2026-01-01')?.period.from).toBe('2025-06-10');
    expect(latestChange(model('acme-o3'), '2025-06-01')).toBeUndefined();
  });

  it('follows a lineage oldest first', () => {
    expect(lineage(testCatalog, model('acme-5.2')).map((m) => m.id)).toEqual(['acme-5', 'acme-5.1', 'acme-5.2']);
    expect(lineage(testCatalog, model('acme-o3')).map((m) => m.id)).toEqual(['acme-o3']);
  });

  it('answers "5.2 vs 5.1: +40% input, +40% output" in one call', () => {
    const comparison = compareWithPredecessor(testCatalog, model('acme-5.2'), '2026-01-01');
    expect(comparison?.predecessor.id).toBe('acme-5.1');
    expect(comparison?.change).toEqual({ input: 40, output: 40, cachedInput: 40, reasoning: 40 });
    expect(compareWithPredecessor(testCatalog, model('acme-5'), '2026-01-01')).toBeUndefined();
    expect(compareWithPredecessor(testCatalog, model('acme-5.2'), '2025-01-01')).toBeUndefined();
  });

  it('compares each successor with its predecessor across the lineage history', () => {
    const history = lineageHistory(testCatalog, model('acme-5.2'));
    expect(history.map((e) => [e.model.id, e.previous?.model.id, e.change?.input])).toEqual([
      ['acme-5', undefined, undefined],
      ['acme-5.1', 'acme-5', 0],
      ['acme-5.2', 'acme-5.1', 40],
    ]);
  });
});

describe('searchModels', () => {
  it.each([
    ['acme 5.2', ['acme-5.2']],
    ['ACME-5-2', ['acme-5.2']],
    ['acme5.2', ['acme-5.2']],
    ['5.2-2025', ['acme-5.2']],
    ['o3', ['acme-o3']],
  ])('finds %j', (query, ids) => {
    expect(searchModels(testCatalog, query).map((m) => m.id)).toEqual(ids);
  });

  it('ranks an exact spelling first, then prefixes, then the newest', () => {
    expect(
      searchModels(testCatalog, 'acme-5')
        .map((m) => m.id)
        .slice(0, 3),
    ).toEqual(['acme-5', 'acme-5.2', 'acme-5.1']);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchModels(testCatalog, '  ')).toEqual([]);
    expect(searchModels(testCatalog, 'acme', 2)).toHaveLength(2);
  });
});

describe('priceStanding and missingPrice: one list of reasons', () => {
  it('tells a promotion, with its last day and the price that follows', () => {
    const standing = priceStanding(model('beta-flash'), '2026-01-01');
    expect(standing).toMatchObject({ kind: 'promotional', lastDay: '2026-01-31', then: { input: 1.5, output: 7.5 } });
    expect(priceStanding(model('beta-long-promo'), '2026-01-01')).toMatchObject({ kind: 'promotional', then: undefined });
  });

  it('tells an ended price from one not yet priced, never priced, or retired', () => {
    expect(priceStanding(model('beta-sol'), '2026-01-01')).toMatchObject({
      kind: 'ended',
      lastDay: '2025-11-20',
      last: { input: 4 },
    });
    expect(missingPrice(model('beta-sol'), '2026-01-01')).toBe('ended');
    expect(missingPrice(model('beta-sol'), '2025-01-01')).toBe('not-yet');
    expect(priceStanding(model('beta-sol'), '2025-01-01')).toMatchObject({ kind: 'not-yet', first: { from: '2025-06-01' } });
    expect(missingPrice(model('acme-unpriced'), '2026-01-01')).toBe('unpriced');
    expect(priceStanding(model('acme-retired'), '2026-01-01')).toMatchObject({
      kind: 'retired',
      on: '2025-07-14',
      last: { input: 75 },
    });
    expect(priceStanding(model('acme-5.2'), '2026-01-01').kind).toBe('regular');
    expect(missingPrice(model('acme-5.2'), '2026-01-01')).toBeUndefined();
  });

  it('counts days across months and years', () => {
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(daysBetween('2026-11-30', '2027-01-01')).toBe(32);
    expect(daysBetween('2027-01-01', '2026-11-30')).toBe(-32);
  });

  it('starts the "prices as of" range at the first price the catalog has', () => {
    expect(earliestPriceDay(testCatalog)).toBe('2024-01-01');
  });
});
