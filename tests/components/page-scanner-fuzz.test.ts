// The page scanner under random page changes and on big or busy text: after every burst, each text reads as written with a tag right after each name.
// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { createDetector } from '../../utils/detect';
import { createPageScanner, MAX_TAGS_PER_NODE, TAG_NAME, type PageScanner } from '../../content/page-scanner';
import { afterMutations } from './mutations';

const detector = createDetector(catalog);
const words = [
  'GPT-5.2',
  'o3',
  'Claude Opus 4.5',
  'gemini-2.5-flash',
  'grok 4',
  'hello',
  'price $1.75',
  'Gemini',
  'mini',
  '\u2011',
  ' ',
  'gpt-7',
];
const sentence = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 6 }).map((parts) => parts.join(' '));

type Operation =
  | { kind: 'append'; text: string; wrap: boolean }
  | { kind: 'edit'; index: number; text: string }
  | { kind: 'remove'; index: number }
  | { kind: 'move'; index: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('append' as const), text: sentence, wrap: fc.boolean() }),
  fc.record({ kind: fc.constant('edit' as const), index: fc.nat(), text: sentence }),
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), index: fc.nat() }),
);

/**
 * The page's own text nodes (the fuzzer holds them, as a framework would) each read, with the pieces
 * the scanner split off them, as the page wrote them; each tag stands right after the name it
 * prices (or, for a node the page wrote to, right after the node); and there are no other tags.
 */
function consistent(root: Element, own: Map<Text, string>, edited: Set<Text>): boolean {
  let expectedTotal = 0;
  for (const [text, written] of own) {
    if (!text.isConnected) continue;
    const expected = detector.scan(written);
    let data = text.data;
    const placed: { modelId: string; at: number }[] = [];
    for (let next = text.nextSibling; next && !(next instanceof Text && own.has(next)); next = next.nextSibling) {
      if (next.nodeName === TAG_NAME.toUpperCase())
        placed.push({ modelId: (next as Element).getAttribute('data-model-id')!, at: data.length });
      else if (next instanceof Text) data += next.data;
      else break;
    }
    if (data !== written) return false;
    expectedTotal += expected.length;
    // A node the page has written to is never split (a page appending to it would lose text): its tags follow it.
    const wanted = expected.map((m) => ({ modelId: m.modelId, at: edited.has(text) ? written.length : m.end }));
    if (JSON.stringify(placed) !== JSON.stringify(wanted)) return false;
  }
  return root.querySelectorAll(TAG_NAME).length === expectedTotal;
}

let scanner: PageScanner | undefined;
// Nothing comes near a viewport here: tags are placed, never mounted.
beforeEach(() =>
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  ),
);
afterEach(() => {
  scanner?.stop({ removeTags: true });
  vi.unstubAllGlobals();
});

describe('page scanner fuzzing', () => {
  it('keeps tags and text in step through any sequence of page changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(operation, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        async (bursts) => {
          document.body.innerHTML = '<div id="root"><p>Start with GPT-5.2 and o3.</p></div>';
          const root = document.getElementById('root')!;
          const own = new Map<Text, string>([[root.querySelector('p')!.firstChild as Text, 'Start with GPT-5.2 and o3.']]);
          const edited = new Set<Text>();
          scanner?.stop({ removeTags: true });
          scanner = createPageScanner({
            root,
            detector,
            createTag: (m) => {
              const tag = document.createElement(TAG_NAME);
              tag.setAttribute('data-model-id', m.modelId);
              return tag;
            },
            mountTag: () => {},
          });
          scanner.start();
          await scanner.idle();
          for (const burst of bursts) {
            await afterMutations(root, () => {
              for (const op of burst) {
                const texts = [...own.keys()];
                const target = texts.length > 0 ? texts[('index' in op ? op.index : 0) % texts.length]! : undefined;
                if (op.kind === 'append') {
                  const node = document.createTextNode(op.text);
                  own.set(node, op.text);
                  if (op.wrap) root.append(document.createElement('span'), node);
                  else root.append(node);
                } else if (op.kind === 'edit' && target) {
                  target.data = op.text;
                  own.set(target, op.text);
                  edited.add(target);
                } else if (op.kind === 'remove' && target) {
                  target.remove();
                  own.delete(target);
                } else if (op.kind === 'move' && target) root.prepend(target);
              }
            });
            await scanner.idle();
            if (!consistent(root, own, edited)) return false;
          }
          return true;
        },
      ),
      { numRuns: 150 },
    );
  });

  it('tags a 1 MB text node with 44,000 mentions: its first mentions only, without splitting it', async () => {
    const big = 'Pricing for GPT-5.2 and Claude Opus 4.5 here. '.repeat(22_000);
    document.body.innerHTML = '<p id="big"></p>';
    const p = document.getElementById('big')!;
    p.textContent = big;
    const reports: number[] = [];
    scanner = createPageScanner({
      root: document.body,
      detector,
      createTag: () => document.createElement(TAG_NAME),
      mountTag: () => {},
      onMentionsChange: (mentions) => reports.push(mentions.length),
    });
    scanner.start();
    await scanner.idle();
    expect(p.firstChild).toBeInstanceOf(Text);
    expect((p.firstChild as Text).data.length).toBe(big.length);
    expect(p.querySelectorAll(TAG_NAME)).toHaveLength(MAX_TAGS_PER_NODE);
    await vi.waitFor(() => expect(reports).toEqual([MAX_TAGS_PER_NODE]));
  });

  it('scans a 10 MB text node in slices and tags the names at its end', { timeout: 60_000 }, async () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil((10 * 1024 * 1024) / 27));
    document.body.innerHTML = '<p id="big"></p>';
    const p = document.getElementById('big')!;
    p.textContent = `${filler} ends with o3 and gpt-5.2.`;
    scanner = createPageScanner({
      root: document.body,
      detector,
      sliceMs: 1,
      createTag: (m) => tagFor(m.modelId),
      mountTag: () => {},
    });
    scanner.start();
    await scanner.idle();
    expect(scanner.slices()).toBeGreaterThan(10);
    expect([...p.querySelectorAll(TAG_NAME)].map((t) => t.getAttribute('data-model-id'))).toEqual(['o3', 'gpt-5.2']);
  });

  it('re-scans a growing 1 MB node only from where it grew', { timeout: 60_000 }, async () => {
    let scanned = 0;
    const counting = { scan: (text: string) => ((scanned += text.length), detector.scan(text)) };
    document.body.innerHTML = '<p id="big"></p>';
    const p = document.getElementById('big')!;
    p.textContent = 'lorem ipsum dolor sit amet '.repeat(40_000);
    const text = p.firstChild as Text;
    scanner = createPageScanner({
      root: document.body,
      detector: counting,
      createTag: (m) => tagFor(m.modelId),
      mountTag: () => {},
    });
    scanner.start();
    await scanner.idle();
    expect(scanned).toBeGreaterThanOrEqual(text.data.length);
    const perGrowth: number[] = [];
    for (let i = 0; i < 20; i++) {
      scanned = 0;
      await afterMutations(p, () => text.appendData(` step ${i}: ${i % 2 ? 'o3' : 'gpt-5.2'} `.padEnd(200, '.')));
      await scanner.idle();
      perGrowth.push(scanned);
    }
    // Each growth re-reads the new text and a little context, never the megabyte before it.
    expect(Math.max(...perGrowth)).toBeLessThan(20_000);
    expect([...p.querySelectorAll(TAG_NAME)].map((t) => t.getAttribute('data-model-id'))).toEqual(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? 'o3' : 'gpt-5.2')),
    );
    expect(p.firstChild).toBe(text);
  });

  it('reports a page with more than 125,000 mentions without overflowing the call stack', { timeout: 60_000 }, async () => {
    const big = 'Pricing for GPT-5.2 and Claude Opus 4.5 here. '.repeat(22_000);
    document.body.innerHTML = '<p></p><p></p><p></p>';
    for (const p of document.querySelectorAll('p')) p.textContent = big;
    const errors = vi.spyOn(console, 'error');
    const reports: number[] = [];
    scanner = createPageScanner({
      root: document.body,
      detector,
      createTag: () => document.createElement(TAG_NAME),
      mountTag: () => {},
      onMentionsChange: (mentions) => reports.push(mentions.length),
    });
    scanner.start();
    await scanner.idle();
    await vi.waitFor(() => expect(reports).toEqual([3 * MAX_TAGS_PER_NODE]));
    expect(errors).not.toHaveBeenCalled();
  });
});

const tagFor = (modelId: string) => {
  const tag = document.createElement(TAG_NAME);
  tag.setAttribute('data-model-id', modelId);
  return tag;
};
