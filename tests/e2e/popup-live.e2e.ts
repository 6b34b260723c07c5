// The popup follows its tab's models live: models a page adds later appear, and a page left behind takes its models with it;
// a compared row joins at the page's seller, switches to another seller's price, and says when its seller does not sell it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { findModel, toIsoDay } from '../../utils/catalog';
import { defaultOffer, offerChoices, offerKey } from '../../utils/compare';
import { estimateCost } from '../../utils/cost';
import { offersOf, type OfferRef } from '../../utils/offers';
import { activePreset } from '../../utils/presets';
import { defaultSettings } from '../../utils/settings';
import { defaultPresets } from '../../utils/workloads';
import { launchWithExtension, startFixtureServer, tabIdOf, type ExtensionSession } from './harness';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server.port);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the popup opened for a tab', () => {
  it('shows a model the page adds after the popup opened, and drops the models once the tab leaves the page', async () => {
    const url = 'https://openai.com/api/pricing';
    const { page } = await session.open(url);
    const tabId = await tabIdOf(session, url);
    const { page: popup, errors } = await session.open(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    const rows = popup.locator('[role="tabpanel"] tbody tr[data-model-id]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(6);
    expect(await popup.locator('tr[data-model-id="claude-opus-4-5"]').count()).toBe(0);

    // A single-page app adds a model name.
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Now also Claude Opus 4.5.' })),
    );
    await expect.poll(() => popup.locator('tr[data-model-id="claude-opus-4-5"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await rows.count()).toBe(7);

    // The tab goes to a page TokenTag does not run on: the old page's models go.
    await page.goto('https://example.org/');
    await expect.poll(() => popup.getByText('No model names found on this page.').count(), { timeout: 10_000 }).toBe(1);
    expect(await rows.count()).toBe(0);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('a compared row’s seller', () => {
  const bedrockPage = 'https://aws.amazon.com/bedrock/pricing/';
  const today = toIsoDay(new Date());
  const workload = activePreset(defaultPresets, defaultSettings.activePresetId).workload;
  const sonnet = findModel(catalog, 'claude-sonnet-4-5')!;
  /** The task cost the core gives for an offer, in USD (undefined when it has no price there). */
  const coreCost = (offer: OfferRef) => {
    const estimate = estimateCost(sonnet, workload, { date: today, ...offer });
    return estimate.status === 'priced' ? estimate.taskTotal : undefined;
  };
  /** Whether the popup's figure is `usd`, to the digits it shows (a cost column shares one precision). */
  const shows = (shown: string | null, usd: number | undefined) => {
    if (shown === null || usd === undefined) return false;
    const digits = shown.split('.')[1]?.replace(/\D/g, '').length ?? 0;
    return Math.abs(Number(shown.replace(/[^0-9.]/g, '')) - usd) <= 0.5 * 10 ** -digits + 1e-12;
  };

  it('joins at the page’s seller, switches to another seller’s price, and says when a seller does not sell it', async () => {
    const { page } = await session.open(bedrockPage);
    const tabId = await tabIdOf(session, bedrockPage);
    const { page: popup, errors } = await session.open(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    const pageRow = popup.locator('[role="tabpanel"] tr[data-model-id="claude-sonnet-4-5"]');
    const pageOffer = defaultOffer(catalog, sonnet, bedrockPage);
    expect(pageOffer.seller).toBe('aws-bedrock');
    await expect.poll(() => pageRow.getAttribute('data-seller'), { timeout: 10_000 }).toBe('aws-bedrock');
    await popup.getByRole('button', { name: 'Compare Claude Sonnet 4.5', exact: true }).click();
    await popup.getByRole('tab', { name: /Compare/ }).click();

    const row = popup.locator('[role="tabpanel"] tr[data-model-id="claude-sonnet-4-5"]');
    const cost = row.locator('[data-cost="task"]');
    const select = popup.getByRole('combobox', { name: 'Seller of Claude Sonnet 4.5' });
    await expect.poll(() => select.inputValue()).toBe(offerKey(pageOffer));
    expect(shows(await cost.textContent(), coreCost(pageOffer))).toBe(true);

    // Another seller of the model whose price differs from the page seller's, as the catalog has it today.
    const other = offerChoices(catalog, sonnet, pageOffer).find((c) => {
      const usd = coreCost(c.offer);
      return usd !== undefined && Math.abs(usd - coreCost(pageOffer)!) > 1e-9;
    })!;
    expect(other, 'a seller with another price').toBeDefined();
    await select.selectOption(other.key);
    await expect.poll(async () => shows(await cost.textContent(), coreCost(other.offer))).toBe(true);
    expect(await row.getAttribute('data-seller')).toBe(other.offer.seller);

    // The choice is remembered: a popup opened afterwards prices the row at the same seller.
    const { page: again } = await session.open(`chrome-extension://${session.extensionId}/popup.html`);
    await again.getByRole('tab', { name: /Compare/ }).click();
    await expect.poll(() => again.getByRole('combobox', { name: 'Seller of Claude Sonnet 4.5' }).inputValue()).toBe(other.key);
    await again.close();

    // A stored choice of a seller that does not sell the model: said so, not priced at anyone else's price.
    const stranger = catalog.sellers.find((s) => !offersOf(sonnet).some((o) => o.seller === s.id))!;
    await session.worker.evaluate(
      async ({ seller }) => {
        const { comparison, comparison$ } = await chrome.storage.sync.get(['comparison', 'comparison$']);
        const value = comparison as { modelIds: string[]; offers: Record<string, unknown> };
        await chrome.storage.sync.set({
          comparison: { ...value, offers: { ...value.offers, 'claude-sonnet-4-5': { seller } } },
          comparison$: comparison$,
        });
      },
      { seller: stranger.id },
    );
    await expect.poll(() => row.getAttribute('data-gap')).toBe('no-offer');
    expect(await row.locator('[data-unpriced]').textContent()).toBe('Not offered by this seller');
    expect(await cost.count()).toBe(0);
    expect(await popup.locator('[data-compare-summary] [data-skipped]').getAttribute('data-skipped')).toContain(
      'claude-sonnet-4-5',
    );
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  }, 60_000);
});
