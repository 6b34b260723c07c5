// The user's own prices: per-rate overrides, a discount per seller, and custom models, applied in one place.
import * as z from 'zod/mini';
import type { Model, PricePeriod } from '../pricing-data/schema';
import type { Catalog } from '../pricing-data/validate';
import type { IsoDay } from './catalog';
import type { Salvaged } from './settings';

/** A rate the user types, USD per 1M tokens: never negative, never absurd. */
export const MAX_USER_RATE = 10_000;
const userRate = z
  .number()
  .check(
    z.refine(Number.isFinite, 'must be a number'),
    z.minimum(0, 'must not be negative'),
    z.maximum(MAX_USER_RATE, `must be at most ${MAX_USER_RATE.toLocaleString('en')} USD per 1M tokens`),
  );

export const rateOverrideSchema = z
  .strictObject({
    modelId: z.string().check(z.minLength(1)),
    /** The seller whose offer this replaces; the creator's vendor id for its own API. */
    seller: z.string().check(z.minLength(1)),
    region: z.optional(z.string()),
    input: z.optional(userRate),
    output: z.optional(userRate),
    cachedInput: z.optional(userRate),
  })
  .check(
    z.refine((o) => o.input !== undefined || o.output !== undefined || o.cachedInput !== undefined, {
      message: 'set at least one rate',
    }),
  );

export const sellerDiscountSchema = z.strictObject({
  seller: z.string().check(z.minLength(1)),
  /** Percent off every rate of that seller, e.g. 20 for "20% off". */
  percent: z.number().check(z.gt(0, 'must be more than 0%'), z.lt(100, 'must be less than 100%')),
});

export const customModelSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9.:_-]*$/, 'use lower-case letters, digits and . : _ -')),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Other names the page may use; the detector recognises them too. */
  aliases: z.array(z.string().check(z.minLength(3), z.maxLength(80))).check(z.maxLength(10)),
  input: userRate,
  output: userRate,
  cachedInput: z.optional(userRate),
  reasoning: z.boolean(),
});

export const userPricesSchema = z.strictObject({
  rates: z.array(rateOverrideSchema).check(z.maxLength(200)),
  discounts: z.array(sellerDiscountSchema).check(z.maxLength(50)),
  customModels: z.array(customModelSchema).check(z.maxLength(100)),
});

export type RateOverride = z.infer<typeof rateOverrideSchema>;
export type SellerDiscount = z.infer<typeof sellerDiscountSchema>;
export type CustomModel = z.infer<typeof customModelSchema>;
export type UserPrices = z.infer<typeof userPricesSchema>;

export const noUserPrices: UserPrices = { rates: [], discounts: [], customModels: [] };

/** The seller id of custom models. */
export const CUSTOM_SELLER = 'custom';

export function hasUserPrices(prices: UserPrices): boolean {
  return prices.rates.length + prices.discounts.length + prices.customModels.length > 0;
}

/** Rounds to 1e-9 USD per 1M tokens so that 20% off 1.75 reads 1.4, not 1.4000000000000001. */
const round = (usd: number) => Math.round(usd * 1e9) / 1e9;

function listOf(period: PricePeriod): NonNullable<PricePeriod['list']> {
  if (period.list) return period.list;
  const { input, output, cachedInput } = period;
  return cachedInput === undefined ? { input, output } : { input, output, cachedInput };
}

function discounted(period: PricePeriod, percent: number): PricePeriod {
  const factor = 1 - percent / 100;
  const scale = (usd: number | undefined) => (usd === undefined ? undefined : round(usd * factor));
  const rates = {
    input: round(period.input * factor),
    output: round(period.output * factor),
    cachedInput: scale(period.cachedInput),
    cacheWrite5m: scale(period.cacheWrite5m),
    cacheWrite1h: scale(period.cacheWrite1h),
    reasoning: scale(period.reasoning),
  };
  const defined = Object.fromEntries(Object.entries(rates).filter(([, v]) => v !== undefined));
  return { ...period, ...defined, list: listOf(period), origin: 'user' };
}

function overridden(period: PricePeriod, override: RateOverride): PricePeriod {
  const rates = { input: override.input, output: override.output, cachedInput: override.cachedInput };
  const defined = Object.fromEntries(Object.entries(rates).filter(([, v]) => v !== undefined));
  return { ...period, ...defined, list: listOf(period), origin: 'user' };
}

/** Each price list (creator's own and every offer) of a model, with its seller. */
function priceLists(model: Model): { seller: string; region?: string; prices: PricePeriod[] }[] {
  return [{ seller: model.vendor, prices: model.prices }, ...model.offers];
}

/** A custom model's price has no history: it applies on any day, so that past usage can be priced at it. */
const ALWAYS = '1970-01-01';

function customAsModel(custom: CustomModel, today: IsoDay): Model {
  const { input, output, cachedInput } = custom;
  return {
    id: custom.id,
    name: custom.name,
    aliases: custom.aliases,
    vendor: CUSTOM_SELLER,
    reasoning: custom.reasoning,
    toolFees: [],
    requestFees: [],
    offers: [],
    prices: [
      {
        from: ALWAYS,
        input,
        output,
        ...(cachedInput === undefined ? {} : { cachedInput }),
        status: 'applied',
        origin: 'user',
        source: { url: 'https://tokentag.invalid/your-prices', checked: today },
      },
    ],
  };
}

/**
 * The catalog with the user's prices applied to every period (each keeps its list rates in
 * `list`): discounts first, then per-rate overrides (an override is the final word on its rate),
 * then custom models (`today` dates their entry). A custom model whose
 * id or name another model already uses is left out and named in `skipped`.
 */
export function applyUserPrices(catalog: Catalog, prices: UserPrices, today: IsoDay): { catalog: Catalog; skipped: string[] } {
  if (!hasUserPrices(prices)) return { catalog, skipped: [] };
  const result = structuredClone(catalog);
  for (const model of result.models) {
    for (const list of priceLists(model)) {
      const discount = prices.discounts.find((d) => d.seller === list.seller);
      const overrides = prices.rates.filter(
        (o) => o.modelId === model.id && o.seller === list.seller && (o.region ?? undefined) === list.region,
      );
      list.prices.forEach((period, i) => {
        let next = discount ? discounted(period, discount.percent) : period;
        for (const override of overrides) next = overridden(next, override);
        list.prices[i] = next;
      });
    }
  }
  const taken = new Set(result.models.flatMap((m) => [m.id, m.name, ...m.aliases].map((s) => s.toLowerCase())));
  const skipped: string[] = [];
  for (const custom of prices.customModels) {
    const spellings = [custom.id, custom.name, ...custom.aliases].map((s) => s.toLowerCase());
    if (spellings.some((s) => taken.has(s))) {
      skipped.push(custom.id);
      continue;
    }
    spellings.forEach((s) => taken.add(s));
    result.models.push(customAsModel(custom, today));
  }
  if (prices.customModels.length > skipped.length && !result.sellers.some((s) => s.id === CUSTOM_SELLER)) {
    result.sellers.push({
      id: CUSTOM_SELLER,
      name: 'Your models',
      kind: 'host',
      pricingUrl: 'https://tokentag.invalid/your-prices',
      toolFees: [],
      requestFees: [],
    });
  }
  return { catalog: result, skipped };
}

/**
 * Reads stored (or imported) user prices entry by entry: every valid override, discount and custom
 * model is kept; each bad one is left out, named in `problems` and returned in `rejected` to set aside.
 */
export function salvageUserPrices(raw: unknown): Salvaged<UserPrices> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { value: structuredClone(noUserPrices), problems: ['userPrices: not an object of prices'], rejected: raw };
  const stored = raw as Record<string, unknown>;
  const problems: string[] = [];
  const rejected: Record<string, unknown[]> = {};
  const listOfValid = <T>(field: keyof UserPrices, schema: z.ZodMiniType<T>, max: number): T[] => {
    const items = stored[field];
    if (items === undefined) return [];
    if (!Array.isArray(items)) {
      problems.push(`userPrices.${field}: not a list`);
      rejected[field] = [items];
      return [];
    }
    const kept: T[] = [];
    items.forEach((item: unknown, i) => {
      const parsed = schema.safeParse(item);
      if (parsed.success && kept.length < max) kept.push(parsed.data);
      else {
        problems.push(
          parsed.success
            ? `userPrices.${field}[${i}]: at most ${max}`
            : `userPrices.${field}[${i}]${parsed.error.issues[0]?.path.length ? `.${parsed.error.issues[0].path.join('.')}` : ''}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
        );
        (rejected[field] ??= []).push(item);
      }
    });
    return kept;
  };
  const value: UserPrices = {
    rates: listOfValid('rates', rateOverrideSchema, 200),
    discounts: listOfValid('discounts', sellerDiscountSchema, 50),
    customModels: listOfValid('customModels', customModelSchema, 100),
  };
  for (const field of Object.keys(stored))
    if (!(field in value)) {
      problems.push(`userPrices: unknown field: ${field}`);
      (rejected[field] ??= []).push(stored[field]);
    }
  return { value, problems, rejected: problems.length > 0 ? rejected : undefined };
}

/** Why a typed number was refused: not a number, or outside its stated range. */
export type InputProblem = 'number' | 'range' | 'required';

/**
 * Reads a rate typed in a form (USD per 1M tokens, 0 to MAX_USER_RATE). An empty field is
 * `undefined` (the rate is left as listed) unless `required`.
 */
export function parseRateInput(text: string, required = false): { value?: number; problem?: InputProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return required ? { problem: 'required' } : {};
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { problem: 'number' };
  if (value < 0 || value > MAX_USER_RATE) return { problem: 'range' };
  return { value };
}

/** Reads a discount typed in a form: a percentage more than 0 and less than 100. */
export function parsePercentInput(text: string): { value?: number; problem?: InputProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'required' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { problem: 'number' };
  if (value <= 0 || value >= 100) return { problem: 'range' };
  return { value };
}

/** Splits a typed list of other names ("a, b") into trimmed, distinct aliases. */
export function parseAliasesInput(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  ];
}

/** Whether an override is for the same offer (model, seller, region) as another. */
export function sameOffer(
  a: Pick<RateOverride, 'modelId' | 'seller' | 'region'>,
  b: Pick<RateOverride, 'modelId' | 'seller' | 'region'>,
): boolean {
  return a.modelId === b.modelId && a.seller === b.seller && (a.region ?? '') === (b.region ?? '');
}
