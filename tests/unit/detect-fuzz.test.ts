// The detector against random and adversarial text: it never throws, and what it returns is always well formed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { createDetector, type ModelMatch } from '../../utils/detect';
import { directionAndScript, unicodeHyphens, unicodeSpaces } from '../fixtures/page-separators';

const detector = createDetector(catalog);
const spellings = catalog.models.flatMap((m) => [m.id, m.name, ...m.aliases]);

/** Every Unicode hyphen, dash and space a page may hold, and characters that change direction. */
const awkward = [
  ...unicodeHyphens,
  ' ',
  ...unicodeSpaces,
  '\t',
  '\n',
  '.',
  '_',
  '/',
  '@',
  ':',
  '(',
  ')',
  '+',
  '#',
  '$',
  ...directionAndScript,
];
const fragments = [
  ...awkward,
  'gpt',
  'GPT',
  'claude',
  'opus',
  'sonnet',
  'gemini',
  'grok',
  'o3',
  'o',
  '5',
  '.2',
  '4.5',
  'mini',
  'pro',
  'preview',
  '2025-12-11',
  '-v1:0',
  'chat',
  ' Completions',
];
const pieces = fc.oneof(
  fc.constantFrom(...spellings),
  fc.constantFrom(...fragments),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const text = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));

function wellFormed(input: string, matches: ModelMatch[]): boolean {
  let last = 0;
  for (const m of matches) {
    if (!(m.start >= last && m.end > m.start && m.end <= input.length)) return false;
    if (input.slice(m.start, m.end) !== m.text) return false;
    if (typeof m.modelId !== 'string' || m.modelId.length === 0) return false;
    last = m.end;
  }
  return true;
}

describe('detector fuzzing', () => {
  it('never throws and returns ordered, non-overlapping matches that quote the text', () => {
    fc.assert(
      fc.property(text, (input) => wellFormed(input, detector.scan(input))),
      { numRuns: 3_000 },
    );
  });

  it('finds a known spelling wherever it stands between separators', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...spellings.filter((s) => /\d/.test(s))),
        fc.constantFrom(' ', '\n', '(', ', ', '\t'),
        (spelling, around) => {
          const found = detector.scan(`see${around}${spelling}${around}here`);
          return found.some((m) => m.known);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a very long token', 'gpt'.repeat(200_000)],
    ['a million hyphens', '-'.repeat(1_000_000)],
    ['a million digits', '5'.repeat(1_000_000)],
    ['repeated variants', `gpt-5${'-pro'.repeat(100_000)}x`],
    ['repeated family words', 'claude '.repeat(100_000)],
    ['every Unicode hyphen between versions', `gpt${awkward.join('5')}`.repeat(10_000)],
    ['right-to-left text around a name', '\u202eنموذج GPT-5.2 ג\u202c'.repeat(20_000)],
  ])('handles %s', (_name, input) => {
    expect(wellFormed(input, detector.scan(input))).toBe(true);
  });

  it('tags names inside right-to-left text', () => {
    expect(detector.scan('استخدم GPT-5.2 الآن').map((m) => m.modelId)).toEqual(['gpt-5.2']);
  });
});
