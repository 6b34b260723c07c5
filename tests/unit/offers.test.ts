// Seller files put their offers on the catalog's models, with the seller named and its fees attached.
import { describe, expect, it } from 'vitest';
import type { SellerInput, VendorInput } from '../../pricing-data/schema';
import { assembleCatalog, buildCatalog } from '../../pricing-data/validate';
import { modelAsSoldBy } from '../../utils/offers';
import { snapshotPrices } from '../../utils/price-changes';

const source = { url: 'https://example.com/pricing', checked: '2026-11-27' };
const period = (from: string, input: number, output: number, to?: string) => ({
  from,
  ...(to ? { to } : {}),
  input,
  output,
  source,
});
const creator: VendorInput = {
  id: 'maker',
  name: 'Maker',
  pricingUrl: 'https://example.com/pricing',
  models: [{ id: 'open-1', name: 'Open 1', reasoning: false, prices: [] }],
};
const host = (offers: SellerInput['offers'], extra: Partial<SellerInput> = {}): SellerInput => ({
  id: 'host',
  name: 'Host',
  kind: 'host',
  pricingUrl: 'https://host.example/pricing',
  offers,
  ...extra,
});

describe('offers', () => {
  it('puts an offer on its model, naming the seller and attaching its request fees', () => {
    const fee = { name: 'Requests', usd: 5, per: 1000, option: 'low', from: '2025-01-01', source };
    const catalog = buildCatalog(
      [creator],
      [host([{ model: 'open-1', region: 'us', prices: [period('2025-01-01', 0.1, 0.3)] }], { requestFees: [fee] })],
    );
    const model = catalog.models.find((m) => m.id === 'open-1')!;
    expect(model.prices).toEqual([]);
    expect(model.offers).toHaveLength(1);
    expect(model.offers[0]).toMatchObject({ seller: 'host', region: 'us', requestFees: [fee] });
    expect(model.offers[0]!.prices[0]).toMatchObject({ input: 0.1, output: 0.3 });
    expect(catalog.sellers).toEqual([expect.objectContaining({ id: 'host', kind: 'host' })]);
    expect(catalog.sellers[0]).not.toHaveProperty('offers');
  });

  it('refuses an offer of an unknown model, a twice-offered model and overlapping periods', () => {
    const { problems } = assembleCatalog(
      [creator],
      [
        host([
          { model: 'nope', prices: [] },
          { model: 'open-1', prices: [period('2025-01-01', 1, 2, '2025-06-01'), period('2025-05-01', 1, 2)] },
          { model: 'open-1', prices: [] },
        ]),
      ],
    );
    const text = problems.map((p) => `${p.path}: ${p.message}`).join('\n');
    expect(text).toContain('host.offers[0].model: unknown model nope');
    expect(text).toContain('host.offers[1].prices[1].from: overlaps the period before');
    expect(text).toContain('host.offers[2]: open-1 is offered twice');
  });

  it('refuses a seller that reuses a vendor id, and service tiers with bad rates', () => {
    const { problems } = assembleCatalog(
      [creator],
      [
        host(
          [{ model: 'open-1', prices: [{ ...period('2025-01-01', 1, 2), serviceTiers: { flex: { input: -1, output: 1 } } }] }],
          {
            id: 'maker',
          },
        ),
      ],
    );
    const text = problems.map((p) => `${p.path}: ${p.message}`).join('\n');
    expect(text).toContain('maker.offers.0.prices.0.serviceTiers.flex.input');
    expect(assembleCatalog([creator], [host([], { id: 'maker' })]).problems[0]).toMatchObject({
      path: 'maker',
      message: 'duplicate seller id',
    });
  });

  it("ends a seller's offer with its own periods, not with the day the creator retired the model", () => {
    const retiredCreator: VendorInput = {
      ...creator,
      models: [
        {
          id: 'open-1',
          name: 'Open 1',
          reasoning: false,
          retired: '2026-01-01',
          prices: [period('2025-01-01', 1, 2, '2026-01-01')],
        },
      ],
    };
    const catalog = buildCatalog([retiredCreator], [host([{ model: 'open-1', prices: [period('2025-01-01', 0.1, 0.3)] }])]);
    const model = catalog.models.find((m) => m.id === 'open-1')!;
    expect(modelAsSoldBy(model, { seller: 'host' }).retired).toBeUndefined();
    expect(modelAsSoldBy(model, { seller: 'maker' }).retired).toBe('2026-01-01');
    expect(Object.keys(snapshotPrices(catalog, '2026-06-01').prices)).toEqual(['open-1@host']);
  });
});
