// The cost engine against hand-computed bills, including the worked example of docs/cost-model.md.
import { describe, expect, it } from 'vitest';
import { estimateCost, type CostEstimate, type PricedEstimate } from '../../utils/cost';
import { findModel } from '../../utils/catalog';
import { testCatalog } from '../fixtures/test-catalog';
import { workedExample, workloadOf } from '../fixtures/workload';

const zero = workloadOf();

function model(id: string) {
  const found = findModel(testCatalog, id);
  if (!found) throw new Error(`no ${id} in the test catalog`);
  return found;
}

function priced(estimate: CostEstimate): PricedEstimate {
  if (estimate.status !== 'priced') throw new Error(`expected a priced estimate, got ${estimate.status}`);
  return estimate;
}

const line = (e: PricedEstimate, component: string) => e.lines.find((l) => l.component === component);

describe('estimateCost', () => {
  it('reproduces the worked example of docs/cost-model.md: $0.0868425 per task', () => {
    const e = priced(estimateCost(model('acme-5.2'), workedExample, { date: '2026-01-01' }));
    expect(e.requests.map((r) => r.prompt)).toEqual([10_000, 11_100, 12_200]);
    expect(e.requests.map((r) => r.cached)).toEqual([0, 10_000, 11_100]);
    expect(line(e, 'uncachedInput')).toMatchObject({ quantity: 12_200, status: 'priced' });
    expect(line(e, 'uncachedInput')!.usd).toBeCloseTo(0.02135, 12);
    expect(line(e, 'cachedInput')).toMatchObject({ quantity: 21_100 });
    expect(line(e, 'cachedInput')!.usd).toBeCloseTo(0.0036925, 12);
    expect(line(e, 'output')!.quantity).toBe(700);
    expect(line(e, 'reasoning')!.quantity).toBeCloseTo(3_000, 9);
    expect(line(e, 'output')!.usd + line(e, 'reasoning')!.usd).toBeCloseTo(0.0518, 12);
    expect(line(e, 'webSearch')).toMatchObject({ quantity: 1, unit: 'call', status: 'priced' });
    expect(line(e, 'webSearch')!.usd).toBeCloseTo(0.01, 12);
    expect(line(e, 'cacheWrites')).toBeUndefined();
    expect(e.taskTotal).toBeCloseTo(0.0868425, 12);
    expect(e.monthTotal).toBeCloseTo(86.8425, 9);
    expect(e.complete).toBe(true);
  });

  it('bills Anthropic-style cache writes for the missed static prefix of a one-request task', () => {
    const chat = { ...zero, inputTokens: 3_000, staticPrefixTokens: 1_200, cacheHitRate: 0.8, outputTokens: 400 };
    const e = priced(estimateCost(model('acme-cache'), chat, { date: '2026-01-01' }));
    // C0 = 0.8·1200 = 960 read; W0 = 0.2·1200 = 240 rewritten; 1800 plain input.
    expect(e.requests[0]).toMatchObject({ prompt: 3_000, cached: 960, cacheWrites: 240 });
    expect(line(e, 'uncachedInput')!.quantity).toBeCloseTo(1_800, 9);
    expect(line(e, 'cacheWrites')!.quantity).toBeCloseTo(240, 9);
    // 1800·3 + 960·0.3 + 240·3.75 + 400·15 = 12,588 USD per 1M tokens
    expect(e.taskTotal).toBeCloseTo(0.012588, 12);
  });

  it('writes the growing context of an agent loop to the cache, except after the last request', () => {
    const agent = {
      ...zero,
      inputTokens: 10_000,
      cacheHitRate: 1,
      toolCalls: 2,
      toolCallTokens: 100,
      toolResultTokens: 1_000,
      outputTokens: 500,
    };
    const e = priced(estimateCost(model('acme-cache'), agent, { date: '2026-01-01' }));
    expect(e.requests.map((r) => r.cacheWrites)).toEqual([10_000, 1_100, 0]);
    // uncached 1100·3 + cached 21100·0.3 + writes 11100·3.75 + output 700·15
    expect(e.taskTotal).toBeCloseTo((3_300 + 6_330 + 41_625 + 10_500) / 1e6, 12);
  });

  it('prices a whole request at the long-context tier once its prompt exceeds the threshold', () => {
    const below = priced(
      estimateCost(model('acme-cache'), { ...zero, inputTokens: 200_000, outputTokens: 1_000 }, { date: '2026-01-01' }),
    );
    expect(below.taskTotal).toBeCloseTo(0.615, 12);
    expect(below.notices.some((n) => n.code === 'long-context-tier')).toBe(false);
    const above = priced(
      estimateCost(model('acme-cache'), { ...zero, inputTokens: 250_000, outputTokens: 1_000 }, { date: '2026-01-01' }),
    );
    expect(above.taskTotal).toBeCloseTo(1.5225, 12);
    expect(above.requests[0]!.tierAbove).toBe(200_000);
    expect(above.notices).toContainEqual({ code: 'long-context-tier', above: 200_000, basis: 'prompt', requests: 1 });
  });

  it('chooses a tier on total tokens when the tier is based on the total', () => {
    const e = priced(
      estimateCost(model('acme-plain'), { ...zero, inputTokens: 127_000, outputTokens: 2_000 }, { date: '2026-01-01' }),
    );
    expect(e.taskTotal).toBeCloseTo((127_000 * 2 + 2_000 * 4) / 1e6, 12);
  });

  it('bills cached tokens at the input rate, and says so, when the model has no cached rate', () => {
    const e = priced(
      estimateCost(
        model('acme-plain'),
        { ...zero, inputTokens: 2_000, staticPrefixTokens: 1_000, cacheHitRate: 0.5 },
        { date: '2026-01-01' },
      ),
    );
    expect(line(e, 'cachedInput')).toMatchObject({ quantity: 500, status: 'fallback' });
    expect(line(e, 'cachedInput')!.usd).toBeCloseTo(500 / 1e6, 12);
    expect(e.notices).toContainEqual({ code: 'cached-billed-as-input' });
  });

  it('bills cached tokens at the tier input rate when only the tier lacks a cached rate', () => {
    const e = priced(
      estimateCost(
        model('acme-plain'),
        { ...zero, inputTokens: 130_000, staticPrefixTokens: 10_000, cacheHitRate: 1 },
        { date: '2026-01-01' },
      ),
    );
    expect(line(e, 'cachedInput')!.usd).toBeCloseTo((10_000 * 2) / 1e6, 12);
    expect(e.notices).toContainEqual({ code: 'cached-billed-as-input' });
  });

  it('ignores reasoning tokens on a model that does not reason, and says so', () => {
    const e = priced(
      estimateCost(model('acme-plain'), { ...zero, inputTokens: 1_000, reasoningTokens: 5_000 }, { date: '2026-01-01' }),
    );
    expect(line(e, 'reasoning')).toMatchObject({ quantity: 0, usd: 0 });
    expect(e.notices).toContainEqual({ code: 'reasoning-not-supported', reasoningTokens: 5_000 });
  });

  it('bills visible output at the thinking rate only when the request reasons', () => {
    const thinking = priced(
      estimateCost(
        model('acme-thinking-preview'),
        { ...zero, inputTokens: 1_000, outputTokens: 500, reasoningTokens: 2_000 },
        { date: '2025-05-01' },
      ),
    );
    expect(thinking.taskTotal).toBeCloseTo((1_000 * 0.15 + 2_500 * 3.5) / 1e6, 12);
    expect(thinking.notices).toContainEqual({ code: 'output-rate-with-reasoning', rate: 3.5 });
    const plain = priced(
      estimateCost(model('acme-thinking-preview'), { ...zero, inputTokens: 1_000, outputTokens: 500 }, { date: '2025-05-01' }),
    );
    expect(plain.taskTotal).toBeCloseTo((1_000 * 0.15 + 500 * 0.6) / 1e6, 12);
  });

  it('applies the batch discount to tokens but not to tool fees', () => {
    const e = priced(estimateCost(model('acme-5.2'), { ...workedExample, serviceTier: 'batch' }, { date: '2026-01-01' }));
    expect(e.taskTotal).toBeCloseTo((0.0868425 - 0.01) / 2 + 0.01, 12);
    expect(e.notices).toContainEqual({ code: 'batch-discount', discount: 0.5 });
    expect(e.complete).toBe(true);
  });

  it('reports batch work on a model without a batch API as not offered, never at the standard rate', () => {
    const batch = estimateCost(model('acme-o3'), { ...zero, inputTokens: 1_000, serviceTier: 'batch' }, { date: '2026-01-01' });
    expect(batch).toEqual({
      status: 'not-offered',
      modelId: 'acme-o3',
      date: '2026-01-01',
      reason: 'tier-not-offered',
      seller: 'acme',
      serviceTier: 'batch',
    });
  });

  it('reports a tool the vendor does not offer for the model as unavailable, not as free', () => {
    const e = priced(estimateCost(model('acme-plain'), { ...zero, inputTokens: 1_000, fileSearches: 3 }, { date: '2026-01-01' }));
    expect(line(e, 'fileSearch')).toMatchObject({ status: 'unavailable', quantity: 3, usd: 0 });
    expect(e.notices).toContainEqual({ code: 'tool-unavailable', tool: 'fileSearch' });
    expect(e.complete).toBe(false);
  });

  it('bills hourly code sessions at their minimum and credits the free daily hours per month', () => {
    const w = { ...zero, tasksPerMonth: 3_000, codeSessions: 2 };
    const e = priced(estimateCost(model('acme-cache'), w, { date: '2026-01-01' }));
    expect(line(e, 'codeExecution')).toMatchObject({ unit: 'sessionHour', status: 'priced' });
    expect(line(e, 'codeExecution')!.quantity).toBeCloseTo((2 * 5) / 60, 12);
    expect(e.taskTotal).toBeCloseTo((0.05 * 10) / 60, 12);
    expect(e.monthTotal).toBeCloseTo(25, 9);
    // 50 free hours a day is more than 500 hours a month: all of it is free.
    expect(e.monthTotalAfterFreeAllowances).toBeCloseTo(0, 9);
    expect(e.notices).toContainEqual({ code: 'session-minimum', tool: 'codeExecution', minutes: 5 });
    expect(e.notices).toContainEqual({ code: 'tool-free-allowance', tool: 'codeExecution', units: 50, per: 'day' });
  });

  it('prices at the date asked: o3 before and after its cut', () => {
    const w = { ...zero, inputTokens: 1_000_000, outputTokens: 1_000_000 };
    expect(priced(estimateCost(model('acme-o3'), w, { date: '2025-06-09' })).taskTotal).toBeCloseTo(50, 9);
    expect(priced(estimateCost(model('acme-o3'), w, { date: '2025-06-10' })).taskTotal).toBeCloseTo(10, 9);
    expect(priced(estimateCost(model('acme-o3'), w, { date: new Date('2025-07-01T12:00:00Z') })).taskTotal).toBeCloseTo(10, 9);
  });

  it('says "unknown" for a model without a price, and for a date before the first price', () => {
    expect(estimateCost(model('acme-unpriced'), zero, { date: '2026-01-01' })).toEqual({
      status: 'unknown',
      modelId: 'acme-unpriced',
      date: '2026-01-01',
      reason: 'no-price-on-date',
      seller: 'acme',
    });
    expect(estimateCost(model('acme-5.2'), zero, { date: '2025-01-01' }).status).toBe('unknown');
  });

  it('prices a retired model only until its retirement', () => {
    expect(estimateCost(model('acme-retired'), { ...zero, inputTokens: 1_000_000 }, { date: '2025-07-13' })).toMatchObject({
      status: 'priced',
      taskTotal: 75,
    });
    expect(estimateCost(model('acme-retired'), zero, { date: '2025-07-14' })).toMatchObject({
      status: 'unknown',
      reason: 'retired',
    });
  });

  it('rejects a date that is not a day', () => {
    expect(() => estimateCost(model('acme-5.2'), zero, { date: '2025-13-45' })).toThrow(/YYYY-MM-DD/);
    expect(() => estimateCost(model('acme-5.2'), zero, { date: new Date('nope') })).toThrow(RangeError);
  });

  it('bills one grounded prompt per searching request, however many queries it ran', async () => {
    const { buildCatalog } = await import('../../pricing-data/validate');
    const source = { url: 'https://example.com/p', checked: '2026-11-27' };
    const catalog = buildCatalog([
      {
        id: 'g',
        name: 'G',
        pricingUrl: 'https://example.com/p',
        toolFees: [
          {
            tool: 'webSearch',
            name: 'Grounding',
            usd: 35,
            per: 1000,
            unit: 'groundedPrompt',
            freeAllowance: { units: 1500, per: 'day' },
            from: '2025-01-01',
            source,
          },
        ],
        models: [{ id: 'g-1', name: 'G 1', reasoning: false, prices: [{ from: '2025-01-01', input: 1, output: 1, source }] }],
      },
    ]);
    const e = priced(estimateCost(catalog.models[0]!, { ...zero, webSearches: 5, toolCalls: 1 }, { date: '2026-01-01' }));
    expect(line(e, 'webSearch')).toMatchObject({ quantity: 2, unit: 'groundedPrompt' });
    expect(e.taskTotal).toBeCloseTo(0.07, 12);
  });
});
