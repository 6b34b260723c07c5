// Display settings: stored values that do not fit fall back to the defaults, flagged as such.
import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from '../../utils/settings';

describe('parseSettings', () => {
  it('accepts valid settings', () => {
    const settings = {
      ...defaultSettings,
      tagDisplay: 'preset-cost',
      currency: { code: 'CNY', perUsd: 7.1, asOf: '2026-11-27' },
    };
    expect(parseSettings(settings)).toEqual({ settings, valid: true });
  });

  it.each([
    ['nothing stored', undefined],
    ['a string', 'dark'],
    ['an unknown display', { ...defaultSettings, tagDisplay: 'both' }],
    ['a zero exchange rate', { ...defaultSettings, currency: { code: 'EUR', perUsd: 0 } }],
    ['a lower-case currency', { ...defaultSettings, currency: { code: 'eur', perUsd: 0.9 } }],
    ['an unknown field', { ...defaultSettings, theme: 'dark' }],
  ])('falls back to the defaults for %s', (_name, value) => {
    expect(parseSettings(value)).toEqual({ settings: defaultSettings, valid: false });
  });
});
