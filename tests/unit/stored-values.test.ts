// Reading damaged or foreign stored values and files: item by item, field by field, and with a clear word for a newer version.
import { describe, expect, it } from 'vitest';
import { parsePerUsd, PER_USD_RANGE } from '../../utils/currencies';
import {
  blankPreset,
  editedDefaults,
  exportPresetsFile,
  PRESETS_FILE_VERSION,
  mergePresets,
  MAX_PRESETS,
  parsePresetsFile,
  salvagePresets,
} from '../../utils/presets';
import { isSetAsideFile, parseSetAsideFile, setAsideFileText } from '../../utils/set-aside';
import { defaultSettings, salvageSettings, settingsSchema } from '../../utils/settings';
import { defaultPresets, validateWorkload, type WorkloadPreset } from '../../utils/workloads';

const numbered = (n: number, prefix = 'p'): WorkloadPreset[] =>
  Array.from({ length: n }, (_, i) => ({ ...defaultPresets[0]!, id: `${prefix}-${i}`, name: `${prefix} ${i}` }));

describe('importing presets says the true count', () => {
  it('counts the presets there was no room for as skipped, with the reason', () => {
    const { presets, added, replaced, skipped } = mergePresets(numbered(6, 'mine'), numbered(100, 'theirs'));
    expect(presets).toHaveLength(MAX_PRESETS);
    expect(added).toBe(94);
    expect(replaced).toBe(0);
    expect(skipped).toHaveLength(6);
    expect(skipped[0]).toEqual({ label: 'theirs 94', reason: 'at most 100 presets' });
  });

  it('tells a file made by a newer TokenTag to update, not to fix its version', () => {
    const file = JSON.parse(exportPresetsFile(defaultPresets, new Date('2026-11-30T00:00:00Z'))) as { version: number };
    file.version = PRESETS_FILE_VERSION + 1;
    const parsed = parsePresetsFile(JSON.stringify(file));
    expect(parsed).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'newerFile', detail: String(PRESETS_FILE_VERSION + 1) })],
    });
    expect(!parsed.ok && parsed.problems[0]!.message).toMatch(/newer TokenTag.*update/);
  });
});

describe('salvagePresets', () => {
  it('keeps every valid preset and leaves out each bad one alone, saying where', () => {
    const bad = { ...defaultPresets[1]!, workload: { ...defaultPresets[1]!.workload, inputTokens: -1 } };
    const result = salvagePresets([defaultPresets[0], bad, defaultPresets[2]]);
    expect(result.value.map((p) => p.id)).toEqual(['chat', 'agent']);
    expect(result.rejected).toEqual([bad]);
    expect(result.problems).toEqual([expect.stringContaining('presets[1].workload.inputTokens')]);
  });

  it('falls back to the defaults only when nothing at all is readable', () => {
    expect(salvagePresets('junk').value).toEqual(defaultPresets);
    expect(salvagePresets([{ id: 'x' }]).value).toEqual(defaultPresets);
    expect(salvagePresets([{ id: 'x' }]).valid).toEqual([]);
  });
});

describe('salvageSettings', () => {
  it('keeps every valid field and falls back for each bad one', () => {
    const stored = { ...defaultSettings, language: 'zh_CN', rateUnit: 'per-token', currency: { code: 'EUR', perUsd: 1e308 } };
    const { value, problems, rejected, badFields } = salvageSettings(stored);
    expect(value).toEqual({ ...defaultSettings, language: 'zh_CN' });
    expect(badFields).toEqual(['rateUnit', 'currency']);
    expect(problems).toHaveLength(2);
    expect(rejected).toBe(stored);
  });

  it('lets a newer version add fields without calling them problems', () => {
    expect(salvageSettings({ ...defaultSettings, theme: 'dark' }, { newer: true }).problems).toEqual([]);
    expect(salvageSettings({ ...defaultSettings, theme: 'dark' }).problems).toEqual(['settings: unknown field: theme']);
  });
});

describe('exchange rates', () => {
  it.each([
    ['1e308', undefined],
    ['1e99', undefined],
    ['100001', undefined],
    ['0.00001', undefined],
    ['0', undefined],
    ['Infinity', undefined],
    ['7.1', 7.1],
    ['0.0001', 0.0001],
    ['100000', 100_000],
  ])('reads %s as %s (units per USD, from 0.0001 to 100,000)', (text, expected) => {
    expect(parsePerUsd(text)).toBe(expected);
  });

  it('are refused by the stored settings schema outside the same range', () => {
    for (const perUsd of [1e308, PER_USD_RANGE.max * 1.01, PER_USD_RANGE.min / 2])
      expect(settingsSchema.safeParse({ ...defaultSettings, currency: { code: 'EUR', perUsd } }).success).toBe(false);
  });
});

describe('workload validation names the real range', () => {
  it('says "at most 100,000,000" for 1e99 in a token field, and counts it as one field', () => {
    const check = validateWorkload({ ...defaultPresets[0]!.workload, inputTokens: 1e99 });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toEqual([
      { field: 'inputTokens', code: 'max', limit: 100_000_000, message: 'inputTokens must be at most 100,000,000' },
    ]);
  });

  it('still refuses a fraction of a token, once', () => {
    const check = validateWorkload({ ...defaultPresets[0]!.workload, outputTokens: 1.5 });
    expect(!check.ok && check.problems).toEqual([expect.objectContaining({ field: 'outputTokens', code: 'whole' })]);
  });
});

describe('the set-aside file', () => {
  const known = { settings: 1, presets: 1, comparison: 1, userPrices: 1 };
  const entry = {
    key: 'presets' as const,
    storedVersion: 1,
    reason: 'presets[0].id: bad',
    at: '2026-11-30T10:00:00.000Z',
    value: [{ id: 'Bad' }],
  };

  it('reads back what it writes', () => {
    expect(parseSetAsideFile(JSON.parse(setAsideFileText(entry)), known)).toEqual({
      ok: true,
      file: { format: 'tokentag-set-aside', version: 1, ...entry },
    });
  });

  it('is told apart from a presets file, and a damaged one says what is wrong', () => {
    expect(isSetAsideFile({ format: 'tokentag-set-aside' })).toBe(true);
    expect(isSetAsideFile({ format: 'tokentag-presets' })).toBe(false);
    expect(isSetAsideFile(null)).toBe(false);
    expect(parseSetAsideFile({ format: 'tokentag-set-aside', version: 1, key: 'themes' }, known)).toMatchObject({
      ok: false,
      newer: false,
      message: expect.stringContaining('key'),
    });
    expect(parseSetAsideFile({ format: 'tokentag-set-aside', version: 4 }, known)).toMatchObject({ ok: false, newer: true });
  });

  it('tells a file of a newer stored version to update', () => {
    const parsed = parseSetAsideFile(JSON.parse(setAsideFileText({ ...entry, storedVersion: 3 })), known);
    expect(parsed).toMatchObject({ ok: false, newer: true });
  });
});

describe('preset helpers for the options page', () => {
  it('lists the default presets the user edited, which a restore would overwrite', () => {
    const edited = { ...defaultPresets[2]!, workload: { ...defaultPresets[2]!.workload, tasksPerMonth: 9 } };
    expect(editedDefaults([defaultPresets[0]!, edited, ...numbered(2)]).map((p) => p.id)).toEqual(['agent']);
  });

  it('makes a new preset that is not in the list yet', () => {
    expect(blankPreset('My workload', defaultPresets).id).toBe('my-workload');
  });
});
