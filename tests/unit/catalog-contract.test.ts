// The contract of `npm run --silent catalog`, which other tools read: prices, offers and service tiers with stable field names.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { catalog } from '../../pricing-data/index';
import { testCatalog } from '../fixtures/test-catalog';

const rate = z.number().check(z.minimum(0));
const tierRates = z.strictObject({ input: rate, output: rate, cachedInput: z.optional(rate) });
const source = z.object({ url: z.string(), checked: z.string(), via: z.optional(z.string()) });

/** A price period as the CLI prints it: today's field names (and the terms' sources the catalog adds). */
const period = z.strictObject({
  from: z.string(),
  to: z.optional(z.string()),
  input: rate,
  output: rate,
  cachedInput: z.optional(rate),
  cacheWrite5m: z.optional(rate),
  cacheWrite1h: z.optional(rate),
  reasoning: z.optional(rate),
  outputWithReasoning: z.optional(rate),
  tiers: z.optional(z.array(z.object({ above: z.number(), basis: z.string(), input: rate, output: rate }))),
  batchDiscount: z.optional(z.number()),
  serviceTiers: z.optional(
    z.strictObject({ flex: z.optional(tierRates), priority: z.optional(tierRates), fast: z.optional(tierRates) }),
  ),
  status: z.enum(['applied', 'promotional', 'announced']),
  note: z.optional(z.string()),
  source,
  termSources: z.optional(z.array(source)),
});

const contract = z.object({
  version: z.string(),
  models: z.array(
    z.object({
      id: z.string(),
      vendor: z.string(),
      name: z.string(),
      /** The creator's own first-party periods. */
      prices: z.array(period),
      offers: z.array(z.object({ seller: z.string(), region: z.optional(z.string()), prices: z.array(period) })),
    }),
  ),
  sellers: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
});

const printed = () =>
  execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../scripts/print-catalog.ts')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

describe('npm run --silent catalog', () => {
  it('prints the assembled catalog, and it keeps the contract', { timeout: 60_000 }, () => {
    const out = JSON.parse(printed()) as unknown;
    const checked = contract.safeParse(out);
    expect(checked.success ? [] : checked.error.issues.slice(0, 5)).toEqual([]);
    expect(out).toEqual(JSON.parse(JSON.stringify(catalog)));
  });

  it('holds for offers (seller, region, periods) and service tiers on any period', () => {
    const json = JSON.parse(JSON.stringify(testCatalog)) as z.infer<typeof contract>;
    expect(contract.safeParse(json).success).toBe(true);
    const gpt = json.models.find((m) => m.id === 'acme-5.2')!;
    expect(gpt.prices[0]!.serviceTiers).toEqual({
      flex: { input: 0.875, output: 7, cachedInput: 0.0875 },
      priority: { input: 3.5, output: 28, cachedInput: 0.35 },
    });
    expect(gpt.offers.map((o) => [o.seller, o.region, o.prices.length])).toEqual([
      ['cloudy', 'global', 1],
      ['cloudy', 'regional', 1],
    ]);
  });

  it('refuses what breaks the contract: a renamed rate, a service tier without output', () => {
    const json = JSON.parse(JSON.stringify(testCatalog)) as { models: { prices: Record<string, unknown>[] }[] };
    const renamed = structuredClone(json);
    const first = renamed.models[0]!.prices[0]!;
    first.inputRate = first.input;
    delete first.input;
    expect(contract.safeParse(renamed).success).toBe(false);
    const halfTier = structuredClone(json);
    halfTier.models[0]!.prices[0]!.serviceTiers = { priority: { input: 1 } };
    expect(contract.safeParse(halfTier).success).toBe(false);
  });
});
