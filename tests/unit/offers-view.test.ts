// Where offers show: the seller of a page, the offer a tag there shows, and a model's offers cheapest first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findModel } from '../../utils/catalog';
import { priceModels } from '../../utils/compare';
import { createTranslator } from '../../utils/i18n';
import { describeForTag, type TagViewOptions } from '../../utils/tag-view';
import { cheapestOffer, offerShownOn, offersOf, rankOffers, sellerOfPage } from '../../utils/offers';
import { testCatalog } from '../fixtures/test-catalog';
import { workloadOf } from '../fixtures/workload';

const model = (id: string) => findModel(testCatalog, id)!;
const date = '2026-01-15';
const task = workloadOf({ inputTokens: 10_000, outputTokens: 500 });

describe('sellerOfPage', () => {
  it.each([
    ['https://cloudy.example/pricing', 'cloudy'],
    ['https://cloudy.example/pricing/models?x=1', 'cloudy'],
    ['https://docs.cloudy.example/models/acme', 'cloudy'],
    ['https://cloudy.example/blog', undefined],
    ['https://searchy.example/pricing', undefined],
    ['not a url', undefined],
  ])('%s is a page of %s', (url, seller) => {
    expect(sellerOfPage(testCatalog, url)).toBe(seller);
  });
});

describe('offerShownOn', () => {
  it("shows the page seller's offer (its global one), else the creator's", () => {
    expect(offerShownOn(model('acme-5.2'), 'cloudy')).toEqual({ seller: 'cloudy', region: 'global' });
    expect(offerShownOn(model('acme-o3'), 'cloudy')).toEqual({ seller: 'acme' });
    expect(offerShownOn(model('acme-5.2'), undefined)).toEqual({ seller: 'acme' });
  });
});

describe('rankOffers and cheapestOffer', () => {
  it('lists every offer, the creator first', () => {
    expect(offersOf(model('acme-5.2'))).toEqual([
      { seller: 'acme' },
      { seller: 'cloudy', region: 'global' },
      { seller: 'cloudy', region: 'regional' },
    ]);
    expect(offersOf(model('acme-plain'))).toEqual([{ seller: 'acme' }, { seller: 'searchy' }]);
  });

  it('ranks cheapest first, and a tier an offer does not sell last', () => {
    expect(rankOffers(model('acme-5.2'), task, date).map((o) => [o.seller, o.region, o.estimate.status])).toEqual([
      ['acme', undefined, 'priced'],
      ['cloudy', 'global', 'priced'],
      ['cloudy', 'regional', 'priced'],
    ]);
    const priority = rankOffers(model('acme-5.2'), { ...task, serviceTier: 'priority' }, date);
    expect(priority.map((o) => [o.seller, o.estimate.status])).toEqual([
      ['acme', 'priced'],
      ['cloudy', 'not-offered'],
      ['cloudy', 'not-offered'],
    ]);
  });

  it('does not call an estimate that leaves out a tool the cheapest', () => {
    const ranked = rankOffers(model('acme-5.2'), { ...task, webSearches: 5 }, date);
    expect(ranked[0]).toMatchObject({ seller: 'acme', estimate: { complete: true } });
    expect(cheapestOffer(model('acme-5.2'), { ...task, webSearches: 5 }, date)?.seller).toBe('acme');
  });

  it('finds the cheapest way to run a model, and none when nothing is priced', () => {
    expect(cheapestOffer(model('acme-plain'), task, date)).toMatchObject({ seller: 'acme' });
    expect(cheapestOffer(model('acme-plain'), { ...task, outputTokens: 100_000 }, date)).toMatchObject({ seller: 'searchy' });
    expect(cheapestOffer(model('acme-unpriced'), task, date)).toBeUndefined();
  });

  it('always orders complete estimates by task cost', () => {
    const workload = fc.record({
      inputTokens: fc.integer({ min: 0, max: 300_000 }),
      outputTokens: fc.integer({ min: 0, max: 300_000 }),
      serviceTier: fc.constantFrom('standard', 'batch', 'flex', 'priority' as const),
    });
    fc.assert(
      fc.property(fc.constantFrom('acme-5.2', 'acme-plain'), workload, (id, w) => {
        const ranked = rankOffers(model(id), { ...task, ...w }, date);
        const costs = ranked.flatMap((o) =>
          o.estimate.status === 'priced' && o.estimate.complete ? [o.estimate.taskTotal] : [],
        );
        return costs.every((c, i) => i === 0 || costs[i - 1]! <= c) && ranked.length === offersOf(model(id)).length;
      }),
      { numRuns: 300 },
    );
  });
});

describe('the tag view on a seller’s page', () => {
  const options: TagViewOptions = {
    date,
    preset: { id: 'task', name: 'Task', description: '', workload: task },
    presetName: 'Task',
    tagDisplay: 'prices',
    currency: { code: 'USD', perUsd: 1 },
    rateUnit: 'per-million',
    locale: 'en',
    t: createTranslator('en'),
  };
  const view = (id: string, pageUrl?: string) => {
    const v = describeForTag(testCatalog, id, true, {
      ...options,
      pageSeller: pageUrl === undefined ? undefined : sellerOfPage(testCatalog, pageUrl),
    });
    if (!v.known) throw new Error(`${id} is not known`);
    return v;
  };

  it("shows the page seller's offer and names it (data-seller), else the creator's", () => {
    const onCloudy = view('acme-5.2', 'https://cloudy.example/pricing');
    expect(onCloudy).toMatchObject({ seller: 'cloudy', region: 'global', label: '$1.75 / $14.00' });
    expect(onCloudy.vsPredecessor).toBeUndefined();
    expect(view('acme-5.2')).toMatchObject({ seller: 'acme' });
    expect(view('acme-5.2').vsPredecessor).toBeDefined();
    // A model the page's seller does not sell shows its creator's price.
    expect(view('acme-o3', 'https://cloudy.example/pricing')).toMatchObject({ seller: 'acme', label: '$2.00 / $8.00' });
  });

  it("prices the preset at the seller's offer, with the seller's fees", () => {
    const onSearchy = describeForTag(testCatalog, 'acme-plain', true, {
      ...options,
      pageSeller: 'searchy',
      tagDisplay: 'preset-cost',
    });
    const own = describeForTag(testCatalog, 'acme-plain', true, { ...options, tagDisplay: 'preset-cost' });
    expect(onSearchy.known && onSearchy.seller).toBe('searchy');
    expect(onSearchy.known && onSearchy.preset?.lines.map((l) => l.label)).toContain('Request fees');
    expect(own.known && own.preset?.lines.map((l) => l.label)).not.toContain('Request fees');
  });
});

describe('compare rows switched to an offer', () => {
  it("prices a row at the chosen seller's offer, and a seller that does not sell the model as not offered", () => {
    const rows = priceModels(testCatalog, ['acme-5.2', 'acme-o3', 'acme-plain'], task, date, {
      'acme-5.2': { seller: 'cloudy', region: 'regional' },
      'acme-o3': { seller: 'cloudy' },
    });
    expect(rows.map((r) => [r.model.id, r.offer, r.estimate.status])).toEqual([
      ['acme-5.2', { seller: 'cloudy', region: 'regional' }, 'priced'],
      ['acme-o3', { seller: 'cloudy' }, 'not-offered'],
      ['acme-plain', { seller: 'acme' }, 'priced'],
    ]);
    const regional = rows[0]!.estimate;
    expect(regional.status === 'priced' && regional.taskTotal).toBeCloseTo((10_000 * 1.925 + 500 * 15.4) / 1e6, 12);
    expect(rows[1]!.estimate).toMatchObject({ reason: 'no-offer', seller: 'cloudy' });
  });
});
