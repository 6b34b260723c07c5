// The workload schema: impossible values are rejected with a message naming the field.
import { describe, expect, it } from 'vitest';
import { defaultPresets, validateWorkload, workloadFields, type Workload } from '../../utils/workloads';

const valid: Workload = defaultPresets[0]!.workload;

describe('validateWorkload', () => {
  it('accepts every default preset', () => {
    for (const preset of defaultPresets)
      expect(validateWorkload(preset.workload)).toEqual({ ok: true, workload: preset.workload });
  });

  it('has exactly the fields the design names', () => {
    expect([...workloadFields].sort()).toEqual(
      [
        'tasksPerMonth',
        'inputTokens',
        'staticPrefixTokens',
        'cacheHitRate',
        'outputTokens',
        'reasoningTokens',
        'toolCalls',
        'toolCallTokens',
        'toolResultTokens',
        'webSearches',
        'fileSearches',
        'codeSessions',
        'serviceTier',
        'searchContext',
      ].sort(),
    );
  });

  it.each([
    ['inputTokens', -1, 'min', 'inputTokens must be 0 or more'],
    ['inputTokens', Number.NaN, 'whole', 'inputTokens must be a whole number'],
    ['inputTokens', 1.5, 'whole', 'inputTokens must be a whole number'],
    ['inputTokens', Number.POSITIVE_INFINITY, 'whole', 'inputTokens must be a whole number'],
    ['inputTokens', 1e12, 'max', 'inputTokens must be at most 100,000,000'],
    ['outputTokens', '400', 'whole', 'outputTokens must be a whole number'],
    ['cacheHitRate', 1.2, 'max', 'cacheHitRate must be at most 1'],
    ['cacheHitRate', -0.1, 'min', 'cacheHitRate must be 0 or more'],
    ['cacheHitRate', Number.NaN, 'number', 'cacheHitRate must be a number'],
    ['tasksPerMonth', -5, 'min', 'tasksPerMonth must be 0 or more'],
    ['toolCalls', 2.5, 'whole', 'toolCalls must be a whole number'],
    ['webSearches', -1, 'min', 'webSearches must be 0 or more'],
    ['serviceTier', 'yes', 'choice', 'serviceTier must be one of standard, batch, flex, priority'],
    ['serviceTier', true, 'choice', 'serviceTier must be one of standard, batch, flex, priority'],
    ['searchContext', 'huge', 'choice', 'searchContext must be one of low, medium, high'],
    ['staticPrefixTokens', 999_999, 'prefixExceedsInput', 'staticPrefixTokens cannot exceed inputTokens'],
  ])('rejects %s = %j (%s) with "%s"', (field, value, code, message) => {
    const result = validateWorkload({ ...valid, [field]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ field, code, message }));
  });

  it('gives the bound that was crossed', () => {
    const result = validateWorkload({ ...valid, cacheHitRate: 2 });
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'max', limit: 1 });
  });

  it('names a missing field', () => {
    const { reasoningTokens: _omitted, ...rest } = valid;
    const result = validateWorkload(rest);
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'reasoningTokens', code: 'required', message: 'reasoningTokens is required' }],
    });
  });

  it('rejects unknown fields and non-objects', () => {
    expect(validateWorkload({ ...valid, inputTokenz: 3 })).toEqual({
      ok: false,
      problems: [{ field: undefined, code: 'unknownField', keys: ['inputTokenz'], message: 'unknown field: inputTokenz' }],
    });
    expect(validateWorkload(null)).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'notObject' })] });
    expect(validateWorkload('chat').ok).toBe(false);
  });

  it('allows fractional averages where a count is per task, not per token', () => {
    expect(validateWorkload({ ...valid, webSearches: 0.5, tasksPerMonth: 12.5 }).ok).toBe(true);
  });
});

describe('defaultPresets', () => {
  it('offers the five kinds of work the design names, each described', () => {
    const ids = defaultPresets.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['chat', 'reasoning-heavy', 'agent', 'long-context-rag', 'batch-classification']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const preset of defaultPresets) {
      expect(preset.name.length).toBeGreaterThan(3);
      expect(preset.description.length).toBeGreaterThan(40);
    }
  });

  it('makes each preset differ in the way its name says', () => {
    const byId = Object.fromEntries(defaultPresets.map((p) => [p.id, p.workload]));
    expect(byId['reasoning-heavy']!.reasoningTokens).toBeGreaterThan(byId['reasoning-heavy']!.outputTokens);
    expect(byId['agent']!.toolCalls).toBeGreaterThanOrEqual(5);
    expect(byId['long-context-rag']!.inputTokens).toBeGreaterThanOrEqual(100_000);
    expect(byId['batch-classification']!.serviceTier).toBe('batch');
  });
});
