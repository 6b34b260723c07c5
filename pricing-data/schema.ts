// The zod schema of the price catalog: the single source of truth for its shape and its types.
import * as z from 'zod/mini';

// zod/mini ships without messages; the catalog's problems must be readable by whoever edits the data.
z.config(z.locales.en());

/** A calendar day, `YYYY-MM-DD`. Dates compare correctly as strings in this form. */
export const isoDate = z.iso.date();

/** A rate in USD per 1M tokens. Zero is a real price (free tier models); absence means unknown. */
const usdPerMillionTokens = z.number().check(z.minimum(0), z.refine(Number.isFinite, 'must be finite'));

const tokenCount = z.int().check(z.minimum(0));

/** Where a number was read, and the day somebody last checked it there. */
export const sourceSchema = z.strictObject({
  url: z.url(),
  checked: isoDate,
  /** Set when the number was read in a secondary database rather than on the vendor's own page. */
  via: z.optional(z.string().check(z.minLength(1))),
});

/**
 * A long-context tier: once the request's `basis` token count exceeds `above`, these rates price
 * the WHOLE request (not only the tokens beyond the threshold), as every vendor bills it.
 */
export const tierSchema = z.strictObject({
  above: tokenCount,
  /** `prompt`: the request's input tokens; `total`: input plus output tokens of the request. */
  basis: z.enum(['prompt', 'total']),
  input: usdPerMillionTokens,
  output: usdPerMillionTokens,
  cachedInput: z.optional(usdPerMillionTokens),
  cacheWrite5m: z.optional(usdPerMillionTokens),
  cacheWrite1h: z.optional(usdPerMillionTokens),
  reasoning: z.optional(usdPerMillionTokens),
  outputWithReasoning: z.optional(usdPerMillionTokens),
});

/** The rates of one service tier (Flex, Priority, fast mode), in USD per 1M tokens. */
export const serviceTierRatesSchema = z.strictObject({
  input: usdPerMillionTokens,
  output: usdPerMillionTokens,
  cachedInput: z.optional(usdPerMillionTokens),
});

/**
 * The service tiers a seller sells beside its standard rates. Batch is not here: it stays a
 * discount (`batchDiscount`). A tier that is absent is not offered, never priced at standard.
 */
export const serviceTiersSchema = z.strictObject({
  /** Slower, interruptible processing at lower rates (OpenAI Flex, Gemini Flex). */
  flex: z.optional(serviceTierRatesSchema),
  /** Faster, reserved-capacity processing at higher rates (OpenAI Priority, Gemini Priority). */
  priority: z.optional(serviceTierRatesSchema),
  /** A faster output mode at a premium (Anthropic's fast mode). */
  fast: z.optional(serviceTierRatesSchema),
});

/** A dated price of one model. `from` is inclusive, `to` exclusive; no `to` while current. */
export const pricePeriodSchema = z
  .strictObject({
    from: isoDate,
    to: z.optional(isoDate),
    /** USD per 1M uncached input tokens. */
    input: usdPerMillionTokens,
    /** USD per 1M output tokens (visible output; also reasoning unless `reasoning` is set). */
    output: usdPerMillionTokens,
    /** USD per 1M input tokens read from the prompt cache. Absent: no cache discount is offered. */
    cachedInput: z.optional(usdPerMillionTokens),
    /** USD per 1M tokens written to a 5-minute cache (Anthropic-style explicit caching). */
    cacheWrite5m: z.optional(usdPerMillionTokens),
    /** USD per 1M tokens written to a 1-hour cache. */
    cacheWrite1h: z.optional(usdPerMillionTokens),
    /** USD per 1M hidden reasoning tokens, only where it differs from `output`. */
    reasoning: z.optional(usdPerMillionTokens),
    /**
     * USD per 1M visible output tokens when the request reasons, only where that differs from
     * `output` (Gemini 2.5 Flash preview billed all output at its "thinking" rate).
     */
    outputWithReasoning: z.optional(usdPerMillionTokens),
    /** Long-context tiers, lowest threshold first. */
    tiers: z.optional(z.array(tierSchema)),
    /** Fraction taken off token prices by the vendor's batch API (0.5 = half price). */
    batchDiscount: z.optional(z.number().check(z.gt(0), z.lt(1))),
    /** Rates of the other service tiers sold in this period (USD per 1M tokens). */
    serviceTiers: z.optional(serviceTiersSchema),
    /** `promotional`: a temporary price that ends at `to`; `announced`: published but not yet in force. */
    status: z._default(z.enum(['applied', 'promotional', 'announced']), 'applied'),
    note: z.optional(z.string()),
    source: sourceSchema,
    /**
     * Where the price came from when not from this catalog's own checked data: `feed` (a live
     * price feed the user turned on, not checked by TokenTag) or `user` (the user's own price).
     */
    origin: z.optional(z.enum(['feed', 'user'])),
    /**
     * Set by the catalog, not written in data files: where the vendor- or seller-wide terms that
     * filled in this period's batch discount or cache rates were read.
     */
    termSources: z.optional(z.array(sourceSchema)),
    /** For a user price: the list rates it replaces, shown beside it (USD per 1M tokens). */
    list: z.optional(serviceTierRatesSchema),
  })
  .check(
    z.refine((p) => p.to === undefined || p.from < p.to, { message: '`to` must be after `from`', path: ['to'] }),
    z.refine((p) => p.status !== 'promotional' || p.to !== undefined, {
      message: 'a promotional price needs the date it ends (`to`)',
      path: ['to'],
    }),
    z.refine((p) => (p.tiers ?? []).every((t, i, all) => i === 0 || all[i - 1]!.above < t.above), {
      message: 'tiers must be in increasing order of `above`',
      path: ['tiers'],
    }),
  );

/** What a tool fee is charged for; the cost engine maps workload counts onto these. */
export const toolKindSchema = z.enum(['webSearch', 'fileSearch', 'codeExecution']);

/**
 * The billing unit of a tool fee. `call`: one tool invocation; `query`: one search query the model
 * issued; `groundedPrompt`: one request that used search, however many queries it ran;
 * `session`: one code container/session; `sessionHour`: container time, billed per hour.
 */
export const toolUnitSchema = z.enum(['call', 'query', 'groundedPrompt', 'session', 'sessionHour']);

export const toolFeeSchema = z
  .strictObject({
    tool: toolKindSchema,
    /** The vendor's own name for the tool, e.g. "Grounding with Google Search". */
    name: z.string().check(z.minLength(1)),
    /** USD per `per` units. */
    usd: z.number().check(z.minimum(0)),
    per: z.int().check(z.minimum(1)),
    unit: toolUnitSchema,
    /** For `sessionHour`: the minimum billed per session, in minutes. */
    minimumMinutes: z.optional(z.int().check(z.minimum(1))),
    /** Units free before the fee applies, per day or per month (per project/organisation). */
    freeAllowance: z.optional(z.strictObject({ units: z.int().check(z.minimum(1)), per: z.enum(['day', 'month']) })),
    /** Model ids the fee applies to; absent: every model of the vendor. */
    models: z.optional(z.array(z.string()).check(z.minLength(1))),
    from: isoDate,
    to: z.optional(isoDate),
    note: z.optional(z.string()),
    source: sourceSchema,
  })
  .check(
    z.refine((f) => f.unit !== 'sessionHour' || f.minimumMinutes !== undefined, {
      message: 'an hourly tool fee needs `minimumMinutes`',
      path: ['minimumMinutes'],
    }),
  );

/**
 * A fee per request, on top of token prices (Perplexity's Sonar request fee by search-context
 * size). USD per `per` requests.
 */
export const requestFeeSchema = z.strictObject({
  /** The seller's own name for what the fee pays for, e.g. "Requests (low search context)". */
  name: z.string().check(z.minLength(1)),
  usd: z.number().check(z.minimum(0), z.refine(Number.isFinite, 'must be finite')),
  per: z.int().check(z.minimum(1)),
  /** The request option the fee depends on, e.g. the search context size `low`, `medium`, `high`. */
  option: z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/))),
  /** Model ids the fee applies to; absent: every model of the seller. */
  models: z.optional(z.array(z.string()).check(z.minLength(1))),
  from: isoDate,
  to: z.optional(isoDate),
  note: z.optional(z.string()),
  source: sourceSchema,
});

const word = z.string().check(z.regex(/^[a-z0-9]+$/, 'a word is lower-case letters and digits'));

/**
 * How a vendor or seller names its models, as data the detector compiles: adding a vendor or a
 * host means adding its rules here, not editing the detector. Keys are folded spellings
 * (`foldName`: lower case, words joined by `-`).
 */
export const namingSchema = z.strictObject({
  /** The vendor or seller these rules come from. */
  owner: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /**
   * Words that begin its model names (`gpt`, `claude`, `gemini`): a name starting with one is looked
   * at for a model shape even when the catalog lacks it. A one-letter word (`o`) counts only before a digit.
   */
  families: z._default(z.array(word), []),
  /**
   * Regular expressions (source text, matched case-insensitively at a word start) of names shaped
   * like its models, for mentions the catalog lacks (`GPT-7`). `{SEP}` stands for one separator
   * (space, hyphen, dot…) and `{VERSION}` for a version number (`5`, `4.5`, `3b`).
   */
  shapes: z._default(z.array(z.string().check(z.minLength(1))), []),
  /**
   * Word order of tiered names: `<family> <tier> <version>` is also written `<family> <version>
   * <tier>` and, without the family, `<tier> <version>` (Claude Opus 4.5, Claude 3.7 Sonnet, Opus 4.5).
   */
  tierWords: z.optional(z.strictObject({ family: word, tiers: z.array(word).check(z.minLength(1)) })),
  /** Words a name may drop at its start: `Amazon Nova Pro` is also written `Nova Pro`. */
  optionalLeadingWords: z._default(z.array(word), []),
  /**
   * Words after a name that make it name an API rather than a model: `DeepSeek Chat Completions`
   * is not the deepseek-chat model. `after` is the name's last word.
   */
  notBefore: z._default(z.array(z.strictObject({ after: word, words: z.array(word).check(z.minLength(1)) })), []),
});

/**
 * Terms a vendor or seller applies to many models at once over a span of days (its batch API's
 * discount, what cache reads and writes cost relative to input), stated once instead of copied into
 * every model. At assembly the catalog cuts each affected model's periods at the terms' days and
 * fills in what a period does not state itself; a period's own value always wins.
 */
export const termsSchema = z
  .strictObject({
    from: isoDate,
    to: z.optional(isoDate),
    /** Fraction taken off token prices by the batch API (0.5 = half price). */
    batchDiscount: z.optional(z.number().check(z.gt(0), z.lt(1))),
    /** Cache reads as a fraction of the period's `input` rate (0.1 = 10% of input). */
    cachedInputRatio: z.optional(z.number().check(z.gt(0), z.lte(1))),
    /** 5-minute cache writes as a multiple of the period's `input` rate (1.25 = 125%). */
    cacheWrite5mRatio: z.optional(z.number().check(z.gt(0))),
    /** 1-hour cache writes as a multiple of the period's `input` rate (2 = 200%). */
    cacheWrite1hRatio: z.optional(z.number().check(z.gt(0))),
    /** Model ids the terms apply to; absent: every model of the vendor (or every offer of the seller). */
    models: z.optional(z.array(z.string()).check(z.minLength(1))),
    /** Model ids the terms do not apply to (when `models` is absent). */
    except: z.optional(z.array(z.string()).check(z.minLength(1))),
    note: z.optional(z.string()),
    source: sourceSchema,
  })
  .check(
    z.refine((t) => t.to === undefined || t.from < t.to, { message: '`to` must be after `from`', path: ['to'] }),
    z.refine((t) => t.models === undefined || t.except === undefined, {
      message: 'state `models` or `except`, not both',
      path: ['except'],
    }),
    z.refine(
      (t) =>
        t.batchDiscount !== undefined ||
        t.cachedInputRatio !== undefined ||
        t.cacheWrite5mRatio !== undefined ||
        t.cacheWrite1hRatio !== undefined,
      { message: 'terms must state at least one of batchDiscount or a cache ratio' },
    ),
  );

/** A model as its vendor file declares it; the catalog adds `vendor`. */
export const vendorModelSchema = z.strictObject({
  /** The vendor's API id without a snapshot date, e.g. `gpt-5.2`, `claude-opus-4-5`. */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9.:_-]*$/, 'ids are lower-case API ids')),
  /** Display name as the vendor writes it, e.g. "GPT-5.2", "Claude Opus 4.5". */
  name: z.string().check(z.minLength(1)),
  /** Other spellings that mean exactly this model (dated snapshots at the same price, reseller ids). */
  aliases: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** The model this one replaced, for "vs previous" comparisons. */
  predecessor: z.optional(z.string()),
  released: z.optional(isoDate),
  /** The day the vendor stopped serving it. */
  retired: z.optional(isoDate),
  /** Tokens (input + output) one request may hold. */
  contextWindow: z.optional(tokenCount),
  maxOutput: z.optional(tokenCount),
  /** Whether the model emits hidden reasoning ("thinking") tokens that are billed. */
  reasoning: z.boolean(),
  /** Price periods, oldest first. Empty when no price could be sourced: the UI says "unknown". */
  prices: z.array(pricePeriodSchema),
  note: z.optional(z.string()),
});

/**
 * A model as the catalog exports it: its vendor's id, and the vendor's tool fees that apply to it
 * (copied in at assembly, so that a cost estimate needs nothing but the model).
 */
/** What kind of business sells the tokens. */
export const sellerKindSchema = z.enum(['creator', 'cloud', 'router', 'host']);

/**
 * A model sold by a seller other than its creator, optionally per region or deployment kind where
 * the price depends on it. Its periods have the same fields as the creator's own.
 */
export const offerSchema = z.strictObject({
  /** The catalog id of the model (its creator's API id). */
  model: z.string().check(z.minLength(1)),
  /** The seller's own id for it, e.g. `anthropic.claude-sonnet-4-5-20250929-v1:0` on Bedrock. */
  sellerModelId: z.optional(z.string().check(z.minLength(1))),
  /** Where the price depends on it: `global`, `regional`, `data-zone`, `us`, `eu`, … */
  region: z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/))),
  /** Price periods, oldest first. */
  prices: z.array(pricePeriodSchema),
  note: z.optional(z.string()),
});

/** An offer as the catalog exports it on its model: the seller is named. */
export const modelOfferSchema = z.extend(z.omit(offerSchema, { model: true }), {
  seller: z.string(),
  /** The seller's tool and request fees that apply to this offer. */
  toolFees: z._default(z.array(toolFeeSchema), []),
  requestFees: z._default(z.array(requestFeeSchema), []),
});

export const modelSchema = z.extend(vendorModelSchema, {
  vendor: z.string(),
  toolFees: z._default(z.array(toolFeeSchema), []),
  requestFees: z._default(z.array(requestFeeSchema), []),
  /** Offers from sellers other than the creator; `prices` stays the creator's own offer. */
  offers: z._default(z.array(modelOfferSchema), []),
});

/** A match pattern of web pages, `<scheme>://<host>/<path>` (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
const matchPatternSchema = z
  .string()
  .check(
    z.regex(
      /^(?:https?|\*):\/\/(?:\*|(?:\*\.)?[^/*]+)\/.*$/,
      'a match pattern is <scheme>://<host>/<path>, e.g. https://example.com/pricing/*',
    ),
  );

/** A seller of other creators' models: a cloud reseller, a router or an open-weight host. */
export const sellerSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(1)),
  kind: sellerKindSchema,
  /** The seller's own pricing page. */
  pricingUrl: z.url(),
  /**
   * Match patterns of the seller's own pages (`https://aws.amazon.com/bedrock/*`): a tag there
   * shows this seller's offer of the model named, where it has one.
   */
  pages: z._default(z.array(matchPatternSchema), []),
  toolFees: z._default(z.array(toolFeeSchema), []),
  requestFees: z._default(z.array(requestFeeSchema), []),
  /** Seller-wide dated terms (batch discount, cache ratios) applied to every offer's periods. */
  terms: z._default(z.array(termsSchema), []),
  offers: z.array(offerSchema),
});

export const vendorSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(1)),
  /** The vendor's own pricing page. */
  pricingUrl: z.url(),
  toolFees: z._default(z.array(toolFeeSchema), []),
  requestFees: z._default(z.array(requestFeeSchema), []),
  /** Vendor-wide dated terms (batch discount, cache ratios) applied to every model's periods. */
  terms: z._default(z.array(termsSchema), []),
  models: z.array(vendorModelSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type Terms = z.infer<typeof termsSchema>;
export type Naming = z.infer<typeof namingSchema>;
export type NamingInput = z.input<typeof namingSchema>;
export type PricePeriod = z.infer<typeof pricePeriodSchema>;
export type ToolKind = z.infer<typeof toolKindSchema>;
export type ToolUnit = z.infer<typeof toolUnitSchema>;
export type ToolFee = z.infer<typeof toolFeeSchema>;
export type Model = z.infer<typeof modelSchema>;
export type Vendor = z.infer<typeof vendorSchema>;
export type ServiceTierRates = z.infer<typeof serviceTierRatesSchema>;
export type ServiceTiers = z.infer<typeof serviceTiersSchema>;
export type RequestFee = z.infer<typeof requestFeeSchema>;
export type SellerKind = z.infer<typeof sellerKindSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type ModelOffer = z.infer<typeof modelOfferSchema>;
export type Seller = z.infer<typeof sellerSchema>;
export type SellerInput = z.input<typeof sellerSchema>;

/** What a vendor data file declares: defaults may be omitted, as the schema fills them. */
export type VendorInput = z.input<typeof vendorSchema>;
export type PricePeriodInput = z.input<typeof pricePeriodSchema>;

/** Identity, for type-checking a vendor data file where it is written. */
export function defineVendor(vendor: VendorInput): VendorInput {
  return vendor;
}

/** Identity, for type-checking a seller data file (`pricing-data/sellers/<id>.ts`) where it is written. */
export function defineSeller(seller: SellerInput): SellerInput {
  return seller;
}
