// Tags follow the page's seller: on Bedrock's and Groq's own pages they show that seller's offer and say so in data-seller; a card lists the model's offers cheapest first and opens every seller's offer.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data';
import { findModel, inForce, toIsoDay } from '../../utils/catalog';
import { createTranslator } from '../../utils/i18n';
import { USD } from '../../utils/money';
import { rankOffers } from '../../utils/offers';
import { activePreset } from '../../utils/presets';
import { defaultSettings } from '../../utils/settings';
import { rateLabel } from '../../utils/tag-view';
import { defaultPresets } from '../../utils/workloads';
import { axeViolations, injectAxe } from './axe';
import { inShadow, tagLabel } from './closed-shadow';
import { launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server.port);
}, 60_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The sellers the tags of `modelId` name once drawn (tags get their UI as they come near the viewport). */
async function sellersOf(page: Page, modelId: string): Promise<string[]> {
  const selector = `tokentag-badge[data-model-id="${modelId}"][data-known="true"]`;
  const drawn = () =>
    page.evaluate((s) => {
      const tags = [...document.querySelectorAll(s)];
      // Bring the mentions near the viewport, one after another, so that their tags are drawn.
      for (const tag of tags) if (!tag.hasAttribute('data-seller')) tag.parentElement?.scrollIntoView({ block: 'center' });
      return [...new Set(tags.flatMap((t) => (t.hasAttribute('data-seller') ? [t.getAttribute('data-seller')!] : [])))];
    }, selector);
  await expect.poll(async () => (await drawn()).length, { timeout: 15_000 }).toBeGreaterThan(0);
  return drawn();
}

describe('tags follow the page’s seller', () => {
  it('shows Bedrock’s offers on Bedrock’s pricing page, and the creator’s price for a model Bedrock’s data lacks', async () => {
    const { page } = await session.open('https://aws.amazon.com/bedrock/pricing/');
    await expect.poll(() => page.locator('tokentag-badge').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await sellersOf(page, 'claude-sonnet-4-5')).toEqual(['aws-bedrock']);
    // Amazon's own Nova models are sold by their creator there.
    expect(await sellersOf(page, 'nova-pro')).toEqual(['amazon']);
  }, 60_000);

  it('shows the creator’s price on the creator’s own page', async () => {
    const { page } = await session.open('https://openai.com/api/pricing');
    await expect.poll(() => page.locator('tokentag-badge').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await sellersOf(page, 'gpt-5.2')).toEqual(['openai']);
  }, 60_000);
});

/** The models the Groq fixture names, each of which the catalog says Groq sells. */
const GROQ_MODELS = ['llama-3.3-70b', 'gpt-oss-120b', 'gpt-oss-20b', 'llama-4-maverick', 'llama-4-scout', 'qwen3-32b'];
const GROQ_PAGE = 'https://console.groq.com/docs/models';

/** What a tag on Groq's page must say: Groq's own offer of the model today, as the catalog has it (list prices, USD per 1M). */
function groqLabel(modelId: string): string {
  const offer = findModel(catalog, modelId)?.offers.find((o) => o.seller === 'groq');
  const period = offer?.prices.find((p) => inForce(p, toIsoDay(new Date())));
  if (!period) throw new Error(`the catalog has no Groq price of ${modelId} today`);
  return rateLabel(period, { currency: USD, rateUnit: 'per-million', locale: 'en', t: createTranslator('en') });
}

describe('Groq’s models page', () => {
  it('shows Groq’s prices, with data-seller="groq", on every model it names', async () => {
    const { page, errors } = await session.open(GROQ_PAGE);
    await expect.poll(() => page.locator('tokentag-badge').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    for (const modelId of GROQ_MODELS) {
      expect(await sellersOf(page, modelId), modelId).toEqual(['groq']);
      const label = groqLabel(modelId);
      // Groq's rates, not the creator's (these open-weight models have no first-party price: its label would be "price unknown").
      await expect
        .poll(() => tagLabel(page, `tokentag-badge[data-model-id="${modelId}"][data-seller="groq"]`), { timeout: 15_000 })
        .toBe(label);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('lists the model’s offers cheapest first in the card, and “Cheapest way to run this model” opens every seller’s offer', async () => {
    const { page, errors } = await session.open(GROQ_PAGE);
    const tag = page.locator('tokentag-badge[data-model-id="gpt-oss-120b"][tabindex="0"]').first();
    await expect.poll(() => tag.count(), { timeout: 15_000 }).toBe(1);
    const model = findModel(catalog, 'gpt-oss-120b')!;
    const workload = activePreset(defaultPresets, defaultSettings.activePresetId).workload;
    const ranked = rankOffers(model, workload, toIsoDay(new Date())).map((o) => `${o.seller}:${o.region ?? ''}`);
    expect(ranked.length).toBeGreaterThan(2);

    await tag.focus();
    await page.keyboard.press('Enter');
    const cardOffers = () =>
      inShadow(page, 'tokentag-card', (root) =>
        [...root.querySelectorAll<HTMLElement>('.offers li')].map((li) => ({
          seller: li.dataset.seller,
          current: li.getAttribute('aria-current') === 'true',
          text: li.textContent,
        })),
      );
    await expect.poll(async () => (await cardOffers())?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    const listed = (await cardOffers())!;
    // Cheapest first under the active preset, as the core ranks them; the card shows the first few,
    // and always the offer this tag shows (Groq's, on Groq's page): in the last row when it ranks below them.
    const first = ranked.slice(0, listed.length);
    const expected = first.includes('groq:') ? first : [...first.slice(0, -1), 'groq:'];
    expect(listed.map((o) => o.seller)).toEqual(expected.map((key) => key.split(':')[0]));
    expect(listed.filter((o) => o.current).map((o) => o.seller)).toEqual(['groq']);

    // From the keyboard: Source, Compare, then "Cheapest way to run this model".
    const focused = () => inShadow(page, 'tokentag-card', (root) => root.activeElement?.textContent);
    await expect.poll(focused).toBe('Source');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Cheapest way to run this model');
    const opened = session.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const view = await opened;
    await view.waitForLoadState();
    expect(new URL(view.url()).searchParams.get('offers')).toBe('gpt-oss-120b');
    const rows = view.locator('section.offers tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(ranked.length);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-seller')));
    expect(shown).toEqual(ranked.map((key) => key.split(':')[0]));
    await expect.poll(() => view.evaluate(() => document.activeElement?.id)).toBe('offers-title');
    // The view passes axe-core, light and dark.
    await injectAxe(view);
    for (const scheme of ['light', 'dark'] as const) {
      await view.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(view), scheme).toEqual([]);
    }
    expect(errors).toEqual([]);
    await view.close();
    await page.close();
  }, 90_000);
});
