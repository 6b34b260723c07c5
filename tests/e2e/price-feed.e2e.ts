// The live feed in the built extension: opted in on the options page, downloaded from its real URL (a local server), a new
// price of a bundled model (with its seller's batch discount; its Flex price unknown, not "not offered") and a model
// added from it shown on tags, in the popup and under "What changed", bad files
// refused and a server that is down survived with the previous prices kept, then opted out back to the bundled prices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../utils/i18n';
import { defaultPresets } from '../../utils/workloads';
import { tagLabel } from './closed-shadow';
import { bundledLabel, dayAfterCheck, FEED_URL as FEED, feedWithNewGpt52, gpt52Checked, newLabel, today } from './feed-fixture';
import {
  grantedExtensionPath,
  launchWithExtension,
  startFixtureServer,
  tabIdOf,
  type ExtensionSession,
  type RouteHandler,
} from './harness';

const PAGE = 'https://platform.openai.com/tokentag-feed';
const html = `<!doctype html><html><body><main><p>Try gpt-feed-only-mini, or GPT-5.2.</p></main></body></html>`;
const goodFeed = feedWithNewGpt52();

/** What the feed URL answers now; the test swaps it. Each body gets its own ETag, and a matching If-None-Match gets 304. */
let feedBody: string | Buffer = goodFeed;
/** A failure status the feed URL answers instead, while set (a server that is down). */
let feedFailure: number | undefined;
let feedRequests = 0;
const etagOf = (body: string | Buffer) => `"${body.length}-${String(body).slice(-16).replace(/\W/g, '')}"`;

/** The feed state's last check time, read from the extension's storage. */
const lastChecked = () =>
  session.worker.evaluate(async () => {
    const { priceFeed } = await chrome.storage.local.get('priceFeed');
    return (priceFeed as { lastChecked?: string } | undefined)?.lastChecked;
  });
declare const chrome: typeof import('wxt/browser').browser;

/**
 * Opens the options page and checks the feed now, returning once the check has finished (its time is
 * stored) and its failure, expected here, is shown: the page and the alert's text.
 */
async function failedCheck() {
  const { page } = await session.open(optionsUrl());
  const before = await lastChecked();
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect.poll(lastChecked, { timeout: 15_000 }).not.toBe(before);
  const alert = page.locator('#prices [role="alert"]');
  await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(1);
  return { options: page, alert: (await alert.textContent()) ?? '' };
}

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;
const optionsUrl = () => `chrome-extension://${session.extensionId}/options.html`;
const mini = 'tokentag-badge[data-model-id="gpt-feed-only-mini"]';
const gpt52Tag = 'tokentag-badge[data-model-id="gpt-5.2"]';

beforeAll(async () => {
  server = await startFixtureServer({
    [PAGE]: html,
    [FEED]: (headers): ReturnType<RouteHandler> => {
      feedRequests++;
      if (feedFailure !== undefined) return { status: feedFailure, body: 'Service Unavailable' };
      const etag = etagOf(feedBody);
      if (headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
      return { body: feedBody, headers: { 'content-type': 'application/json', etag } };
    },
  });
  session = await launchWithExtension(server.port, { path: grantedExtensionPath });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the live price feed, end to end', () => {
  it("is off and quiet until turned on; then a bundled model's newer price and a model only the feed knows are tagged, in the popup, and listed as changed", async () => {
    // The new price is in force today only when the offer was checked before today.
    expect(dayAfterCheck <= today, `GPT-5.2 was last checked on ${gpt52Checked}, too late for a newer price in force today`).toBe(
      true,
    );
    const { page } = await session.open(PAGE);
    await expect.poll(() => tagLabel(page, gpt52Tag), { timeout: 10_000 }).toBe(bundledLabel);
    expect(await page.locator(mini).count()).toBe(0);
    expect(feedRequests).toBe(0);

    const { page: options, errors } = await session.open(optionsUrl());
    const toggle = options.getByLabel('Keep prices current from genai-prices');
    // The switch is enabled once the stored state is read; it turns on after the permission is granted (async).
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await toggle.click();
    await expect.poll(() => options.getByText(/^Last updated /).count(), { timeout: 15_000 }).toBe(1);
    expect(feedRequests).toBe(1);

    await page.reload();
    await expect.poll(() => tagLabel(page, mini), { timeout: 10_000 }).toBe('$0.30 / $1.20');
    await expect.poll(() => tagLabel(page, gpt52Tag), { timeout: 10_000 }).toBe(newLabel);

    const tabId = await tabIdOf(session, PAGE);
    const { page: popup } = await session.open(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    // On this page: GPT-5.2 at its new price, marked as changed in the last 30 days.
    const row = popup.locator('#panel-page tr[data-model-id="gpt-5.2"]');
    await expect.poll(() => row.locator('td.num').first().textContent(), { timeout: 10_000 }).toContain(newLabel);
    expect(await row.locator('[data-changed-recently]').count()).toBe(1);

    await popup.getByRole('button', { name: /^What changed \(\d+\)$/ }).click();
    const item = popup.locator('[data-change-model="gpt-feed-only-mini"]');
    await expect.poll(() => item.getAttribute('data-cause')).toBe('feed');
    expect(await item.textContent()).toContain('feed update');
    const changed = popup.locator('[data-change-model="gpt-5.2"]');
    await expect.poll(() => changed.getAttribute('data-cause')).toBe('feed');
    const text = (await changed.textContent()) ?? '';
    expect(text).toContain(`${bundledLabel} → ${newLabel}`);
    expect(text).toContain(`in force from ${formatDay(dayAfterCheck, 'en')}`);
    expect(text).toContain('OpenAI');

    // Under a batch workload the feed's price gets OpenAI's batch discount; under Flex, whose rate the feed does
    // not state, the row says the price is unknown since the update, never that the tier is not offered.
    const workload = popup.getByLabel('Workload');
    await workload.selectOption('batch-classification');
    await expect.poll(() => row.getAttribute('data-gap')).toBeNull();
    await expect.poll(() => row.locator('td.num').first().textContent()).toContain(newLabel);
    expect(await row.locator('[data-unpriced]').count()).toBe(0);
    const flex = {
      id: 'flex-chat',
      name: 'Flex chat',
      description: '',
      workload: { ...defaultPresets[0]!.workload, serviceTier: 'flex' },
    };
    await session.worker.evaluate(
      (presets) => chrome.storage.sync.set({ presets, presets$: { v: 2 } }),
      [...defaultPresets, flex],
    );
    await expect.poll(() => workload.locator('option[value="flex-chat"]').count()).toBe(1);
    await workload.selectOption('flex-chat');
    await expect.poll(() => row.getAttribute('data-gap')).toBe('tier-price-unknown');
    expect(await row.locator('[data-unpriced]').textContent()).toBe(
      `Flex price not known since the price feed's update of ${formatDay(dayAfterCheck, 'en')}: the feed states standard rates only`,
    );
    await workload.selectOption('chat');
    await popup.close();

    // An unchanged file costs a 304.
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => feedRequests).toBe(2);
    expect(await options.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it.each([
    ['a malformed file', '{"not json'],
    ['a truncated file', goodFeed.slice(0, goodFeed.length / 2)],
    ['a file of the wrong shape', JSON.stringify({ providers: 'none' })],
    ['a 50 MB file', Buffer.alloc(50_000_000, ' ')],
  ])('refuses %s with a message and keeps the previous prices', async (_name, body) => {
    feedBody = body;
    const { options, alert } = await failedCheck();
    expect(alert).toMatch(/The last check failed: .+ The previous prices are kept\./);
    await options.close();
    const { page } = await session.open(PAGE);
    await expect.poll(() => tagLabel(page, mini), { timeout: 10_000 }).toBe('$0.30 / $1.20');
    expect(await tagLabel(page, gpt52Tag)).toBe(newLabel);
    await page.close();
  });

  it('keeps the previous prices when the server is down, and says when the last good update was', async () => {
    feedBody = goodFeed;
    const lastGood = () =>
      session.worker.evaluate(async () => {
        const { priceFeed } = await chrome.storage.local.get('priceFeed');
        return (priceFeed as { lastGood?: string } | undefined)?.lastGood;
      });
    const good = await lastGood();
    expect(good).toBeDefined();
    feedFailure = 503;
    try {
      const { options, alert } = await failedCheck();
      expect(alert).toMatch(/The last check failed: .*503.* The previous prices are kept\./);
      // The last good update is the one before the failure, and the page says when it was.
      expect(await lastGood()).toBe(good);
      // Formatted by the browser's own Intl, as the options page formats it in English.
      const when = await options.evaluate(
        (iso) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
        good!,
      );
      expect(await options.locator('#prices').getByText(`Last updated ${when}.`).count()).toBe(1);
      await options.close();
      const { page } = await session.open(PAGE);
      await expect.poll(() => tagLabel(page, gpt52Tag), { timeout: 10_000 }).toBe(newLabel);
      await page.close();
    } finally {
      feedFailure = undefined;
    }
  });

  it('skips an entry with a negative price and lists it, keeping the rest of the file', async () => {
    feedBody = goodFeed.replace('"input_mtok": 0.3', '"input_mtok": -0.3');
    const { page: options } = await session.open(optionsUrl());
    const before = await lastChecked();
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(lastChecked, { timeout: 15_000 }).not.toBe(before);
    await expect.poll(() => options.locator('#prices [role="alert"]').count()).toBe(0);
    await options.getByText(/^Entries skipped/).click();
    expect(await options.locator('#prices').textContent()).toContain(
      'openai/gpt-feed-only-mini: prices.input_mtok: must not be negative',
    );
    await options.close();
  });

  it('goes back to bundled prices when turned off: the bundled price is back on the tag, the feed-only model untagged', async () => {
    feedBody = goodFeed;
    const { page: options } = await session.open(optionsUrl());
    const toggle = options.getByLabel('Keep prices current from genai-prices');
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await toggle.click();
    await expect.poll(() => options.getByText(/^Off: TokenTag uses only its bundled prices/).count()).toBe(1);
    const { page } = await session.open(PAGE);
    await expect.poll(() => tagLabel(page, gpt52Tag), { timeout: 10_000 }).toBe(bundledLabel);
    expect(await page.locator(mini).count()).toBe(0);
  });
});
