// The real catalog: its rules, its coverage, and the price histories it must tell.
import { describe, expect, it } from 'vitest';
import { catalog, vendorFiles } from '../../pricing-data/index';
import { assembleCatalog } from '../../pricing-data/validate';
import type { Model } from '../../pricing-data/schema';
import { compareWithPredecessor, findModel, lineage, priceAt } from '../../utils/catalog';

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

describe('sellers, offers and service tiers', () => {
  const DAY = '2026-11-30';
  const offer = (id: string, seller: string, region?: string) => {
    const found = model(id).offers.find((o) => o.seller === seller && o.region === region);
    if (!found) throw new Error(`${seller} does not offer ${id}${region ? ` in ${region}` : ''}`);
    return found.prices.find((p) => p.from <= DAY && (p.to === undefined || DAY < p.to));
  };
  const pricedPairs = () =>
    catalog.models.reduce((n, m) => n + (m.prices.length > 0 ? 1 : 0) + m.offers.filter((o) => o.prices.length > 0).length, 0);
  const sellingIds = () =>
    new Set([
      ...catalog.models.filter((m) => m.prices.length > 0).map((m) => m.vendor),
      ...catalog.models.flatMap((m) => m.offers.filter((o) => o.prices.length > 0).map((o) => o.seller)),
    ]);

  it('has at least 25 sellers (creators included) and 400 priced model-seller pairs', () => {
    expect(sellingIds().size).toBeGreaterThanOrEqual(25);
    expect(pricedPairs()).toBeGreaterThanOrEqual(400);
  });

  it('dates and sources every offer period, naming the secondary database it was read in', () => {
    for (const m of catalog.models) {
      for (const o of m.offers) {
        for (const p of o.prices) {
          expect(p.source.url, `${o.seller}/${m.id}`).toMatch(/^https:\/\//);
          expect(p.source.checked <= catalog.version, `${o.seller}/${m.id}`).toBe(true);
          expect(p.source.via, `${o.seller}/${m.id}`).toBeTruthy();
        }
      }
    }
  });

  it('sells GPT-5.2 at Priority for $3.50/$28 and at Flex for the batch rates', () => {
    const p = price('gpt-5.2', DAY)!;
    expect(p.serviceTiers?.priority).toEqual({ input: 3.5, cachedInput: 0.35, output: 28 });
    expect(p.serviceTiers?.flex).toEqual({
      input: p.input * p.batchDiscount!,
      cachedInput: 0.0875,
      output: p.output * p.batchDiscount!,
    });
  });

  it('never prices a Priority tier below standard nor a Flex tier above it', () => {
    for (const m of catalog.models) {
      for (const p of [...m.prices, ...m.offers.flatMap((o) => o.prices)]) {
        if (p.serviceTiers?.priority) expect(p.serviceTiers.priority.input, m.id).toBeGreaterThan(p.input);
        if (p.serviceTiers?.flex) expect(p.serviceTiers.flex.input, m.id).toBeLessThan(p.input);
        if (p.serviceTiers?.fast) expect(p.serviceTiers.fast.output, m.id).toBeGreaterThan(p.output);
      }
    }
  });

  it("charges 10% more on Bedrock's regional endpoints than on its global ones for Claude Sonnet 4.6", () => {
    const global = offer('claude-sonnet-4-6', 'aws-bedrock', 'global')!;
    const regional = offer('claude-sonnet-4-6', 'aws-bedrock', 'regional')!;
    expect(global.input).toBe(price('claude-sonnet-4-6', DAY)!.input);
    expect(regional.input).toBeCloseTo(global.input * 1.1, 9);
    expect(regional.output).toBeCloseTo(global.output * 1.1, 9);
  });

  it('offers gpt-oss-120b on every open-weight host that sells it, at prices that differ', () => {
    const sellers = model('gpt-oss-120b').offers.map((o) => o.seller);
    for (const s of ['groq', 'together', 'fireworks', 'cerebras', 'deepinfra', 'openrouter']) expect(sellers).toContain(s);
    const inputs = new Set(model('gpt-oss-120b').offers.map((o) => o.prices.at(-1)!.input));
    expect(inputs.size).toBeGreaterThan(3);
  });

  it("bills Perplexity's Sonar models a request fee by search context size", () => {
    for (const id of ['sonar', 'sonar-pro', 'sonar-reasoning-pro']) {
      const options = model(id).requestFees.map((f) => [f.option, f.usd, f.per]);
      expect(
        options.map((o) => o[0]),
        id,
      ).toEqual(['low', 'medium', 'high']);
      const usd = options.map((o) => o[1] as number);
      expect(usd[0]! < usd[1]! && usd[1]! < usd[2]!, id).toBe(true);
    }
    expect(model('sonar-deep-research').requestFees).toEqual([]);
  });
});
