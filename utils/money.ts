// Money and rates for display: currency conversion and locale-aware formatting through Intl.

/** A display currency with its rate: units of `code` per 1 USD, as of `asOf` (`YYYY-MM-DD`). */
export interface CurrencySetting {
  code: string;
  perUsd: number;
  asOf?: string;
}

export const USD: CurrencySetting = { code: 'USD', perUsd: 1 };

/** Converts an amount in USD to the display currency. */
export function convertUsd(usd: number, currency: CurrencySetting): number {
  if (!(currency.perUsd > 0) || !Number.isFinite(currency.perUsd)) {
    throw new RangeError(`The exchange rate for ${currency.code} must be a positive number`);
  }
  return usd * currency.perUsd;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * Formats an amount given in USD in the display currency. Amounts under one unit keep three
 * significant digits (an agent turn can cost $0.000412, and "$0.00" would say nothing).
 */
export function formatMoney(
  usd: number,
  options: { currency?: CurrencySetting; locale?: string; fractionDigits?: number } = {},
): string {
  const currency = options.currency ?? USD;
  const locale = options.locale ?? 'en';
  const amount = convertUsd(usd, currency);
  const base: Intl.NumberFormatOptions = { style: 'currency', currency: currency.code };
  if (options.fractionDigits !== undefined) {
    const digits = options.fractionDigits;
    return formatter(locale, { ...base, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
  }
  if (amount !== 0 && Math.abs(amount) < 1) {
    return formatter(locale, { ...base, minimumSignificantDigits: 1, maximumSignificantDigits: 3 }).format(amount);
  }
  if (Math.abs(amount) >= 100_000) {
    return formatter(locale, { ...base, notation: 'compact', maximumFractionDigits: 1 }).format(amount);
  }
  return formatter(locale, { ...base, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
}

/**
 * The fraction digits a column of amounts (USD, shown in `currency`) shares so that its figures line
 * up: enough for three significant digits of the smallest non-zero amount, from 2 to 6.
 */
export function sharedFractionDigits(usdValues: readonly number[], currency: CurrencySetting = USD): number {
  const amounts = usdValues.map((usd) => Math.abs(convertUsd(usd, currency))).filter((a) => a > 0 && Number.isFinite(a));
  if (amounts.length === 0) return 2;
  const smallest = Math.min(...amounts);
  return Math.min(6, Math.max(2, 2 - Math.floor(Math.log10(smallest))));
}

export type RateUnit = 'per-million' | 'per-thousand';

/** Tokens a rate is quoted per. */
export const tokensPer: Record<RateUnit, number> = { 'per-million': 1_000_000, 'per-thousand': 1_000 };

/**
 * A token rate (USD per 1M tokens) as the user wants to read it: per 1M or per 1K, in their currency.
 * In USD a rate keeps the vendor's own precision ($0.075, $0.0375); a converted rate is rounded to
 * what conversion can honestly claim (¥11.90, not ¥11.9021).
 */
export function formatRate(
  usdPerMillion: number,
  options: { currency?: CurrencySetting; locale?: string; unit?: RateUnit } = {},
): string {
  const perUnit = (usdPerMillion * tokensPer[options.unit ?? 'per-million']) / 1_000_000;
  const currency = options.currency ?? USD;
  const amount = convertUsd(perUnit, currency);
  const locale = options.locale ?? 'en';
  const base: Intl.NumberFormatOptions = { style: 'currency', currency: currency.code };
  if (amount !== 0 && Math.abs(amount) < 0.01) {
    return formatter(locale, { ...base, maximumSignificantDigits: currency.perUsd === 1 ? 4 : 3 }).format(amount);
  }
  const exact = currency.perUsd === 1 || Math.abs(amount) < 1;
  return formatter(locale, {
    ...base,
    minimumFractionDigits: 2,
    maximumFractionDigits: exact ? 4 : 2,
    ...(currency.perUsd !== 1 && Math.abs(amount) < 1 ? { maximumSignificantDigits: 3, minimumSignificantDigits: 1 } : {}),
  }).format(amount);
}

/** A percent change as "+40%" / "−80%" (with a true minus sign), or "±0%". */
export function formatPercentChange(percent: number, locale = 'en'): string {
  if (percent === 0) return '±0%';
  const text = formatter(locale, { maximumFractionDigits: Math.abs(percent) < 10 ? 1 : 0 }).format(Math.abs(percent));
  return `${percent > 0 ? '+' : '−'}${text}%`;
}

/** A token count, compactly: 1,200 → "1.2K", 200000 → "200K", 1048576 → "1M". */
export function formatTokens(tokens: number, locale = 'en'): string {
  return formatter(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(tokens);
}
