// Where tags go in real Chromium: right after each name in prose, lists, code and Chinese; big and growing text; a page that replaces its document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';

const PROSE = 'https://docs.x.ai/docs/guides/choosing-a-model';
const BIG = 'https://openrouter.ai/docs/big-text';
const REPLACED = 'https://openrouter.ai/docs/replaced';

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;

const proseBody = `<h1>Choosing a model</h1>
<p id="prose">Grok 4 was the flagship, Grok 4.1 Fast is cheaper, and Grok 4.3, remains available.</p>
<ul><li id="item">Grok 4.3, for most work; grok-4-1-fast-reasoning for agents.</li></ul>
<pre><code id="code">curl -d '{"model": "grok-4.3", "input": "Hello"}'</code></pre>
<p id="zh" lang="zh-CN">推荐使用 Grok 4.3，或者 grok-4-1-fast-reasoning。</p>`;

const routes = {
  // The page selects part of its prose before the extension runs, as a reader might while it loads.
  [PROSE]: page(
    'Choosing a model',
    proseBody,
    `<script>
      document.addEventListener('DOMContentLoaded', () => {
        const text = document.getElementById('prose').firstChild;
        const range = document.createRange();
        range.setStart(text, 7);
        range.setEnd(text, 74);
        getSelection().addRange(range);
        window.__selected = getSelection().toString();
      });
    </script>`,
  ),
  [BIG]: page(
    'Big text',
    '<p id="big"></p><p id="huge"></p><p id="growing"></p>',
    `<script>
      document.addEventListener('DOMContentLoaded', () => {
        document.getElementById('big').textContent = 'Pricing for GPT-5.2 and Claude Opus 4.5 here. '.repeat(22000);
        document.getElementById('huge').textContent = 'lorem ipsum dolor sit amet '.repeat(390000) + ' and at the end o3.';
        const growing = document.getElementById('growing');
        growing.textContent = 'lorem ipsum dolor sit amet '.repeat(40000);
        const text = growing.firstChild;
        window.__grown = 0;
        const timer = setInterval(() => {
          text.appendData(' then gpt-5-mini ' + 'x'.repeat(2000));
          if (++window.__grown === 10) clearInterval(timer);
        }, 100);
      });
    </script>`,
  ),
  [REPLACED]: page('Replaced', '<p>gpt-5.2 first</p>'),
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

/** An element's children as text and tags (`[grok-4.3]`), and its text as the page wrote it. */
const layoutOf = (id: string) => `
  (() => {
    const el = document.getElementById(${JSON.stringify(id)});
    return [...el.childNodes].map((n) => (n.nodeName === 'TOKENTAG-BADGE' ? '[' + n.getAttribute('data-model-id') + ']' : n.textContent));
  })()`;

describe('a tag right after the name it prices', () => {
  it('in prose, lists, code and Chinese, with the text and a selection kept', async () => {
    const { page: p, errors } = await session.open(PROSE);
    await expect.poll(() => p.locator('tokentag-badge').count()).toBe(8);
    expect(await p.evaluate(layoutOf('prose'))).toEqual([
      'Grok 4',
      '[grok-4]',
      ' was the flagship, Grok 4.1 Fast',
      '[grok-4-1-fast-reasoning]',
      ' is cheaper, and Grok 4.3',
      '[grok-4.3]',
      ', remains available.',
    ]);
    expect(await p.evaluate(layoutOf('item'))).toEqual([
      'Grok 4.3',
      '[grok-4.3]',
      ', for most work; grok-4-1-fast-reasoning',
      '[grok-4-1-fast-reasoning]',
      ' for agents.',
    ]);
    expect(await p.evaluate(layoutOf('code'))).toEqual(['curl -d \'{"model": "grok-4.3', '[grok-4.3]', '", "input": "Hello"}\'']);
    expect(await p.evaluate(layoutOf('zh'))).toEqual([
      '推荐使用 Grok 4.3',
      '[grok-4.3]',
      '，或者 grok-4-1-fast-reasoning',
      '[grok-4-1-fast-reasoning]',
      '。',
    ]);
    // The page's own text, node for node as it wrote it: tags add none to the light DOM.
    const same = await p.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      return new DOMParser().parseFromString(html, 'text/html').body.textContent === document.body.textContent;
    });
    expect(same).toBe(true);
    // The selection made before tagging still covers the same characters.
    const selection = await p.evaluate(() => ({
      before: (window as unknown as { __selected: string }).__selected,
      now: getSelection()!.getRangeAt(0).toString(),
    }));
    expect(selection.before).toBe('was the flagship, Grok 4.1 Fast is cheaper, and Grok 4.3, remains a');
    expect(selection.now).toBe(selection.before);
    // A reader selecting the paragraph now selects its text.
    // On its first word: a tag takes no part in selections, so a click on one selects nothing.
    await p.locator('#prose').click({ clickCount: 3, position: { x: 4, y: 4 } });
    expect((await p.evaluate(() => getSelection()!.getRangeAt(0).toString())).trim()).toBe(
      'Grok 4 was the flagship, Grok 4.1 Fast is cheaper, and Grok 4.3, remains available.',
    );
    expect(errors).toEqual([]);
    await p.close();
  });
});

describe('big and busy text', () => {
  it(
    'tags a 1 MB node of 44,000 mentions, a 10 MB node and a growing node, capped and with their text whole',
    { timeout: 90_000 },
    async () => {
      const { page: p, errors } = await session.open(BIG);
      const state = () =>
        p.evaluate(() => {
          const ids = (id: string) =>
            [...document.getElementById(id)!.querySelectorAll('tokentag-badge')].map((t) => t.getAttribute('data-model-id'));
          return {
            big: ids('big').length,
            huge: ids('huge'),
            growing: ids('growing'),
            grown: (window as unknown as { __grown: number }).__grown,
          };
        });
      await expect
        .poll(state, { timeout: 60_000, interval: 250 })
        .toEqual({ big: 50, huge: ['o3'], growing: Array.from({ length: 10 }, () => 'gpt-5-mini'), grown: 10 });
      const texts = await p.evaluate(() =>
        ['big', 'huge', 'growing'].map((id) => {
          const el = document.getElementById(id)!;
          return {
            nodes: [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).length,
            length: el.textContent.length,
          };
        }),
      );
      // Big nodes are never split: their tags follow them.
      expect(texts.map((t) => t.nodes)).toEqual([1, 1, 1]);
      expect(texts[0]!.length).toBe(22_000 * 'Pricing for GPT-5.2 and Claude Opus 4.5 here. '.length);
      expect(errors).toEqual([]);
      await p.close();
    },
  );
});

describe('a page that replaces its document', () => {
  it('tags the new content after document.open() and after a replaced body', async () => {
    const { page: p, errors } = await session.open(REPLACED);
    const ids = () => p.locator('tokentag-badge').evaluateAll((tags) => tags.map((t) => t.getAttribute('data-model-id')));
    await expect.poll(ids).toEqual(['gpt-5.2']);
    await p.evaluate(() => {
      document.open();
      document.write('<!doctype html><html><body><p>Now o3 and gpt-5-mini</p></body></html>');
      document.close();
    });
    await expect.poll(ids).toEqual(['o3', 'gpt-5-mini']);
    await p.evaluate(() => {
      const body = document.createElement('body');
      body.innerHTML = '<p>Then Claude Opus 4.5</p>';
      document.body = body;
    });
    await expect.poll(ids).toEqual(['claude-opus-4-5']);
    await p.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'and o3' })));
    await expect.poll(ids).toEqual(['claude-opus-4-5', 'o3']);
    expect(errors).toEqual([]);
    await p.close();
  });
});
