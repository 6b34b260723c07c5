// Stored values from one version to the next, losing nothing: presets v1 (`batch`) → v2 (`serviceTier`), comparison v1 → v2 (offers).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonSchema, salvageComparison } from '../../extension/storage';
import { migrateComparisonV1ToV2, migratePresetsV1ToV2, migrateWorkloadV1ToV2 } from '../../utils/migrations';
import { exportPresetsFile, parsePresetsFile, presetListSchema } from '../../utils/presets';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/storage', name), 'utf8')) as unknown;

describe('migrateWorkloadV1ToV2', () => {
  it.each([
    [true, 'batch'],
    [false, 'standard'],
  ])('turns batch: %s into serviceTier %j and keeps every other field', (batch, serviceTier) => {
    expect(migrateWorkloadV1ToV2({ inputTokens: 5, batch })).toEqual({ inputTokens: 5, serviceTier });
  });

  it.each([[null], ['text'], [[1, 2]], [{ batch: 'yes' }], [{ serviceTier: 'flex', batch: true }]])(
    'passes %j through unchanged, for validation to keep aside',
    (value) => {
      expect(migrateWorkloadV1ToV2(value)).toEqual(value);
    },
  );
});

describe('migratePresetsV1ToV2', () => {
  it('migrates the v1 fixture into presets the v2 schema accepts', () => {
    const migrated = migratePresetsV1ToV2(fixture('presets.v1.json'));
    expect(presetListSchema.safeParse(migrated).success).toBe(true);
    expect((migrated as { workload: { serviceTier: string } }[]).map((p) => p.workload.serviceTier)).toEqual([
      'standard',
      'standard',
    ]);
  });

  it('keeps what is not a list of presets as it is', () => {
    expect(migratePresetsV1ToV2({ not: 'a list' })).toEqual({ not: 'a list' });
    expect(migratePresetsV1ToV2([1, null])).toEqual([1, null]);
  });
});

describe('presets files', () => {
  const v1Presets = (fixture('presets.v1.json') as { workload: Record<string, unknown> }[]).map((p, i) => ({
    ...p,
    workload: { ...p.workload, batch: i === 1 },
  }));

  it('imports a version 1 export, batch work at the batch tier', () => {
    const parsed = parsePresetsFile(JSON.stringify({ format: 'tokentag-presets', version: 1, presets: v1Presets }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.version).toBe(2);
    expect(parsed.file.presets.map((p) => p.workload.serviceTier)).toEqual(['standard', 'batch']);
  });

  it('writes version 2 and reads it back', () => {
    const presets = presetListSchema.parse(fixture('presets.v2.json'));
    const text = exportPresetsFile(presets, new Date('2026-11-30T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ version: 2 });
    const parsed = parsePresetsFile(text);
    expect(parsed.ok && parsed.file.presets).toEqual(presets);
  });

  it('still names the field of a bad workload in an old file', () => {
    const bad = [{ ...v1Presets[0], workload: { ...v1Presets[0]!.workload, inputTokens: -1 } }];
    const parsed = parsePresetsFile(JSON.stringify({ format: 'tokentag-presets', version: 1, presets: bad }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ path: 'presets[0].workload.inputTokens' });
  });
});

describe('migrateComparisonV1ToV2', () => {
  it('keeps every compared model of the v1 fixture, each at its creator’s price (no offer chosen)', () => {
    const v1 = fixture('comparison.v1.json') as { modelIds: string[] };
    const migrated = migrateComparisonV1ToV2(v1);
    expect(comparisonSchema.safeParse(migrated).success).toBe(true);
    expect(migrated).toEqual({ modelIds: v1.modelIds, offers: {} });
  });

  it('reads the v2 fixture as it stands, offers and all', () => {
    const v2 = fixture('comparison.v2.json');
    expect(comparisonSchema.parse(v2)).toEqual(v2);
    expect(migrateComparisonV1ToV2(v2)).toBe(v2);
  });

  it.each([[null], ['text'], [[1, 2]]])('passes %j through unchanged, for validation to keep aside', (value) => {
    expect(migrateComparisonV1ToV2(value)).toEqual(value);
  });

  it('salvages what it can: a damaged offer or one of a model no longer compared is dropped, the models kept', () => {
    const salvaged = salvageComparison({
      modelIds: ['gpt-5.2', 'o3'],
      offers: { 'gpt-5.2': { seller: 'Azure!' }, o3: { seller: 'azure' }, 'gone-model': { seller: 'groq' } },
    });
    expect(salvaged.value).toEqual({ modelIds: ['gpt-5.2', 'o3'], offers: { o3: { seller: 'azure' } } });
    expect(salvaged.problems).toEqual([expect.stringContaining('comparison.offers.gpt-5.2.seller')]);
  });
});
