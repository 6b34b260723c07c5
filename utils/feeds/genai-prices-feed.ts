// The shape of pydantic's genai-prices live feed (v2 data.json), and reading a download of it entry by entry.
import * as z from 'zod/mini';
import { errorMessage } from '../log';

/** The feed TokenTag reads when the user turns live prices on. */
export const GENAI_PRICES_FEED = {
  name: 'genai-prices',
  url: 'https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json',
  /** The only origin the feature asks permission for. */
  origin: 'https://raw.githubusercontent.com/*',
} as const;

/** The file is about 400 KB; anything 20 times bigger is not that file. */
export const MAX_FEED_BYTES = 8_000_000;

/** No token has ever been sold at more than a few hundred USD per 1M; a larger number is an error in the file. */
export const MAX_FEED_RATE = 5_000;

const rate = z
  .number()
  .check(
    z.refine(Number.isFinite, 'must be a finite number'),
    z.minimum(0, 'must not be negative'),
    z.maximum(MAX_FEED_RATE, `must be at most ${MAX_FEED_RATE} USD per 1M tokens`),
  );

/** A price that changes with the request's size: `base` until the first tier's `start` (input tokens). */
const tieredRate = z.looseObject({
  base: rate,
  tiers: z.array(z.looseObject({ start: z.int().check(z.minimum(1)), price: rate })),
});

const rateOrTiered = z.union([rate, tieredRate]);

/** The token prices TokenTag reads (USD per 1M tokens); other keys (audio, images, …) are ignored. */
const modelPriceSchema = z.looseObject({
  input_mtok: z.optional(rateOrTiered),
  output_mtok: z.optional(rateOrTiered),
  cache_read_mtok: z.optional(rateOrTiered),
  cache_write_mtok: z.optional(rateOrTiered),
  cache_write_5m_mtok: z.optional(rateOrTiered),
  cache_write_1h_mtok: z.optional(rateOrTiered),
  /** USD per 1,000 requests. */
  requests_kcount: z.optional(rate),
});

const conditionalPriceSchema = z.looseObject({
  constraint: z.optional(
    z.union([z.looseObject({ start_date: z.iso.date() }), z.looseObject({ start_time: z.string(), end_time: z.string() })]),
  ),
  prices: modelPriceSchema,
});

export const feedModelSchema = z.looseObject({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  name: z.optional(z.string().check(z.maxLength(200))),
  /** The feed's matching rules; TokenTag resolves models by their ids instead. */
  match: z.unknown(),
  context_window: z.optional(z.int().check(z.minimum(0))),
  deprecated: z.optional(z.boolean()),
  prices: z.union([modelPriceSchema, z.array(conditionalPriceSchema).check(z.minLength(1))]),
});

/** A provider as the feed lists it; its models are read one by one so that one bad entry costs only itself. */
const feedProviderShape = z.looseObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  pricing_urls: z.optional(z.array(z.string())),
  models: z.array(z.unknown()),
});

export type FeedRate = z.infer<typeof rateOrTiered>;
export type FeedModelPrice = z.infer<typeof modelPriceSchema>;
export type FeedModel = z.infer<typeof feedModelSchema>;

export interface FeedProvider {
  id: string;
  name: string;
  pricingUrls: string[];
  models: FeedModel[];
}

/** An entry the feed holds but TokenTag could not read; the rest of the file is still used. */
export interface RejectedFeedEntry {
  provider: string;
  /** The entry's model id, or its position when it has none. */
  model: string;
  reason: string;
}

export interface ParsedFeed {
  providers: FeedProvider[];
  rejected: RejectedFeedEntry[];
}

/** A download that is not a genai-prices feed at all: refused whole, the previous prices are kept. */
export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedError';
  }
}

function issuesText(error: z.core.$ZodError): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'entry'}: ${i.message}`).join('; ');
}

/** Only http(s) pages may become a seller's pricing link. */
function isWebUrl(url: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Reads a downloaded feed. Throws `FeedError` when the text is too big, not JSON, or not a list of
 * providers; otherwise returns every readable model and lists each entry it had to skip.
 */
export function parseFeed(text: string): ParsedFeed {
  if (text.length > MAX_FEED_BYTES) {
    throw new FeedError(
      `The file is ${text.length.toLocaleString('en')} characters; a price feed is at most ${MAX_FEED_BYTES.toLocaleString('en')}.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedError(`The file is not JSON (${errorMessage(error)}); it may be truncated.`);
  }
  if (!Array.isArray(json)) throw new FeedError('The file is not a genai-prices feed: it should be a list of providers.');
  const providers: FeedProvider[] = [];
  const rejected: RejectedFeedEntry[] = [];
  json.forEach((entry: unknown, p) => {
    const provider = feedProviderShape.safeParse(entry);
    if (!provider.success) {
      rejected.push({ provider: `#${p}`, model: '*', reason: issuesText(provider.error) });
      return;
    }
    const models: FeedModel[] = [];
    provider.data.models.forEach((raw, m) => {
      const model = feedModelSchema.safeParse(raw);
      if (model.success) models.push(model.data);
      else {
        const id = (raw as { id?: unknown } | null)?.id;
        rejected.push({
          provider: provider.data.id,
          model: typeof id === 'string' ? id : `#${m}`,
          reason: issuesText(model.error),
        });
      }
    });
    providers.push({
      id: provider.data.id,
      name: provider.data.name,
      pricingUrls: (provider.data.pricing_urls ?? []).filter(isWebUrl),
      models,
    });
  });
  if (providers.length === 0) throw new FeedError('The file is not a genai-prices feed: no provider in it could be read.');
  return { providers, rejected };
}
