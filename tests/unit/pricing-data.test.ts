// The real catalog: its rules, its coverage, and the price histories it must tell.
import { describe, expect, it } from 'vitest';
import { catalog, vendorFiles } from '../../pricing-data/index';
import { assembleCatalog } from '../../pricing-data/validate';
import type { Model } from '../../pricing-data/schema';
import { compareWithPredecessor, findModel, lineage, priceAt } from '../../utils/catalog';
import { foldName } from '../../utils/detect';

const model = (id: string): Model => {
  const found = findModel(catalog, id);
  if (!found) throw new Error(`${id} is not in the catalog`);
  return found;
};
const price = (id: string, day: string) => priceAt(model(id), day);

/**
 * Where the price periods of models, as written in a vendor file, break the timeline: a period ends
 * (`to`, exclusive) after it starts, on or before the next one starts, and only the last is open-ended.
 * Stated here independently of pricing-data/validate.ts, so that a fault in either shows.
 */
function timelineBreaks(models: readonly { id: string; prices: readonly { from: string; to?: string }[] }[]): string[] {
  const breaks: string[] = [];
  for (const m of models) {
    m.prices.forEach((p, i) => {
      if (p.to !== undefined && p.to <= p.from) breaks.push(`${m.id} ${p.from}: ends on or before it starts`);
      const next = m.prices[i + 1];
      if (!next) return;
      if (p.to === undefined) breaks.push(`${m.id} ${p.from}: open-ended, yet a period follows from ${next.from}`);
      else if (p.to > next.from) breaks.push(`${m.id} ${p.to}: overlaps the next period, from ${next.from}`);
      if (next.from <= p.from) breaks.push(`${m.id} ${next.from}: out of order`);
    });
  }
  return breaks;
}

describe('the catalog', () => {
  it('covers at least 150 models from at least 10 vendors', () => {
    expect(catalog.models.length).toBeGreaterThanOrEqual(150);
    expect(catalog.vendors.length).toBeGreaterThanOrEqual(10);
    for (const id of ['openai', 'google', 'anthropic', 'xai', 'deepseek', 'mistral']) {
      expect(catalog.models.filter((m) => m.vendor === id).length, id).toBeGreaterThanOrEqual(4);
    }
  });

  it('dates and sources every price period', () => {
    for (const m of catalog.models) {
      for (const p of m.prices) {
        expect(p.source.url, m.id).toMatch(/^https:\/\//);
        expect(p.source.checked <= catalog.version, m.id).toBe(true);
        expect(p.source.checked >= '2024-01-01', m.id).toBe(true);
      }
    }
  });

  // Read from the vendor files as written, not from `catalog`: the catalog is only built when the
  // validator already let the periods through, so a check of it could never fail.
  it('orders periods and never lets them overlap, in the vendor files as written', () => {
    expect(vendorFiles.flatMap((vendor) => timelineBreaks(vendor.models))).toEqual([]);
  });

  it('would say so if a vendor file had overlapping periods (the check above can fail)', () => {
    const openai = structuredClone(vendorFiles.find((v) => v.id === 'openai')!);
    const o3 = openai.models.find((m) => m.id === 'o3')!;
    const [first, second] = o3.prices;
    // o3's price fell on first.to; move the new price one day earlier, inside the old period.
    second!.from = '2025-06-09';
    expect(first!.to).toBe('2025-06-10');
    expect(timelineBreaks(openai.models)).toEqual(['o3 2025-06-10: overlaps the next period, from 2025-06-09']);
    // The validator refuses the same file, so the catalog could not be built from it.
    expect(assembleCatalog([openai]).problems.map((p) => p.message)).toContain(
      'overlaps the period before, which ends 2025-06-10',
    );
  });

  it('gives no spelling to two models, even once case, spaces, dots and hyphens are folded', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const m of catalog.models) {
      for (const spelling of [m.id, m.name, ...m.aliases]) {
        const key = foldName(spelling);
        const other = owner.get(key);
        if (other !== undefined && other !== m.id) clashes.push(`${spelling} (${m.id}) vs ${other}`);
        owner.set(key, m.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('names only existing predecessors', () => {
    for (const m of catalog.models) if (m.predecessor) expect(findModel(catalog, m.predecessor), m.id).toBeDefined();
  });

  it('never prices a long-context tier below the base rates, nor a cache read above the input rate', () => {
    for (const m of catalog.models) {
      for (const p of m.prices) {
        if (p.cachedInput !== undefined) expect(p.cachedInput, m.id).toBeLessThanOrEqual(p.input);
        for (const t of p.tiers ?? []) {
          expect(t.input, m.id).toBeGreaterThanOrEqual(p.input);
          expect(t.output, m.id).toBeGreaterThanOrEqual(p.output);
        }
      }
    }
  });

  it('prints with the field names other tools read', () => {
    const json = JSON.parse(JSON.stringify(catalog)) as { models: Record<string, unknown>[] };
    const first = json.models.find((m) => (m.prices as unknown[]).length > 0)!;
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['id', 'vendor', 'name', 'aliases', 'prices']));
    expect(Object.keys((first.prices as Record<string, unknown>[])[0]!)).toEqual(
      expect.arrayContaining(['from', 'input', 'output']),
    );
  });
});

describe('OpenAI history', () => {
  it('runs GPT-5 → 5.1 → 5.2, with 5.2 40% dearer in every component', () => {
    expect(
      lineage(catalog, model('gpt-5.2'))
        .map((m) => m.id)
        .slice(-3),
    ).toEqual(['gpt-5', 'gpt-5.1', 'gpt-5.2']);
    const vs = compareWithPredecessor(catalog, model('gpt-5.2'), '2026-01-15')!;
    expect(vs.predecessor.id).toBe('gpt-5.1');
    expect(vs.change).toMatchObject({ input: 40, output: 40, cachedInput: 40 });
    expect(price('gpt-5.2', '2026-01-15')).toMatchObject({ input: 1.75, output: 14, cachedInput: 0.175 });
  });

  it('has later GPT-5.x models descending from GPT-5.2', () => {
    const later = catalog.models.filter(
      (m) => m.vendor === 'openai' && lineage(catalog, m).some((a) => a.id === 'gpt-5.2') && m.id !== 'gpt-5.2',
    );
    expect(later.length).toBeGreaterThan(0);
  });

  it('cut o3 by 80% on 2025-06-10', () => {
    expect(price('o3', '2025-06-09')).toMatchObject({ input: 10, output: 40 });
    expect(price('o3', '2025-06-10')).toMatchObject({ input: 2, output: 8 });
  });

  it('moved the gpt-4o alias to the cheaper snapshot on 2024-10-02, while gpt-4o-2024-05-13 kept $5/$15', () => {
    expect(price('gpt-4o', '2024-10-01')).toMatchObject({ input: 5, output: 15 });
    expect(price('gpt-4o', '2024-10-02')).toMatchObject({ input: 2.5, output: 10 });
    expect(model('gpt-4o-2024-05-13').id).toBe('gpt-4o-2024-05-13');
    expect(price('gpt-4o-2024-05-13', '2025-01-01')).toMatchObject({ input: 5, output: 15 });
  });

  it.each([
    'gpt-4o',
    'gpt-4o-mini',
    'gpt-4.1',
    'gpt-4.1-mini',
    'gpt-4.1-nano',
    'o3',
    'o4-mini',
    'o1',
    'gpt-5-mini',
    'gpt-5-nano',
  ])('keeps the still-used %s', (id) => {
    expect(model(id).prices.length).toBeGreaterThan(0);
  });

  it('bills web search, file search and code interpreter', () => {
    const tools = new Set(model('gpt-5.2').toolFees.map((f) => f.tool));
    expect(tools).toEqual(new Set(['webSearch', 'fileSearch', 'codeExecution']));
  });
});

describe('Google history', () => {
  it('cut Gemini 1.5 Flash on 2024-08-12 and 1.5 Pro on 2024-10-01, with their >128k tiers', () => {
    expect(price('gemini-1.5-flash', '2024-08-11')!.input).toBeGreaterThan(price('gemini-1.5-flash', '2024-08-12')!.input);
    expect(price('gemini-1.5-flash', '2024-08-12')).toMatchObject({ input: 0.075, output: 0.3 });
    expect(price('gemini-1.5-pro', '2024-09-30')!.input).toBeGreaterThan(price('gemini-1.5-pro', '2024-10-01')!.input);
    expect(price('gemini-1.5-pro', '2024-10-01')).toMatchObject({ input: 1.25, output: 5 });
    expect(price('gemini-1.5-pro', '2024-10-01')!.tiers![0]).toMatchObject({ above: 128_000, input: 2.5, output: 10 });
  });

  it('billed 2.5 Flash preview output at a thinking rate, and GA output at one rate', () => {
    const preview = model('gemini-2.5-flash-preview').prices[0]!;
    expect(preview.outputWithReasoning).toBeGreaterThan(preview.output);
    const ga = price('gemini-2.5-flash', '2025-08-01')!;
    expect(ga.outputWithReasoning).toBeUndefined();
  });

  it('prices 2.5 Pro and 3 Pro above 200k tokens, and above 1.5 Pro', () => {
    for (const id of ['gemini-2.5-pro', 'gemini-3-pro-preview']) {
      const p = model(id).prices.at(-1)!;
      expect(p.tiers?.[0]?.above, id).toBe(200_000);
      expect(p.input, id).toBeGreaterThan(price('gemini-1.5-pro', '2024-10-01')!.input - 1e-9);
    }
    expect(lineage(catalog, model('gemini-3-pro-preview')).map((m) => m.id)).toEqual(
      expect.arrayContaining(['gemini-1.5-pro', 'gemini-2.5-pro']),
    );
  });

  it('bills grounding per prompt on 2.x and per query on 3.x, with free allowances', () => {
    const onFlash = model('gemini-2.5-flash').toolFees.find((f) => f.tool === 'webSearch' && f.to === undefined);
    expect(onFlash).toMatchObject({ unit: 'groundedPrompt', freeAllowance: { per: 'day' } });
    const on3 = model('gemini-3-pro-preview').toolFees.find((f) => f.tool === 'webSearch' && f.unit === 'query' && f.usd > 0);
    expect(on3).toMatchObject({ freeAllowance: { per: 'month' } });
  });
});

describe('Anthropic history', () => {
  it('priced Opus 4.5 at a third of Opus 4.1', () => {
    const vs = compareWithPredecessor(catalog, model('claude-opus-4-5'), '2025-12-01')!;
    expect(vs.predecessor.id).toBe('claude-opus-4-1');
    expect(vs.before).toMatchObject({ input: 15, output: 75 });
    expect(vs.after).toMatchObject({ input: 5, output: 25 });
  });

  it('bills Sonnet 4.5 above 200k prompt tokens at the long-context rate', () => {
    expect(price('claude-sonnet-4-5', '2025-10-01')!.tiers![0]).toMatchObject({
      above: 200_000,
      basis: 'prompt',
      input: 6,
      output: 22.5,
    });
  });

  it('charges cache writes and web search', () => {
    expect(price('claude-sonnet-4-5', '2025-10-01')).toMatchObject({ cacheWrite5m: 3.75, cacheWrite1h: 6, cachedInput: 0.3 });
    expect(model('claude-sonnet-4-5').toolFees.some((f) => f.tool === 'webSearch')).toBe(true);
  });

  it.each(['claude-3-haiku', 'claude-3-5-sonnet', 'claude-3-7-sonnet', 'claude-3-opus'])('keeps the older %s', (id) => {
    expect(model(id).prices.length).toBeGreaterThan(0);
  });
});

describe('DeepSeek and xAI history', () => {
  it('cut DeepSeek on 2025-09-29 (V3.2)', () => {
    expect(price('deepseek-chat', '2025-09-28')!.input).toBeGreaterThan(price('deepseek-chat', '2025-09-29')!.input);
    expect(price('deepseek-chat', '2025-09-29')).toMatchObject({ input: 0.28, cachedInput: 0.028, output: 0.42 });
    expect(model('deepseek-chat').prices.filter((p) => p.from > '2025-09-29').length).toBeGreaterThan(0);
  });

  it("gives Grok 4 a long-context tier and xAI's tool calls a fee", () => {
    expect(price('grok-4', '2025-08-01')!.tiers![0]!.above).toBe(128_000);
    expect(model('grok-4').toolFees.some((f) => f.tool === 'webSearch')).toBe(true);
  });
});
