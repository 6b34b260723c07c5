// The genai-prices feed: read entry by entry, refused whole when it is no feed, merged so that checked prices win.
import { describe, expect, it } from 'vitest';
import type { SellerInput, VendorInput } from '../../pricing-data/schema';
import { buildCatalog, checkAssembledCatalog } from '../../pricing-data/validate';
import { findModel, priceAt } from '../../utils/catalog';
import { FeedError, MAX_FEED_BYTES, parseFeed } from '../../utils/feeds/genai-prices-feed';
import { lastCheckedDay, mergeFeed } from '../../utils/feeds/merge-feed';
import { feedModel, feedProvider, feedOf } from '../fixtures/genai-feed';

const checked = '2026-11-27';
const source = { url: 'https://example.com/pricing', checked };
const openai: VendorInput = {
  id: 'openai',
  name: 'OpenAI',
  pricingUrl: 'https://openai.com/api/pricing',
  models: [
    {
      id: 'gpt-5.2',
      name: 'GPT-5.2',
      aliases: ['gpt-5.2-2025-12-11'],
      reasoning: true,
      prices: [{ from: '2025-12-11', input: 1.75, output: 14, cachedInput: 0.175, source }],
    },
    { id: 'gpt-oss-120b', name: 'gpt-oss-120b', reasoning: true, prices: [] },
  ],
};
const groq: SellerInput = {
  id: 'groq',
  name: 'Groq',
  kind: 'host',
  pricingUrl: 'https://groq.com/pricing',
  offers: [{ model: 'gpt-oss-120b', prices: [{ from: '2025-08-05', input: 0.15, output: 0.6, source }] }],
};
const bundled = buildCatalog([openai], [groq]);

describe('parseFeed', () => {
  it.each([
    ['a truncated file', '[{"id": "openai", "name": "OpenAI", "models": [', 'not JSON'],
    ['an object', '{"providers": []}', 'should be a list of providers'],
    ['a list of nothing readable', '[1, "two", {"id": 3}]', 'no provider in it could be read'],
    ['an empty list', '[]', 'no provider in it could be read'],
  ])('refuses %s whole, saying why', (_name, text, message) => {
    expect(() => parseFeed(text)).toThrow(FeedError);
    expect(() => parseFeed(text)).toThrow(message);
  });

  it('refuses a file past the size cap before reading it', () => {
    const big = `[${' '.repeat(MAX_FEED_BYTES)}]`;
    expect(() => parseFeed(big)).toThrow(/at most 8,000,000/);
  });

  it('skips and lists each bad entry, keeping the rest', () => {
    const parsed = parseFeed(
      feedOf([
        feedProvider('openai', [
          feedModel('gpt-5.2', { input_mtok: 1.75, output_mtok: 14 }),
          feedModel('negative', { input_mtok: -1, output_mtok: 2 }),
          feedModel('absurd', { input_mtok: 1e9, output_mtok: 2 }),
          { id: 'no-prices', match: { equals: 'x' } },
          'not a model',
        ]),
        { id: 'broken' },
      ]),
    );
    expect(parsed.providers[0]!.models.map((m) => m.id)).toEqual(['gpt-5.2']);
    expect(parsed.rejected.map((r) => `${r.provider}/${r.model}`)).toEqual([
      'openai/negative',
      'openai/absurd',
      'openai/no-prices',
      'openai/#4',
      '#1/*',
    ]);
    expect(parsed.rejected[0]!.reason).toContain('must not be negative');
    expect(parsed.rejected[1]!.reason).toContain('at most 5000');
  });
});

describe('mergeFeed', () => {
  const downloadedOn = '2026-12-20';

  it("turns a price dated after its offer's last check into a new period sourced to the feed", () => {
    const parsed = parseFeed(
      feedOf([
        feedProvider('openai', [
          feedModel('gpt-5.2', [
            { prices: { input_mtok: 1.75, output_mtok: 14, cache_read_mtok: 0.175 } },
            { constraint: { start_date: '2026-12-15' }, prices: { input_mtok: 1.5, output_mtok: 12, cache_read_mtok: 0.15 } },
          ]),
        ]),
      ]),
    );
    const { catalog, report } = mergeFeed(bundled, parsed, { downloadedOn });
    const gpt = findModel(catalog, 'gpt-5.2')!;
    expect(gpt.prices).toHaveLength(2);
    expect(gpt.prices[0]).toMatchObject({ from: '2025-12-11', to: '2026-12-15', input: 1.75 });
    expect(priceAt(gpt, '2026-12-16')).toMatchObject({
      input: 1.5,
      output: 12,
      cachedInput: 0.15,
      origin: 'feed',
      source: { url: expect.stringContaining('genai-prices'), checked: downloadedOn, via: 'genai-prices' },
    });
    expect(report.updated).toEqual([{ modelId: 'gpt-5.2', seller: 'openai', from: '2026-12-15' }]);
    expect(report.disagreements).toEqual([]);
    // The bundled catalog is untouched.
    expect(findModel(bundled, 'gpt-5.2')!.prices).toHaveLength(1);
  });

  describe("judges a dated price against its own offer's last check, not the catalog's newest", () => {
    // Groq's offer was checked three days after OpenAI's own: the catalog's version is Groq's day.
    const groqLater: SellerInput = {
      ...groq,
      offers: [
        {
          model: 'gpt-oss-120b',
          prices: [{ from: '2025-08-05', input: 0.15, output: 0.6, source: { ...source, checked: '2026-11-30' } }],
        },
      ],
    };
    // Another creator checked on Groq's day too: that is the catalog's newest check (its version).
    const anthropic: VendorInput = {
      id: 'anthropic',
      name: 'Anthropic',
      pricingUrl: 'https://www.anthropic.com/pricing',
      models: [
        {
          id: 'claude-x',
          name: 'Claude X',
          reasoning: true,
          prices: [{ from: '2026-01-01', input: 3, output: 15, source: { ...source, checked: '2026-11-30' } }],
        },
      ],
    };
    const mixed = buildCatalog([openai, anthropic], [groqLater]);
    const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const dated = (id: string, from: string, input: number, output: number) =>
      feedModel(id, [
        { prices: { input_mtok: input, output_mtok: output } },
        { constraint: { start_date: from }, prices: { input_mtok: input / 2, output_mtok: output / 2 } },
      ]);

    it('reads the last check per offer', () => {
      expect(mixed.version).toBe('2026-11-30');
      expect(lastCheckedDay(findModel(mixed, 'gpt-5.2')!.prices, downloadedOn)).toBe(checked);
      expect(lastCheckedDay(findModel(mixed, 'gpt-oss-120b')!.offers[0]!.prices, downloadedOn)).toBe('2026-11-30');
      expect(lastCheckedDay([], downloadedOn)).toBe(downloadedOn);
    });

    it("makes a price dated the day after the check a new period, even before the catalog's newest check", () => {
      const from = dayAfter(checked);
      const parsed = parseFeed(feedOf([feedProvider('openai', [dated('gpt-5.2', from, 1.75, 14)])]));
      const { catalog, report } = mergeFeed(mixed, parsed, { downloadedOn });
      expect(from < mixed.version).toBe(true);
      expect(report.updated).toEqual([{ modelId: 'gpt-5.2', seller: 'openai', from }]);
      expect(report.disagreements).toEqual([]);
      const gpt = findModel(catalog, 'gpt-5.2')!;
      expect(priceAt(gpt, checked)).toMatchObject({ input: 1.75, source: { checked } });
      expect(priceAt(gpt, from)).toMatchObject({
        input: 0.875,
        output: 7,
        origin: 'feed',
        source: { checked: downloadedOn, via: 'genai-prices' },
      });
    });

    it('keeps the checked price for a price dated on the checked day itself, and reports it', () => {
      const parsed = parseFeed(feedOf([feedProvider('openai', [dated('gpt-5.2', checked, 1.75, 14)])]));
      const { catalog, report } = mergeFeed(mixed, parsed, { downloadedOn });
      expect(report.updated).toEqual([]);
      expect(report.disagreements).toEqual([
        {
          modelId: 'gpt-5.2',
          seller: 'openai',
          day: checked,
          bundled: { input: 1.75, output: 14, cachedInput: 0.175 },
          feed: { input: 0.875, output: 7 },
        },
      ]);
      expect(findModel(catalog, 'gpt-5.2')!.prices).toEqual(findModel(mixed, 'gpt-5.2')!.prices);
    });

    it("keeps another offer's checked price on a day only that offer's later check covers", () => {
      const from = dayAfter(checked);
      const parsed = parseFeed(feedOf([feedProvider('groq', [dated('openai/gpt-oss-120b', from, 0.15, 0.6)])]));
      const { catalog, report } = mergeFeed(mixed, parsed, { downloadedOn });
      expect(report.updated).toEqual([]);
      expect(report.disagreements).toEqual([
        {
          modelId: 'gpt-oss-120b',
          seller: 'groq',
          day: from,
          bundled: { input: 0.15, output: 0.6 },
          feed: { input: 0.075, output: 0.3 },
        },
      ]);
      expect(findModel(catalog, 'gpt-oss-120b')!.offers[0]!.prices).toHaveLength(1);
    });

    it('puts a newer price before an announced period, which still starts on its day', () => {
      const announced = buildCatalog(
        [
          {
            ...openai,
            models: [
              {
                ...openai.models[0]!,
                prices: [
                  { from: '2025-12-11', to: '2027-02-01', input: 1.75, output: 14, source },
                  { from: '2027-02-01', input: 1, output: 8, status: 'announced', source },
                ],
              },
            ],
          },
        ],
        [],
      );
      const from = dayAfter(checked);
      const parsed = parseFeed(feedOf([feedProvider('openai', [dated('gpt-5.2', from, 1.75, 14)])]));
      const { catalog, report } = mergeFeed(announced, parsed, { downloadedOn });
      expect(report.updated).toEqual([{ modelId: 'gpt-5.2', seller: 'openai', from }]);
      expect(findModel(catalog, 'gpt-5.2')!.prices.map((p) => [p.from, p.to, p.input, p.origin])).toEqual([
        ['2025-12-11', from, 1.75, undefined],
        [from, '2027-02-01', 0.875, 'feed'],
        ['2027-02-01', undefined, 1, undefined],
      ]);
    });

    it('adds nothing when a newer dated price is the price already in force', () => {
      const parsed = parseFeed(
        feedOf([
          feedProvider('openai', [
            feedModel('gpt-5.2', [
              {
                constraint: { start_date: dayAfter(checked) },
                prices: { input_mtok: 1.75, output_mtok: 14, cache_read_mtok: 0.175 },
              },
            ]),
          ]),
        ]),
      );
      const { catalog, report } = mergeFeed(mixed, parsed, { downloadedOn });
      expect(report).toMatchObject({ updated: [], disagreements: [] });
      expect(findModel(catalog, 'gpt-5.2')!.prices).toHaveLength(1);
    });
  });

  it('keeps the checked price on a day the catalog covers, and reports the disagreement', () => {
    const parsed = parseFeed(
      feedOf([feedProvider('openai', [feedModel('gpt-5.2-2025-12-11', { input_mtok: 2, output_mtok: 14 })])]),
    );
    const { catalog, report } = mergeFeed(bundled, parsed, { downloadedOn });
    expect(priceAt(findModel(catalog, 'gpt-5.2')!, downloadedOn)).toMatchObject({ input: 1.75 });
    expect(report.disagreements).toEqual([
      {
        modelId: 'gpt-5.2',
        seller: 'openai',
        day: checked,
        bundled: { input: 1.75, output: 14, cachedInput: 0.175 },
        feed: { input: 2, output: 14 },
      },
    ]);
  });

  it('adds an offer of a known model from a mapped seller, and a model the catalog lacks', () => {
    const parsed = parseFeed(
      feedOf([
        feedProvider('together', [feedModel('openai/gpt-oss-120b', { input_mtok: 0.15, output_mtok: 0.6 })]),
        feedProvider('openai', [feedModel('gpt-9-mini', { input_mtok: 0.5, output_mtok: 2 })]),
      ]),
    );
    const { catalog, report } = mergeFeed(bundled, parsed, { downloadedOn });
    const oss = findModel(catalog, 'gpt-oss-120b')!;
    expect(oss.offers.map((o) => o.seller)).toEqual(['groq', 'together']);
    expect(oss.offers[1]!.prices).toEqual([expect.objectContaining({ from: downloadedOn, input: 0.15, origin: 'feed' })]);
    const added = findModel(catalog, 'gpt-9-mini')!;
    expect(added).toMatchObject({ vendor: 'openai', prices: [expect.objectContaining({ from: downloadedOn, origin: 'feed' })] });
    expect(report.added).toEqual([
      { modelId: 'gpt-oss-120b', seller: 'together' },
      { modelId: 'gpt-9-mini', seller: 'openai' },
    ]);
  });

  it('adds an unknown provider as a seller only when it names a pricing page', () => {
    const parsed = parseFeed(
      feedOf([
        feedProvider('newhost', [feedModel('gpt-oss-120b', { input_mtok: 0.1, output_mtok: 0.5 })], {
          pricing_urls: ['https://newhost.example/pricing'],
        }),
        feedProvider('nameless', [feedModel('gpt-oss-120b', { input_mtok: 0.1, output_mtok: 0.5 })]),
      ]),
    );
    const { catalog, report } = mergeFeed(bundled, parsed, { downloadedOn });
    expect(catalog.sellers.map((s) => s.id)).toEqual(['groq', 'newhost']);
    expect(findModel(catalog, 'gpt-oss-120b')!.offers.map((o) => o.seller)).toEqual(['groq', 'newhost']);
    expect(report.rejected).toEqual([{ provider: 'nameless', model: '*', reason: 'an unknown provider without a pricing page' }]);
  });

  it('reads tiered prices as long-context tiers over the whole request', () => {
    const parsed = parseFeed(
      feedOf([
        feedProvider('google', [
          feedModel('gemini-9-pro', {
            input_mtok: { base: 2, tiers: [{ start: 200000, price: 4 }] },
            output_mtok: { base: 12, tiers: [{ start: 200000, price: 18 }] },
          }),
        ]),
      ]),
    );
    const { catalog } = mergeFeed(bundled, parsed, { downloadedOn });
    expect(findModel(catalog, 'gemini-9-pro')!.prices[0]).toMatchObject({
      input: 2,
      output: 12,
      tiers: [{ above: 200000, basis: 'prompt', input: 4, output: 18 }],
    });
  });

  it('lists a price without input or output rates as rejected', () => {
    const parsed = parseFeed(feedOf([feedProvider('openai', [feedModel('gpt-img', { output_mtok: 40 })])]));
    const { report } = mergeFeed(bundled, parsed, { downloadedOn });
    expect(report.rejected).toEqual([{ provider: 'openai', model: 'gpt-img', reason: 'no input or output token price' }]);
  });
});

describe('checkAssembledCatalog', () => {
  it('names both models when a spelling names two, and overlapping periods', () => {
    const broken = structuredClone(bundled);
    broken.models[1]!.aliases.push('GPT-5.2');
    broken.models[0]!.prices.push({ ...broken.models[0]!.prices[0]!, from: '2026-01-01' });
    const problems = checkAssembledCatalog(broken).map((p) => `${p.path}: ${p.message}`);
    expect(problems).toContain('gpt-oss-120b: "gpt-5.2" names both gpt-5.2 and gpt-oss-120b');
    expect(problems.join('\n')).toContain('only the last period may be open-ended');
    expect(checkAssembledCatalog(bundled)).toEqual([]);
  });
});
