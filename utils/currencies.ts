// Display currencies and their default exchange rates: official reference rates, dated and sourced (the user can edit them).
import type { CurrencySetting } from './money';

/**
 * The European Central Bank's euro reference rates of 2026-05-08, the newest official set this
 * release could confirm, turned into units per 1 USD by dividing each by that day's USD rate
 * (1.1761 per EUR). Display only: the ECB publishes them for information, not for transactions.
 */
export const REFERENCE_RATES_SOURCE = {
  url: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
  date: '2026-05-08',
};

/** Units of each currency per 1 USD on REFERENCE_RATES_SOURCE.date. */
const referenceRates: Record<string, number> = {
  USD: 1,
  EUR: 0.850268,
  CNY: 6.80121,
  GBP: 0.734716,
  JPY: 156.764,
  KRW: 1466.78,
  INR: 94.489,
  CAD: 1.36579,
  AUD: 1.38245,
  CHF: 0.778505,
  HKD: 7.82816,
  SGD: 1.26783,
  BRL: 4.91404,
};

/** The currencies offered, USD first. */
export const currencyCodes = Object.keys(referenceRates);

/**
 * The exchange rates a user may set, in units per 1 USD: the strongest currency is worth a few USD
 * and the weakest tens of thousands per USD; anything outside is a typo that would make every price absurd.
 */
export const PER_USD_RANGE = { min: 0.0001, max: 100_000 } as const;

/** A typed exchange rate (units per 1 USD) as a number, or undefined unless it lies in PER_USD_RANGE. */
export function parsePerUsd(text: string): number | undefined {
  const value = Number(text);
  return text.trim() !== '' && value >= PER_USD_RANGE.min && value <= PER_USD_RANGE.max ? value : undefined;
}

/** A currency at its reference rate and date (USD needs no rate and has no date). */
export function referenceCurrency(code: string): CurrencySetting | undefined {
  const perUsd = referenceRates[code];
  if (perUsd === undefined) return undefined;
  return code === 'USD' ? { code, perUsd } : { code, perUsd, asOf: REFERENCE_RATES_SOURCE.date };
}
