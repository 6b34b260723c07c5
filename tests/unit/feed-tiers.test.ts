// After a feed update: its periods get the seller's batch terms like a checked period of that day, and a Flex/Priority price the feed does not state is unknown, never "not offered".
import { describe, expect, it } from 'vitest';
import { catalog as bundledCatalog } from '../../pricing-data/index';
import type { SellerInput, VendorInput } from '../../pricing-data/schema';
import { buildCatalog, termsOf } from '../../pricing-data/validate';
import { findModel, priceAt } from '../../utils/catalog';
import { priceModels, unpricedReason } from '../../utils/compare';
import { estimateCost, type CostEstimate } from '../../utils/cost';
import { parseFeed } from '../../utils/feeds/genai-prices-feed';
import { mergeFeed } from '../../utils/feeds/merge-feed';
import { createTranslator, formatDay } from '../../utils/i18n';
import { USD } from '../../utils/money';
import { describeOffers } from '../../utils/offer-list';
import { describeForTag, type TagViewOptions } from '../../utils/tag-view';
import { priceRecord, repriceRecord } from '../../utils/usage/price-usage';
import { emptyRecord, type UsageRecord } from '../../utils/usage/record';
import { defaultPresets, type ServiceTier, type Workload } from '../../utils/workloads';
import { feedModel, feedOf, feedProvider } from '../fixtures/genai-feed';
import { workloadOf } from '../fixtures/workload';

const downloadedOn = '2026-12-20';
/** The feed's new GPT-5.2 price, dated after OpenAI's last check (2026-11-27); USD per 1M tokens. */
const FEED_FROM = '2026-12-15';
const feedText = feedOf([
  feedProvider('openai', [
    feedModel('gpt-5.2', [
      { prices: { input_mtok: 1.75, output_mtok: 14, cache_read_mtok: 0.175 } },
      { constraint: { start_date: FEED_FROM }, prices: { input_mtok: 1.5, output_mtok: 12, cache_read_mtok: 0.15 } },
    ]),
  ]),
]);
const merged = mergeFeed(bundledCatalog, parseFeed(feedText), { downloadedOn }).catalog;
const gpt = findModel(merged, 'gpt-5.2')!;

const source = { url: 'https://example.com/pricing', checked: '2026-11-27' };
/** A vendor "Acme" in OpenAI's place (id `openai`) selling GPT-5.2 alone, at these checked periods (USD per 1M tokens). */
const soleVendor = (prices: VendorInput['models'][number]['prices']): VendorInput => ({
  id: 'openai',
  name: 'Acme',
  pricingUrl: 'https://example.com/pricing',
  models: [{ id: 'gpt-5.2', name: 'GPT-5.2', reasoning: true, prices }],
});
/** GPT-5.2 once the test feed is merged into a catalog of that vendor alone. */
const afterFeed = (prices: VendorInput['models'][number]['prices']) =>
  findModel(mergeFeed(buildCatalog([soleVendor(prices)]), parseFeed(feedText), { downloadedOn }).catalog, 'gpt-5.2')!;

/** One request of 1M uncached input tokens and 100,000 output tokens, once a month. */
function workload(serviceTier: ServiceTier): Workload {
  return workloadOf({ inputTokens: 1_000_000, outputTokens: 100_000, serviceTier });
}
const estimate = (tier: ServiceTier, date = downloadedOn): CostEstimate => estimateCost(gpt, workload(tier), { date });

describe('a feed period gets the batch terms a checked period of that day gets', () => {
  it("gives GPT-5.2's feed period OpenAI's batch discount, sourced to its terms, and no Flex or Priority rates", () => {
    const period = priceAt(gpt, '2026-12-16')!;
    expect(period).toMatchObject({ from: FEED_FROM, input: 1.5, output: 12, origin: 'feed', batchDiscount: 0.5 });
    const batchTerms = termsOf(merged, 'openai').find((t) => t.batchDiscount !== undefined)!;
    expect(period.termSources).toEqual([batchTerms.source]);
    expect(period.serviceTiers).toBeUndefined();
    // The checked period before it keeps its own tiers, now ending where the feed's begins.
    expect(priceAt(gpt, '2026-12-14')).toMatchObject({ to: FEED_FROM, serviceTiers: { flex: { input: 0.875 } } });
  });

  const acme = (prices: VendorInput['models'][number]['prices']): VendorInput => ({
    ...soleVendor(prices),
    terms: [
      { from: '2025-01-01', to: '2026-11-01', batchDiscount: 0.5, source: { ...source, url: 'https://example.com/batch-1' } },
      { from: '2026-11-01', batchDiscount: 0.25, source: { ...source, url: 'https://example.com/batch-2' } },
    ],
  });
  const cloudy: SellerInput = {
    id: 'cloudy',
    name: 'Cloudy',
    kind: 'cloud',
    pricingUrl: 'https://cloudy.example/pricing',
    terms: [
      {
        from: '2025-01-01',
        batchDiscount: 0.5,
        cachedInputRatio: 0.25,
        source: { ...source, url: 'https://cloudy.example/batch' },
      },
    ],
    offers: [{ model: 'gpt-5.2', prices: [{ from: '2025-12-11', input: 2, output: 16, source }] }],
  };

  it('applies the terms in force on its days, exactly as the catalog applies them to a checked period of the same days', () => {
    const base = { from: '2025-12-11', input: 1.75, output: 14, source };
    const small = buildCatalog([acme([base])], [cloudy]);
    const { catalog } = mergeFeed(small, parseFeed(feedText), { downloadedOn });
    const fed = findModel(catalog, 'gpt-5.2')!.prices.filter((p) => p.origin === 'feed');
    // The same rates written as checked periods from the feed's day: what the one applyTerms gives them.
    const asChecked = buildCatalog([
      acme([
        { ...base, to: FEED_FROM },
        { from: FEED_FROM, input: 1.5, output: 12, source },
      ]),
    ]);
    const expected = findModel(asChecked, 'gpt-5.2')!.prices.filter((p) => p.from >= FEED_FROM);
    const terms = (p: { from: string; to?: string; batchDiscount?: number; termSources?: unknown }) => [
      p.from,
      p.to,
      p.batchDiscount,
      p.termSources,
    ];
    expect(fed.map(terms)).toEqual(expected.map(terms));
    // The discount of the feed period's days, not the one the offer's first period began with.
    expect(fed.map((p) => [p.from, p.batchDiscount])).toEqual([[FEED_FROM, 0.25]]);
  });

  it.each([FEED_FROM, '2026-12-18'])(
    'replaces the parts a later term cut from the checked period, not taking them for announced prices (feed from %s)',
    (feedFrom) => {
      // A term change dated after the last check cuts the checked period at 2026-12-18.
      const vendor = acme([{ from: '2025-12-11', input: 1.75, output: 14, source }]);
      vendor.terms = [
        { from: '2025-01-01', to: '2026-12-18', batchDiscount: 0.5, source: { ...source, url: 'https://example.com/batch-1' } },
        { from: '2026-12-18', batchDiscount: 0.25, source: { ...source, url: 'https://example.com/batch-2' } },
      ];
      const small = buildCatalog([vendor]);
      expect(findModel(small, 'gpt-5.2')!.prices.map((p) => p.from)).toEqual(['2025-12-11', '2026-12-18']);
      const feed = feedText.replace(FEED_FROM, feedFrom);
      const prices = findModel(mergeFeed(small, parseFeed(feed), { downloadedOn }).catalog, 'gpt-5.2')!.prices;
      // The feed's price stays in force past the term's day, with the discount of each span.
      expect(priceAt({ ...findModel(small, 'gpt-5.2')!, prices }, '2026-12-30')).toMatchObject({
        input: 1.5,
        batchDiscount: 0.25,
      });
      expect(prices.map((p) => [p.from, p.to, p.input, p.batchDiscount])).toEqual([
        ['2025-12-11', feedFrom, 1.75, 0.5],
        ...(feedFrom < '2026-12-18' ? [[feedFrom, '2026-12-18', 1.5, 0.5]] : []),
        ['2026-12-18', undefined, 1.5, 0.25],
      ]);
    },
  );

  it("keeps a seller's terms in the catalog and applies them to its offer's feed period (batch, and a cache rate the feed leaves out)", () => {
    const small = buildCatalog([acme([{ from: '2025-12-11', input: 1.75, output: 14, source }])], [cloudy]);
    expect(termsOf(small, 'cloudy')).toEqual(cloudy.terms);
    const feed = feedOf([
      feedProvider(
        'cloudy',
        [feedModel('gpt-5.2', [{ constraint: { start_date: FEED_FROM }, prices: { input_mtok: 1.8, output_mtok: 15 } }])],
        { name: 'Cloudy', pricing_urls: ['https://cloudy.example/pricing'] },
      ),
    ]);
    const { catalog, report } = mergeFeed(small, parseFeed(feed), { downloadedOn });
    expect(report.updated).toEqual([{ modelId: 'gpt-5.2', seller: 'cloudy', from: FEED_FROM }]);
    const offer = findModel(catalog, 'gpt-5.2')!.offers.find((o) => o.seller === 'cloudy')!;
    expect(offer.prices.at(-1)).toMatchObject({ from: FEED_FROM, origin: 'feed', batchDiscount: 0.5, cachedInput: 0.45 });
  });
});

describe('estimateCost after a feed update', () => {
  it('prices batch at the discount on the feed period', () => {
    const batch = estimate('batch');
    const standard = estimate('standard');
    if (batch.status !== 'priced' || standard.status !== 'priced') throw new Error('not priced');
    // 1M × $1.50 + 100k × $12.00 per 1M = $2.70 standard; half of it in batch.
    expect(standard.taskTotal).toBeCloseTo(2.7, 10);
    expect(batch.taskTotal).toBeCloseTo(1.35, 10);
    expect(batch.notices).toContainEqual({ code: 'batch-discount', discount: 0.5 });
  });

  it.each(['flex', 'priority'] as const)(
    'calls %s unknown from the feed period on: not "not offered", not the standard or an older rate',
    (tier) => {
      const after = estimate(tier);
      expect(after).toEqual({
        status: 'unknown',
        modelId: 'gpt-5.2',
        date: downloadedOn,
        reason: 'tier-price-unknown',
        seller: 'openai',
        serviceTier: tier,
        since: FEED_FROM,
      });
      // Before the feed's price, the checked period's tier rates still apply.
      const before = estimate(tier, '2026-12-14');
      expect(before.status).toBe('priced');
    },
  );

  it('still says "not offered" for a tier the offer never sold in its checked periods', () => {
    const model = afterFeed([{ from: '2025-12-11', input: 1.75, output: 14, source }]);
    expect(estimateCost(model, workload('flex'), { date: downloadedOn })).toMatchObject({
      status: 'not-offered',
      reason: 'tier-not-offered',
    });
  });
});

describe('usage after a feed update', () => {
  const record = (tier: string): UsageRecord => ({
    ...emptyRecord('2026-12-16', 'gpt-5.2', tier),
    requests: 1,
    uncachedInput: 1_000_000,
    output: 100_000,
  });

  it('leaves Flex and Priority usage unpriced with the tier price unknown, and prices batch at the discount', () => {
    for (const tier of ['flex', 'priority']) {
      expect(priceRecord(gpt, record(tier), '2026-12-16')).toEqual({ status: 'unpriced', reason: 'tier-price-unknown' });
      expect(repriceRecord(gpt, { seller: 'openai' }, record(tier), '2026-12-16')).toEqual({
        status: 'unpriced',
        reason: 'tier-price-unknown',
      });
    }
    const batch = repriceRecord(gpt, { seller: 'openai' }, record('batch'), '2026-12-16');
    expect(batch.status === 'priced' && batch.usd).toBeCloseTo(1.35, 10);
  });

  it('leaves fast-mode usage unpriced the same way, and a tier never sold stays "not offered"', () => {
    const model = afterFeed([
      { from: '2025-12-11', input: 1.75, output: 14, serviceTiers: { fast: { input: 10.5, output: 84 } }, source },
    ]);
    expect(priceRecord(model, record('fast'), '2026-12-16')).toEqual({ status: 'unpriced', reason: 'tier-price-unknown' });
    expect(repriceRecord(model, { seller: 'openai' }, record('flex'), '2026-12-16')).toEqual({
      status: 'unpriced',
      reason: 'tier-not-offered',
    });
    // Before the feed's price, fast mode is priced at its checked rate: 1M × $10.50 + 100k × $84 per 1M.
    const before = priceRecord(model, { ...record('fast'), day: '2026-12-10' }, '2026-12-10');
    expect(before.status === 'priced' && before.usd).toBeCloseTo(18.9, 10);
  });
});

describe('what the UI says when a tier price is unknown', () => {
  const en = createTranslator('en');
  const zh = createTranslator('zh_CN');

  it('a compare row names the tier and the day of the feed update, in English and Chinese', () => {
    const [row] = priceModels(merged, ['gpt-5.2'], workload('flex'), downloadedOn);
    expect(row!.gap).toBe('tier-price-unknown');
    expect(row!.missing).toBeUndefined();
    const words = (t: typeof en, locale: string) => ({
      t,
      locale,
      currency: USD,
      rateUnit: 'per-million' as const,
      vendorName: () => 'OpenAI',
      sellerName: () => 'OpenAI',
    });
    const day = formatDay(FEED_FROM, 'en');
    expect(unpricedReason(row!, words(en, 'en'))).toBe(
      `Flex price not known since the price feed's update of ${day}: the feed states standard rates only`,
    );
    const chinese = unpricedReason(row!, words(zh, 'zh-CN'))!;
    expect(chinese).toContain(`自价格源 ${formatDay(FEED_FROM, 'zh-CN')} 的更新起`);
    expect(chinese).toMatch(/Flex（弹性）\s?价格未知：价格源只提供标准价格$/);
    expect(unpricedReason(row!, words(en, 'en'))).not.toMatch(/not offered/i);
  });

  it("the offers list says the creator's Priority price is unknown, not that the tier is not sold", () => {
    const list = describeOffers(merged, 'gpt-5.2', {
      date: downloadedOn,
      workload: workload('priority'),
      presetName: 'Chat',
      currency: USD,
      locale: 'en',
      t: en,
    })!;
    const own = list.rows.find((r) => r.seller === 'openai')!;
    expect(own).toMatchObject({ status: 'unpriced', cost: expect.stringContaining('Priority price not known since') });
  });

  it("the card says the preset's tier price is unknown instead of leaving its bill out", () => {
    const flexPreset = { ...defaultPresets[0]!, workload: { ...defaultPresets[0]!.workload, serviceTier: 'flex' as const } };
    const options: TagViewOptions = {
      date: downloadedOn,
      preset: flexPreset,
      presetName: 'Flex chat',
      tagDisplay: 'prices',
      currency: USD,
      rateUnit: 'per-million',
      locale: 'en',
      t: en,
    };
    const view = describeForTag(merged, 'gpt-5.2', true, options);
    if (!view.known) throw new Error('gpt-5.2 is unknown');
    expect(view.preset).toBeUndefined();
    expect(view.text.preset).toBe(en('tag.presetTitle', ['Flex chat']));
    expect(view.text.presetMissing).toBe(
      `Flex price not known since the price feed's update of ${formatDay(FEED_FROM, 'en')}: the feed states standard rates only`,
    );
    // Standard work is priced as before: no such words.
    const standard = describeForTag(merged, 'gpt-5.2', true, { ...options, preset: defaultPresets[0]! });
    expect(standard.known && standard.text.presetMissing).toBeUndefined();
  });
});
