// What a tag and its card say: compact label, rates, changes, the preset's bill, and honest unknowns.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../utils/i18n';
import { describeChange, describeForTag, type TagViewOptions } from '../../utils/tag-view';
import { applyUserPrices } from '../../utils/user-prices';
import { defaultPresets } from '../../utils/workloads';
import { testCatalog } from '../fixtures/test-catalog';

const options: TagViewOptions = {
  date: '2026-01-01',
  preset: defaultPresets.find((p) => p.id === 'agent')!,
  presetName: 'Tool-call-heavy agent',
  tagDisplay: 'prices',
  currency: { code: 'USD', perUsd: 1 },
  rateUnit: 'per-million',
  locale: 'en',
  t: createTranslator('en'),
};
const t = createTranslator('en');

const known = (id: string, extra: Partial<TagViewOptions> = {}) => {
  const view = describeForTag(testCatalog, id, true, { ...options, ...extra });
  if (!view.known) throw new Error(`${id} is unknown`);
  return view;
};

describe('describeForTag', () => {
  it('labels a tag with input / output per 1M tokens and lists every current rate', () => {
    const view = known('acme-5.2');
    expect(view.label).toBe('$1.75 / $14.00');
    expect(view.status).toBe('priced');
    expect(view.vendorName).toBe('Acme AI');
    expect(view.rates).toEqual([
      { label: 'Input', value: '$1.75' },
      { label: 'Output', value: '$14.00' },
      { label: 'Cached input', value: '$0.175' },
      { label: 'Batch', value: '50% off' },
    ]);
    expect(view.description).toBe('Acme-5.2: $1.75 input, $14.00 output per 1M tokens');
  });

  it('says how the model compares with its predecessor and when its price last changed', () => {
    expect(known('acme-5.2').vsPredecessor).toBe('+40% input, +40% output, +40% cached input vs Acme-5.1 since Dec 11, 2025');
    expect(known('acme-o3').latestChange).toBe('Latest change: −80% input, −80% output, −80% cached input on Jun 10, 2025');
    expect(known('acme-5').vsPredecessor).toBeUndefined();
  });

  it('shows the active preset cost instead of prices when set to, in the chosen currency and unit', () => {
    const view = known('acme-5.2', {
      tagDisplay: 'preset-cost',
      currency: { code: 'EUR', perUsd: 0.5 },
      rateUnit: 'per-thousand',
    });
    expect(view.label).toMatch(/^€[\d.]+\/task$/);
    expect(view.unitText).toBe('per 1K tokens');
    expect(view.rates[0]).toEqual({ label: 'Input', value: '€0.000875' });
    expect(view.preset?.lines.map((l) => l.label)).toEqual(['Input', 'Cached input', 'Output', 'Reasoning', 'Web search']);
  });

  it('keeps the accessible name (readable by the page) to the name and USD list prices: no preset, currency or rate', () => {
    const view = known('acme-5.2', {
      tagDisplay: 'preset-cost',
      presetName: 'ACME Corp secret support bot',
      currency: { code: 'EUR', perUsd: 0.5 },
      rateUnit: 'per-thousand',
    });
    expect(view.description).toBe('Acme-5.2: $1.75 input, $14.00 output per 1M tokens');
    expect(view.text.preset).toContain('ACME Corp secret support bot');
  });

  it('lists long-context tiers and cache writes', () => {
    const view = known('acme-cache');
    expect(view.tiers).toEqual([{ label: 'Over 200K prompt tokens', value: '$6.00 in · $22.50 out · $0.60 cached' }]);
    expect(view.rates.map((r) => r.label)).toContain('Cache write (1 h)');
  });

  it('explains what the estimate leaves out or assumes', () => {
    const view = known('acme-plain', {
      preset: { ...options.preset, workload: { ...options.preset.workload, fileSearches: 1 } },
    });
    expect(view.preset?.notices).toEqual(
      expect.arrayContaining([
        'This model does not reason: reasoning tokens are not billed.',
        'File search is not offered for this model: not included.',
        'No cache discount: cached tokens billed as input.',
      ]),
    );
    expect(view.preset?.lines).toContainEqual({ label: 'File search', value: 'not offered' });
  });

  it('says retired, with the last price, rather than pricing a model nobody can call', () => {
    const view = known('acme-retired');
    expect(view).toMatchObject({ status: 'retired', label: 'retired', retired: '2025-07-14' });
    expect(view.rates[0]).toEqual({ label: 'Input', value: '$75.00' });
    expect(view.preset).toBeUndefined();
  });

  it('says unknown for a model without a confirmed price, never $0', () => {
    expect(known('acme-unpriced')).toMatchObject({ status: 'unpriced', label: 'price unknown', rates: [] });
    expect(known('acme-unpriced').description).toBe('Acme Unpriced: No confirmed price');
  });

  it('shows a promotional price as such: until when, then what; and flags a monthly cost that changes within 60 days', () => {
    const view = known('beta-flash');
    expect(view.standing).toBe('promotional');
    expect(view.label).toBe('$0.75 / $3.75 · promo');
    const promo = 'Promotional until Jan 31, 2026, then $1.50 / $7.50 per 1M tokens';
    expect(view.text.status).toBe(promo);
    expect(view.description).toContain(promo);
    expect(view.preset?.notices).toContainEqual(expect.stringMatching(/^Changes on Feb 1, 2026: \$[\d,.]+ per month$/));
    // More than 60 days before the change: said, but not flagged.
    const later = known('beta-long-promo');
    expect(later.text.status).toBe('Promotional until May 31, 2026; the price after that is not confirmed');
    expect(later.preset?.notices.some((n) => n.startsWith('Changes on'))).toBe(false);
  });

  it('says an ended price in one wording: last known price, until when, current price not confirmed', () => {
    const view = known('beta-sol');
    const ended = 'Last known price $4.00 / $20.00 per 1M tokens (until Nov 20, 2025); current price not confirmed';
    expect(view).toMatchObject({ status: 'unpriced', standing: 'ended', label: 'price not confirmed', rates: [] });
    expect(view.text.status).toBe(ended);
    expect(view.description).toBe(`Beta Sol: ${ended}`);
    expect(view.preset).toBeUndefined();
  });

  it('says Free for a model that costs nothing, not $0.00', () => {
    expect(known('beta-free').label).toBe('Free');
    const view = known('beta-free', { tagDisplay: 'preset-cost' });
    expect(view.preset?.perTask).toBe('Free');
    expect(view.preset?.perMonth).toBe('Free');
  });

  it('says when a reasoning model is priced under a workload without reasoning', () => {
    const none = { ...options.preset, workload: { ...options.preset.workload, reasoningTokens: 0 } };
    const note = 'This model bills hidden reasoning tokens, but the workload counts none: the real cost can be higher.';
    expect(known('acme-5.2', { preset: none }).preset?.notices).toContain(note);
    expect(known('acme-5.2').preset?.notices).not.toContain(note);
    expect(known('acme-plain', { preset: none }).preset?.notices).not.toContain(note);
  });

  it('says what workload the totals are for', () => {
    expect(known('acme-5.2').text.presetTotals).toMatch(
      /^\$[\d.]+ per task · \$[\d,.]+ per month \([\d,]+ tasks a month, each [\d,]+ tokens in and [\d,]+ out, .+\)$/,
    );
  });

  it('states the unit in the accessible name, which stays in list prices whatever the display unit', () => {
    expect(known('acme-5.2').description).toContain('per 1M tokens');
    // The page can read the accessible name: it never reveals the user's own unit or currency.
    expect(known('acme-5.2', { rateUnit: 'per-thousand' }).description).toContain('per 1M tokens');
  });

  it('says "no price data" for a name the catalog lacks, and for an id it cannot find', () => {
    expect(describeForTag(testCatalog, 'gpt-7', false, options)).toEqual({
      modelId: 'gpt-7',
      known: false,
      label: 'no price data',
      description: "gpt-7: not in TokenTag's catalog, no price data",
      message: "Not in TokenTag's catalog: no price data. TokenTag never guesses a price.",
    });
    expect(describeForTag(testCatalog, 'vanished-model', true, options).known).toBe(false);
  });
});

describe('describeChange', () => {
  it('names what moved, and reasoning only when it moved apart from output', () => {
    expect(describeChange({ input: 40, output: 40, reasoning: 40 }, t)).toBe('+40% input, +40% output');
    expect(describeChange({ input: 0, output: 0 }, t)).toBeUndefined();
    expect(describeChange({ output: 10, reasoning: -20 }, t)).toBe('+10% output, −20% reasoning');
    expect(describeChange({ input: 40, output: 40 }, createTranslator('zh_CN'), 'zh-CN')).toBe('+40% 输入、+40% 输出');
  });
});

describe('describeForTag in Chinese', () => {
  it('speaks Chinese, with money in Chinese formatting', () => {
    const view = known('acme-5.2', { t: createTranslator('zh_CN'), locale: 'zh-CN', currency: { code: 'CNY', perUsd: 7 } });
    expect(view.label).toBe('¥12.25 / ¥98.00');
    expect(view.unitText).toBe('每百万 token');
    expect(view.rates[0]).toEqual({ label: '输入', value: '¥12.25' });
    expect(view.vsPredecessor).toBe('自 2025年12月11日 起，较 Acme-5.1：+40% 输入、+40% 输出、+40% 缓存输入');
    expect(view.text.compare).toBe('在 TokenTag 中比较');
  });
});

describe('where a price came from', () => {
  const withUser = applyUserPrices(
    testCatalog,
    {
      rates: [{ modelId: 'acme-5.2', seller: 'acme', input: 1.25 }],
      discounts: [],
      customModels: [{ id: 'acme-ft-1', name: 'Acme Tuned', aliases: [], input: 0.5, output: 2, reasoning: false }],
    },
    '2026-01-01',
  ).catalog;
  const view = (catalog: typeof testCatalog, id: string) => {
    const v = describeForTag(catalog, id, true, options);
    if (!v.known) throw new Error(`${id} is unknown`);
    return v;
  };

  it('says "your price" with the list price beside it, and gives the page the list price only', () => {
    const v = view(withUser, 'acme-5.2');
    expect(v.label).toBe('$1.25 / $14.00');
    expect(v.origin).toBe('user');
    expect(v.text.origin).toBe('Your price (list price $1.75 / $14.00 per 1M tokens)');
    expect(v.description).toBe('Acme-5.2: $1.75 input, $14.00 output per 1M tokens');
  });

  it("says a custom model's price is the user's own, and keeps it out of the page's reach", () => {
    const v = view(withUser, 'acme-ft-1');
    expect(v.text.origin).toBe('Your own model: your price');
    expect(v.description).toBe('Acme Tuned');
  });

  it('says a feed price was not checked by TokenTag, and says nothing for a checked one', () => {
    const feedCatalog = structuredClone(testCatalog);
    const model = feedCatalog.models.find((m) => m.id === 'acme-5.2')!;
    model.prices[model.prices.length - 1] = { ...model.prices.at(-1)!, origin: 'feed' };
    expect(view(feedCatalog, 'acme-5.2')).toMatchObject({
      origin: 'feed',
      text: { origin: 'price from genai-prices, not checked by TokenTag' },
    });
    expect(view(testCatalog, 'acme-5.2').text.origin).toBeUndefined();
  });
});
