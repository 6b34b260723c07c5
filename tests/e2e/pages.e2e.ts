// The extension's own pages in real Chromium: readable text sizes with a hierarchy (Chrome's 75% body size does not leak),
// the compare view laid out for a full tab, and what openOrFocusComparison relies on to find an open TokenTag tab.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonUrl, decideComparisonTab } from '../../utils/comparison-tab';
import { launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';

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

/** The computed font size (px) of every element that holds text of its own, outside the chart. */
function textSizes(page: Page) {
  return page.evaluate(() =>
    [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter(
        (el) => !el.closest('svg, .sr-only') && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ''),
      )
      .map((el) => ({ text: el.textContent.trim().slice(0, 40), size: parseFloat(getComputedStyle(el).fontSize) })),
  );
}

describe("the extension's own pages", () => {
  it('popup: 14 px body text, no text under 12 px, main lines larger than their grey captions', async () => {
    const { page, errors } = await session.open(`chrome-extension://${session.extensionId}/popup.html?model=gpt-5.2`);
    await expect.poll(() => page.locator('tr[data-model-id="gpt-5.2"]').count()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
    const small = (await textSizes(page)).filter((t) => t.size < 12);
    expect(small).toEqual([]);
    const main = await page
      .locator('tr[data-model-id="gpt-5.2"] button.name')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const caption = await page
      .locator('tr[data-model-id="gpt-5.2"] .muted.small')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(main).toBeGreaterThan(caption);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('options: 14 px body text and no text under 12 px', async () => {
    const { page, errors } = await session.open(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => page.locator('li[data-preset-id]').count()).toBeGreaterThanOrEqual(5);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
    expect((await textSizes(page)).filter((t) => t.size < 12)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('options: fits a 480 px window in one column, with nothing wider than the page', async () => {
    const { page } = await session.open(`chrome-extension://${session.extensionId}/options.html`);
    await page.setViewportSize({ width: 480, height: 800 });
    await expect.poll(() => page.locator('li[data-preset-id]').count()).toBeGreaterThanOrEqual(5);
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - innerWidth,
      columns: getComputedStyle(document.querySelector('.presets')!).gridTemplateColumns.split(' ').length,
    }));
    expect(layout).toEqual({ overflow: 0, columns: 1 });
    await page.close();
  });

  it('the compare view opened in a tab uses the width of the tab', async () => {
    const { page } = await session.open(`chrome-extension://${session.extensionId}/popup.html?view=tab&model=gpt-5.2`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => page.locator('main.in-tab').count()).toBe(1);
    const box = (await page.locator('main').boundingBox())!;
    expect(box.width).toBeGreaterThan(900);
    // Centred, not stuck in the top-left corner.
    expect(box.x).toBeGreaterThan(50);
    await page.close();
  });

  it('finds an open TokenTag tab through runtime.getContexts, without the "tabs" permission', async () => {
    const { page } = await session.open(`chrome-extension://${session.extensionId}/popup.html?view=tab&model=o3`);
    await expect.poll(() => page.locator('main.in-tab').count()).toBe(1);
    const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
    const contexts = await session.worker.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['TAB'] as never })).map((c) => ({
        id: c.tabId,
        url: c.documentUrl,
        windowId: c.windowId,
      })),
    );
    const action = decideComparisonTab(contexts, { popupUrl, modelId: 'gpt-5.2' });
    expect(action.kind).toBe('focus');
    expect(action.url).toBe(comparisonUrl({ popupUrl, modelId: 'gpt-5.2' }));
    await page.close();
  });
});
