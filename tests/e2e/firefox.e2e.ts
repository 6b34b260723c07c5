// The Firefox build in Firefox ESR: installed over WebDriver BiDi, it tags a vendor page served at the vendor's real URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPath, launchFirefox, startTunnel } from './firefox-harness';
import { startFixtureServer } from './harness';
import { bigTablePage, overlayPills, wellPlaced } from './overlay-pills';

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/pages/platform.openai.com/docs/pricing.expected.json'), 'utf8'),
) as {
  url: string;
  initial: Record<string, number>;
};

const BIG_TABLE = 'https://openrouter.ai/models';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let tunnel: Awaited<ReturnType<typeof startTunnel>>;
let browser: Browser;

beforeAll(async () => {
  server = await startFixtureServer({ [BIG_TABLE]: bigTablePage('Models') });
  tunnel = await startTunnel(server.port);
  browser = await launchFirefox(tunnel.port);
  await browser.installExtension(firefoxExtensionPath);
});

afterAll(async () => {
  await browser?.close();
  await tunnel?.close();
  await server?.close();
});

describe('Firefox ESR', () => {
  it('tags a vendor page with the right models', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(fixture.url);
    const counts = async () =>
      page.evaluate(() => {
        const found: Record<string, number> = {};
        for (const tag of document.querySelectorAll('tokentag-badge')) {
          const key = `${tag.getAttribute('data-known') === 'true' ? '' : '?'}${tag.getAttribute('data-model-id')}`;
          found[key] = (found[key] ?? 0) + 1;
        }
        return found;
      });
    await expect.poll(counts, { timeout: 20_000, interval: 200 }).toEqual(fixture.initial);
    // The tags near the viewport are drawn (their closed shadow roots attached), none taken out.
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('tokentag-badge[data-state="ready"]').length), {
        timeout: 20_000,
        interval: 200,
      })
      .toBeGreaterThan(0);
    expect(await counts()).toEqual(fixture.initial);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a tag’s price card on a click: the card’s script, loaded on demand, runs in Firefox too', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(fixture.url);
    const ready = 'tokentag-badge[data-state="ready"][aria-expanded]';
    await expect
      .poll(() => page.evaluate((selector) => document.querySelectorAll(selector).length, ready), {
        timeout: 20_000,
        interval: 200,
      })
      .toBeGreaterThan(0);
    await page.click(ready);
    // The card's host stands in the light DOM (its content in a closed root): shown, and the tag says it is open.
    await expect
      .poll(
        () =>
          page.evaluate((selector) => {
            const host = document.querySelector<HTMLElement>('tokentag-card');
            return {
              card: host ? !host.hidden : false,
              expanded: document.querySelector(selector)?.getAttribute('aria-expanded'),
            };
          }, ready),
        { timeout: 20_000, interval: 200 },
      )
      .toEqual({ card: true, expanded: 'true' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws a big table’s tags over it, each right after its name', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(BIG_TABLE);
    await expect.poll(() => page.evaluate(overlayPills, null).then(wellPlaced), { timeout: 30_000, interval: 200 }).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('table tokentag-badge').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
