// The built extension in Chromium: it loads, its pages render cleanly, and it reads a vendor page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('the built extension', () => {
  it('loads as a Manifest V3 extension with a running background, named in the browser’s language', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.default_locale).toBe('en');
    expect(await session.worker.evaluate(() => (chrome.i18n.getMessage as (name: string) => string)('extName'))).toContain(
      'TokenTag',
    );
  });

  it('renders the popup without console errors, and adds a model to the comparison from the keyboard', async () => {
    const { page, errors } = await session.open(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => page.getByRole('heading', { name: 'TokenTag' }).count()).toBe(1);
    const search = page.getByRole('combobox', { name: /Add a model/ });
    await search.fill('gpt 5.2');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await search.press('Enter');
    await expect.poll(() => page.locator('[role="tabpanel"] tr[data-model-id="gpt-5.2"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has a strict policy for its own pages, which load nothing from the network', async () => {
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    const policy = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(policy).toContain("script-src 'self'");
    // The only address allowed is the opt-in price feed's.
    expect(policy).toContain('connect-src https://raw.githubusercontent.com;');
    for (const name of ['popup', 'options']) {
      const page = await session.context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`chrome-extension://${session.extensionId}/${name}.html`);
      await page.waitForLoadState('networkidle');
      expect(
        requests.filter((url) => !url.startsWith(`chrome-extension://${session.extensionId}/`)),
        name,
      ).toEqual([]);
      await page.close();
    }
  });

  it('renders the options page without console errors', async () => {
    const { page, errors } = await session.open(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => page.locator('li[data-preset-id]').count()).toBeGreaterThanOrEqual(5);
    await expect.poll(() => page.getByText(/models from \d+ vendors/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists a vendor page's models in the popup opened with ?tabId=, with the count on the toolbar badge", async () => {
    const url = 'https://openai.com/api/pricing';
    const { page: vendorPage } = await session.open(url);
    const tabId = await tabIdOf(session, url);
    // Six distinct models (one of them unknown) on the toolbar badge.
    await expect.poll(() => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('6');
    const { page: popup, errors } = await session.open(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    const rows = popup.locator('[role="tabpanel"] tbody tr:not(.notes)');
    await expect.poll(() => rows.count()).toBe(6);
    const ids = await rows.evaluateAll((trs) =>
      trs.map((r) => r.getAttribute('data-model-id') || r.getAttribute('data-unknown')),
    );
    // Cheapest first under the chat preset; the retired snapshot and the unknown name last.
    expect(ids).toEqual(['gpt-5-mini', 'gpt-5.1', 'o3', 'gpt-5.2', 'gpt-4o-2024-05-13', 'gpt-7-preview']);
    expect(await popup.getByText('Not in the catalog: no price data').count()).toBe(1);
    expect(errors).toEqual([]);
    await popup.close();
    await vendorPage.close();
  });
});
