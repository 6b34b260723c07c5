// The popup follows its tab's models live: models a page adds later appear, and a page left behind takes its models with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, tabIdOf, type ExtensionSession } from './harness';

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
