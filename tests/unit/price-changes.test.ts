// What changed: snapshots of the prices in force, their differences with the cause of each, and the 30-day marker.
import { describe, expect, it } from 'vitest';
import type { VendorInput } from '../../pricing-data/schema';
import { buildCatalog } from '../../pricing-data/validate';
import { findModel } from '../../utils/catalog';
import { changedRecently, diffSnapshots, snapshotPrices } from '../../utils/price-changes';
import { applyUserPrices, noUserPrices } from '../../utils/user-prices';

const source = { url: 'https://example.com/pricing', checked: '2026-11-27' };
const vendor: VendorInput = {
  id: 'acme',
  name: 'Acme',
  pricingUrl: 'https://example.com/pricing',
  models: [
    {
      id: 'acme-1',
      name: 'Acme 1',
      reasoning: false,
      prices: [
        { from: '2026-01-01', to: '2026-11-15', input: 1, output: 4, source },
        { from: '2026-11-15', input: 0.8, output: 3.2, cachedInput: 0.08, source },
      ],
    },
    { id: 'acme-2', name: 'Acme 2', reasoning: false, prices: [{ from: '2026-01-01', input: 2, output: 8, source }] },
    {
      id: 'acme-old',
      name: 'Acme Old',
      reasoning: false,
      retired: '2026-11-20',
      prices: [{ from: '2025-01-01', input: 5, output: 5, source }],
    },
  ],
};
const catalog = buildCatalog([vendor]);

describe('price changes', () => {
  it('lists what changed between two days, with the day it is in force and its cause', () => {
    const changes = diffSnapshots(snapshotPrices(catalog, '2026-11-01'), snapshotPrices(catalog, '2026-11-30'));
    expect(changes).toEqual([
      {
        modelId: 'acme-old',
        seller: 'acme',
        before: { input: 5, output: 5, from: '2025-01-01' },
        inForceFrom: '2026-11-30',
        cause: 'bundled',
      },
      {
        modelId: 'acme-1',
        seller: 'acme',
        before: { input: 1, output: 4, from: '2026-01-01' },
        after: { input: 0.8, output: 3.2, cachedInput: 0.08, from: '2026-11-15' },
        inForceFrom: '2026-11-15',
        cause: 'bundled',
      },
    ]);
  });

  it("names the user's own prices as the cause of a change they made", () => {
    const before = snapshotPrices(catalog, '2026-11-30');
    const mine = applyUserPrices(
      catalog,
      { ...noUserPrices, discounts: [{ seller: 'acme', percent: 50 }] },
      '2026-11-30',
    ).catalog;
    const changes = diffSnapshots(before, snapshotPrices(mine, '2026-11-30'));
    expect(changes.map((c) => [c.modelId, c.cause, c.after?.input])).toEqual([
      ['acme-1', 'user', 0.4],
      ['acme-2', 'user', 1],
    ]);
  });

  it('finds nothing when nothing changed', () => {
    expect(diffSnapshots(snapshotPrices(catalog, '2026-11-30'), snapshotPrices(catalog, '2026-11-30'))).toEqual([]);
  });

  it('marks a model whose price changed within the last 30 days, not its first price', () => {
    expect(changedRecently(findModel(catalog, 'acme-1')!, '2026-11-30')).toBe(true);
    expect(changedRecently(findModel(catalog, 'acme-1')!, '2026-12-20')).toBe(false);
    expect(changedRecently(findModel(catalog, 'acme-2')!, '2026-01-10')).toBe(false);
  });
});
