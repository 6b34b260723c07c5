// A model's offers as the card and the popup list them: cheapest first under the workload, with tier and region notes, a tier not sold never priced at standard.
import { describe, expect, it } from 'vitest';
import { findModel } from '../../utils/catalog';
import { createTranslator } from '../../utils/i18n';
import { formatMoney, USD } from '../../utils/money';
import { describeOffers, type OfferListOptions } from '../../utils/offer-list';
import { regionPremium, sellerName } from '../../utils/offers';
import type { Workload } from '../../utils/workloads';
import { testCatalog } from '../fixtures/test-catalog';
import { workloadOf } from '../fixtures/workload';

const date = '2026-01-15';
/** One request: 10,000 tokens in, 500 out, once a month. */
const task = workloadOf({ inputTokens: 10_000, outputTokens: 500 });
const options = (workload: Partial<Workload> = {}, extra: Partial<OfferListOptions> = {}): OfferListOptions => ({
  date,
  workload: { ...task, ...workload },
  presetName: 'Chat',
  currency: USD,
  locale: 'en',
  t: createTranslator('en'),
  ...extra,
});
/** USD for the task at rates in USD per 1M tokens. */
const usd = (input: number, output: number) =>
  formatMoney((10_000 * input + 500 * output) / 1e6, { currency: USD, locale: 'en' });
const rows = (modelId: string, o = options()) => describeOffers(testCatalog, modelId, o)!.rows;

describe('regionPremium', () => {
  const model = findModel(testCatalog, 'acme-5.2')!;
  it('measures a regional offer against the same seller’s global one, in percent of input', () => {
    // Cloudy: 1.925 regional against 1.75 global.
    expect(regionPremium(model, { seller: 'cloudy', region: 'regional' }, date)).toBe(10);
  });
  it('is undefined for a global offer, the creator’s, and a day without prices', () => {
    expect(regionPremium(model, { seller: 'cloudy', region: 'global' }, date)).toBeUndefined();
    expect(regionPremium(model, { seller: 'acme' }, date)).toBeUndefined();
    expect(regionPremium(model, { seller: 'cloudy', region: 'regional' }, '2025-12-20')).toBeUndefined();
  });
});

describe('sellerName', () => {
  it('names resellers, creators, and falls back to the id', () => {
    expect(sellerName(testCatalog, 'cloudy')).toBe('Cloudy');
    expect(sellerName(testCatalog, 'acme')).toBe('Acme AI');
    expect(sellerName(testCatalog, 'nobody')).toBe('nobody');
  });
});

describe('describeOffers', () => {
  it('lists every offer cheapest first at standard, with the region and its premium noted', () => {
    expect(rows('acme-5.2')).toEqual([
      { seller: 'acme', sellerName: 'Acme AI', notes: [], cost: usd(1.75, 14), status: 'priced' },
      {
        seller: 'cloudy',
        region: 'global',
        sellerName: 'Cloudy',
        notes: ['global endpoint'],
        cost: usd(1.75, 14),
        status: 'priced',
      },
      {
        seller: 'cloudy',
        region: 'regional',
        sellerName: 'Cloudy',
        notes: ['regional endpoint +10%'],
        cost: usd(1.925, 15.4),
        status: 'priced',
      },
    ]);
    expect(describeOffers(testCatalog, 'acme-5.2', options())!.title).toBe('Who sells it, cheapest first (Chat, per month)');
  });

  it('ranks a tier an offer does not sell as not offered, after the priced ones, never at its standard price', () => {
    const priority = rows('acme-5.2', options({ serviceTier: 'priority' }));
    expect(priority[0]).toMatchObject({ seller: 'acme', notes: ['Priority'], cost: usd(3.5, 28), status: 'priced' });
    for (const row of priority.slice(1)) {
      expect(row).toMatchObject({ seller: 'cloudy', status: 'not-offered', cost: 'Priority not offered' });
      expect(row.cost).not.toMatch(/\d/);
    }
    const flex = rows('acme-5.2', options({ serviceTier: 'flex' }));
    expect(flex.map((r) => [r.seller, r.status, r.cost])).toEqual([
      ['acme', 'priced', usd(0.875, 7)],
      ['cloudy', 'not-offered', 'Flex not offered'],
      ['cloudy', 'not-offered', 'Flex not offered'],
    ]);
  });

  it('notes the batch discount, and a regional offer without batch as not offered', () => {
    const batch = rows('acme-5.2', options({ serviceTier: 'batch' }));
    expect(batch.map((r) => [r.region, r.notes, r.cost, r.status])).toEqual([
      [undefined, ['batch −50%'], usd(0.875, 7), 'priced'],
      ['global', ['global endpoint', 'batch −50%'], usd(0.875, 7), 'priced'],
      ['regional', ['regional endpoint +10%'], 'Batch API not offered', 'not-offered'],
    ]);
  });

  it('says what an offer leaves out, and puts it after the complete ones', () => {
    const withSearch = rows('acme-5.2', options({ webSearches: 100 }));
    expect(withSearch[0]).toMatchObject({ seller: 'acme', status: 'priced' });
    expect(withSearch[1]).toMatchObject({
      seller: 'cloudy',
      status: 'partial',
      notes: ['global endpoint', 'without Web search'],
    });
  });

  it('says so when one seller sells the model, or none has a price, and when rows were left out', () => {
    expect(describeOffers(testCatalog, 'acme-o3', options())!.only).toBe("Only Acme AI sells this model in TokenTag's catalog.");
    expect(describeOffers(testCatalog, 'acme-unpriced', options())).toMatchObject({
      rows: [],
      only: 'No seller has a confirmed price for this model.',
    });
    const limited = describeOffers(testCatalog, 'acme-5.2', options({}, { limit: 1 }))!;
    expect(limited.rows.map((r) => r.seller)).toEqual(['acme']);
    expect(limited.more).toBe('and 2 more sellers');
    expect(describeOffers(testCatalog, 'acme-5.2', options())!.more).toBeUndefined();
    expect(describeOffers(testCatalog, 'no-such-model', options())).toBeUndefined();
  });

  it('always lists the offer the asking tag shows: in the last row when it ranks below the limit, counted out of "more"', () => {
    // Ranked: Acme, Cloudy global (same rate, later in the catalog), Cloudy regional (+10%).
    const all = rows('acme-5.2').map((r) => [r.seller, r.region]);
    expect(all).toEqual([
      ['acme', undefined],
      ['cloudy', 'global'],
      ['cloudy', 'regional'],
    ]);
    const regional = { seller: 'cloudy', region: 'regional' };
    const two = describeOffers(testCatalog, 'acme-5.2', options({}, { limit: 2, keep: regional }))!;
    expect(two.rows.map((r) => [r.seller, r.region])).toEqual([
      ['acme', undefined],
      ['cloudy', 'regional'],
    ]);
    expect(two.rows[1]!.notes).toEqual(['regional endpoint +10%']);
    expect(two.more).toBe('and 1 more seller');
    const one = describeOffers(testCatalog, 'acme-5.2', options({}, { limit: 1, keep: regional }))!;
    expect(one.rows.map((r) => [r.seller, r.region])).toEqual([['cloudy', 'regional']]);
    expect(one.more).toBe('and 2 more sellers');
    // Already among the first rows, or not an offer of the model: the first rows as they rank.
    const shown = describeOffers(testCatalog, 'acme-5.2', options({}, { limit: 2, keep: { seller: 'acme' } }))!;
    expect(shown.rows.map((r) => r.seller)).toEqual(['acme', 'cloudy']);
    const stranger = describeOffers(testCatalog, 'acme-5.2', options({}, { limit: 2, keep: { seller: 'nobody' } }))!;
    expect(stranger.rows.map((r) => [r.seller, r.region])).toEqual([
      ['acme', undefined],
      ['cloudy', 'global'],
    ]);
    expect(describeOffers(testCatalog, 'acme-5.2', options({}, { limit: 0, keep: regional }))!.rows).toEqual([]);
  });

  it('speaks Chinese, in the display currency', () => {
    const list = describeOffers(
      testCatalog,
      'acme-5.2',
      options(
        { serviceTier: 'priority' },
        { t: createTranslator('zh_CN'), locale: 'zh-CN', currency: { code: 'CNY', perUsd: 7 } },
      ),
    )!;
    expect(list.title).toBe('售卖方，从便宜到贵（Chat，每月）');
    expect(list.rows[0]!.cost).toBe(
      formatMoney((10_000 * 3.5 + 500 * 28) / 1e6, { currency: { code: 'CNY', perUsd: 7 }, locale: 'zh-CN' }),
    );
    expect(list.rows[1]!.cost).toBe('不提供Priority（优先）');
    expect(list.rows[2]!.notes).toEqual(['区域端点 +10%']);
  });
});
