// Vendor- and seller-wide terms: stated once, applied to every model's periods, changing no day's price.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import type { PricePeriod, SellerInput, VendorInput } from '../../pricing-data/schema';
import { applyTerms } from '../../pricing-data/terms';
import { assembleCatalog, buildCatalog } from '../../pricing-data/validate';
import { priceAt } from '../../utils/catalog';
import before from '../fixtures/effective-prices.before-terms.json';
import { effectivePrices, type PriceSegment } from '../fixtures/effective-prices';

const source = { url: 'https://example.com/pricing', checked: '2026-11-27' };
const termsSource = { url: 'https://example.com/batch', checked: '2026-11-27' };
const period = (from: string, input: number, extra: Partial<PricePeriod> = {}): PricePeriod => ({
  from,
  input,
  output: input * 4,
  status: 'applied',
  source,
  ...extra,
});

/** The day before `day` (`YYYY-MM-DD`). */
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('the real catalog after moving batch and cache terms to the vendors', () => {
  // Service tiers were added to the data after the fixture was written (a separate change); the
  // terms refactor is checked on every other rate.
  const after = effectivePrices(catalog, ['serviceTiers']);

  it('charges what it charged before on every day, for every model', () => {
    // The fixture was written from the catalog before the refactor (see its commit).
    for (const [id, segments] of Object.entries(before as Record<string, PriceSegment[]>)) {
      expect(after[id], id).toEqual(segments);
    }
    // Models added since the fixture was written: the Gemini and GPT-4 Turbo previews (once aliases
    // of their GA models), and other helpers' new models; none of the fixture's is gone.
    const added = Object.keys(after).filter((id) => !(id in before));
    expect(added).toEqual(
      expect.arrayContaining([
        'gemini-2.0-flash-lite-preview',
        'gemini-2.5-flash-lite-preview',
        'gemini-2.5-pro-preview',
        'gemini-3.1-flash-lite-preview',
        'gpt-4-turbo-preview',
      ]),
    );
    expect(Object.keys(before).filter((id) => !(id in after))).toEqual([]);
  });

  it('prices each segment by priceAt on its first day, its last day and the day before it', () => {
    for (const model of catalog.models) {
      for (const segment of after[model.id]!) {
        const strip = (p: PricePeriod | undefined) =>
          p &&
          effectivePrices({ ...catalog, models: [{ ...model, retired: undefined, prices: [{ ...p, to: undefined }] }] }, [
            'serviceTiers',
          ])[model.id]![0]!.rates;
        expect(strip(priceAt(model, segment.from)), `${model.id} ${segment.from}`).toEqual(segment.rates);
        if (segment.to) expect(strip(priceAt(model, dayBefore(segment.to))), `${model.id} ${segment.to}`).toEqual(segment.rates);
      }
    }
  });

  it('has fewer periods in the data files than the catalog assembles from them', () => {
    const written = catalog.vendors.reduce((n, v) => n + v.models.reduce((m, model) => m + model.prices.length, 0), 0);
    const assembled = catalog.models.reduce((n, model) => n + model.prices.length, 0);
    expect(written).toBeLessThan(assembled);
  });
});

describe('applyTerms', () => {
  const batch = { from: '2025-07-07', batchDiscount: 0.5, source: termsSource };
  const cache = { from: '2025-10-31', cachedInputRatio: 0.1, source: termsSource };

  it('cuts a period where terms begin and fills what the period does not state', () => {
    const out = applyTerms([period('2025-01-01', 0.3)], [batch, cache], 'm');
    expect(out.map((p) => [p.from, p.to, p.batchDiscount, p.cachedInput])).toEqual([
      ['2025-01-01', '2025-07-07', undefined, undefined],
      ['2025-07-07', '2025-10-31', 0.5, undefined],
      ['2025-10-31', undefined, 0.5, 0.03],
    ]);
    expect(out[2]!.termSources).toEqual([termsSource]);
    expect(out[0]!.termSources).toBeUndefined();
  });

  it("keeps a period's own values and does not cut where the terms change nothing", () => {
    const own = period('2025-01-01', 1, { batchDiscount: 0.25, cachedInput: 0.5 });
    expect(applyTerms([own], [batch, cache], 'm')).toEqual([own]);
  });

  it('ends with the terms: a period after `to` is left as written', () => {
    const out = applyTerms([period('2025-01-01', 1, { to: '2025-12-01' })], [{ ...batch, to: '2025-08-01' }], 'm');
    expect(out.map((p) => [p.from, p.to, p.batchDiscount])).toEqual([
      ['2025-01-01', '2025-07-07', undefined],
      ['2025-07-07', '2025-08-01', 0.5],
      ['2025-08-01', '2025-12-01', undefined],
    ]);
  });

  it('applies only to the models named, or to all but the excepted', () => {
    expect(applyTerms([period('2025-08-01', 1)], [{ ...batch, models: ['other'] }], 'm')[0]!.batchDiscount).toBeUndefined();
    expect(applyTerms([period('2025-08-01', 1)], [{ ...batch, except: ['m'] }], 'm')[0]!.batchDiscount).toBeUndefined();
    expect(applyTerms([period('2025-08-01', 1)], [{ ...batch, except: ['other'] }], 'm')[0]!.batchDiscount).toBe(0.5);
  });

  it('derives cache writes from input (Anthropic: 1.25× for 5 minutes, 2× for an hour)', () => {
    const out = applyTerms(
      [period('2025-06-01', 3)],
      [{ from: '2025-05-22', cacheWrite5mRatio: 1.25, cacheWrite1hRatio: 2, source }],
      'm',
    );
    expect(out[0]).toMatchObject({ cacheWrite5m: 3.75, cacheWrite1h: 6 });
  });
});

describe('terms in the catalog', () => {
  const vendor = (terms: VendorInput['terms']): VendorInput => ({
    id: 'v',
    name: 'V',
    pricingUrl: 'https://example.com/pricing',
    terms,
    models: [{ id: 'm', name: 'M 1', reasoning: false, prices: [period('2025-01-01', 1)] }],
  });

  it('applies vendor terms to models and seller terms to offers', () => {
    const seller: SellerInput = {
      id: 'host',
      name: 'Host',
      kind: 'host',
      pricingUrl: 'https://host.example/pricing',
      terms: [{ from: '2025-01-01', batchDiscount: 0.4, source }],
      offers: [{ model: 'm', prices: [period('2025-03-01', 2)] }],
    };
    const built = buildCatalog([vendor([{ from: '2025-06-01', batchDiscount: 0.5, source }])], [seller]);
    const model = built.models[0]!;
    expect(model.prices.map((p) => p.batchDiscount)).toEqual([undefined, 0.5]);
    expect(model.offers[0]!.prices[0]!.batchDiscount).toBe(0.4);
  });

  it('refuses terms naming an unknown model, two terms setting one field on one day, and empty terms', () => {
    const { problems } = assembleCatalog([
      vendor([
        { from: '2025-01-01', batchDiscount: 0.5, models: ['nope'], source },
        { from: '2025-01-01', batchDiscount: 0.5, source },
        { from: '2025-03-01', batchDiscount: 0.4, source },
      ]),
    ]);
    const text = problems.map((p) => `${p.path}: ${p.message}`).join('\n');
    expect(text).toContain('v.terms[0]: unknown model nope');
    expect(text).toContain('v.terms[2]: sets batchDiscount for the same models and days as terms[1]');
    const empty = assembleCatalog([vendor([{ from: '2025-01-01', source }])]).problems;
    expect(empty[0]!.message).toContain('at least one of batchDiscount');
  });
});
