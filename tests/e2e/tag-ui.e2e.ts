// What a person meets on a tagged page: copying, code, keyboard, accessible names, density, the page's own theme, zoom.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardState, tagLabel, tagLook } from './closed-shadow';
import { launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';

const QUICKSTART = 'https://platform.openai.com/docs/quickstart';
const DARK = 'https://openrouter.ai/dark-docs';
const axeSource = readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

const darkPage = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Dark docs</title>
<style>html, body { background: #0d1117; color: #e6edf3; font: 16px system-ui; } .panel { background: rgba(255,255,255,0.02); padding: 8px; }</style></head>
<body><main><h1>Models</h1><div class="panel"><p id="dark-mention">Use GPT-5.2 for agents, released 2025-12-11.</p></div></main></body></html>`;

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer({ [DARK]: darkPage });
  session = await launchWithExtension(server.port);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The extension API inside the service worker. */
declare const chrome: typeof import('wxt/browser').browser;

/** Changes some settings as the options page would (the rest stay as stored or default). */
async function setSettings(changes: Record<string, unknown>): Promise<void> {
  await session.worker.evaluate(async (c) => {
    const { settings } = await chrome.storage.sync.get('settings');
    const base = {
      activePresetId: 'chat',
      tagDisplay: 'prices',
      rateUnit: 'per-million',
      currency: { code: 'USD', perUsd: 1 },
      language: 'en',
      disabledSites: [],
    };
    await chrome.storage.sync.set({ settings: { ...base, ...(settings as object), ...c } });
  }, changes);
}

/** Opens the quickstart page and waits until every tag in it is drawn with its price. */
async function openQuickstart(): Promise<Page> {
  const { page } = await session.open(QUICKSTART);
  await expect.poll(() => page.locator('tokentag-badge').count()).toBeGreaterThan(8);
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('tokentag-badge')].every((t) => t.getAttribute('data-state') === 'ready'),
      ),
    )
    .toBe(true);
  return page;
}

/** Copies the whole of an element's text as a user would (select, Control+C) and reads the clipboard. */
async function copyOf(page: Page, selector: string): Promise<string> {
  await page.evaluate((s) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(s)!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, selector);
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('copying', () => {
  it('never copies a tag: a code block and a tagged paragraph copy as the page wrote them', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://platform.openai.com' });
    await setSettings({ codeTags: 'full', tagDensity: 'every' });
    const page = await openQuickstart();
    // Even a full price pill in the code block is drawn, and still not copied.
    await expect.poll(async () => (await tagLook(page, '#curl tokentag-badge'))?.mode).toBe('pill');
    expect(await tagLabel(page, '#curl tokentag-badge')).toBe('$1.75 / $14.00');
    const code = await page.evaluate(() => document.querySelector('#curl')!.textContent);
    expect(await copyOf(page, '#curl')).toBe(code);
    expect(code).toContain(`"input": "Hello"}'`);
    const prose = await copyOf(page, '#intro');
    expect(prose).toBe(await page.evaluate(() => document.querySelector('#intro')!.textContent));
    expect(prose).not.toContain('$');
    // No text node anywhere in a tag: the label is CSS generated content.
    expect((await tagLook(page, '#intro tokentag-badge'))?.textNodes).toBe(0);
    await setSettings({ codeTags: 'marker', tagDensity: 'first-per-section' });
    await page.close();
  });
});

describe('names in code', () => {
  it('gets a quiet marker by default, nothing or a full pill as set', async () => {
    // Every mention, so that the code block's own repeat is drawn too.
    await setSettings({ codeTags: 'marker', tagDensity: 'every' });
    const page = await openQuickstart();
    await expect.poll(async () => (await tagLook(page, '#curl tokentag-badge'))?.mode).toBe('marker');
    expect(await tagLabel(page, '#curl tokentag-badge')).toBe('');
    // The marker still names its price for assistive technology.
    expect(await page.locator('#curl tokentag-badge').getAttribute('aria-label')).toBe(
      'GPT-5.2: $1.75 input, $14.00 output per 1M tokens',
    );
    await setSettings({ codeTags: 'none' });
    await expect.poll(() => page.locator('#curl tokentag-badge').getAttribute('data-display')).toBe('none');
    expect(await page.locator('#curl tokentag-badge').isVisible()).toBe(false);
    await setSettings({ codeTags: 'full' });
    await expect.poll(async () => (await tagLook(page, '#curl tokentag-badge'))?.mode).toBe('pill');
    await setSettings({ codeTags: 'marker', tagDensity: 'first-per-section' });
    await page.close();
  });
});

describe('density', () => {
  it('gives the first mention of a model in a section a pill, the repeats none, or every mention one when set', async () => {
    await setSettings({ tagDensity: 'first-per-section' });
    const page = await openQuickstart();
    const shown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#choose tokentag-badge, #intro tokentag-badge')].map(
          (t) => `${t.closest('p')!.id}:${t.getAttribute('data-model-id')}:${t.getAttribute('data-display')}`,
        ),
      );
    await expect
      .poll(shown)
      .toEqual([
        'intro:gpt-5.2:pill',
        'intro:gpt-5.2:none',
        'intro:gpt-5.2:none',
        'choose:gpt-5.2:pill',
        'choose:o4-mini:pill',
        'choose:gpt-5.2:none',
        'choose:gpt-5.2:none',
      ]);
    // Repeats still count: the page reports every mention.
    expect(await page.locator('#intro tokentag-badge').count()).toBe(3);
    await setSettings({ tagDensity: 'every' });
    await expect.poll(async () => (await shown()).every((s) => s.endsWith(':pill'))).toBe(true);
    await setSettings({ tagDensity: 'first-per-section' });
    await page.close();
  });
});

describe('keyboard and accessible names', () => {
  it('has one tab stop per model per section, named with its price and unit; none inside a link or button', async () => {
    const page = await openQuickstart();
    const stops = await page.evaluate(() =>
      [...document.querySelectorAll('tokentag-badge[tabindex="0"]')].map(
        (t) => `${t.closest('p, pre')!.id}:${t.getAttribute('data-model-id')}`,
      ),
    );
    expect(stops.filter((s) => s === 'intro:gpt-5.2')).toHaveLength(1);
    expect(stops.filter((s) => s === 'choose:gpt-5.2')).toHaveLength(1);
    expect(new Set(stops).size).toBe(stops.length);
    const first = page.locator('#intro tokentag-badge').first();
    expect(await first.getAttribute('aria-label')).toBe('GPT-5.2: $1.75 input, $14.00 output per 1M tokens');
    expect(await first.getAttribute('role')).toBe('button');
    for (const inside of ['#models-link tokentag-badge', '#try tokentag-badge']) {
      const tag = page.locator(inside);
      expect(await tag.getAttribute('tabindex')).toBeNull();
      expect(await tag.getAttribute('role')).toBeNull();
      expect(await tag.getAttribute('aria-hidden')).toBe('true');
    }
    await page.close();
  });

  it('moves focus into the card on Enter, traps Tab inside it, and returns to the tag on Escape', async () => {
    const page = await openQuickstart();
    const tag = page.locator('#choose tokentag-badge[data-model-id="o4-mini"]');
    await tag.focus();
    // Tab onto a tag does not open the card by itself.
    expect(await cardState(page)).toBeUndefined();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await cardState(page))?.focused).toBe('a:Source');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TOKENTAG-CARD');
    expect(await tag.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect((await cardState(page))?.focused).toBe('button:Compare in TokenTag');
    await page.keyboard.press('Tab');
    expect((await cardState(page))?.focused).toBe('button:Cheapest way to run this model');
    await page.keyboard.press('Tab');
    expect((await cardState(page))?.focused).toBe('a:Source');
    await page.keyboard.press('Shift+Tab');
    expect((await cardState(page))?.focused).toBe('button:Cheapest way to run this model');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeUndefined();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-model-id'))).toBe('o4-mini');
    // Space opens it too.
    await page.keyboard.press(' ');
    await expect.poll(async () => (await cardState(page))?.text).toContain('o4-mini');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it.each([QUICKSTART, 'https://platform.openai.com/docs/pricing'])(
    'causes no axe-core violations on a tagged vendor page, with the card open (%s)',
    async (url) => {
      const { page } = await session.open(url);
      await expect.poll(() => page.locator('tokentag-badge[tabindex="0"]').count()).toBeGreaterThan(0);
      await page.addScriptTag({ content: axeSource });
      const run = () =>
        page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run(context?: unknown): Promise<{ violations: { id: string; nodes: { html: string; target: unknown[] }[] }[] }>;
              };
            }
          ).axe;
          const result = await axe.run(document);
          return result.violations.flatMap((v) =>
            v.nodes.filter((n) => /tokentag/i.test(n.html + JSON.stringify(n.target))).map((n) => `${v.id}: ${n.html}`),
          );
        });
      expect(await run()).toEqual([]);
      await page.locator('tokentag-badge[tabindex="0"]').first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await cardState(page))?.focused).toBe('a:Source');
      expect(await run()).toEqual([]);
      await page.close();
    },
  );
});

describe("the page's own theme", () => {
  it('draws a dark tag and card on a dark page under a light OS', async () => {
    const { page } = await session.open(DARK);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    await expect.poll(async () => (await tagLook(page, '#dark-mention tokentag-badge'))?.dark).toBe(true);
    await page.locator('#dark-mention tokentag-badge').hover();
    await expect.poll(async () => (await cardState(page))?.dark).toBe(true);
    expect((await cardState(page))?.background).toBe('rgb(22, 27, 34)');
    await page.close();
  });

  it('draws a light tag on a light page under a dark OS', async () => {
    const page = await openQuickstart();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await tagLook(page, '#intro tokentag-badge'))?.dark).toBe(false);
    await page.close();
  });
});

describe('at 200% zoom', () => {
  it('keeps the card inside the viewport and never breaks a date at its hyphens', async () => {
    const { page } = await session.open(QUICKSTART);
    // 200% zoom of a 640×560 window: the page lays out in 320×280 CSS pixels.
    await page.setViewportSize({ width: 320, height: 280 });
    const tag = page.locator('#choose tokentag-badge[data-model-id="gpt-5.2"]').first();
    // Tags take no space until their mention comes near the viewport: scroll to the mention.
    await page.locator('#choose').scrollIntoViewIfNeeded();
    await expect.poll(() => tag.getAttribute('data-state')).toBe('ready');
    await tag.click();
    await expect.poll(async () => (await cardState(page))?.text).toContain('GPT-5.2');
    const card = (await cardState(page))!;
    expect(card.box.left).toBeGreaterThanOrEqual(0);
    expect(card.box.top).toBeGreaterThanOrEqual(0);
    expect(card.box.right).toBeLessThanOrEqual(card.viewport.width);
    expect(card.box.bottom).toBeLessThanOrEqual(card.viewport.height);
    expect(card.dateLines.length).toBeGreaterThan(0);
    expect(card.dateLines.every((lines) => lines === 1)).toBe(true);
    await page.close();
  });
});
