// The live feed in the built extension: opted in on the options page, downloaded from its real URL (a local server), a
// model added from it tagged and listed under "What changed", bad files refused with the previous prices kept, then opted out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tagLabel } from './closed-shadow';
import {
  grantedExtensionPath,
  launchWithExtension,
  startFixtureServer,
  tabIdOf,
  type ExtensionSession,
  type RouteHandler,
} from './harness';

const FEED = 'https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json';
const PAGE = 'https://platform.openai.com/tokentag-feed';
const html = `<!doctype html><html><body><main><p>Try gpt-feed-only-mini, or GPT-5.2.</p></main></body></html>`;
const goodFeed = readFileSync(join(import.meta.dirname, '../fixtures/feeds/genai-prices-small.json'), 'utf8');

/** What the feed URL answers now; the test swaps it. Each body gets its own ETag, and a matching If-None-Match gets 304. */
let feedBody: string | Buffer = goodFeed;
let feedRequests = 0;
const etagOf = (body: string | Buffer) => `"${body.length}-${String(body).slice(-16).replace(/\W/g, '')}"`;

/** The feed state's last check time, read from the extension's storage. */
const lastChecked = () =>
  session.worker.evaluate(async () => {
    const { priceFeed } = await chrome.storage.local.get('priceFeed');
    return (priceFeed as { lastChecked?: string } | undefined)?.lastChecked;
  });
declare const chrome: typeof import('wxt/browser').browser;

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;
const optionsUrl = () => `chrome-extension://${session.extensionId}/options.html`;
const mini = 'tokentag-badge[data-model-id="gpt-feed-only-mini"]';

beforeAll(async () => {
  server = await startFixtureServer({
    [PAGE]: html,
    [FEED]: (headers): ReturnType<RouteHandler> => {
      feedRequests++;
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
  it('is off and quiet until turned on; then a model only the feed knows is tagged, marked, and listed as changed', async () => {
    const { page } = await session.open(PAGE);
    await expect
      .poll(() => page.locator('tokentag-badge[data-model-id="gpt-5.2"]').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
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

    const tabId = await tabIdOf(session, PAGE);
    const { page: popup } = await session.open(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('button', { name: /^What changed \(\d+\)$/ }).click();
    const item = popup.locator('[data-change-model="gpt-feed-only-mini"]');
    await expect.poll(() => item.getAttribute('data-cause')).toBe('feed');
    expect(await item.textContent()).toContain('feed update');
    await popup.close();

    // An unchanged file costs a 304.
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => feedRequests).toBe(2);
    expect(await options.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it.each([
    ['malformed', '{"not json'],
    ['truncated', goodFeed.slice(0, goodFeed.length / 2)],
    ['the wrong shape', JSON.stringify({ providers: 'none' })],
    ['50 MB', Buffer.alloc(50_000_000, ' ')],
  ])('refuses a %s file with a message and keeps the previous prices', async (_name, body) => {
    feedBody = body;
    const { page: options } = await session.open(optionsUrl());
    const before = await lastChecked();
    await options.getByRole('button', { name: 'Check now' }).click();
    // The check has finished (its time is stored) before its outcome is read.
    await expect.poll(lastChecked, { timeout: 15_000 }).not.toBe(before);
    await expect.poll(() => options.locator('#prices [role="alert"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await options.locator('#prices [role="alert"]').textContent()).toMatch(
      /The last check failed: .+ The previous prices are kept\./,
    );
    await options.close();
    const { page } = await session.open(PAGE);
    await expect.poll(() => tagLabel(page, mini), { timeout: 10_000 }).toBe('$0.30 / $1.20');
    await page.close();
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

  it('goes back to bundled prices when turned off: the feed-only model is no longer tagged', async () => {
    feedBody = goodFeed;
    const { page: options } = await session.open(optionsUrl());
    const toggle = options.getByLabel('Keep prices current from genai-prices');
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await toggle.click();
    await expect.poll(() => options.getByText(/^Off: TokenTag uses only its bundled prices/).count()).toBe(1);
    const { page } = await session.open(PAGE);
    await expect
      .poll(() => page.locator('tokentag-badge[data-model-id="gpt-5.2"]').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await page.locator(mini).count()).toBe(0);
  });
});
