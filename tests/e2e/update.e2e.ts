// After an update of the extension, open vendor tabs get the new content script without a reload of the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPath, launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  // Lets the test load the unpacked build again over CDP, which Chrome treats as an update.
  const extra = process.env.EXTRA_CHROMIUM_ARGS;
  process.env.EXTRA_CHROMIUM_ARGS = [extra, '--enable-unsafe-extension-debugging'].filter(Boolean).join(' ');
  try {
    session = await launchWithExtension(server.port);
  } finally {
    if (extra === undefined) delete process.env.EXTRA_CHROMIUM_ARGS;
    else process.env.EXTRA_CHROMIUM_ARGS = extra;
  }
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('an extension update while vendor tabs are open', () => {
  it('re-injects the content script: the old copy’s tags go, the new copy tags the page again', async () => {
    const { page, errors } = await session.open('https://openai.com/api/pricing');
    const tags = page.locator('tokentag-badge');
    await expect.poll(() => tags.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const count = await tags.count();
    await page.evaluate(() => document.querySelectorAll('tokentag-badge').forEach((tag) => tag.setAttribute('data-old', '')));

    const cdp = await session.context.browser()!.newBrowserCDPSession();
    const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: extensionPath } as never)) as { id: string };
    expect(id).toBe(session.extensionId);

    // Every old tag is gone, and as many new ones stand in their place, with no reload of the page.
    await expect
      .poll(async () => ({ old: await page.locator('tokentag-badge[data-old]').count(), all: await tags.count() }), {
        timeout: 15_000,
      })
      .toEqual({ old: 0, all: count });
    expect(errors).toEqual([]);
    await page.close();
  });
});
