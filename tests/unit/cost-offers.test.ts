// The cost engine prices the chosen seller's offer at the workload's service tier, with its request fees; never another tier or seller's price.
import { describe, expect, it } from 'vitest';
import type { RequestFee } from '../../pricing-data/schema';
import { findModel } from '../../utils/catalog';
import { estimateCost, offerOf, requestFeesAt, type CostEstimate, type PricedEstimate } from '../../utils/cost';
import { testCatalog } from '../fixtures/test-catalog';
import { workloadOf } from '../fixtures/workload';

const zero = workloadOf();
const million = { ...zero, inputTokens: 1_000_000 };
const millionOut = { ...zero, outputTokens: 1_000_000 };
const date = '2026-01-15';

const model = (id: string) => findModel(testCatalog, id)!;
function priced(estimate: CostEstimate): PricedEstimate {
  if (estimate.status !== 'priced') throw new Error(`expected a price, got ${JSON.stringify(estimate)}`);
  return estimate;
}

describe('service tiers', () => {
  it.each([
    ['standard', 1.75, 14],
    ['flex', 0.875, 7],
    ['priority', 3.5, 28],
    ['batch', 0.875, 7],
  ] as const)('prices GPT-5.2 rates at %s as $%s input and $%s output per 1M tokens', (serviceTier, input, output) => {
    const inEstimate = priced(estimateCost(model('acme-5.2'), { ...million, serviceTier }, { date }));
    const outEstimate = priced(estimateCost(model('acme-5.2'), { ...millionOut, serviceTier }, { date }));
    expect(inEstimate.taskTotal).toBeCloseTo(input, 12);
    expect(outEstimate.taskTotal).toBeCloseTo(output, 12);
    expect(inEstimate).toMatchObject({ serviceTier, seller: 'acme' });
  });

  it('prices cached input at the tier’s cached rate', () => {
    const w = {
      ...zero,
      inputTokens: 1_000_000,
      staticPrefixTokens: 1_000_000,
      cacheHitRate: 1,
      serviceTier: 'priority' as const,
    };
    expect(priced(estimateCost(model('acme-5.2'), w, { date })).taskTotal).toBeCloseTo(0.35, 12);
  });

  it('reports a tier the offer does not sell as not offered, never at the standard price', () => {
    for (const serviceTier of ['flex', 'priority'] as const) {
      expect(estimateCost(model('acme-5.1'), { ...million, serviceTier }, { date })).toEqual({
        status: 'not-offered',
        modelId: 'acme-5.1',
        date,
        reason: 'tier-not-offered',
        seller: 'acme',
        serviceTier,
      });
    }
  });
});

describe('sellers', () => {
  it("prices the creator's own offer by default and when the creator is named", () => {
    const own = priced(estimateCost(model('acme-5.2'), million, { date }));
    expect(own).toMatchObject({ seller: 'acme', taskTotal: 1.75 });
    expect(priced(estimateCost(model('acme-5.2'), million, { date, seller: 'acme' })).taskTotal).toBe(own.taskTotal);
  });

  it("prices a seller's offer, its global one unless a region is named", () => {
    expect(priced(estimateCost(model('acme-5.2'), million, { date, seller: 'cloudy' }))).toMatchObject({
      seller: 'cloudy',
      region: 'global',
      taskTotal: 1.75,
    });
    const regional = priced(estimateCost(model('acme-5.2'), million, { date, seller: 'cloudy', region: 'regional' }));
    expect(regional).toMatchObject({ seller: 'cloudy', region: 'regional' });
    expect(regional.taskTotal).toBeCloseTo(1.925, 12);
  });

  it("uses the seller's fees: a tool the seller does not sell is unavailable, not the creator's fee", () => {
    const w = { ...million, webSearches: 1 };
    const own = priced(estimateCost(model('acme-5.2'), w, { date }));
    const cloud = priced(estimateCost(model('acme-5.2'), w, { date, seller: 'cloudy' }));
    expect(own.lines.find((l) => l.component === 'webSearch')).toMatchObject({ status: 'priced', usd: 0.01 });
    expect(cloud.lines.find((l) => l.component === 'webSearch')).toMatchObject({ status: 'unavailable', usd: 0 });
    expect(cloud.complete).toBe(false);
  });

  it("reports a tier the seller's offer does not sell, naming the seller and region", () => {
    expect(estimateCost(model('acme-5.2'), { ...million, serviceTier: 'priority' }, { date, seller: 'cloudy' })).toMatchObject({
      status: 'not-offered',
      reason: 'tier-not-offered',
      seller: 'cloudy',
      region: 'global',
      serviceTier: 'priority',
    });
    // Batch is sold on the global offer only.
    expect(estimateCost(model('acme-5.2'), { ...million, serviceTier: 'batch' }, { date, seller: 'cloudy' }).status).toBe(
      'priced',
    );
    expect(
      estimateCost(model('acme-5.2'), { ...million, serviceTier: 'batch' }, { date, seller: 'cloudy', region: 'regional' })
        .status,
    ).toBe('not-offered');
  });

  it('reports a seller or region that does not sell the model as not offered', () => {
    expect(estimateCost(model('acme-5.2'), million, { date, seller: 'nobody' })).toMatchObject({
      status: 'not-offered',
      reason: 'no-offer',
      seller: 'nobody',
    });
    expect(estimateCost(model('acme-5.2'), million, { date, seller: 'cloudy', region: 'eu' })).toMatchObject({
      status: 'not-offered',
      reason: 'no-offer',
      region: 'eu',
    });
    expect(estimateCost(model('acme-o3'), million, { date, seller: 'cloudy' }).status).toBe('not-offered');
  });

  it("has no price before the seller's first period", () => {
    expect(estimateCost(model('acme-5.2'), million, { date: '2025-12-20', seller: 'cloudy' })).toMatchObject({
      status: 'unknown',
      reason: 'no-price-on-date',
      seller: 'cloudy',
    });
  });

  it('picks the offer by seller and region', () => {
    expect(offerOf(model('acme-5.2'))).toMatchObject({ seller: 'acme', firstParty: true });
    expect(offerOf(model('acme-5.2'), { seller: 'cloudy', region: 'regional' })).toMatchObject({
      seller: 'cloudy',
      region: 'regional',
    });
    expect(offerOf(model('acme-5.2'), { region: 'eu' })).toBeUndefined();
  });
});

describe('request fees', () => {
  const agent = { ...zero, inputTokens: 1_000, toolCalls: 2 };

  it('bills every request of the task, at the cheapest option unless the workload names one', () => {
    const low = priced(estimateCost(model('acme-plain'), agent, { date, seller: 'searchy' }));
    expect(low.lines.find((l) => l.component === 'requestFees')).toMatchObject({
      quantity: 3,
      unit: 'request',
      status: 'priced',
    });
    expect(low.lines.find((l) => l.component === 'requestFees')!.usd).toBeCloseTo((3 * 5) / 1000, 12);
    const high = priced(estimateCost(model('acme-plain'), { ...agent, searchContext: 'high' }, { date, seller: 'searchy' }));
    expect(high.lines.find((l) => l.component === 'requestFees')!.usd).toBeCloseTo((3 * 12) / 1000, 12);
    expect(high.taskTotal - low.taskTotal).toBeCloseTo((3 * 7) / 1000, 12);
  });

  it('adds no request line where the seller has no request fee', () => {
    const e = priced(estimateCost(model('acme-plain'), agent, { date }));
    expect(e.lines.some((l) => l.component === 'requestFees')).toBe(false);
  });

  it('chooses among fees in force on the day', () => {
    const source = { url: 'https://example.com', checked: '2026-01-01' };
    const fees: RequestFee[] = [
      { name: 'old low', usd: 4, per: 1000, option: 'low', from: '2024-01-01', to: '2025-01-01', source },
      { name: 'low', usd: 5, per: 1000, option: 'low', from: '2025-01-01', source },
      { name: 'high', usd: 1, per: 100, option: 'high', from: '2025-01-01', source },
      { name: 'base', usd: 1, per: 1000, from: '2025-01-01', source },
    ];
    expect(requestFeesAt(fees, '2025-06-01', undefined).map((f) => f.name)).toEqual(['base', 'low']);
    expect(requestFeesAt(fees, '2025-06-01', 'high').map((f) => f.name)).toEqual(['base', 'high']);
    expect(requestFeesAt(fees, '2024-06-01', undefined).map((f) => f.name)).toEqual(['old low']);
    expect(requestFeesAt(fees, '2025-06-01', 'medium').map((f) => f.name)).toEqual(['base']);
  });
});

describe('the real catalog', () => {
  it('prices GPT-5.2 at Priority as $3.50 input and $28 output per 1M tokens', async () => {
    const { catalog } = await import('../../pricing-data/index');
    const gpt = findModel(catalog, 'gpt-5.2')!;
    const day = '2026-11-30';
    expect(priced(estimateCost(gpt, { ...million, serviceTier: 'priority' }, { date: day })).taskTotal).toBeCloseTo(3.5, 12);
    expect(priced(estimateCost(gpt, { ...millionOut, serviceTier: 'priority' }, { date: day })).taskTotal).toBeCloseTo(28, 12);
    expect(priced(estimateCost(gpt, { ...million, serviceTier: 'standard' }, { date: day })).taskTotal).toBeCloseTo(1.75, 12);
  });
});
