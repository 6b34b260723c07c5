// The page boundary under attack: forged clicks, a page reading private settings, a page making tags lie, a page that owns our element names.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workloadOf } from '../fixtures/workload';
import { cardState, tagLabel } from './closed-shadow';
import { launchWithExtension, startFixtureServer, tabIdOf, type ExtensionSession } from './harness';

const BASE = 'https://openrouter.ai/boundary';
const html = (title: string, body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/** Many sections, each naming GPT-5.2 once: the last one's tag is far below the fold, not yet drawn. */
const sections = Array.from(
  { length: 60 },
  (_, i) => `<section style="height: 200px"><p id="s${i}">Section ${i}: GPT-5.2 here.</p></section>`,
).join('');

const routes = {
  [`${BASE}/plain`]: html('Plain', '<main><h1>Models</h1><p id="m">GPT-5.2 is the flagship; o3 reasons.</p></main>'),
  [`${BASE}/long`]: html('Long', `<main>${sections}</main>`),
  [`${BASE}/owned`]: html(
    'Owns our names',
    '<main><p id="m">GPT-5.2 and o3 and Claude Opus 4.5.</p></main>',
    `<script>
      window.__seen = [];
      window.__errors = 0;
      customElements.define('tokentag-badge', class extends HTMLElement {
        constructor() { super(); window.__seen.push('badge'); }
        connectedCallback() { window.__seen.push('connected ' + [...this.attributes].map((a) => a.name + '=' + a.value).join(' ')); }
      });
      customElements.define('tokentag-card', class extends HTMLElement {
        constructor() { super(); window.__seen.push('card'); this.attachShadow({ mode: 'open' }); }
      });
    </script>`,
  ),
};

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer(routes);
  session = await launchWithExtension(server.port);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The extension API inside the service worker. */
declare const chrome: typeof import('wxt/browser').browser;

const comparison = () =>
  session.worker.evaluate(
    async () => ((await chrome.storage.sync.get('comparison')).comparison as { modelIds?: string[] } | undefined)?.modelIds ?? [],
  );

async function ready(page: Page, selector: string): Promise<void> {
  await expect.poll(() => page.locator(selector).first().getAttribute('data-state')).toBe('ready');
}

describe('forged events', () => {
  it('a page cannot open the card, reach its buttons or add to the comparison with script clicks and keys', async () => {
    const { page, errors } = await session.open(`${BASE}/plain`);
    const tagSelector = '#m tokentag-badge[data-model-id="gpt-5.2"]';
    await ready(page, tagSelector);
    const tabsBefore = session.context.pages().length;
    const forged = await page.evaluate((selector) => {
      const tag = document.querySelector<HTMLElement>(selector)!;
      for (let i = 0; i < 15; i++) tag.click();
      tag.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      tag.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      tag.dispatchEvent(new MouseEvent('mouseenter'));
      const card = document.querySelector('tokentag-card');
      return {
        tagRoot: tag.shadowRoot === null,
        card: card ? { hidden: card.hasAttribute('hidden'), root: card.shadowRoot === null } : null,
      };
    }, tagSelector);
    expect(forged.tagRoot).toBe(true);
    expect(forged.card === null || (forged.card.hidden && forged.card.root)).toBe(true);
    expect(await page.locator(tagSelector).getAttribute('aria-expanded')).toBe('false');

    // The user's own key press opens it (the handlers are alive), and the page still cannot reach inside.
    await page.locator(tagSelector).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await cardState(page))?.focused).toBe('a:Source');
    const reach = await page.evaluate(() => {
      const card = document.querySelector('tokentag-card')!;
      for (let i = 0; i < 15; i++) card.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return card.shadowRoot === null && card.querySelector('button') === null;
    });
    expect(reach).toBe(true);
    expect(await comparison()).toEqual([]);

    // One real click on Compare: one tab, one model. The 15 forged clicks added nothing.
    const opened = session.context.waitForEvent('page');
    await page.keyboard.press('Tab');
    expect((await cardState(page))?.focused).toBe('button:Compare in TokenTag');
    await page.keyboard.press('Enter');
    const popup = await opened;
    await expect.poll(comparison).toEqual(['gpt-5.2']);
    expect(session.context.pages().length).toBe(tabsBefore + 1);
    expect(errors).toEqual([]);
    await popup.close();
    await session.worker.evaluate(() => chrome.storage.sync.remove('comparison'));
    await page.close();
  });
});

describe('private settings', () => {
  it("keeps the preset's name, the currency, the exchange rate and per-task costs out of the page's DOM", async () => {
    const presets = [
      {
        id: 'chat',
        name: 'ACME Corp secret support bot',
        description: 'Our confidential workload',
        workload: workloadOf({
          tasksPerMonth: 31337,
          inputTokens: 3000,
          staticPrefixTokens: 1200,
          cacheHitRate: 0.8,
          outputTokens: 400,
        }),
      },
    ];
    await session.worker.evaluate(async (presets) => {
      await chrome.storage.sync.set({
        presets,
        settings: {
          activePresetId: 'chat',
          tagDisplay: 'preset-cost',
          rateUnit: 'per-million',
          currency: { code: 'EUR', perUsd: 0.9137 },
          language: 'en',
          disabledSites: [],
        },
      });
    }, presets);
    const { page } = await session.open(`${BASE}/plain`);
    const tagSelector = '#m tokentag-badge[data-model-id="gpt-5.2"]';
    await ready(page, tagSelector);
    await expect.poll(() => tagLabel(page, tagSelector)).toMatch(/^€[\d.]+\/task$/);
    await page.locator(tagSelector).hover();
    // The card shows them, inside its closed root: the test can fail.
    await expect.poll(async () => (await cardState(page))?.text).toContain('ACME Corp secret support bot');
    const visible = await page.evaluate(() => {
      const attributes = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].map((a) => `${a.name}=${a.value}`),
      );
      return { html: document.documentElement.outerHTML, attributes: attributes.join('\n'), text: document.body.innerText };
    });
    for (const where of [visible.html, visible.attributes, visible.text]) {
      expect(where).not.toMatch(/ACME|secret|confidential|€|EUR|0\.9137|31,?337|per task|\/task/i);
    }
    expect(await page.locator(tagSelector).getAttribute('aria-label')).toBe('GPT-5.2: $1.75 input, $14.00 output per 1M tokens');
    await session.worker.evaluate(() => chrome.storage.sync.remove(['presets', 'settings']));
    await page.close();
  });
});

describe('tags that cannot be made to lie', () => {
  it("keeps the original model and price when the page rewrites a tag's model id or text", async () => {
    const { page, errors } = await session.open(`${BASE}/long`);
    const last = '#s59 tokentag-badge';
    await expect.poll(() => page.locator(last).count()).toBe(1);
    // Before it is drawn, the page says it stands for another model; after, it writes its own text in.
    await page.evaluate((selector) => {
      const tag = document.querySelector(selector)!;
      tag.setAttribute('data-model-id', 'o3');
      tag.setAttribute('data-known', 'false');
    }, last);
    await page.locator('#s59').scrollIntoViewIfNeeded();
    await ready(page, last);
    await page.evaluate((selector) => {
      const tag = document.querySelector<HTMLElement>(selector)!;
      tag.textContent = '$99.00 / $999.00';
      tag.setAttribute('aria-label', 'forged');
      try {
        tag.attachShadow({ mode: 'open' }).textContent = '$99.00 / $999.00';
      } catch (error) {
        // Expected: it already has ours, closed. The page logs it, as a real attacker's script would see it.
        console.info('attachShadow refused', error);
      }
    }, last);
    expect(await tagLabel(page, last)).toBe('$1.75 / $14.00');
    // The page's own text inside the tag is not drawn: the shadow root has no slot for it.
    expect(await page.locator(last).evaluate((tag) => tag.getBoundingClientRect().width < 200)).toBe(true);
    await page.locator(last).hover();
    await expect.poll(async () => (await cardState(page))?.text).toContain('GPT-5.2');
    expect((await cardState(page))?.text).not.toContain('o3');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a page that defines our element names first', () => {
  it('draws no tags there, throws nothing, hands the page nothing private, and still tags other pages', async () => {
    const { page, errors } = await session.open(`${BASE}/owned`);
    // The scan finished and reported the page's models (tags still count for the popup)...
    await tabIdOf(session, `${BASE}/owned`);
    // ...and the tags it made were taken out again once the page's element was detected.
    await expect.poll(() => page.locator('tokentag-badge').count()).toBe(0);
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    // The attack ran (the page's constructor saw our tags), and it saw only the public attributes.
    expect(seen).toContain('badge');
    expect(seen.filter((s) => s.startsWith('connected')).length).toBeGreaterThan(0);
    expect(seen.join('\n')).not.toMatch(/\$|€|per task|aria-label/);
    expect(errors).toEqual([]);

    const { page: other, errors: otherErrors } = await session.open(`${BASE}/plain`);
    await ready(other, '#m tokentag-badge');
    expect(await tagLabel(other, '#m tokentag-badge')).toBe('$1.75 / $14.00');
    expect(otherErrors).toEqual([]);
    await other.close();
    await page.close();
  });
});
