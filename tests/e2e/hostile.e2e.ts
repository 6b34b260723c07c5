// Pages that fight back: hostile CSS, a strict Content-Security-Policy, churning text, moved and removed nodes,
// shadow roots and iframes of their own; and an extension reload while pages are open.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelRows, random } from '../fixtures/model-table';
import { cardState, inShadow } from './closed-shadow';
import { launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';

const BASE = 'https://openrouter.ai/hostile';
const page = (title: string, body: string, head = '<link rel="icon" href="data:,">') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/** 50,000 elements holding 10,000 mentions: 5,000 rows of a name, an id and seven price cells. */
const heavyRows = modelRows(5_000, 7, random(7));

const routes = {
  [`${BASE}/heavy`]: page('Heavy', `<table><tbody>${heavyRows.join('')}</tbody></table>`),
  [`${BASE}/css`]: page(
    'Hostile CSS',
    '<p id="mention">GPT-5.2 costs more than GPT-5.1.</p>',
    `<style>
      * { all: unset !important; display: block; }
      tokentag-badge, *:not(p):not(body):not(html) { display: none !important; visibility: hidden !important; opacity: 0 !important; }
      [data-model-id] { font-size: 0 !important; width: 0 !important; }
      :host { display: none !important; }
    </style>`,
  ),
  [`${BASE}/show-all`]: page(
    'CSS that shows everything',
    '<p id="mention">GPT-5.2 costs more than GPT-5.1, and GPT-5.2 is newer.</p>',
    `<style>
      tokentag-badge, [data-display] { display: inline-block !important; visibility: visible !important; min-width: 40px !important; padding: 4px !important; border: 2px solid red !important; }
    </style>`,
  ),
  [`${BASE}/csp`]: {
    // No icon link: under `img-src 'none'` the page's own data: icon would be a violation of its own.
    body: page('Strict CSP', '<h1>Models</h1><p>Use o3 or Claude Opus 4.5.</p>', ''),
    headers: {
      'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'; font-src 'none'",
    },
  },
  [`${BASE}/churn`]: page(
    'Churn',
    `<table id="table"><tr id="r1"><td id="c1">gpt-5.2</td><td>$1.75</td></tr><tr id="r2"><td id="c2">Claude Sonnet 4.5</td><td>$3.00</td></tr>
      <tr id="r3"><td id="c3">gemini-2.5-pro</td><td>$1.25</td></tr></table><p>Now: <span id="flip">gpt-5.2</span></p><p id="clicks">0</p>`,
    `<script>
      window.__done = false;
      let n = 0;
      document.addEventListener('DOMContentLoaded', () => {
        document.getElementById('c1').addEventListener('click', () => { const c = document.getElementById('clicks'); c.textContent = String(Number(c.textContent) + 1); });
        const timer = setInterval(() => {
          n++;
          document.getElementById('flip').firstChild.data = n % 2 ? 'o3' : 'gpt-5.2';
          const table = document.getElementById('table');
          if (n % 3 === 0) table.querySelector('tbody').append(document.getElementById('r1'));
          if (n % 4 === 0) { const r3 = document.getElementById('r3'); r3.remove(); setTimeout(() => table.querySelector('tbody').append(r3), 30); }
          if (n % 5 === 0) document.getElementById('r2').append(document.getElementById('c2'));
          if (n === 20) { clearInterval(timer); setTimeout(() => (window.__done = true), 300); }
        }, 100);
      });
    </script>`,
  ),
  [`${BASE}/shadow`]: page(
    'Shadow roots',
    '<p id="light">GPT-5.2 in the light DOM.</p><div id="host"></div>',
    `<script>
      document.addEventListener('DOMContentLoaded', () => {
        let host = document.getElementById('host');
        for (let depth = 0; depth < 12; depth++) {
          const root = host.attachShadow({ mode: depth % 2 ? 'closed' : 'open' });
          const p = document.createElement('p');
          p.textContent = 'Nested o3 at depth ' + depth;
          const next = document.createElement('div');
          root.append(p, next);
          host = next;
        }
      });
    </script>`,
  ),
  [`${BASE}/iframe`]: page(
    'Iframes',
    `<p id="top">Top: Claude Opus 4.5</p><iframe id="frame" srcdoc="<p>Inside: GPT-5.2 and o3</p>"></iframe><iframe src="${BASE}/csp"></iframe>`,
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

const tagIds = (p: Page) => p.locator('tokentag-badge').evaluateAll((tags) => tags.map((t) => t.getAttribute('data-model-id')));
/** Whether the tag's pill is actually drawn: laid out, visible, with its own style. */
const pillShown = async (p: Page, selector: string) =>
  (await inShadow(p, selector, (root) => {
    const pill = root.querySelector('.pill');
    if (!pill) return false;
    const box = pill.getBoundingClientRect();
    const style = getComputedStyle(pill);
    return (
      box.width > 10 && box.height > 5 && style.visibility === 'visible' && style.opacity === '1' && style.borderRadius !== '0px'
    );
  })) ?? false;

describe('hostile pages', () => {
  it('draws its tags through CSS that hides or resets everything', async () => {
    const { page: p, errors } = await session.open(`${BASE}/css`);
    await expect.poll(() => tagIds(p)).toEqual(['gpt-5.2', 'gpt-5.1']);
    await expect.poll(() => pillShown(p, 'tokentag-badge')).toBe(true);
    expect(errors).toEqual([]);
    await p.close();
  });

  it('keeps a repeat mention hidden through CSS that shows every tag', async () => {
    const { page: p, errors } = await session.open(`${BASE}/show-all`);
    await expect.poll(() => tagIds(p)).toEqual(['gpt-5.2', 'gpt-5.1', 'gpt-5.2']);
    await expect.poll(() => pillShown(p, 'tokentag-badge')).toBe(true);
    const repeat = p.locator('tokentag-badge').nth(2);
    await expect.poll(() => repeat.getAttribute('data-display')).toBe('none');
    const shown = await repeat.evaluate((tag) => {
      const box = tag.getBoundingClientRect();
      return { display: getComputedStyle(tag).display, width: box.width, height: box.height };
    });
    expect(shown).toEqual({ display: 'none', width: 0, height: 0 });
    expect(errors).toEqual([]);
    await p.close();
  });

  it('works under a strict Content-Security-Policy, without violations', async () => {
    const { page: p, errors } = await session.open(`${BASE}/csp`);
    await expect.poll(() => tagIds(p)).toEqual(['o3', 'claude-opus-4-5']);
    await expect.poll(() => pillShown(p, 'tokentag-badge')).toBe(true);
    await p.locator('tokentag-badge').first().hover();
    await expect.poll(async () => (await cardState(p))?.text).toMatch(/o3|Claude Opus 4\.5/);
    expect(errors).toEqual([]);
    await p.close();
  });

  it('keeps one tag per mention while the page moves, removes and rewrites its nodes, and leaves its handlers alone', async () => {
    const { page: p, errors } = await session.open(`${BASE}/churn`);
    await expect.poll(() => p.evaluate(() => (window as unknown as { __done: boolean }).__done), { timeout: 10_000 }).toBe(true);
    // Settled: every mention has exactly one tag right after it.
    await expect
      .poll(() =>
        p.evaluate(() =>
          ['c1', 'c2', 'c3', 'flip'].map((id) => {
            const holder = document.getElementById(id)!;
            const text = holder.firstChild as Text;
            const tags = holder.querySelectorAll('tokentag-badge');
            return [text.data, tags.length, tags[0]?.getAttribute('data-model-id'), text.nextSibling === tags[0]];
          }),
        ),
      )
      .toEqual([
        ['gpt-5.2', 1, 'gpt-5.2', true],
        ['Claude Sonnet 4.5', 1, 'claude-sonnet-4-5', true],
        ['gemini-2.5-pro', 1, 'gemini-2.5-pro', true],
        ['gpt-5.2', 1, 'gpt-5.2', true],
      ]);
    expect(await p.locator('tokentag-badge').count()).toBe(4);
    await p.locator('#c1').click({ position: { x: 2, y: 2 } });
    expect(await p.locator('#clicks').textContent()).toBe('1');
    expect(errors).toEqual([]);
    await p.close();
  });

  it("leaves the page's own shadow roots and its iframes alone, without errors", async () => {
    const { page: shadow, errors: shadowErrors } = await session.open(`${BASE}/shadow`);
    await expect.poll(() => tagIds(shadow)).toEqual(['gpt-5.2']);
    const nested = await shadow.evaluate(() => document.getElementById('host')!.shadowRoot!.querySelector('p')!.textContent);
    expect(nested).toBe('Nested o3 at depth 0');
    expect(shadowErrors).toEqual([]);

    const { page: framed, errors: frameErrors } = await session.open(`${BASE}/iframe`);
    await expect.poll(() => tagIds(framed)).toEqual(['claude-opus-4-5']);
    const inside = framed.frameLocator('#frame').locator('tokentag-badge');
    expect(await inside.count()).toBe(0);
    expect(frameErrors).toEqual([]);
    await shadow.close();
    await framed.close();
  });
});

describe('a heavy page', () => {
  it('tags its 10,000 mentions once each, over its table, all with their UI before any scrolling', async () => {
    const { page: p, errors } = await session.open(`${BASE}/heavy`);
    expect(await p.evaluate(() => document.querySelectorAll('*').length)).toBeGreaterThan(50_000);
    let last = -1;
    await expect
      .poll(
        async () => {
          const count = await p.locator('tokentag-badge').count();
          const settled = count === last && count > 0;
          last = count;
          return settled;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    // Every tag stands in the layer over the table (no duplicates, no orphans), whose cells are left
    // whole; all but the rare unnamed spelling are tagged.
    const check = await p.evaluate(() => {
      const tags = [...document.querySelectorAll('tokentag-badge')];
      const mounted = tags.filter((t) => t.hasAttribute('data-state')).length;
      const layer = document.querySelector('table')!.nextElementSibling;
      const wellPlaced =
        layer?.tagName === 'TOKENTAG-OVERLAY' &&
        tags.every((t) => layer.contains(t)) &&
        [...document.querySelectorAll('td')].every((td) => td.childNodes.length <= 1);
      return { tags: tags.length, mounted, wellPlaced, scrollY };
    });
    expect(check.tags).toBeGreaterThan(9_500);
    expect(check.tags).toBeLessThanOrEqual(10_000);
    expect(check.wellPlaced).toBe(true);
    // Tags go in with their UI, ahead of the viewport, so that scrolling never mounts anything.
    expect(check.scrollY).toBe(0);
    expect(check.mounted).toBe(check.tags);
    expect(errors).toEqual([]);
    await p.close();
  });
});

describe('an extension reload while pages are open', () => {
  it('leaves the old content script quiet: no errors, its tags taken out', async () => {
    const own = await launchWithExtension(server.port);
    try {
      const { page: p, errors } = await own.open(`${BASE}/csp`);
      await expect.poll(() => tagIds(p)).toEqual(['o3', 'claude-opus-4-5']);
      await own.worker.evaluate(() => chrome.runtime.reload());
      await expect.poll(() => p.locator('tokentag-badge').count(), { timeout: 10_000 }).toBe(0);
      // The page goes on working, and later changes of the page raise nothing either. The old copy took
      // its tags out when it stopped, and stopping disconnects its page observer first; had it still been
      // watching, it would have tagged this mention in the observer's own callback (the scanner handles the
      // first node of a run before it ever yields). That callback has run once a task queued after the
      // change has: so a mention still untagged then is one the old copy never saw.
      const untagged = await p.evaluate(async () => {
        const added = Object.assign(document.createElement('p'), { textContent: 'gpt-5.2 added later' });
        document.body.append(added);
        await new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        });
        return added.querySelector('tokentag-badge') === null;
      });
      expect(untagged).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;
