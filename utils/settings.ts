// The user's display settings: their schema, defaults, and how a damaged stored copy is read field by field.
import * as z from 'zod/mini';
import { PER_USD_RANGE } from './currencies';
import { codeTagModes, tagDensities } from './tag-display-options';

export const settingsSchema = z.strictObject({
  /** The workload preset that prices tags and the popup. */
  activePresetId: z.string().check(z.minLength(1)),
  /** What an inline tag shows: input/output prices, or the active preset's cost per task. */
  tagDisplay: z.enum(['prices', 'preset-cost']),
  /** Token prices per 1M or per 1K tokens. */
  rateUnit: z.enum(['per-million', 'per-thousand']),
  /** Display currency: units per 1 USD, as the user set it, and the day of that rate. */
  currency: z.strictObject({
    code: z.string().check(z.regex(/^[A-Z]{3}$/)),
    perUsd: z
      .number()
      .check(
        z.gte(PER_USD_RANGE.min, `an exchange rate is at least ${PER_USD_RANGE.min} per USD`),
        z.lte(PER_USD_RANGE.max, `an exchange rate is at most ${PER_USD_RANGE.max.toLocaleString('en-US')} per USD`),
      ),
    asOf: z.optional(z.string()),
  }),
  /** `auto` follows the browser's language. */
  language: z.enum(['auto', 'en', 'zh_CN']),
  /** Default sites (by id, see utils/sites.ts) the user switched off. */
  disabledSites: z.array(z.string()),
  /** Writes handled errors to the console in a production build (development builds always do). */
  debugLogging: z._default(z.boolean(), false),
  /** Mentions inside `<pre>`/`<code>`: a quiet dot, nothing, or the full price pill (defaults so stored v1 values still parse). */
  codeTags: z._default(z.enum(codeTagModes), 'marker'),
  /** Whether only the first mention of a model in a section gets a pill, or every mention. */
  tagDensity: z._default(z.enum(tagDensities), 'first-per-section'),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  activePresetId: 'chat',
  tagDisplay: 'prices',
  rateUnit: 'per-million',
  currency: { code: 'USD', perUsd: 1 },
  language: 'auto',
  disabledSites: [],
  debugLogging: false,
  codeTags: 'marker',
  tagDensity: 'first-per-section',
};

/** What reading a stored value found: the usable value, and what had to be left out of it and why. */
export interface Salvaged<T> {
  value: T;
  /** Problems in English (`field: message`), empty when the stored value was valid as it stands. */
  problems: string[];
  /** What to keep aside: the stored value whole, or the items of a list that were left out. */
  rejected: unknown;
  /** The fields that fell back to their defaults. */
  badFields?: string[];
}

const fieldSchemas = settingsSchema.def.shape;
type Field = keyof typeof fieldSchemas;

/**
 * Reads stored settings field by field: a valid field is kept, an invalid one falls back to its
 * default, so that one bad field never costs the others. Fields this version does not know are left
 * out; they are problems unless the value came from a newer version (`newer`), which may add fields.
 */
export function salvageSettings(raw: unknown, { newer = false } = {}): Salvaged<Settings> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { value: structuredClone(defaultSettings), problems: ['settings: not an object of settings'], rejected: raw };
  const stored = raw as Record<string, unknown>;
  const value: Record<string, unknown> = {};
  const problems: string[] = [];
  const badFields: string[] = [];
  for (const field of Object.keys(fieldSchemas) as Field[]) {
    const parsed = fieldSchemas[field].safeParse(stored[field]);
    if (parsed.success) value[field] = parsed.data;
    else {
      value[field] = structuredClone(defaultSettings[field]);
      badFields.push(field);
      problems.push(...parsed.error.issues.map((i) => `${[field, ...i.path].join('.')}: ${i.message}`));
    }
  }
  const unknown = Object.keys(stored).filter((key) => !(key in fieldSchemas));
  if (!newer && unknown.length > 0) {
    badFields.push(...unknown);
    problems.push(`settings: unknown field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  }
  // The original is kept aside whole: its good fields are still in use, and a restore needs them together.
  return { value: value as Settings, problems, rejected: problems.length > 0 ? raw : undefined, badFields };
}
