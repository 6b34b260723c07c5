// Presets from v1 (`batch: boolean`) to v2 (`serviceTier`): stored lists and exported files alike, losing nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migratePresetsV1ToV2, migrateWorkloadV1ToV2 } from '../../utils/migrations';
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
