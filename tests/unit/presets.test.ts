// Preset files and list operations: imports that are wrong in any way change nothing and say where.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../utils/i18n';
import {
  duplicatePreset,
  exportPresetsFile,
  mergePresets,
  MAX_IMPORT_BYTES,
  parsePresetsFile,
  presetDisplayName,
  restoreDefaultPresets,
  uniqueId,
} from '../../utils/presets';
import { defaultPresets, type WorkloadPreset } from '../../utils/workloads';

const mine: WorkloadPreset = {
  id: 'nightly-etl',
  name: 'Nightly ETL',
  description: 'Our ETL job',
  workload: { ...defaultPresets[4]!.workload, tasksPerMonth: 30 },
};
const file = (presets: unknown, extra: object = {}) =>
  JSON.stringify({ format: 'tokentag-presets', version: 1, presets, ...extra });

describe('parsePresetsFile', () => {
  it('reads what exportPresetsFile writes', () => {
    const text = exportPresetsFile([...defaultPresets, mine], new Date('2026-11-27T10:00:00Z'));
    const parsed = parsePresetsFile(text);
    expect(parsed.ok && parsed.file.presets).toEqual([...defaultPresets, mine]);
    expect(parsed.ok && parsed.file.exportedAt).toBe('2026-11-27T10:00:00.000Z');
  });

  it('carries your prices in version 2, and still reads a version 1 file without them', () => {
    const prices = {
      rates: [{ modelId: 'gpt-5.2', seller: 'openai', input: 1.2 }],
      discounts: [{ seller: 'anthropic', percent: 20 }],
      customModels: [{ id: 'acme-ft-1', name: 'Acme Tuned', aliases: [], input: 1, output: 2, reasoning: false }],
    };
    const parsed = parsePresetsFile(exportPresetsFile([mine], new Date('2026-11-27T10:00:00Z'), prices));
    expect(parsed.ok && parsed.file).toMatchObject({ version: 2, userPrices: prices });
    const old = parsePresetsFile(file([mine]));
    expect(old.ok && old.file.userPrices).toBeUndefined();
  });

  it('refuses a file whose prices are bad, saying where, so that nothing is imported', () => {
    const bad = { rates: [{ modelId: 'gpt-5.2', seller: 'openai', input: -1 }], discounts: [], customModels: [] };
    const parsed = parsePresetsFile(file([mine], { version: 2, userPrices: bad }));
    expect(parsed).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'userPrices.rates[0].input', message: 'must not be negative' })],
    });
  });

  it.each([
    [
      'not JSON',
      '{"format": "tokentag-presets",\n  "presets": [}',
      [expect.objectContaining({ path: '', code: 'notJson', message: expect.stringMatching(/^not JSON.*\[}/) })],
    ],
    ['an empty file', '  ', [expect.objectContaining({ path: '', code: 'notJson', message: 'not JSON: the file is empty' })]],
    [
      'a bare array',
      JSON.stringify([mine]),
      [{ path: '', code: 'notPresetsFile', message: expect.stringContaining('not a TokenTag presets file') }],
    ],
    ['another app’s JSON', '{"theme":"dark"}', [{ path: '', code: 'notPresetsFile', message: expect.any(String) }]],
    ['null', 'null', [{ path: '', code: 'notPresetsFile', message: expect.any(String) }]],
  ])('refuses %s, saying what is wrong', (_name, text, problems) => {
    expect(parsePresetsFile(text)).toEqual({ ok: false, problems });
  });

  it('names the preset and field of every bad value, in the workload’s own words', () => {
    const bad = [
      { ...mine, workload: { ...mine.workload, inputTokens: -5 } },
      { ...mine, id: 'second', workload: { ...mine.workload, cacheHitRate: 7, outputTokens: '400' } },
    ];
    const parsed = parsePresetsFile(file(bad));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'presets[0].workload.inputTokens',
          message: 'inputTokens must be 0 or more',
          workload: expect.objectContaining({ code: 'min' }),
        }),
        expect.objectContaining({ path: 'presets[1].workload.cacheHitRate', message: 'cacheHitRate must be at most 1' }),
        expect.objectContaining({ path: 'presets[1].workload.outputTokens', message: 'outputTokens must be a whole number' }),
      ]),
    );
  });

  it.each([
    ['a huge number', { ...mine, workload: { ...mine.workload, tasksPerMonth: 1e30 } }, 'presets[0].workload.tasksPerMonth'],
    ['a missing name', { ...mine, name: '   ' }, 'presets[0].name'],
    ['an id with spaces', { ...mine, id: 'my preset' }, 'presets[0].id'],
    ['an unknown field', { ...mine, colour: 'blue' }, 'presets[0]'],
  ])('refuses %s at %s', (_name, preset, path) => {
    const parsed = parsePresetsFile(file([preset]));
    expect(!parsed.ok && parsed.problems.map((p) => p.path)).toContain(path);
  });

  it('refuses two presets with one id', () => {
    const parsed = parsePresetsFile(file([mine, mine]));
    expect(!parsed.ok && parsed.problems[0]).toMatchObject({ path: 'presets', message: 'two presets share an id' });
  });

  it('refuses prototype-pollution keys without polluting anything', () => {
    const text = `{"format":"tokentag-presets","version":1,"presets":[{"id":"x","name":"X","description":"","workload":${JSON.stringify(mine.workload)},"__proto__":{"polluted":true}}],"constructor":{"prototype":{"polluted":true}}}`;
    const parsed = parsePresetsFile(text);
    expect(parsed.ok).toBe(false);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const huge = file([mine], { padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(parsePresetsFile(huge)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'tooLarge', detail: '1.0' })],
    });
    const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);
    expect(parsePresetsFile(tenMegabytes)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'tooLarge', detail: '10.5' })],
    });
  });
});

describe('preset list operations', () => {
  it('merges an import: same id replaced, new ones appended', () => {
    const changedChat = { ...defaultPresets[0]!, name: 'Our chat' };
    const { presets, added, replaced } = mergePresets(defaultPresets, [changedChat, mine]);
    expect(added).toBe(1);
    expect(replaced).toBe(1);
    expect(presets.map((p) => p.id)).toEqual([...defaultPresets.map((p) => p.id), 'nightly-etl']);
    expect(presets[0]!.name).toBe('Our chat');
  });

  it('makes unique ids from names', () => {
    expect(uniqueId('Nightly ETL', [mine])).toBe('nightly-etl-2');
    expect(uniqueId('Chat assistant (copy)', defaultPresets)).toBe('chat-assistant-copy');
    expect(uniqueId('  !!!  ', [])).toBe('preset');
    expect(uniqueId('报表', [])).toBe('preset');
  });

  it('duplicates a preset under a new id and name, with its own workload object', () => {
    const copy = duplicatePreset([mine], mine, 'Nightly ETL (copy)');
    expect(copy).toMatchObject({ id: 'nightly-etl-copy', name: 'Nightly ETL (copy)', workload: mine.workload });
    expect(copy.workload).not.toBe(mine.workload);
  });

  it('restores the defaults as shipped and keeps the user’s own presets', () => {
    const edited = defaultPresets
      .filter((p) => p.id !== 'agent')
      .map((p) => ({ ...p, workload: { ...p.workload, tasksPerMonth: 1 } }));
    const restored = restoreDefaultPresets([...edited, mine]);
    expect(restored.slice(0, defaultPresets.length)).toEqual(defaultPresets);
    expect(restored.at(-1)).toEqual(mine);
  });

  it('translates the name of an untouched default preset only', () => {
    const zh = createTranslator('zh_CN');
    expect(
      presetDisplayName(
        defaultPresets.find((p) => p.id === 'reasoning-heavy')!,
        zh,
      ),
    ).toBe('重推理');
    expect(presetDisplayName({ ...defaultPresets[0]!, name: 'Our chat' }, zh)).toBe('Our chat');
    expect(presetDisplayName(mine, zh)).toBe('Nightly ETL');
  });
});
