// The tuned scanner against the reference (the scan as it was before tuning): on any text, the same matches, field for field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { createDetector, detectorSource, prepareDetector, type DetectorSource, type PreparedDetector } from '../../utils/detect';
import { vendorText } from '../../scripts/bench/vendor-text';
import { createReferenceDetector } from './detect-reference';
import { directionAndScript, unicodeHyphens, unicodeSpaces } from '../fixtures/page-separators';

/** A few detector sources: the catalog, its content-script share, spellings without naming rules, and odd spellings. */
const sources: [string, DetectorSource][] = [
  ['the catalog', catalog],
  ['the content script’s share', detectorSource(catalog)],
  ['spellings without naming rules', { models: catalog.models }],
  [
    'odd spellings',
    {
      models: [
        { id: 'r2-d2', name: 'R2-D2', aliases: ['r2d2 turbo', 'R2 Plus+', 'r-2', 'R2_D2 (Beta)'] },
        { id: 'x1', name: 'X 1', aliases: ['x-1-latest', 'x.1.0', 'ft:x-1'], sellerModelIds: ['vendor/us.x-1-v1:0'] },
        { id: 'm2', name: 'Model 2 Mini', aliases: ['m2-mini-latest', 'model 2 mini chat', 'Modèle 2 Ünï'] },
      ],
      naming: [
        {
          families: ['x', 'model', 'r2'],
          shapes: ['model{SEP}{VERSION}', 'x{SEP}{VERSION}'],
          notBefore: [{ after: 'chat', words: ['api', 'completions'] }],
        },
      ],
    },
  ],
];

/** Every spelling a source knows a model by: ids, names, aliases and sellers' ids. */
const spellingsOf = (source: DetectorSource) => [
  ...new Set(
    source.models.flatMap((m) => [
      m.id,
      m.name,
      ...m.aliases,
      ...(m.sellerModelIds ?? []),
      ...(m.offers ?? []).flatMap((o) => (o.sellerModelId ? [o.sellerModelId] : [])),
    ]),
  ),
];

/** Characters that join or break names on real pages: every Unicode hyphen and space, direction marks, brackets. */
const separators = [
  ...unicodeHyphens,
  ' ',
  '  ',
  '   ',
  '    ',
  ' - ',
  ...unicodeSpaces,
  '\t',
  '\n',
  '.',
  '. ',
  '..',
  '_',
  '/',
  '@',
  ':',
  '::',
  '(',
  ')',
  ' (',
  '[',
  ']',
  '+',
  '#',
  '$',
  '|',
  ...directionAndScript,
  '\u212a',
  '\u0131',
  '\u017f',
  '',
];

/** What follows a name on pages: versions that continue it, snapshot dates, variants, API words, glued table cells. */
const continuations = [
  '.20',
  '.1',
  '.5',
  '.0',
  '.',
  '-0709',
  '-0125',
  '-001',
  '-20250929',
  '-20250929-v1:0',
  '-v1:0',
  '-v2',
  ' v3',
  ':0',
  ':1',
  '@20241022',
  '@001',
  '-2024-08-06',
  '-08-06',
  '-latest',
  '-Latest',
  ' latest',
  ' 09-2025',
  ' 03-25',
  ' 03-2',
  '4',
  '0',
  'b',
  'o',
  'x',
  'xAI256K',
  'Input',
  'INPUT',
  'input',
  ' Pro',
  ' pro',
  '-pro',
  ' Pro Max',
  '-mini',
  ' Mini',
  ' Fast',
  ' Preview',
  '-preview',
  ' Thinking',
  ' Completions',
  ' completions',
  ' API',
  ' Api reference',
  '\u00a0API',
  '\t API',
  ' (Reasoning)',
  ' (Non-Reasoning)',
  ')',
  '+',
  ' R+',
  ' Large 4',
  ' Large 4.1',
  ' 2',
  ' 4.5',
  '-instruct',
  '-fp8',
  '::abc123',
  ':org::id-9',
];

/** What precedes a name: sellers' routing prefixes, fine-tune prefixes, anchors, glued words. */
const prefixes = [
  'ft:',
  'FT:',
  'xft:',
  '#',
  'us.',
  'eu.anthropic.',
  'amazon.',
  'openai/',
  'x-ai/',
  'accounts/fireworks/models/',
  '_',
  'x',
  'A',
  '4',
  'the ',
  'The ',
  '$',
  '\u200f',
  '\u202e',
  '(',
  '/',
  '',
];

const words = [
  'gpt',
  'GPT',
  'o',
  'O',
  'o3',
  'O3',
  'claude',
  'opus',
  'sonnet',
  'gemini',
  'grok',
  'mistral',
  'large',
  'command',
  'r',
  'chat',
  'the',
  'of',
  '5',
  '4o',
  'pro',
  'mini',
];

/** A spelling as pages bend it: case changed, and its hyphens or spaces swapped for other separators. */
const bentSpelling = (spellings: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...spellings),
      fc.constantFrom('as is', 'upper', 'lower', 'title'),
      fc.constantFrom(...separators),
      fc.boolean(),
    )
    .map(([spelling, casing, separator, swap]) => {
      let out = casing === 'upper' ? spelling.toUpperCase() : casing === 'lower' ? spelling.toLowerCase() : spelling;
      if (casing === 'title') out = out.replace(/\b[a-z]/g, (c) => c.toUpperCase());
      return swap ? out.replace(/[- ]/g, separator) : out;
    });

/** A name in context: a random prefix, the spelling, then up to three continuations. */
const mention = (spellings: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...prefixes),
      fc.oneof(bentSpelling(spellings), fc.constantFrom(...words)),
      fc.array(fc.constantFrom(...continuations), { maxLength: 3 }),
    )
    .map(([prefix, name, rest]) => prefix + name + rest.join(''));

/** Text of up to 40 pieces, mostly names in context, glued with nothing or with one separator. */
const textOf = (spellings: string[]) => {
  const piece = fc.oneof(
    { weight: 6, arbitrary: mention(spellings) },
    { weight: 2, arbitrary: fc.constantFrom(...separators) },
    { weight: 2, arbitrary: fc.constantFrom(...words) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'gpto0123456789.-_ :()@vlatesGPTO'), maxLength: 12 }) },
  );
  return fc
    .tuple(fc.array(piece, { maxLength: 40, size: 'medium' }), fc.constantFrom('', ' ', '\t', '-', '\n', '.'))
    .map(([parts, glue]) => parts.join(glue));
};

// Thousands of scans per test, twice each: a generous time limit, so that a slow or busy machine does not fail them.
describe.each(sources)('the tuned scan equals the reference scan, with %s', { timeout: 60_000 }, (_, source) => {
  const detector = createDetector(source);
  const reference = createReferenceDetector(source);
  const spellings = spellingsOf(source);
  const text = textOf(spellings);

  it('on random and adversarial text built from the catalog’s spellings', () => {
    // What the texts held, so that a generator that stops producing names makes the test fail.
    const seen = { known: 0, unknown: 0, fineTune: 0 };
    fc.assert(
      fc.property(text, (input) => {
        const found = reference.scan(input);
        expect(detector.scan(input)).toEqual(found);
        for (const m of found) {
          if (m.fineTuneOf) seen.fineTune++;
          else if (m.known) seen.known++;
          else seen.unknown++;
        }
      }),
      { numRuns: 1500 },
    );
    expect(seen.known).toBeGreaterThan(200);
    expect(seen.unknown).toBeGreaterThan(200);
    if (source.naming) expect(seen.fineTune).toBeGreaterThan(10);
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (input) => {
        expect(detector.scan(input)).toEqual(reference.scan(input));
      }),
      { numRuns: 500 },
    );
  });

  it('on each spelling alone, and followed by each continuation', () => {
    for (const spelling of spellings) {
      for (const input of [spelling, ...continuations.map((rest) => spelling + rest), `ft:${spelling}:org::id`]) {
        expect(detector.scan(input), input).toEqual(reference.scan(input));
      }
    }
  });

  it('on the benchmark’s vendor-like text', () => {
    for (const seed of [1, 2, 3]) {
      const input = vendorText(catalog, 64 * 1024, seed);
      const found = detector.scan(input);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(reference.scan(input));
    }
  });
});

describe.each(sources)('a detector built ahead and unpacked, with %s', (_, source) => {
  it('finds what one built from the spellings finds, after its packed trie travels as JSON', () => {
    const prepared = JSON.parse(JSON.stringify(prepareDetector(source))) as PreparedDetector;
    const direct = createDetector(source);
    const unpacked = createDetector(prepared);
    const text = vendorText(catalog, 32 * 1024, 11) + spellingsOf(source).join(' · ');
    const found = direct.scan(text);
    expect(found.length).toBeGreaterThan(5);
    expect(unpacked.scan(text)).toEqual(found);
  });
});

describe('consecutive scans with one detector', () => {
  it('return arrays of their own: a later scan neither changes an earlier result nor inherits from it', () => {
    const detector = createDetector(catalog);
    const reference = createReferenceDetector(catalog);
    const long = vendorText(catalog, 16 * 1024, 7);
    const first = detector.scan(long);
    const copy = first.map((m) => ({ ...m }));
    expect(first.length).toBeGreaterThan(10);
    expect(detector.scan('GPT-5 and Claude Sonnet 4.5')).toEqual(reference.scan('GPT-5 and Claude Sonnet 4.5'));
    expect(detector.scan('no model here')).toEqual([]);
    expect(first).toEqual(copy);
    expect(detector.scan(long)).toEqual(copy);
  });
});
