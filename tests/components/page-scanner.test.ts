// The page scanner in a DOM: where tags go, what it skips, and how it follows a changing page.
// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { createDetector, type ModelMatch } from '../../utils/detect';
import {
  createPageScanner,
  MAX_REPORTED_MENTIONS,
  TAG_NAME,
  type PageScanner,
  type PageScannerOptions,
} from '../../content/page-scanner';
import { anchorOf, OVERLAY_NAME, spotPosition } from '../../content/table-overlay';
import { afterMutations } from './mutations';

/** An IntersectionObserver the test drives: `intersect(el)` reports an element as near the viewport. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  intersect(el: Element) {
    if (this.observed.has(el))
      this.callback([{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry], this as never);
  }
}

const detector = createDetector(catalog);
let scanner: PageScanner;
let mounted: HTMLElement[];
let reports: ModelMatch[][];

function start(html: string, more: Partial<PageScannerOptions> = {}) {
  document.body.innerHTML = html;
  mounted = [];
  reports = [];
  scanner = createPageScanner({
    root: document.body,
    detector,
    createTag: (match) => {
      const tag = document.createElement(TAG_NAME);
      tag.setAttribute('data-model-id', match.modelId);
      return tag;
    },
    mountTag: (tag) => void mounted.push(tag),
    onMentionsChange: (mentions) => reports.push(mentions),
    ...more,
  });
  scanner.start();
  return scanner.idle();
}

const ids = () => [...document.querySelectorAll(TAG_NAME)].map((t) => t.getAttribute('data-model-id'));
/** Changes the page, lets the scanner's mutation observer hear of it, then waits for the scanner to finish. */
const settle = async (change: () => void) => {
  await afterMutations(document.body, change);
  await scanner.idle();
};

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  FakeIntersectionObserver.instances = [];
});

afterEach(() => {
  scanner.stop({ removeTags: true });
  vi.unstubAllGlobals();
});

/** A paragraph's children as text pieces and tags (`[gpt-5.2]` for a tag). */
const layout = (el: Element) =>
  [...el.childNodes].map((n) =>
    n.nodeName === TAG_NAME.toUpperCase() ? `[${(n as Element).getAttribute('data-model-id')}]` : n.textContent,
  );

describe('createPageScanner', () => {
  it('puts each tag right after the name it prices, keeping the text and its first node', async () => {
    document.body.innerHTML = '<p>Use GPT-5.2 or o3 for this.</p>';
    const p = document.querySelector('p')!;
    const text = p.firstChild;
    scanner = createPageScanner({
      root: document.body,
      detector,
      createTag: (m) => Object.assign(document.createElement(TAG_NAME), { id: m.modelId }),
      mountTag: () => {},
    });
    scanner.start();
    await scanner.idle();
    expect(p.firstChild).toBe(text);
    expect([...p.childNodes].map((n) => (n instanceof Text ? n.data : `[${(n as Element).id}]`))).toEqual([
      'Use GPT-5.2',
      '[gpt-5.2]',
      ' or o3',
      '[o3]',
      ' for this.',
    ]);
    expect(p.textContent).toBe('Use GPT-5.2 or o3 for this.');
  });

  it('places tags after their names in lists, code and Chinese text alike', async () => {
    await start(
      '<ul><li>GPT-5.2 is fast; o3 thinks.</li></ul><pre><code>model = "gpt-5.2"  # or o3-mini\n</code></pre>' +
        '<p lang="zh">我们推荐GPT-5.2，也可以用o3。</p>',
    );
    expect(layout(document.querySelector('li')!)).toEqual(['GPT-5.2', '[gpt-5.2]', ' is fast; o3', '[o3]', ' thinks.']);
    expect(layout(document.querySelector('code')!)).toEqual([
      'model = "gpt-5.2',
      '[gpt-5.2]',
      '"  # or o3-mini',
      '[o3-mini]',
      '\n',
    ]);
    expect(layout(document.querySelector('p')!)).toEqual(['我们推荐GPT-5.2', '[gpt-5.2]', '，也可以用o3', '[o3]', '。']);
  });

  it('skips scripts, styles, form fields and editable regions', async () => {
    await start(
      '<p>gpt-5.2</p><script>var m = "gpt-5.2"</script><style>/* o3 */</style><textarea>o3</textarea><select><option>o3</option></select>' +
        '<div contenteditable="true">GPT-5.2 and <b>o3</b></div><noscript>o3</noscript>',
    );
    expect(ids()).toEqual(['gpt-5.2']);
  });

  it('leaves a document in design mode alone (the whole page is an editor)', async () => {
    document.designMode = 'on';
    try {
      await start('<p>gpt-5.2 and o3</p>');
      expect(ids()).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });

  it('never duplicates or remakes tags when scanning again', async () => {
    await start('<table><tr><td>gpt-5.2</td><td>o3 and gpt-5-mini here</td></tr></table>');
    const before = [...document.querySelectorAll(TAG_NAME)];
    scanner.rescan();
    await scanner.idle();
    scanner.rescan();
    await scanner.idle();
    expect(ids()).toEqual(['gpt-5.2', 'o3', 'gpt-5-mini']);
    expect([...document.querySelectorAll(TAG_NAME)].every((tag, i) => tag === before[i])).toBe(true);
  });

  it('tags what the page adds, re-tags changed text, and untags removed text', async () => {
    await start('<ul id="list"><li>gpt-5.2</li></ul>');
    const list = document.getElementById('list')!;
    const item = document.createElement('li');
    item.textContent = 'Claude Opus 4.5';
    await settle(() => list.append(item));
    expect(ids()).toEqual(['gpt-5.2', 'claude-opus-4-5']);
    await settle(() => ((item.firstChild as Text).data = 'Claude Sonnet 4.5'));
    expect(ids()).toEqual(['gpt-5.2', 'claude-sonnet-4-5']);
    await settle(() => list.firstElementChild!.remove());
    expect(ids()).toEqual(['claude-sonnet-4-5']);
  });

  it('tags what the page adds just before the next frame, so that the tags share its layout of the change', async () => {
    await start('<ul id="list"><li>gpt-5.2</li></ul>');
    const item = document.createElement('li');
    item.textContent = 'Claude Opus 4.5 or o3';
    document.getElementById('list')!.append(item);
    // The scanner hears of it at the end of this task and asks for the next frame: a frame callback
    // asked for after that runs after the scanner's, and still before the frame's style and layout.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    expect(ids()).toEqual(['gpt-5.2', 'claude-opus-4-5', 'o3']);
    expect(layout(item)).toEqual(['Claude Opus 4.5', '[claude-opus-4-5]', ' or o3', '[o3]']);
  });

  it('follows a framework that rewrites or removes the node it split', async () => {
    await start('<p id="a">Use GPT-5.2 or o3 for this.</p><p id="b">Try o3 or gpt-5-mini today.</p>');
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    // A framework holds the first node and writes its whole new text into it.
    await settle(() => {
      (a.firstChild as Text).data = 'Now gpt-5-mini only, and more.';
      b.firstChild!.remove();
    });
    expect(a.textContent).toBe('Now gpt-5-mini only, and more.');
    expect(ids()).toEqual(['gpt-5-mini']);
    // The page wrote to it, so it is not split again: its tag follows it.
    expect(layout(a)).toEqual(['Now gpt-5-mini only, and more.', '[gpt-5-mini]']);
    expect(b.childNodes).toHaveLength(0);
  });

  it('joins the text again when the page moves the node it split', async () => {
    await start('<p id="a">Use GPT-5.2 or o3 for this.</p><div id="c"></div>');
    const a = document.getElementById('a')!;
    const first = a.firstChild as Text;
    await settle(() => document.getElementById('c')!.append(first));
    expect(document.getElementById('c')!.firstChild).toBe(first);
    expect(a.childNodes).toHaveLength(0);
    expect(layout(document.getElementById('c')!)).toEqual(['Use GPT-5.2', '[gpt-5.2]', ' or o3', '[o3]', ' for this.']);
  });

  it('mounts every tag before it enters the page, and puts a whole scan in with one write', async () => {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<p>Row ${i}: gpt-5.2 or o3</p>`).join('');
    const connectedAtMount: boolean[] = [];
    let writes = 0;
    const watcher = new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === TAG_NAME.toUpperCase()))) writes++;
    });
    watcher.observe(document.body, { childList: true, subtree: true });
    // No time budget at all: the scan pauses after every node, yet writes once.
    scanner = createPageScanner({
      root: document.body,
      detector,
      sliceMs: 0,
      createTag: () => document.createElement(TAG_NAME),
      mountTag: (tag) => void connectedAtMount.push(tag.isConnected),
    });
    scanner.start();
    await scanner.idle();
    // Records not yet delivered are counted the same way, then the watcher stops.
    const pending = watcher.takeRecords();
    if (pending.some((r) => [...r.addedNodes].some((n) => n.nodeName === TAG_NAME.toUpperCase()))) writes++;
    watcher.disconnect();
    expect(scanner.slices()).toBeGreaterThan(20);
    expect(connectedAtMount).toHaveLength(60);
    expect(connectedAtMount.every((connected) => !connected)).toBe(true);
    expect(writes).toBe(1);
  });

  it('writes a long scan a frame at a time, and says which write is its last', async () => {
    document.body.innerHTML = Array.from({ length: 12 }, (_, i) => `<p>Row ${i}: gpt-5.2 or o3</p>`).join('');
    const writes: { tags: number; final: boolean; connected: boolean }[] = [];
    scanner = createPageScanner({
      root: document.body,
      detector,
      tagsPerWrite: 10,
      createTag: () => document.createElement(TAG_NAME),
      mountTag: () => undefined,
      onPlaced: (tags, final) => writes.push({ tags: tags.length, final, connected: tags.every((t) => t.isConnected) }),
    });
    scanner.start();
    await scanner.idle();
    expect(writes).toEqual([
      { tags: 10, final: false, connected: true },
      { tags: 10, final: false, connected: true },
      { tags: 4, final: true, connected: true },
    ]);
  });

  it('waits for tags to be ready before they go into the page', async () => {
    document.body.innerHTML = '<p>gpt-5.2 and o3</p>';
    let release!: () => void;
    const ready = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    scanner = createPageScanner({
      root: document.body,
      detector,
      createTag: () => document.createElement(TAG_NAME),
      mountTag: () => {
        asked++;
        return ready;
      },
    });
    scanner.start();
    await vi.waitFor(() => expect(asked).toBe(2));
    expect(document.querySelectorAll(TAG_NAME)).toHaveLength(0);
    release();
    await scanner.idle();
    expect(document.querySelectorAll(TAG_NAME)).toHaveLength(2);
  });

  it('reports the tagged mentions, debounced, when they change', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = '<p>gpt-5.2 and o3</p>';
      reports = [];
      scanner = createPageScanner({
        root: document.body,
        detector,
        createTag: () => document.createElement(TAG_NAME),
        mountTag: () => {},
        onMentionsChange: (mentions) => reports.push(mentions),
      });
      scanner.start();
      await scanner.idle();
      await vi.advanceTimersByTimeAsync(300);
      expect(reports.map((r) => r.map((m) => m.modelId))).toEqual([['gpt-5.2', 'o3']]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports at most MAX_REPORTED_MENTIONS mentions', async () => {
    const paragraph = `<p>${'gpt-5.2 and o3; '.repeat(25)}</p>`;
    await start(paragraph.repeat(Math.ceil(MAX_REPORTED_MENTIONS / 50) + 5));
    expect(document.querySelectorAll(TAG_NAME).length).toBeGreaterThan(MAX_REPORTED_MENTIONS);
    await vi.waitFor(() => expect(reports.length).toBeGreaterThan(0));
    expect(reports.at(-1)).toHaveLength(MAX_REPORTED_MENTIONS);
  });

  it('takes every tag out when stopped with removeTags, joining the split text again', async () => {
    await start('<p>gpt-5.2 or o3, then</p><p>o3</p>');
    scanner.stop({ removeTags: true });
    expect(ids()).toEqual([]);
    expect(document.body.textContent).toBe('gpt-5.2 or o3, theno3');
    expect(document.querySelector('p')!.childNodes).toHaveLength(1);
  });

  it('tags the new content after the page replaces its body', async () => {
    await start('<p>gpt-5.2</p>');
    const body = document.createElement('body');
    body.innerHTML = '<p>o3 and gpt-5-mini</p>';
    document.documentElement.replaceChild(body, document.body);
    await vi.waitFor(() => expect(ids()).toEqual(['o3', 'gpt-5-mini']));
    body.append(Object.assign(document.createElement('p'), { textContent: 'Claude Opus 4.5' }));
    await vi.waitFor(() => expect(ids()).toEqual(['o3', 'gpt-5-mini', 'claude-opus-4-5']));
  });

  it('tags the new document written after document.open()', async () => {
    await start('<p>gpt-5.2</p>');
    document.open();
    document.write('<!doctype html><html><body><p>o3 is here</p></body></html>');
    document.close();
    await vi.waitFor(() => expect(ids()).toEqual(['o3']));
  });
});

describe('a big table', () => {
  /** A table of model names, one a row; with `overlayRows: 3`, a table of three rows or more is big. */
  const table = (id: string, names: string[]) =>
    `<table id="${id}"><tbody>${names.map((name) => `<tr><td>${name}</td><td>$1.00</td></tr>`).join('')}</tbody></table>`;
  const big = { overlayRows: 3 };
  /** The model ids in a table's layer, in the layer's order. */
  const over = (id: string) => {
    const layer = document.getElementById(id)!.nextElementSibling;
    if (layer?.tagName !== OVERLAY_NAME.toUpperCase()) return undefined;
    return [...layer.querySelectorAll(TAG_NAME)].map((tag) => tag.getAttribute('data-model-id'));
  };

  it('gets its tags drawn over it, from a layer right after it: its cells and their text stay whole', async () => {
    await start(`${table('big', ['gpt-5.2', 'o3 or gpt-5.2', 'Claude Opus 4.5'])}${table('small', ['o3', 'gpt-5-mini'])}`, big);
    expect(over('big')).toEqual(['gpt-5.2', 'o3', 'gpt-5.2', 'claude-opus-4-5']);
    expect(document.querySelectorAll(`#big ${TAG_NAME}`)).toHaveLength(0);
    const cells = [...document.querySelectorAll('#big td:first-child')];
    expect(cells.map((cell) => cell.childNodes.length)).toEqual([1, 1, 1]);
    // Each tag's place is its mention's text, for its section, order and look.
    const tags = [...document.querySelectorAll(`tokentag-overlay ${TAG_NAME}`)] as HTMLElement[];
    expect(tags.map((tag) => anchorOf(tag))).toEqual([
      cells[0]!.firstChild,
      cells[1]!.firstChild,
      cells[1]!.firstChild,
      cells[2]!.firstChild,
    ]);
    // A table under the threshold gets its tags inline, as anywhere else.
    expect(over('small')).toBeUndefined();
    expect(layout(document.querySelector('#small td')!)).toEqual(['o3', '[o3]']);
    // Scanning again keeps every tag as it is.
    const before = [...document.querySelectorAll(TAG_NAME)];
    scanner.rescan();
    await scanner.idle();
    expect([...document.querySelectorAll(TAG_NAME)]).toEqual(before);
  });

  it('follows the table: a changed cell is re-tagged, a removed row untagged, an added one tagged', async () => {
    await start(table('big', ['gpt-5.2', 'o3', 'Claude Opus 4.5', 'Grok 4']), big);
    const body = document.querySelector('#big tbody')!;
    const rows = [...body.querySelectorAll('tr')];
    await settle(() => ((rows[1]!.firstElementChild!.firstChild as Text).data = 'gpt-5-mini'));
    expect(over('big')).toEqual(['gpt-5.2', 'claude-opus-4-5', 'grok-4', 'gpt-5-mini']);
    await settle(() => rows[0]!.remove());
    expect(over('big')).toEqual(['claude-opus-4-5', 'grok-4', 'gpt-5-mini']);
    expect(document.querySelectorAll('tokentag-spot')).toHaveLength(3);
    await settle(() => body.insertAdjacentHTML('beforeend', '<tr><td>o3</td></tr>'));
    expect(over('big')).toEqual(['claude-opus-4-5', 'grok-4', 'gpt-5-mini', 'o3']);
  });

  it('draws the tags over the table again when the page takes the layer out', async () => {
    await start(table('big', ['gpt-5.2', 'o3', 'Claude Opus 4.5']), big);
    await settle(() => document.querySelector(OVERLAY_NAME)!.remove());
    expect(over('big')).toEqual(['gpt-5.2', 'o3', 'claude-opus-4-5']);
    expect(document.querySelectorAll(TAG_NAME)).toHaveLength(3);
  });

  it('takes the layer out with its tags when stopped with removeTags', async () => {
    await start(table('big', ['gpt-5.2', 'o3', 'Claude Opus 4.5']), big);
    scanner.stop({ removeTags: true });
    expect(document.querySelector(OVERLAY_NAME)).toBeNull();
    expect(ids()).toEqual([]);
    expect(document.querySelector('#big td')!.childNodes).toHaveLength(1);
  });

  it('places a spot right after the name, on its last line, as tall as that line (CSS pixels in the layer)', () => {
    expect(spotPosition({ left: 10, top: 300, right: 95.5, height: 17 }, { left: 8, top: 1000 })).toEqual({
      x: 87.5,
      y: -700,
      height: 17,
    });
  });
});
