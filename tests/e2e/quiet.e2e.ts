// What the extension never does on a vendor page: post its id to the page, or make a network request (pages, content script, service worker).
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tagLabel } from './closed-shadow';
import { launchWithExtension, startFixtureServer, tabIdOf, type ExtensionSession } from './harness';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const VENDOR = 'https://openai.com/api/pricing';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;
/** Every request the browser context saw: pages and their frames (where content scripts run) and the service worker. */
const requests: { url: string; from: string }[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server.port);
  session.context.on('request', (request: Request) =>
    requests.push({ url: request.url(), from: request.serviceWorker() ? 'service worker' : (request.frame()?.url() ?? '?') }),
  );
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('on a vendor page', () => {
  it('posts no message to the page: the extension id stays out of its reach', async () => {
    const page = await session.context.newPage();
    // Recorded by the page's own script from the first moment, as an analytics script would.
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { __posted: unknown[] }).__posted = seen;
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    await page.goto(VENDOR);
    await expect.poll(() => page.locator('tokentag-badge').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The content script has reported to the background by now: it is past its start.
    await tabIdOf(session, VENDOR);
    const posted = await page.evaluate(() => JSON.stringify((window as unknown as { __posted: unknown[] }).__posted));
    expect(posted).not.toContain(session.extensionId);
    expect(JSON.parse(posted)).toEqual([]);
    await page.close();
  });

  it('makes no network request from the service worker, the content script or its pages', async () => {
    // The watcher sees the service worker's requests: its own fetch of a packaged file shows up.
    await session.worker.evaluate(() => fetch(`chrome-extension://${chrome.runtime.id}/manifest.json`).then((r) => r.text()));
    await expect
      .poll(() => requests.some((r) => r.from === 'service worker' && r.url.endsWith('/manifest.json')), { timeout: 10_000 })
      .toBe(true);

    const { page } = await session.open(VENDOR);
    await expect.poll(() => page.locator('tokentag-badge').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const tabId = await tabIdOf(session, VENDOR);
    // The card, the popup and the options page, and a settings change that re-prices every tag.
    await page.locator('tokentag-badge').first().hover();
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('[role="tabpanel"] tbody tr').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.locator('li[data-preset-id]').count()).toBeGreaterThan(0);
    await session.worker.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({
        settings: {
          ...(settings as object),
          activePresetId: 'agent',
          tagDisplay: 'preset-cost',
          rateUnit: 'per-million',
          currency: { code: 'USD', perUsd: 1 },
          language: 'en',
          disabledSites: [],
        },
      });
    });
    // The content script and the background have done their work: every tag now shows a cost per task.
    // The tag's label is drawn inside its closed shadow root: read through the DevTools protocol.
    await expect.poll(() => tagLabel(page, 'tokentag-badge')).toMatch(/\/task$/);
    await page.waitForLoadState('networkidle');

    // …and the page's frame, where the content script's requests would show: its own navigation did.
    expect(requests.some((r) => r.url === VENDOR && r.from !== 'service worker')).toBe(true);
    const own = `chrome-extension://${session.extensionId}/`;
    const outside = requests.filter((r) => !r.url.startsWith(own) && r.url !== VENDOR && !r.url.startsWith('data:'));
    expect(outside).toEqual([]);
    for (const p of [page, popup, options]) await p.close();
  });
});
