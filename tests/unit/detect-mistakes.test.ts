// Recognition mistakes found on real pages (issue 11 §2, issue 9 #13), each with its real spelling, and the class as properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { foldName } from '../../pricing-data/spelling';
import { createDetector } from '../../utils/detect';

const detector = createDetector(catalog);
const found = (text: string) => detector.scan(text).map((m) => [m.text, m.known ? m.modelId : `?${m.modelId}`]);
const ownerOf = new Map<string, string>();
for (const m of catalog.models) for (const s of [m.id, m.name, ...m.aliases]) ownerOf.set(foldName(s), m.id);

describe('a version that continues past a name stops the shorter name', () => {
  it.each([
    // OpenRouter's model table with its cells run together: id, vendor, context.
    ['x-ai/grok-4.20xAI256K', [['grok-4.20', 'grok-4.20']]],
    ['x-ai/grok-4.21xAI256K', [['grok-4.21', '?grok-4-21']]],
    ['grok-4.20', [['grok-4.20', 'grok-4.20']]],
    [
      'Grok 4 and grok-4-0709',
      [
        ['Grok 4', 'grok-4'],
        ['grok-4-0709', 'grok-4'],
      ],
    ],
  ])('in %j finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  const versioned = catalog.models.flatMap((m) =>
    [m.id, m.name, ...m.aliases].filter((s) => /\d$/.test(s) && !/\d{4}/.test(s)).map((s) => [s, m.id] as const),
  );
  it('never yields the shorter known model when a version suffix is appended to a name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...versioned),
        fc.constantFrom('.20', '.1', '.7', '.99'),
        fc.constantFrom('', 'xAI256K', ' ', ' Pro', '$1.25'),
        ([spelling, id], version, glued) => {
          const text = `${spelling}${version}${glued}`;
          const longer = ownerOf.get(foldName(`${spelling}${version}`));
          const first = detector.scan(text)[0];
          // Either the longer name is a catalog spelling (and tagged as that model), or it is unknown.
          // The first mention covers the longer name; if known, it is the longer name's model.
          if (first === undefined || first.end < spelling.length + version.length) return false;
          return !first.known || first.modelId === longer || (longer === undefined && first.modelId !== id);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('a bare family id names what its -latest alias names', () => {
  it.each([
    ['mistral/magistral-small', [['magistral-small', 'magistral-small-2509']]],
    ['magistral-small-latest', [['magistral-small-latest', 'magistral-small-2509']]],
    [
      'Mistral Large and mistral-large-latest',
      [
        ['Mistral Large', 'mistral-large-2512'],
        ['mistral-large-latest', 'mistral-large-2512'],
      ],
    ],
    // With a date or a version after it, the bare id names another version, not the newest.
    ['mistral-small-2312', [['mistral-small-2312', '?mistral-small-2312']]],
    ['Mistral Large 4', [['Mistral Large 4', '?mistral-large-4']]],
    ['magistral-small-2506', [['magistral-small-2506', 'magistral-small-2506']]],
  ])('in %j finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  const latest = catalog.models.flatMap((m) => m.aliases.filter((a) => a.endsWith('-latest')).map((a) => [a, m.id] as const));
  it('tags every bare id as its -latest alias unless the bare id is itself a spelling of the catalog', () => {
    for (const [alias, id] of latest) {
      const bare = alias.slice(0, -'-latest'.length);
      // A single word (`codestral`) is prose or a whole product line, never a tag on its own.
      if (!/[\d-]/.test(bare)) continue;
      const owner = ownerOf.get(foldName(bare));
      const [match] = detector.scan(`see ${bare} here`);
      expect(match, bare).toMatchObject({ known: true, modelId: owner ?? id });
    }
  });
});

describe('a preview is a model of its own', () => {
  it.each([
    ['gemini-2.0-flash-lite-preview-02-05', [['gemini-2.0-flash-lite-preview-02-05', 'gemini-2.0-flash-lite-preview']]],
    ['Gemini 2.0 Flash-Lite Preview', [['Gemini 2.0 Flash-Lite Preview', 'gemini-2.0-flash-lite-preview']]],
    ['Gemini 2.0 Flash-Lite', [['Gemini 2.0 Flash-Lite', 'gemini-2.0-flash-lite']]],
    ['gemini-2.5-pro-preview-06-05', [['gemini-2.5-pro-preview-06-05', 'gemini-2.5-pro-preview']]],
    // A preview the catalog lacks is unknown, never its stable model.
    ['gemini-2.5-flash-preview-09-2025', [['gemini-2.5-flash-preview-09-2025', '?gemini-2-5-flash-preview-09-2025']]],
    ['Gemini 3.1 Flash Preview', [['Gemini 3.1 Flash Preview', '?gemini-3-1-flash-preview']]],
  ])('in %j finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('never tags "<stable name> Preview" as the stable model', () => {
    const stable = catalog.models.filter((m) => !/preview/i.test(m.name) && /\d/.test(m.name));
    for (const m of stable) {
      const [match] = detector.scan(`${m.name} Preview`);
      if (match) expect(match.known && match.modelId === m.id, m.name).toBe(false);
    }
  });
});

describe('smaller mistakes (issue 9 #13)', () => {
  it('does not read "O3 sensors" in prose about hardware as o3', () => {
    expect(found('The O3 sensors and O2 sensors were replaced.')).toEqual([]);
    expect(found('Use o3 for hard problems')).toEqual([['o3', 'o3']]);
  });

  it('tags a fine-tuned id as a fine-tune of its base model, not at the base price', () => {
    const [match] = detector.scan('Model: ft:gpt-4o-mini-2024-07-18:acme-corp::9aBcDeF1 deployed');
    expect(match).toMatchObject({
      text: 'ft:gpt-4o-mini-2024-07-18:acme-corp::9aBcDeF1',
      known: false,
      fineTuneOf: 'gpt-4o-mini',
    });
    expect(detector.scan('ft:gpt-4o-mini:org::id')[0]).toMatchObject({
      text: 'ft:gpt-4o-mini:org::id',
      known: false,
      fineTuneOf: 'gpt-4o-mini',
    });
    // A word ending in "ft" is not the prefix.
    expect(found('draft:gpt-4o-mini')).toEqual([['gpt-4o-mini', 'gpt-4o-mini']]);
  });
});
