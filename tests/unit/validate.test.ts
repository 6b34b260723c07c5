// The catalog builder rejects data that breaks the catalog's rules, naming where.
import { describe, expect, it } from 'vitest';
import type { VendorInput } from '../../pricing-data/schema';
import { assembleCatalog, buildCatalog, CatalogError } from '../../pricing-data/validate';

const source = { url: 'https://example.com/pricing', checked: '2026-11-27' };
const period = (from: string, to?: string) => ({ from, ...(to ? { to } : {}), input: 1, output: 2, source });

function vendor(models: VendorInput['models'], extra: Partial<VendorInput> = {}): VendorInput {
  return { id: 'v', name: 'V', pricingUrl: 'https://example.com/pricing', models, ...extra };
}

function problemsOf(...vendors: VendorInput[]) {
  return assembleCatalog(vendors).problems.map((p) => `${p.path}: ${p.message}`);
}

describe('assembleCatalog', () => {
  it('assembles a valid catalog, filling defaults and the vendor of each model', () => {
    const catalog = buildCatalog([vendor([{ id: 'm-1', name: 'M 1', reasoning: false, prices: [period('2025-01-01')] }])]);
    expect(catalog.models[0]).toMatchObject({ id: 'm-1', vendor: 'v', aliases: [], toolFees: [] });
    expect(catalog.models[0]!.prices[0]!.status).toBe('applied');
    expect(catalog.version).toBe('2026-11-27');
  });

  it.each([
    [
      'an open-ended period before another',
      [period('2025-01-01'), period('2025-06-01')],
      'only the last period may be open-ended',
    ],
    ['overlapping periods', [period('2025-01-01', '2025-07-01'), period('2025-06-01')], 'overlaps the period before'],
    [
      'periods out of order',
      [period('2025-06-01', '2025-07-01'), period('2025-01-01')],
      'periods must be in order, oldest first',
    ],
    ['a period that ends before it starts', [period('2025-06-01', '2025-01-01')], '`to` must be after `from`'],
  ])('rejects %s', (_name, prices, message) => {
    expect(problemsOf(vendor([{ id: 'm', name: 'M', reasoning: false, prices }])).join('\n')).toContain(message);
  });

  it('rejects a negative price, a missing source and a bad date, naming the path', () => {
    const problems = problemsOf(
      vendor([
        {
          id: 'm',
          name: 'M',
          reasoning: false,
          prices: [{ from: '2025-02-30', input: -1, output: 2, source: { url: 'not a url', checked: '2026-11-27' } }],
        },
        { id: 'n', name: 'N', reasoning: false, prices: [{ from: '2025-01-01', input: 1, output: 2 } as never] },
      ]),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^v\.models\.0\.prices\.0\.from: /),
        expect.stringMatching(/^v\.models\.0\.prices\.0\.input: .*>=0/),
        expect.stringMatching(/^v\.models\.0\.prices\.0\.source\.url: /),
        expect.stringMatching(/^v\.models\.1\.prices\.0\.source: /),
      ]),
    );
  });

  it('rejects a spelling that names two models, across vendors and case', () => {
    const problems = problemsOf(
      vendor([{ id: 'm-1', name: 'M 1', aliases: ['shared-name'], reasoning: false, prices: [] }]),
      vendor([{ id: 'm-2', name: 'M 2', aliases: ['Shared-Name'], reasoning: false, prices: [] }], { id: 'w' }),
    );
    expect(problems).toEqual(['w.models[0].aliases[0]: "Shared-Name" names both m-1 (as "shared-name") and m-2']);
  });

  it('rejects an alias that repeats a model id, and a duplicate id', () => {
    expect(
      problemsOf(
        vendor([
          { id: 'm-1', name: 'M 1', reasoning: false, prices: [] },
          { id: 'm-2', name: 'M 2', aliases: ['m-1'], reasoning: false, prices: [] },
          { id: 'm-2', name: 'M 2 again', reasoning: false, prices: [] },
        ]),
      ),
    ).toEqual(['v.models[1].aliases[0]: "m-1" names both m-1 and m-2', 'v.models[2].id: duplicate id m-2']);
  });

  it('rejects an unknown predecessor, a looping lineage and a fee for an unknown model', () => {
    const problems = problemsOf(
      vendor(
        [
          { id: 'a', name: 'A', predecessor: 'b', reasoning: false, prices: [] },
          { id: 'b', name: 'B', predecessor: 'a', reasoning: false, prices: [] },
          { id: 'c', name: 'C', predecessor: 'nope', reasoning: false, prices: [] },
        ],
        {
          toolFees: [
            { tool: 'webSearch', name: 'Search', usd: 10, per: 1000, unit: 'call', from: '2025-01-01', models: ['zzz'], source },
          ],
        },
      ),
    );
    expect(problems).toEqual([
      'v.toolFees[0].models: unknown model zzz',
      'v.a.predecessor: the lineage loops',
      'v.b.predecessor: the lineage loops',
      'v.c.predecessor: unknown model nope',
    ]);
  });

  it('requires an end date for a promotional price and increasing tiers', () => {
    const problems = problemsOf(
      vendor([
        {
          id: 'm',
          name: 'M',
          reasoning: false,
          prices: [
            {
              ...period('2025-01-01'),
              status: 'promotional',
              tiers: [
                { above: 200_000, basis: 'prompt', input: 2, output: 4 },
                { above: 128_000, basis: 'prompt', input: 2, output: 4 },
              ],
            },
          ],
        },
      ]),
    );
    expect(problems.join('\n')).toContain('a promotional price needs the date it ends');
    expect(problems.join('\n')).toContain('tiers must be in increasing order');
  });

  it('throws a CatalogError that lists every problem', () => {
    expect(() => buildCatalog([vendor([{ id: 'BAD ID', name: '', reasoning: false, prices: [] }])])).toThrow(CatalogError);
    try {
      buildCatalog([vendor([{ id: 'BAD ID', name: '', reasoning: false, prices: [] }])]);
    } catch (error) {
      expect((error as CatalogError).problems).toHaveLength(2);
      expect((error as CatalogError).message).toContain('ids are lower-case API ids');
    }
  });
});
