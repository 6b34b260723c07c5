// Inline tags on fixture copies of vendor pages, served at the vendors' real URLs, in the built extension.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardState, tagLabel } from './closed-shadow';
import { grantedExtensionPath, launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';

interface Expected {
  url: string;
  initial: Record<string, number>;
  stages?: Record<string, Record<string, number>>;
  final?: Record<string, number>;
}

const pagesDir = join(import.meta.dirname, '../fixtures/pages');
function expectedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return expectedFiles(path);
    return name.endsWith('.expected.json') ? [path] : [];
  });
}
const fixtures = expectedFiles(pagesDir)
  .map((file) => ({ file: relative(pagesDir, file), ...(JSON.parse(readFileSync(file, 'utf8')) as Expected) }))
  .sort((a, b) => a.url.localeCompare(b.url));
const outsideDefaults = fixtures.filter((f) => f.url.startsWith('https://example.net/'));
const vendorPages = fixtures.filter((f) => !outsideDefaults.includes(f));

/** Tags by catalog id; unknown names as "?" + their folded spelling. */
function tagCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const tag of document.querySelectorAll('tokentag-badge')) {
      const key = `${tag.getAttribute('data-known') === 'true' ? '' : '?'}${tag.getAttribute('data-model-id')}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  });
}

const sorted = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));

/** Waits until the page's tags are exactly `expected` (and, if given, the fixture is at `stage`). */
async function expectTags(page: Page, expected: Record<string, number>, stage?: string): Promise<void> {
  const at = stage === undefined ? {} : { stage };
  const observed = async () => ({
    ...(stage === undefined
      ? {}
      : { stage: await page.evaluate(() => (window as unknown as { __fixtureStage?: string }).__fixtureStage) }),
    tags: sorted(await tagCounts(page)),
  });
  // vi.waitFor, not expect.poll: this also runs in beforeAll.
  await vi.waitFor(
    async () => expect(await observed(), stage ? `at stage ${stage}` : undefined).toEqual({ ...at, tags: sorted(expected) }),
    {
      timeout: 10_000,
      interval: 50,
    },
  );
}

/**
 * Makes `change` in the page and returns the page's tags once the content script has provably looked at
 * it: a mention added right after the change (a sentinel) is tagged, and the scanner works through page
 * changes in the order they happen. The sentinel's tag is not counted; the sentinel is taken out again.
 */
async function tagsAfter(page: Page, change: () => void): Promise<Record<string, number>> {
  await page.evaluate(change);
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('p'), { id: 'tokentag-sentinel', textContent: 'o3' })),
  );
  await expect.poll(() => page.locator('#tokentag-sentinel tokentag-badge').count()).toBe(1);
  const counts = await tagCounts(page);
  await page.evaluate(() => document.getElementById('tokentag-sentinel')!.remove());
  const { o3 = 0, ...rest } = counts;
  return o3 > 1 ? { ...rest, o3: o3 - 1 } : rest;
}

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;

/** A long model table: mentions far below the fold. */
const LONG_PAGE = 'https://openrouter.ai/long-table';
const longTable = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><h1>Models</h1><table>${Array.from(
  { length: 400 },
  (_, i) => `<tr><td>${i}</td><td>${i % 2 ? 'gpt-5.2' : 'Claude Sonnet 4.5'}</td><td>$1.00</td></tr>`,
).join('')}</table>`;

beforeAll(async () => {
  server = await startFixtureServer({ [LONG_PAGE]: longTable });
  session = await launchWithExtension(server.port);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe.each(vendorPages)('tags on $url', (fixture) => {
  it('tags every mention with its model, and nothing else', async () => {
    const { page, errors } = await session.open(fixture.url);
    await expectTags(page, fixture.initial, fixture.stages || fixture.final ? 'initial' : undefined);
    for (const [stage, counts] of Object.entries(fixture.stages ?? {})) await expectTags(page, counts, stage);
    if (fixture.final) await expectTags(page, fixture.final, 'final');
    // Nothing inside what the user types in, scripts or the page's own hidden text.
    const misplaced = await page.evaluate(
      () =>
        [...document.querySelectorAll('tokentag-badge')].filter((tag) =>
          tag.closest('textarea, script, style, noscript, [contenteditable="true"], title'),
        ).length,
    );
    expect(misplaced).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the tags on a static vendor page', () => {
  const url = 'https://platform.openai.com/docs/pricing';
  const fixture = vendorPages.find((f) => f.url === url)!;
  let page: Page;

  beforeAll(async () => {
    page = (await session.open(url)).page;
    await expectTags(page, fixture.initial);
  });

  it("leaves the page's text exactly as the page wrote it", async () => {
    const same = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const original = new DOMParser().parseFromString(html, 'text/html');
      // Scripts of the fixture add no text; the tags add none to the light DOM either.
      return original.body.textContent === document.body.textContent;
    });
    expect(same).toBe(true);
  });

  it('does not duplicate tags when the page changes around them', async () => {
    const counts = await tagsAfter(page, () => {
      const table = document.querySelector('table')!;
      table.append(document.createElement('tbody'));
      document.body.append(document.createElement('div'));
      table.querySelector('td')!.setAttribute('data-touched', '1');
    });
    expect(sorted(counts)).toEqual(sorted(fixture.initial));
    await expectTags(page, fixture.initial);
  });

  it('re-tags a mention whose text changes, and untags a removed one', async () => {
    await page
      .locator('td', { hasText: /^gpt-4\.1-nano/ })
      .first()
      .evaluate((td) => {
        td.id = 'renamed-cell';
        const text = [...td.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Text;
        text.data = 'gpt-4.1-mini';
      });
    const cell = page.locator('#renamed-cell');
    await expect.poll(() => cell.locator('tokentag-badge').getAttribute('data-model-id')).toBe('gpt-4.1-mini');
    expect(await cell.locator('tokentag-badge').count()).toBe(1);
    const before = (await tagCounts(page))['o3'] ?? 0;
    // By the light DOM's text: Playwright's hasText also reads the (mounted) tag's shadow root.
    await page.evaluate(() => [...document.querySelectorAll('td')].find((td) => td.textContent === 'o3')!.replaceChildren());
    await expect.poll(async () => (await tagCounts(page))['o3'] ?? 0).toBe(before - 1);
  });

  it('shows the price compactly, and a card with rates, changes and the preset on hover', async () => {
    const selector = 'tokentag-badge[data-model-id="gpt-5.2"]';
    const tag = page.locator(selector).first();
    await tag.locator('xpath=..').scrollIntoViewIfNeeded();
    await expect.poll(() => tagLabel(page, selector)).toBe('$1.75 / $14.00');
    await tag.hover();
    await expect.poll(async () => (await cardState(page))?.text).toContain('GPT-5.2');
    const text = (await cardState(page))?.text ?? '';
    expect(text).toContain('GPT-5.2');
    expect(text).toMatch(/Cached input\s*\$0\.175/);
    expect(text).toContain('+40% input, +40% output');
    expect(text).toContain('vs GPT-5.1 since Dec 11, 2025');
    expect(text).toMatch(/per task · .* per month/);
    expect(text).toContain('Compare in TokenTag');
    await page.mouse.move(0, 0);
    await expect.poll(() => cardState(page)).toBeUndefined();
  });

  it('opens the card from the keyboard and closes it with Escape', async () => {
    const tag = page.locator('tokentag-badge[data-model-id="o4-mini"]').first();
    // Tags take no space until their mention comes near the viewport: scroll to the mention.
    await tag.locator('xpath=..').scrollIntoViewIfNeeded();
    await expect.poll(() => tag.getAttribute('tabindex')).toBe('0');
    await tag.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await cardState(page))?.text).toContain('o4-mini');
    expect(await tag.getAttribute('aria-expanded')).toBe('true');
    expect(await tag.getAttribute('aria-label')).toMatch(/^o4-mini: (Retired on |\$)/);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeUndefined();
  });

  it("keeps its clicks to itself and stays out of the page's own", async () => {
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '#followed';
      link.id = 'probe-link';
      link.textContent = 'gpt-5-nano';
      const paragraph = document.createElement('p');
      paragraph.append(link);
      document.querySelector('main, body')!.prepend(paragraph);
    });
    // The tag sits after the link's text, inside the link.
    const tag = page.locator('#probe-link tokentag-badge');
    await expect.poll(() => tag.count()).toBe(1);
    await page.locator('#probe-link').scrollIntoViewIfNeeded();
    await expect.poll(() => tagLabel(page, '#probe-link tokentag-badge')).toMatch(/\$/);
    await tag.click();
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.locator('#probe-link').click();
    expect(await page.evaluate(() => location.hash)).toBe('#followed');
  });

  it('grows a line by at most its own width, never its height', async () => {
    const shift = await page.evaluate(() => {
      const tag = document.querySelector('td > tokentag-badge, td tokentag-badge')!;
      const row = tag.closest('tr')!;
      const withTag = row.getBoundingClientRect().height;
      const parent = tag.parentNode!;
      const next = tag.nextSibling;
      tag.remove();
      const without = row.getBoundingClientRect().height;
      parent.insertBefore(tag, next);
      return { withTag, without };
    });
    expect(shift.withTag).toBeLessThanOrEqual(shift.without + 0.5);
  });
});

describe('a long page', () => {
  it('gives every tag its UI before the reader scrolls, in place far below the fold', async () => {
    const { page } = await session.open(LONG_PAGE);
    await expect.poll(() => page.locator('tokentag-badge').count()).toBe(400);
    const last = await page.evaluate(() => {
      const tag = document.querySelectorAll('tokentag-badge')[399]!;
      return {
        mounted: tag.hasAttribute('data-state'),
        // Where its mention stands (a repeat in its section draws no pill, so the tag itself has no box).
        below: tag.parentElement!.getBoundingClientRect().top > innerHeight,
        busy: tag.getAttribute('aria-busy'),
      };
    });
    expect(last).toEqual({ mounted: true, below: true, busy: null });
    await page.close();
  });

  it("shows the active preset's cost per task when the settings say so, live", async () => {
    const { page } = await session.open(LONG_PAGE);
    const first = () => tagLabel(page, 'tokentag-badge');
    await expect.poll(first).toMatch(/^\$[\d.]+ \/ \$[\d.]+$/);
    await session.worker.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({
        settings: {
          ...(settings as object),
          activePresetId: 'agent',
          tagDisplay: 'preset-cost',
          rateUnit: 'per-million',
          currency: { code: 'USD', perUsd: 1 },
          language: 'en',
          disabledSites: [],
        },
      });
    });
    await expect.poll(first).toMatch(/^\$[\d.]+\/task$/);
    await session.worker.evaluate(() => chrome.storage.sync.remove('settings'));
    await expect.poll(first).toMatch(/ \/ /);
    await page.close();
  });

  it("opens the popup's comparison from the card's Compare button", async () => {
    const { page } = await session.open(LONG_PAGE);
    const tag = page.locator('tokentag-badge[data-model-id="gpt-5.2"]').first();
    await expect.poll(() => tagLabel(page, 'tokentag-badge[data-model-id="gpt-5.2"]')).toMatch(/\$/);
    await tag.click();
    // Compare, then the offers' "Cheapest way to run this model".
    await expect
      .poll(async () => (await cardState(page))?.buttons.map((b) => b.text))
      .toEqual(['Compare in TokenTag', 'Cheapest way to run this model']);
    const opened = session.context.waitForEvent('page');
    const compare = (await cardState(page))!.buttons[0]!;
    await page.mouse.click(compare.x, compare.y);
    const popup = await opened;
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(
      new RegExp(`^chrome-extension://${session.extensionId}/popup\\.html\\?view=tab&tabId=\\d+&model=gpt-5\\.2$`),
    );
    // The model joins the comparison, which the popup shows.
    await expect.poll(() => popup.getByRole('tab', { name: /Compare/ }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => popup.locator('[role="tabpanel"] tr[data-model-id="gpt-5.2"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});

describe('a default site switched off', () => {
  it('loses its tags at once, and gets them back when switched on again', async () => {
    const url = 'https://docs.x.ai/docs/models';
    const { page } = await session.open(url);
    await expect.poll(() => page.locator('tokentag-badge').count()).toBeGreaterThan(0);
    const setDisabled = (sites: string[]) =>
      session.worker.evaluate(async (disabledSites) => {
        const { settings } = await chrome.storage.sync.get('settings');
        const base = {
          activePresetId: 'chat',
          tagDisplay: 'prices',
          rateUnit: 'per-million',
          currency: { code: 'USD', perUsd: 1 },
          language: 'en',
        };
        await chrome.storage.sync.set({ settings: { ...base, ...(settings as object), disabledSites } });
      }, sites);
    await setDisabled(['xai']);
    await expect.poll(() => page.locator('tokentag-badge').count()).toBe(0);
    // A page of the site opened now stays untouched too.
    const { page: another } = await session.open(`${url}?again`);
    const { page: control } = await session.open('https://openai.com/api/pricing?control-2');
    await expect.poll(() => control.locator('tokentag-badge').count()).toBeGreaterThan(0);
    expect(await another.locator('tokentag-badge').count()).toBe(0);
    await setDisabled([]);
    await expect.poll(() => page.locator('tokentag-badge').count()).toBeGreaterThan(0);
    await expect.poll(() => another.locator('tokentag-badge').count()).toBeGreaterThan(0);
    for (const p of [page, another, control]) await p.close();
  });
});

describe('sites outside the defaults', () => {
  const blog = outsideDefaults[0]!;

  it('get no tags until the user grants them', async () => {
    const { page } = await session.open(blog.url);
    // A vendor page opened afterwards is tagged: by then the blog would have been too.
    const { page: control } = await session.open('https://openai.com/api/pricing');
    await expect.poll(() => control.locator('tokentag-badge').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('tokentag-badge').count()).toBe(0);
    await control.close();
    await page.close();
  });

  it('get tags once granted', async () => {
    // Chromium cannot answer its permission prompt under automation: this build is granted the
    // blog's origin from install, which runs the same registration as a grant from the popup.
    const granted = await launchWithExtension(server.port, { path: grantedExtensionPath });
    try {
      await expect
        .poll(
          async () =>
            (await granted.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).flatMap((s) => s.matches ?? []),
          {
            timeout: 10_000,
          },
        )
        .toContain('https://example.net/*');
      const { page, errors } = await granted.open(blog.url);
      await expectTags(page, blog.initial);
      expect(errors).toEqual([]);
    } finally {
      await granted.close();
    }
  });
});

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;
