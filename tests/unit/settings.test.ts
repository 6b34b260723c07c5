// Display settings: the schema every stored value is read through accepts real settings and refuses broken ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from '../../utils/settings';

describe('settingsSchema', () => {
  it('accepts valid settings', () => {
    const settings = {
      ...defaultSettings,
      tagDisplay: 'preset-cost',
      currency: { code: 'CNY', perUsd: 7.1, asOf: '2026-11-27' },
    };
    expect(settingsSchema.safeParse(settings)).toEqual({ success: true, data: settings });
  });

  it('reads a stored v1 value without the code-tag and density fields, defaulting both', () => {
    const stored = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/storage/settings.v1.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    delete stored.codeTags;
    delete stored.tagDensity;
    const parsed = settingsSchema.parse(stored);
    expect(parsed.codeTags).toBe('marker');
    expect(parsed.tagDensity).toBe('first-per-section');
  });

  it.each([
    ['a code-tag mode that does not exist', { ...defaultSettings, codeTags: 'loud' }],
    ['a density that does not exist', { ...defaultSettings, tagDensity: 'some' }],
    ['nothing stored', undefined],
    ['a string', 'dark'],
    ['an unknown display', { ...defaultSettings, tagDisplay: 'both' }],
    ['a zero exchange rate', { ...defaultSettings, currency: { code: 'EUR', perUsd: 0 } }],
    ['a lower-case currency', { ...defaultSettings, currency: { code: 'eur', perUsd: 0.9 } }],
    ['an unknown field', { ...defaultSettings, theme: 'dark' }],
  ])('refuses %s', (_name, value) => {
    expect(settingsSchema.safeParse(value).success).toBe(false);
  });
});
