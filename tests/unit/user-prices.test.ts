// The user's own prices: a seller discount, per-rate overrides and custom models, applied once, list prices kept beside them.
import { describe, expect, it } from 'vitest';
import type { SellerInput, VendorInput } from '../../pricing-data/schema';
import { buildCatalog } from '../../pricing-data/validate';
import { findModel, priceAt } from '../../utils/catalog';
import { applyUserPrices, noUserPrices, userPricesSchema, type UserPrices } from '../../utils/user-prices';

const source = { url: 'https://example.com/pricing', checked: '2026-11-27' };
const anthropic: VendorInput = {
  id: 'anthropic',
  name: 'Anthropic',
  pricingUrl: 'https://claude.com/pricing',
  models: [
    {
      id: 'claude-sonnet-5',
      name: 'Claude Sonnet 5',
      reasoning: true,
      prices: [
        { from: '2026-01-01', to: '2026-06-01', input: 3, output: 15, cachedInput: 0.3, cacheWrite5m: 3.75, source },
        { from: '2026-06-01', input: 2.5, output: 12.5, cachedInput: 0.25, source },
      ],
    },
  ],
};
const bedrock: SellerInput = {
  id: 'aws-bedrock',
  name: 'Amazon Bedrock',
  kind: 'cloud',
  pricingUrl: 'https://aws.amazon.com/bedrock/pricing/',
  offers: [
    { model: 'claude-sonnet-5', region: 'regional', prices: [{ from: '2026-06-01', input: 2.75, output: 13.75, source }] },
  ],
};
const catalog = buildCatalog([anthropic], [bedrock]);
const prices = (patch: Partial<UserPrices>): UserPrices => ({ ...noUserPrices, ...patch });

describe('applyUserPrices', () => {
  it('returns the very same catalog when the user has no prices', () => {
    expect(applyUserPrices(catalog, noUserPrices, '2026-11-30').catalog).toBe(catalog);
  });

  it('takes a seller discount off every rate of that seller only, keeping the list rates', () => {
    const { catalog: mine } = applyUserPrices(
      catalog,
      prices({ discounts: [{ seller: 'anthropic', percent: 20 }] }),
      '2026-11-30',
    );
    const sonnet = findModel(mine, 'claude-sonnet-5')!;
    expect(priceAt(sonnet, '2026-11-30')).toMatchObject({
      input: 2,
      output: 10,
      cachedInput: 0.2,
      origin: 'user',
      list: { input: 2.5, output: 12.5, cachedInput: 0.25 },
    });
    expect(priceAt(sonnet, '2026-02-01')).toMatchObject({ input: 2.4, cacheWrite5m: 3, list: { input: 3 } });
    expect(sonnet.offers[0]!.prices[0]).toMatchObject({ input: 2.75 });
    expect(sonnet.offers[0]!.prices[0]!.origin).toBeUndefined();
    // The bundled catalog is untouched.
    expect(priceAt(findModel(catalog, 'claude-sonnet-5')!, '2026-11-30')!.input).toBe(2.5);
  });

  it('lets a rate override have the final word on its rate, for one seller and region', () => {
    const { catalog: mine } = applyUserPrices(
      catalog,
      prices({
        discounts: [{ seller: 'aws-bedrock', percent: 10 }],
        rates: [{ modelId: 'claude-sonnet-5', seller: 'aws-bedrock', region: 'regional', output: 11 }],
      }),
      '2026-11-30',
    );
    expect(findModel(mine, 'claude-sonnet-5')!.offers[0]!.prices[0]).toMatchObject({
      input: 2.475,
      output: 11,
      list: { input: 2.75, output: 13.75 },
      origin: 'user',
    });
  });

  it('adds custom models that the detector can name, and skips one whose name is taken', () => {
    const { catalog: mine, skipped } = applyUserPrices(
      catalog,
      prices({
        customModels: [
          { id: 'acme-ft-1', name: 'Acme support fine-tune', aliases: ['ft:acme-1'], input: 0.4, output: 1.6, reasoning: false },
          { id: 'dupe', name: 'Claude Sonnet 5', aliases: [], input: 1, output: 1, reasoning: false },
        ],
      }),
      '2026-11-30',
    );
    const custom = findModel(mine, 'ft:acme-1')!;
    expect(custom).toMatchObject({ id: 'acme-ft-1', vendor: 'custom' });
    expect(priceAt(custom, '2025-03-01')).toMatchObject({ input: 0.4, output: 1.6, origin: 'user' });
    expect(skipped).toEqual(['dupe']);
    expect(mine.sellers.map((s) => s.id)).toContain('custom');
  });
});

describe('userPricesSchema', () => {
  it.each([
    [{ rates: [{ modelId: 'm', seller: 's' }] }, 'set at least one rate'],
    [{ rates: [{ modelId: 'm', seller: 's', input: -1 }] }, 'must not be negative'],
    [{ rates: [{ modelId: 'm', seller: 's', input: 1e99 }] }, 'at most 10,000 USD per 1M tokens'],
    [{ discounts: [{ seller: 's', percent: 100 }] }, 'less than 100%'],
    [{ customModels: [{ id: 'Bad Id', name: 'x', aliases: [], input: 1, output: 1, reasoning: false }] }, 'lower-case'],
  ])('refuses %j with a message that says why', (patch, message) => {
    const parsed = userPricesSchema.safeParse(prices(patch));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message).join('; ')).toContain(message);
  });
});
