// A big table in real Chromium: its tags are drawn over it, each beside its name, and follow it when it is resized or re-sorted; its cells are left whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';
import { bigTablePage, overlayPills, wellPlaced } from './overlay-pills';

const URL = 'https://openrouter.ai/models';
const SCROLLED = 'https://openrouter.ai/docs/models-table';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer({
    [URL]: bigTablePage('Models'),
    // The table scrolls in an element of its own, which is not positioned.
    [SCROLLED]: bigTablePage('Models', '<div id="scroller" style="overflow:auto;height:400px;width:360px">'),
  });
  session = await launchWithExtension(server.port);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('a table of 1,200 rows', () => {
  it('gets its tags over it, beside each name, and they follow the table as it changes', async () => {
    const { page, errors } = await session.open(URL);
    const placed = () => page.evaluate(overlayPills, null).then(wellPlaced);
    await expect.poll(placed, { timeout: 30_000, interval: 200 }).toBe(true);
    // Nothing went into the table: no tag in a cell, no text node split.
    const cells = await page.evaluate(() => ({
      tagsInTable: document.querySelectorAll('table tokentag-badge').length,
      split: [...document.querySelectorAll('#rows td')].filter((td) => td.childNodes.length !== 1).length,
      layerAfterTable: document.querySelector('table')!.nextElementSibling?.tagName,
      tags: document.querySelectorAll('tokentag-overlay tokentag-badge').length,
    }));
    expect(cells).toMatchObject({ tagsInTable: 0, split: 0, layerAfterTable: 'TOKENTAG-OVERLAY' });
    expect(cells.tags).toBeGreaterThan(2_000);

    // Narrower: the table's columns change width and its names wrap; the pills follow.
    await page.setViewportSize({ width: 420, height: 720 });
    await expect.poll(placed, { timeout: 10_000, interval: 100 }).toBe(true);
    // The page sorts its top rows the other way round: their names move, and their pills with them.
    await page.evaluate(() => {
      const body = document.getElementById('rows')!;
      body.prepend(...[...body.children].slice(0, 40).reverse());
    });
    await expect.poll(placed, { timeout: 10_000, interval: 100 }).toBe(true);

    // A pill over the table is a tag like any other: a click opens its card.
    const pill = page.locator('tokentag-overlay tokentag-badge[data-display="pill"][aria-expanded]').first();
    await pill.click();
    await expect.poll(() => pill.getAttribute('aria-expanded'), { timeout: 10_000 }).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in an element that scrolls, keeps its pills beside their names as it scrolls', async () => {
    const { page, errors } = await session.open(SCROLLED);
    const placed = () => page.evaluate(overlayPills, '#scroller').then(wellPlaced);
    await expect.poll(placed, { timeout: 30_000, interval: 200 }).toBe(true);
    // Down and across: no pill is placed again (scrolling changes no box), and each still stands by its name.
    await page.evaluate(() => document.getElementById('scroller')!.scrollTo(60, 900));
    expect(await placed()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
