// The page scanner in a DOM: where tags go, what it skips, and how it follows a changing page.
// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { createDetector, type ModelMatch } from '../../utils/detect';
import { createPageScanner, TAG_NAME, type PageScanner } from '../../content/page-scanner';
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

function start(html: string) {
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
    mountTag: (tag) => mounted.push(tag),
    onMentionsChange: (mentions) => reports.push(mentions),
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

describe('createPageScanner', () => {
  it('puts a tag after each mention, leaving the text node whole', async () => {
    const html = '<p>Use GPT-5.2 or o3 for this.</p>';
    document.body.innerHTML = html;
    const text = document.querySelector('p')!.firstChild;
    scanner = createPageScanner({
      root: document.body,
      detector,
      createTag: () => document.createElement(TAG_NAME),
      mountTag: () => {},
    });
    scanner.start();
    await scanner.idle();
    const p = document.querySelector('p')!;
    expect(p.firstChild).toBe(text);
    expect((p.firstChild as Text).data).toBe('Use GPT-5.2 or o3 for this.');
    expect([...p.childNodes].map((n) => n.nodeName)).toEqual(['#text', 'TOKENTAG-BADGE', 'TOKENTAG-BADGE']);
  });

  it('skips scripts, styles, form fields and editable regions', async () => {
    await start(
      '<p>gpt-5.2</p><script>var m = "gpt-5.2"</script><style>/* o3 */</style><textarea>o3</textarea><select><option>o3</option></select>' +
        '<div contenteditable="true">GPT-5.2 and <b>o3</b></div><noscript>o3</noscript>',
    );
    expect(ids()).toEqual(['gpt-5.2']);
  });

  it('never duplicates or remakes tags when scanning again', async () => {
    await start('<table><tr><td>gpt-5.2</td><td>o3</td></tr></table>');
    const before = [...document.querySelectorAll(TAG_NAME)];
    scanner.rescan();
    await scanner.idle();
    scanner.rescan();
    await scanner.idle();
    expect(ids()).toEqual(['gpt-5.2', 'o3']);
    expect([...document.querySelectorAll(TAG_NAME)]).toEqual(before);
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

  it('keeps tags out of the layout until their mention nears the viewport, then mounts them', async () => {
    await start('<p id="near">gpt-5.2</p><p id="far">o3</p>');
    const observer = FakeIntersectionObserver.instances[0]!;
    const [nearTag, farTag] = document.querySelectorAll<HTMLElement>(TAG_NAME);
    expect(nearTag!.style.getPropertyValue('display')).toBe('none');
    observer.intersect(document.getElementById('near')!);
    expect(mounted).toEqual([nearTag]);
    expect(nearTag!.style.getPropertyValue('display')).toBe('');
    expect(farTag!.style.getPropertyValue('display')).toBe('none');
    expect(observer.observed.has(document.getElementById('near')!)).toBe(false);
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

  it('takes every tag out when stopped with removeTags', async () => {
    await start('<p>gpt-5.2</p><p>o3</p>');
    scanner.stop({ removeTags: true });
    expect(ids()).toEqual([]);
    expect(document.body.textContent).toBe('gpt-5.2o3');
  });
});
