// What a tag and its card say: compact label, rates, changes, the preset's bill, and honest unknowns.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../utils/i18n';
import { describeChange, describeForTag, type KnownTagView, type TagViewOptions } from '../../utils/tag-view';
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
  return view as KnownTagView;
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
    expect(view.description).toMatch(
      /^Acme-5\.2: \$1\.75 input, \$14\.00 output per 1M tokens; \$[\d.]+ per Tool-call-heavy agent task$/,
    );
  });

  it('says how the model compares with its predecessor and when its price last changed', () => {
    expect(known('acme-5.2').vsPredecessor).toBe('+40% input, +40% output, +40% cached input vs Acme-5.1 since 2025-12-11');
    expect(known('acme-o3').latestChange).toBe('Latest change: −80% input, −80% output, −80% cached input on 2025-06-10');
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
    expect(describeChange({ input: 40, output: 40 }, createTranslator('zh_CN'), 'zh-CN')).toBe('+40% 输入，+40% 输出');
  });
});

describe('describeForTag in Chinese', () => {
  it('speaks Chinese, with money in Chinese formatting', () => {
    const view = known('acme-5.2', { t: createTranslator('zh_CN'), locale: 'zh-CN', currency: { code: 'CNY', perUsd: 7 } });
    expect(view.label).toBe('¥12.25 / ¥98.00');
    expect(view.unitText).toBe('每百万 token');
    expect(view.rates[0]).toEqual({ label: '输入', value: '¥12.25' });
    expect(view.vsPredecessor).toBe('自 2025-12-11 起，较 Acme-5.1：+40% 输入，+40% 输出，+40% 缓存输入');
    expect(view.text.compare).toBe('在 TokenTag 中比较');
  });
});
