// The extension's own pages pass axe-core: the popup (its page and compare views) and the whole options page, light and dark.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, injectAxe } from './axe';
import { launchWithExtension, startFixtureServer, tabIdOf, type ExtensionSession } from './harness';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;
/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server.port);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** axe-core's violations on the page, as `rule: element`. */
async function violations(page: Page): Promise<string[]> {
  await injectAxe(page);
  return axeViolations(page);
}

describe.each(['light', 'dark'] as const)('in the %s scheme', (scheme) => {
  it('the popup has no axe-core violations, on this page and in compare', async () => {
    const url = 'https://openai.com/api/pricing';
    const { page: vendor } = await session.open(url);
    const tabId = await tabIdOf(session, url);
    const { page: popup } = await session.open(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    await popup.emulateMedia({ colorScheme: scheme });
    const rows = popup.locator('[role="tabpanel"] tbody tr[data-model-id]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await violations(popup)).toEqual([]);
    // Compared rows with their seller pickers: one priced, one at a seller that does not sell it (warning text).
    for (const name of ['GPT-5.2', 'o3']) {
      const toggle = popup.getByRole('button', { name: `Compare ${name}`, exact: true });
      if ((await toggle.count()) > 0) await toggle.click();
      // Stored before the next change, which reads the stored list.
      await expect
        .poll(() => popup.getByRole('button', { name: `Stop comparing ${name}`, exact: true }).getAttribute('aria-pressed'))
        .toBe('true');
    }
    await session.worker.evaluate(async () => {
      const { comparison, comparison$ } = await chrome.storage.sync.get(['comparison', 'comparison$']);
      // Groq does not sell o3: the row says "Not offered by this seller".
      await chrome.storage.sync.set({
        comparison: { ...(comparison as object), offers: { o3: { seller: 'groq' } } },
        comparison$,
      });
    });
    await popup.getByRole('tab', { name: /Compare/ }).click();
    await expect.poll(() => popup.getByRole('tab', { name: /Compare/ }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => popup.locator('tr[data-model-id="o3"]').getAttribute('data-gap')).toBe('no-offer');
    expect(await popup.getByRole('combobox', { name: 'Seller of GPT-5.2' }).count()).toBe(1);
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await vendor.close();
  });

  it('the options page has no axe-core violations', async () => {
    const { page } = await session.open(`chrome-extension://${session.extensionId}/options.html`);
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => page.locator('li[data-preset-id]').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
