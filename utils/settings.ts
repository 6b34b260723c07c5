// The user's display settings: their schema and defaults (storage.ts reads them, falling back to the defaults).
import * as z from 'zod/mini';
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
    perUsd: z.number().check(z.gt(0)),
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
