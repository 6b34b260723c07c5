// The page scanner under random page changes: after every burst, each text node carries exactly its mentions' tags.
// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { createDetector } from '../../utils/detect';
import { createPageScanner, TAG_NAME, type PageScanner } from '../../content/page-scanner';
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

function pageTexts(root: Element): Text[] {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!(node.parentElement?.tagName === TAG_NAME.toUpperCase())) texts.push(node as Text);
  return texts;
}

/** Each text node is followed by exactly the tags of its own mentions, and there are no others. */
function consistent(root: Element): boolean {
  let expectedTotal = 0;
  for (const text of pageTexts(root)) {
    const expected = detector.scan(text.data).map((m) => m.modelId);
    expectedTotal += expected.length;
    const actual: string[] = [];
    for (let next = text.nextSibling; next && next.nodeName === TAG_NAME.toUpperCase(); next = next.nextSibling) {
      actual.push((next as Element).getAttribute('data-model-id')!);
    }
    if (JSON.stringify(actual) !== JSON.stringify(expected)) return false;
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
                const texts = pageTexts(root);
                const target = texts.length > 0 ? texts[('index' in op ? op.index : 0) % texts.length]! : undefined;
                if (op.kind === 'append') {
                  const node = document.createTextNode(op.text);
                  if (op.wrap) root.append(document.createElement('span'), node);
                  else root.append(node);
                } else if (op.kind === 'edit' && target) target.data = op.text;
                else if (op.kind === 'remove' && target) target.remove();
                else if (op.kind === 'move' && target) root.prepend(target);
              }
            });
            await scanner.idle();
            if (!consistent(root)) return false;
          }
          return true;
        },
      ),
      { numRuns: 150 },
    );
  });

  // Far longer than any text node a page shows (about 100 kB, 4,400 mentions), yet small enough for
  // happy-dom to build its tags quickly; making thousands of elements is still slow on a busy machine,
  // hence the explicit timeout.
  it('tags a 100 kB text node without splitting it', { timeout: 60_000 }, async () => {
    const big = 'Pricing for GPT-5.2 and Claude Opus 4.5 here. '.repeat(2_200);
    document.body.innerHTML = '<p id="big"></p>';
    const p = document.getElementById('big')!;
    p.textContent = big;
    scanner = createPageScanner({
      root: document.body,
      detector,
      createTag: () => document.createElement(TAG_NAME),
      mountTag: () => {},
    });
    scanner.start();
    await scanner.idle();
    expect(p.firstChild).toBeInstanceOf(Text);
    expect((p.firstChild as Text).data.length).toBe(big.length);
    expect(big.length).toBeGreaterThan(100_000);
    expect(p.querySelectorAll(TAG_NAME)).toHaveLength(4_400);
  });
});
