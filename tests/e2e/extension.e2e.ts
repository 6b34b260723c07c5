// The built extension in Chromium: it loads, its pages render cleanly, and it reads a vendor page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';

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

/** The tab id the background recorded for a URL, waiting for the content script's report. */
async function tabIdOf(url: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = await session.worker.evaluate(async (u) => {
      const { tabPages = {} } = await chrome.storage.session.get('tabPages');
      const entry = Object.entries(tabPages as Record<string, { url: string }>).find(([, page]) => page.url === u);
      return entry ? Number(entry[0]) : undefined;
    }, url);
    if (id !== undefined) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no report for ${url}`);
}

describe('the built extension', () => {
  it('loads as a Manifest V3 extension with a running background', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toContain('TokenTag');
  });

  it('renders the popup without console errors', async () => {
    const { page, errors } = await session.open(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => page.getByRole('heading', { name: 'TokenTag' }).count()).toBe(1);
    await page.getByLabel(/Name, API id or alias/).fill('gpt 5.2');
    await expect.poll(() => page.locator('tr[data-model-id="gpt-5.2"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders the options page without console errors', async () => {
    const { page, errors } = await session.open(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => page.locator('tr[data-preset-id]').count()).toBeGreaterThanOrEqual(5);
    await expect.poll(() => page.getByText(/models from \d+ vendors/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists a vendor page's models in the popup opened with ?tabId=", async () => {
    const url = 'https://openai.com/api/pricing';
    const { page: vendorPage } = await session.open(url);
    const tabId = await tabIdOf(url);
    // Six distinct models (one of them unknown) on the toolbar badge.
    await expect.poll(() => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('6');
    const { page: popup, errors } = await session.open(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('tr[data-model-id]').count()).toBeGreaterThan(0);
    const ids = await popup
      .locator('section[aria-labelledby="on-this-page"] tr[data-model-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-model-id')));
    expect(ids).toEqual(['gpt-5.2', 'gpt-5.1', 'gpt-5-mini', 'o3', 'gpt-4o-2024-05-13', '']);
    expect(await popup.getByText('Not in the catalog: no price data').count()).toBe(1);
    expect(errors).toEqual([]);
    await popup.close();
    await vendorPage.close();
  });

  it('leaves a site outside the vendor defaults alone', async () => {
    const url = 'https://example.org/';
    const { page } = await session.open(url);
    // A vendor page opened afterwards is reported; by then the other page would have been too.
    const { page: control } = await session.open('https://openai.com/api/pricing?control');
    await tabIdOf('https://openai.com/api/pricing?control');
    await control.close();
    const recorded = await session.worker.evaluate(async () =>
      Object.values((await chrome.storage.session.get('tabPages')).tabPages ?? {}).map((p) => (p as { url: string }).url),
    );
    expect(recorded).not.toContain(url);
    await page.close();
  });
});
