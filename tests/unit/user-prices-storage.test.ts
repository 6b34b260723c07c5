// The user's prices in the extension: stored and salvaged entry by entry, applied by the catalog in use, imported without loss.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentCatalog, watchCatalog } from '../../extension/catalog-view';
import { importUserPrices, quarantine, userPricesStorage } from '../../extension/storage';
import { findModel, priceAt, toIsoDay } from '../../utils/catalog';
import { salvageUserPrices, type UserPrices } from '../../utils/user-prices';

const mine: UserPrices = {
  rates: [{ modelId: 'gpt-5.2', seller: 'openai', input: 1.25 }],
  discounts: [],
  customModels: [
    { id: 'acme-ft-1', name: 'Acme Support Tuned', aliases: ['acme-support-ft'], input: 0.8, output: 3.2, reasoning: false },
  ],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('salvageUserPrices', () => {
  it('keeps every valid entry and names each bad one with its place and reason', () => {
    const raw = {
      rates: [mine.rates[0], { modelId: 'gpt-5.2', seller: 'openai', input: -1 }],
      discounts: [{ seller: 'anthropic', percent: 120 }],
      customModels: mine.customModels,
    };
    const { value, problems, rejected } = salvageUserPrices(raw);
    expect(value).toEqual({ ...mine, discounts: [] });
    expect(problems).toEqual([
      'userPrices.rates[1].input: must not be negative',
      'userPrices.discounts[0].percent: must be less than 100%',
    ]);
    expect(rejected).toEqual({ rates: [raw.rates[1]], discounts: [raw.discounts[0]] });
  });

  it('reads something that is not an object as no prices, and says so', () => {
    expect(salvageUserPrices('junk')).toMatchObject({ value: { rates: [], discounts: [], customModels: [] }, rejected: 'junk' });
  });
});

describe('the catalog in use applies the stored prices', () => {
  it('overrides a rate (keeping the list price) and adds a custom model, then follows a change', async () => {
    await userPricesStorage.set(mine);
    const today = toIsoDay(new Date());
    const catalog = await currentCatalog();
    const period = priceAt(findModel(catalog, 'gpt-5.2')!, today)!;
    expect(period).toMatchObject({ input: 1.25, origin: 'user', list: { input: 1.75 } });
    expect(priceAt(findModel(catalog, 'acme-support-ft')!, today)).toMatchObject({ input: 0.8, output: 3.2, origin: 'user' });

    const seen = vi.fn();
    const stop = watchCatalog(seen);
    await userPricesStorage.set({ rates: [], discounts: [], customModels: [] });
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    stop();
    const after = seen.mock.calls.at(-1)![0] as Awaited<ReturnType<typeof currentCatalog>>;
    expect(priceAt(findModel(after, 'gpt-5.2')!, today)).not.toHaveProperty('origin', 'user');
    expect(findModel(after, 'acme-ft-1')).toBeUndefined();
  });

  it('sets a damaged stored entry aside and keeps the rest', async () => {
    await fakeBrowser.storage.sync.set({
      userPrices: { ...mine, discounts: [{ seller: 'x', percent: 0 }] },
      userPrices$: { v: 1 },
    });
    expect(await userPricesStorage.get()).toEqual(mine);
    expect((await quarantine.list())[0]).toMatchObject({
      key: 'userPrices',
      value: { discounts: [{ seller: 'x', percent: 0 }] },
    });
  });
});

describe('importUserPrices', () => {
  it('adds imported entries, an entry for the same offer, seller or id replacing the stored one', async () => {
    await userPricesStorage.set(mine);
    const count = await importUserPrices({
      rates: [{ modelId: 'gpt-5.2', seller: 'openai', output: 10 }],
      discounts: [{ seller: 'anthropic', percent: 20 }],
      customModels: [],
    });
    expect(count).toBe(2);
    expect(await userPricesStorage.get()).toEqual({
      rates: [{ modelId: 'gpt-5.2', seller: 'openai', output: 10 }],
      discounts: [{ seller: 'anthropic', percent: 20 }],
      customModels: mine.customModels,
    });
  });
});
