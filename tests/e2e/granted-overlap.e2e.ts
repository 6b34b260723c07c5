// A granted origin that overlaps a default site limited to a path (aws.amazon.com/* and …/bedrock/*): one copy of the script, and tags that stay.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantedExtensionPath, launchWithExtension, startFixtureServer, tabIdOf, type ExtensionSession } from './harness';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const BEDROCK = 'https://aws.amazon.com/bedrock/pricing/';
const expected = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/pages/aws.amazon.com/bedrock/pricing/index.expected.json'), 'utf8'),
) as { initial: Record<string, number> };
const expectedCount = Object.values(expected.initial).reduce((a, b) => a + b, 0);
/** A page of the granted origin outside the default's path: only the registered script runs there. */
const OUTSIDE = 'https://aws.amazon.com/ec2/models';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer({
    [OUTSIDE]:
      '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><p>Run o3 or GPT-5.2 next to your instances.</p>',
  });
  // This build holds https://aws.amazon.com/* from install, as if the user had granted it (see the README, "Test").
  session = await launchWithExtension(server.port, { path: grantedExtensionPath });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const tagCount = (page: Page) => page.locator('tokentag-badge').count();

describe('a granted origin overlapping a path-limited default site', () => {
  it('registers the granted script without the default pages', async () => {
    await expect
      .poll(
        async () =>
          (await session.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).flatMap((s) => s.matches ?? []),
        { timeout: 10_000 },
      )
      .toContain('https://aws.amazon.com/*');
    const [script] = await session.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(script!.excludeMatches).toContain('https://aws.amazon.com/bedrock/*');
  });

  it('tags the Bedrock page, and the tags stay once the page has reported to the background', async () => {
    const { page, errors } = await session.open(BEDROCK);
    await expect.poll(() => tagCount(page), { timeout: 10_000 }).toBe(expectedCount);
    // The copy that reported is the one still running: its report lists the page's models.
    await tabIdOf(session, BEDROCK);
    expect(await tagCount(page)).toBe(expectedCount);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a second copy injected into the same page take over: the old tags go, the new copy tags it', async () => {
    const { page, errors } = await session.open(BEDROCK);
    await expect.poll(() => tagCount(page), { timeout: 10_000 }).toBe(expectedCount);
    // Mark the first copy's tags, then inject again as "Run on this site" or an update does.
    await page.evaluate(() => document.querySelectorAll('tokentag-badge').forEach((tag) => tag.setAttribute('data-first', '')));
    const tabId = await tabIdOf(session, BEDROCK);
    await session.worker.evaluate(
      (id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }),
      tabId,
    );
    await expect
      .poll(async () => ({ first: await page.locator('tokentag-badge[data-first]').count(), all: await tagCount(page) }), {
        timeout: 10_000,
      })
      .toEqual({ first: 0, all: expectedCount });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tags a page of the granted origin outside the default path', async () => {
    const { page } = await session.open(OUTSIDE);
    await expect
      .poll(() => page.locator('tokentag-badge').evaluateAll((tags) => tags.map((t) => t.getAttribute('data-model-id'))), {
        timeout: 10_000,
      })
      .toEqual(['o3', 'gpt-5.2']);
    await page.close();
  });
});
