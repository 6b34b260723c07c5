// Formatting money, rates, percentages and token counts through Intl.
import { describe, expect, it } from 'vitest';
import { convertUsd, formatMoney, formatPercentChange, formatRate, formatTokens, sharedFractionDigits } from '../../utils/money';

const cny = { code: 'CNY', perUsd: 7.1, asOf: '2026-11-27' };

describe('money', () => {
  it.each([
    [0.0868425, '$0.0868'],
    [0.000412, '$0.000412'],
    [0, '$0.00'],
    [1.5, '$1.50'],
    [86.8425, '$86.84'],
    [1234.5, '$1,234.50'],
    [2_500_000, '$2.5M'],
  ])('formats %s USD as %s', (usd, text) => {
    expect(formatMoney(usd)).toBe(text);
  });

  it('converts and formats in another currency and language', () => {
    expect(convertUsd(2, cny)).toBeCloseTo(14.2, 12);
    expect(formatMoney(2, { currency: cny, locale: 'zh-CN' })).toBe('¥14.20');
    expect(formatMoney(1234.5, { currency: { code: 'EUR', perUsd: 0.9 }, locale: 'de-DE' })).toBe('1.111,05\u00a0€');
  });

  it('refuses an impossible exchange rate', () => {
    expect(() => convertUsd(1, { code: 'EUR', perUsd: 0 })).toThrow(/positive/);
    expect(() => convertUsd(1, { code: 'EUR', perUsd: Number.NaN })).toThrow(/positive/);
  });

  it.each([
    [1.75, 'per-million', '$1.75'],
    [0.175, 'per-million', '$0.175'],
    [0.0375, 'per-million', '$0.0375'],
    [14, 'per-million', '$14.00'],
    [1.75, 'per-thousand', '$0.00175'],
    [14, 'per-thousand', '$0.014'],
  ] as const)('formats a rate of %s USD per 1M %s as %s', (rate, unit, text) => {
    expect(formatRate(rate, { unit })).toBe(text);
  });

  it('rounds a converted rate to what the conversion can claim, but keeps USD rates exact', () => {
    const cny = { code: 'CNY', perUsd: 6.80121 };
    expect(formatRate(1.75, { currency: cny, locale: 'zh-CN' })).toBe('¥11.90');
    expect(formatRate(0.175, { currency: cny, locale: 'zh-CN' })).toBe('¥1.19');
    expect(formatRate(0.0375, { currency: cny, locale: 'zh-CN' })).toBe('¥0.255');
    expect(formatRate(0.0375)).toBe('$0.0375');
  });

  it.each([
    [40, '+40%'],
    [-80, '−80%'],
    [0, '±0%'],
    [2.5, '+2.5%'],
  ])('formats a change of %s percent as %s', (pct, text) => {
    expect(formatPercentChange(pct)).toBe(text);
  });

  it('formats token counts compactly', () => {
    expect(formatTokens(1_200)).toBe('1.2K');
    expect(formatTokens(200_000)).toBe('200K');
    expect(formatTokens(1_000_000)).toBe('1M');
  });
});

describe('a column of costs shares one precision', () => {
  it('gives three significant digits to the smallest amount, from 2 to 6 fraction digits', () => {
    expect(sharedFractionDigits([0.0868, 1.2, 14])).toBe(4);
    expect(sharedFractionDigits([12.5, 280.14])).toBe(2);
    expect(sharedFractionDigits([0.000412, 0.5])).toBe(6);
    expect(sharedFractionDigits([0.0000001])).toBe(6);
    expect(sharedFractionDigits([0, 0])).toBe(2);
    expect(sharedFractionDigits([])).toBe(2);
    // In the display currency: ¥0.6076 needs fewer digits than $0.0868.
    expect(sharedFractionDigits([0.0868], { code: 'CNY', perUsd: 7 })).toBe(3);
  });

  it('formats to the shared digits so that the figures line up', () => {
    const digits = sharedFractionDigits([0.0868, 1.2]);
    expect([0.0868, 1.2].map((usd) => formatMoney(usd, { fractionDigits: digits }))).toEqual(['$0.0868', '$1.2000']);
  });
});
