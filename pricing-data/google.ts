// Google's Gemini text models on the Gemini API (AI Studio, paid tier) and its Search-grounding fees, with dated price history (USD per 1M tokens).
import { defineVendor } from './schema';

const PRICING = 'https://ai.google.dev/gemini-api/docs/pricing';
/** The 2024 address of the same page, where the 1.0 and early 1.5 prices were listed. */
const PRICING_2024 = 'https://ai.google.dev/pricing';
const ARGON = 'https://blog.google/innovation-and-ai/models-and-research/gemini-models/gemini-4-argon/';
const CHECKED = '2026-11-27';

const GP = 'pydantic/genai-prices';
const TRANSCRIPT_2024 = 'third-party transcriptions of ai.google.dev/pricing from mid-2024 (code index)';
const TRANSCRIPT_2025 = 'a third-party copy of the Gemini API pricing page from early October 2025 (code index)';
const TRANSCRIPT_2026 = 'a third-party transcript of the Gemini API pricing page fetched 2026-07-22 (code index)';

/** Where one price period can be checked; `via` names the secondary copy it was read in. */
function source(via?: string, url: string = PRICING) {
  return via === undefined ? { url, checked: CHECKED } : { url, checked: CHECKED, via };
}

// The Gemini API's Batch mode (50% off token prices) launched on 2025-07-07; periods before that day
// carry no batchDiscount. Long-context tiers bill the whole request at the higher rate once the
// prompt passes the threshold ("prompts > 200k tokens"), hence basis 'prompt'.
const BATCH_FROM = '2025-07-07';
// Gemini 2.5 cache reads dropped from 25% to 10% of the input rate in October 2025. Google's changelog
// does not date it: the page still showed the old rates in early October, and the new ones were first
// recorded by pydantic/genai-prices on 2025-10-31, so that observed day closes the old periods.
const CACHE_CUT_SEEN = '2025-10-31';
// Release days of the 3.x models are the GA/preview days in https://ai.google.dev/gemini-api/docs/changelog
// and /deprecations; paid billing on the Gemini API began 2024-05-30 (developers.googleblog.com,
// "Gemini 1.5 Pro and 1.5 Flash GA ... and more API updates").
// Gemini 3.6/3.7/3.8 Flash are sold at an introductory price through 2026-12-31; Google has announced
// the standard price from 2027-01-01.
const INTRO_ENDS = '2027-01-01';

const GEMINI_3_MODELS = [
  'gemini-3-pro-preview',
  'gemini-3-flash-preview',
  'gemini-3.1-pro-preview',
  'gemini-3.1-flash-lite',
  'gemini-3.5-flash',
  'gemini-3.5-flash-lite',
  'gemini-3.6-flash',
  'gemini-3.7-flash',
  'gemini-3.8-flash',
];

/**
 * Service tiers (checked 2026-11-30, read via pydantic/genai-prices 0.1.8's notes on the Gemini API
 * pricing page): Flex is half the standard input and output rates on Gemini 3.5 Flash, 3.5 Flash-Lite
 * and 3.6 to 3.8 Flash; Priority is 1.8x on 3.7 and 3.8 Flash. Cached-input rates under these tiers
 * were not stated, so they are left out; other models' tiers are not yet confirmed.
 */
export const google = defineVendor({
  id: 'google',
  name: 'Google',
  pricingUrl: PRICING,
  terms: [
    {
      from: BATCH_FROM,
      batchDiscount: 0.5,
      // Shut down before Batch mode launched, or not sold in it: the 1.x models, the 2.5 Flash
      // previews (switched off 2025-07-15), and Gemini 4 Argon in limited release.
      except: [
        'gemini-1.0-pro',
        'gemini-1.5-pro',
        'gemini-1.5-flash',
        'gemini-1.5-flash-8b',
        'gemini-2.5-flash-preview',
        // Previews too: no copy of the page says they were sold in Batch mode.
        'gemini-2.0-flash-lite-preview',
        'gemini-2.5-pro-preview',
        'gemini-2.5-flash-lite-preview',
        'gemini-4-argon',
      ],
      note: 'Batch mode: 50% off token prices, from its launch.',
      source: source(TRANSCRIPT_2025),
    },
    {
      // Implicit caching of the 2.5 Flash models: cache reads at 25% of input, then 10%.
      from: '2025-06-17',
      to: CACHE_CUT_SEEN,
      cachedInputRatio: 0.25,
      models: ['gemini-2.5-flash', 'gemini-2.5-flash-lite'],
      source: source(TRANSCRIPT_2025),
    },
    {
      from: CACHE_CUT_SEEN,
      cachedInputRatio: 0.1,
      models: ['gemini-2.5-flash', 'gemini-2.5-flash-lite'],
      note: 'Cache reads cut to 10% of input in October 2025 (exact day undocumented; first seen 2025-10-31).',
      source: source(TRANSCRIPT_2026),
    },
  ],
  // Code execution is not listed: Google bills it as ordinary input/output tokens, with no per-call
  // or per-container fee. Grounding with Google Maps and URL context are not modelled (no tool kind).
  toolFees: [
    {
      tool: 'webSearch',
      name: 'Grounding with Google Search',
      usd: 35,
      per: 1000,
      unit: 'groundedPrompt',
      freeAllowance: { units: 1500, per: 'day' },
      models: ['gemini-2.0-flash'],
      from: '2025-02-05',
      note: 'Gemini 2.0: billed per request that used Search, however many queries it ran; 1,500 requests a day free.',
      source: source(TRANSCRIPT_2025),
    },
    {
      tool: 'webSearch',
      name: 'Grounding with Google Search',
      usd: 35,
      per: 1000,
      unit: 'groundedPrompt',
      freeAllowance: { units: 1500, per: 'day' },
      models: ['gemini-2.5-pro'],
      from: '2025-04-04',
      note: 'Gemini 2.5 Pro has its own 1,500 free grounded requests a day, then $35 per 1,000.',
      source: source(TRANSCRIPT_2025),
    },
    {
      tool: 'webSearch',
      name: 'Grounding with Google Search',
      usd: 35,
      per: 1000,
      unit: 'groundedPrompt',
      freeAllowance: { units: 1500, per: 'day' },
      models: ['gemini-2.5-flash', 'gemini-2.5-flash-lite'],
      from: '2025-06-17',
      note: 'The 1,500 free requests a day are shared between 2.5 Flash and 2.5 Flash-Lite.',
      source: source(TRANSCRIPT_2025),
    },
    {
      tool: 'webSearch',
      name: 'Grounding with Google Search',
      usd: 0,
      per: 1000,
      unit: 'query',
      models: ['gemini-3-pro-preview', 'gemini-3-flash-preview'],
      from: '2025-11-18',
      to: '2026-01-05',
      note: 'Gemini 3 search grounding was listed as "coming soon" and not billed until 2026-01-05.',
      source: source('pricing-page wording quoted in public READMEs; billing start date per newzino.com summary of the page'),
    },
    {
      tool: 'webSearch',
      name: 'Grounding with Google Search',
      usd: 14,
      per: 1000,
      unit: 'query',
      freeAllowance: { units: 5000, per: 'month' },
      models: GEMINI_3_MODELS,
      from: '2026-01-05',
      note: 'Gemini 3.x: billed per search query the model runs (one prompt can run several); 5,000 free a month shared across all Gemini 3 models.',
      source: source('api-evangelist transcripts of the pricing page (2026-09-20, 2026-10-07); billing start per newzino.com'),
    },
  ],
  models: [
    // ---- Gemini 1.x (retired) ----
    {
      id: 'gemini-1.0-pro',
      name: 'Gemini 1.0 Pro',
      aliases: ['gemini-pro', 'gemini-1.0-pro-001', 'gemini-1.0-pro-latest'],
      released: '2023-12-13',
      contextWindow: 32768,
      maxOutput: 2048,
      reasoning: false,
      note: 'Before per-token billing the API quoted 1.0 Pro per 1,000 characters; that scheme is not encoded. Shut down in early 2025 (Vertex AI kept it until 2025-04-09); the exact Gemini API day was not confirmed.',
      prices: [
        {
          from: '2024-05-30',
          input: 0.5,
          output: 1.5,
          note: 'Pay-as-you-go billing on the Gemini API started 2024-05-30.',
          source: source(TRANSCRIPT_2024, PRICING_2024),
        },
      ],
    },
    {
      id: 'gemini-1.5-pro',
      name: 'Gemini 1.5 Pro',
      aliases: ['gemini-1.5-pro-001', 'gemini-1.5-pro-002', 'gemini-1.5-pro-latest'],
      predecessor: 'gemini-1.0-pro',
      released: '2024-04-09',
      retired: '2025-09-24',
      contextWindow: 2097152,
      maxOutput: 8192,
      reasoning: false,
      note: 'Public preview (free) from 2024-04-09; billed from 2024-05-30. The -001 snapshot was shut down in May 2025, -002 and the alias on 2025-09-24.',
      prices: [
        {
          from: '2024-05-30',
          to: '2024-10-01',
          input: 3.5,
          output: 10.5,
          cachedInput: 0.875,
          tiers: [{ above: 128000, basis: 'prompt', input: 7, output: 21, cachedInput: 1.75 }],
          note: 'Launch price; context caching became available in June 2024.',
          source: source(TRANSCRIPT_2024, PRICING_2024),
        },
        {
          from: '2024-10-01',
          input: 1.25,
          output: 5,
          cachedInput: 0.3125,
          tiers: [{ above: 128000, basis: 'prompt', input: 2.5, output: 10, cachedInput: 0.625 }],
          note: 'Cut announced with gemini-1.5-pro-002 (2024-09-24), effective 2024-10-01: about 64% off input, 52% off output.',
          source: source(GP),
        },
      ],
    },
    {
      id: 'gemini-1.5-flash',
      name: 'Gemini 1.5 Flash',
      aliases: ['gemini-1.5-flash-001', 'gemini-1.5-flash-002', 'gemini-1.5-flash-latest'],
      released: '2024-05-14',
      retired: '2025-09-24',
      contextWindow: 1048576,
      maxOutput: 8192,
      reasoning: false,
      note: 'Announced in preview at I/O 2024-05-14; billed from 2024-05-30. The -001 snapshot was shut down in May 2025, -002 and the alias on 2025-09-24.',
      prices: [
        {
          from: '2024-05-30',
          to: '2024-08-12',
          input: 0.35,
          output: 1.05,
          tiers: [{ above: 128000, basis: 'prompt', input: 0.7, output: 2.1 }],
          note: 'Launch price. The cache-read rate of this period could not be confirmed and is left out.',
          source: source(TRANSCRIPT_2024, PRICING_2024),
        },
        {
          from: '2024-08-12',
          input: 0.075,
          output: 0.3,
          cachedInput: 0.01875,
          tiers: [{ above: 128000, basis: 'prompt', input: 0.15, output: 0.6, cachedInput: 0.0375 }],
          note: 'Price cut of 2024-08-12: about 78% off input and 71% off output, in both context tiers.',
          source: source(GP),
        },
      ],
    },
    {
      id: 'gemini-1.5-flash-8b',
      name: 'Gemini 1.5 Flash-8B',
      aliases: ['gemini-1.5-flash-8b-001', 'gemini-1.5-flash-8b-latest'],
      released: '2024-10-03',
      retired: '2025-09-24',
      contextWindow: 1048576,
      maxOutput: 8192,
      reasoning: false,
      prices: [
        {
          from: '2024-10-03',
          input: 0.0375,
          output: 0.15,
          cachedInput: 0.01,
          tiers: [{ above: 128000, basis: 'prompt', input: 0.075, output: 0.3, cachedInput: 0.02 }],
          source: source(GP),
        },
      ],
    },

    // ---- Gemini 2.0 (shut down 2026-06-01) ----
    {
      id: 'gemini-2.0-flash',
      name: 'Gemini 2.0 Flash',
      aliases: ['gemini-2.0-flash-001'],
      predecessor: 'gemini-1.5-flash',
      released: '2025-02-05',
      retired: '2026-06-01',
      contextWindow: 1048576,
      maxOutput: 8192,
      reasoning: false,
      note: 'Text/image/video input rate shown; audio input was billed at $0.70.',
      prices: [
        {
          from: '2025-02-05',
          input: 0.1,
          output: 0.4,
          cachedInput: 0.025,
          source: source(TRANSCRIPT_2025),
        },
      ],
    },
    {
      // Previews are models of their own (own ids, own dates), even where the price matched the GA model's.
      id: 'gemini-2.0-flash-lite-preview',
      name: 'Gemini 2.0 Flash-Lite Preview',
      aliases: ['gemini-2.0-flash-lite-preview-02-05'],
      predecessor: 'gemini-1.5-flash-8b',
      released: '2025-02-05',
      contextWindow: 1048576,
      maxOutput: 8192,
      reasoning: false,
      note: 'Public preview of Gemini 2.0 Flash-Lite, at the price the GA model kept. Its shutdown day is not recorded here.',
      prices: [{ from: '2025-02-05', input: 0.075, output: 0.3, source: source(GP) }],
    },
    {
      id: 'gemini-2.0-flash-lite',
      name: 'Gemini 2.0 Flash-Lite',
      aliases: ['gemini-2.0-flash-lite-001'],
      predecessor: 'gemini-1.5-flash-8b',
      released: '2025-02-25',
      retired: '2026-06-01',
      contextWindow: 1048576,
      maxOutput: 8192,
      reasoning: false,
      note: 'Preview from 2025-02-05 at the same price; GA 2025-02-25. Context caching was "Not available" for this model.',
      prices: [
        {
          from: '2025-02-05',
          input: 0.075,
          output: 0.3,
          source: source(GP),
        },
      ],
    },

    // ---- Gemini 2.5 ----
    {
      id: 'gemini-2.5-pro-preview',
      name: 'Gemini 2.5 Pro Preview',
      aliases: ['gemini-2.5-pro-preview-03-25', 'gemini-2.5-pro-preview-05-06', 'gemini-2.5-pro-preview-06-05'],
      predecessor: 'gemini-1.5-pro',
      released: '2025-03-25',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      note: 'The 2.5 Pro previews (03-25, 05-06, 06-05), billed from 2025-04-04 at the price the GA model kept. Their shutdown days are not recorded here.',
      prices: [
        {
          from: '2025-04-04',
          input: 1.25,
          output: 10,
          cachedInput: 0.31,
          tiers: [{ above: 200000, basis: 'prompt', input: 2.5, output: 15, cachedInput: 0.625 }],
          note: 'Output includes thinking tokens.',
          source: source(TRANSCRIPT_2025),
        },
      ],
    },
    {
      id: 'gemini-2.5-pro',
      name: 'Gemini 2.5 Pro',
      predecessor: 'gemini-1.5-pro',
      released: '2025-06-17',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      note: "Paid preview from 2025-04-04, GA 2025-06-17 at the same price. Google lists its shutdown for 2026-12-01, after which requests are routed to gemini-3.8-flash and billed at that model's rates.",
      prices: [
        {
          from: '2025-04-04',
          to: CACHE_CUT_SEEN,
          input: 1.25,
          output: 10,
          // Google's page rounds 25% of $1.25 to $0.31, so this model states its cache rates itself.
          cachedInput: 0.31,
          tiers: [{ above: 200000, basis: 'prompt', input: 2.5, output: 15, cachedInput: 0.625 }],
          note: 'Output includes thinking tokens.',
          source: source(TRANSCRIPT_2025),
        },
        {
          from: CACHE_CUT_SEEN,
          input: 1.25,
          output: 10,
          cachedInput: 0.125,
          tiers: [{ above: 200000, basis: 'prompt', input: 2.5, output: 15, cachedInput: 0.25 }],
          note: 'Cache reads cut to 10% of input in October 2025 (exact day undocumented; first seen 2025-10-31).',
          source: source(TRANSCRIPT_2026),
        },
      ],
    },
    {
      // The 2.5 Flash previews are their own model, not an earlier period of gemini-2.5-flash: they
      // were separate API ids, were billed on a different scheme (output price depending on whether
      // thinking was on), and kept that price until 2025-07-15 while gemini-2.5-flash already sold
      // at the GA price from 2025-06-17.
      id: 'gemini-2.5-flash-preview',
      name: 'Gemini 2.5 Flash Preview',
      aliases: ['gemini-2.5-flash-preview-04-17', 'gemini-2.5-flash-preview-05-20'],
      predecessor: 'gemini-2.0-flash',
      released: '2025-04-17',
      retired: '2025-07-15',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      note: 'Replaced by gemini-2.5-flash (GA 2025-06-17, single output price); the previews were switched off on 2025-07-15.',
      prices: [
        {
          from: '2025-04-17',
          input: 0.15,
          output: 0.6,
          outputWithReasoning: 3.5,
          note: '$0.60 per 1M output with thinking off; with thinking on, all output (thinking included) was $3.50.',
          source: source(
            'pydantic/genai-prices (input and non-thinking output); thinking rate from Simon Willison (llm-prices.com) on Hacker News',
          ),
        },
      ],
    },
    {
      id: 'gemini-2.5-flash',
      name: 'Gemini 2.5 Flash',
      predecessor: 'gemini-2.0-flash',
      released: '2025-06-17',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      note: 'Text/image/video input rate shown; audio input is $1.00. Google lists its shutdown for 2026-12-01, after which requests are routed to gemini-3.5-flash-lite.',
      prices: [
        {
          from: '2025-06-17',
          input: 0.3,
          output: 2.5,
          note: 'GA price: one output rate whether or not the model thinks (the preview charged $0.60 / $3.50).',
          source: source(TRANSCRIPT_2025),
        },
      ],
    },
    {
      id: 'gemini-2.5-flash-lite-preview',
      name: 'Gemini 2.5 Flash-Lite Preview',
      aliases: ['gemini-2.5-flash-lite-preview-06-17'],
      predecessor: 'gemini-2.0-flash-lite',
      released: '2025-06-17',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      note: 'Preview of Gemini 2.5 Flash-Lite (GA 2025-07-22), at the price the GA model kept. Its shutdown day is not recorded here.',
      prices: [{ from: '2025-06-17', input: 0.1, output: 0.4, cachedInput: 0.025, source: source(TRANSCRIPT_2025) }],
    },
    {
      id: 'gemini-2.5-flash-lite',
      name: 'Gemini 2.5 Flash-Lite',
      predecessor: 'gemini-2.0-flash-lite',
      released: '2025-07-22',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      note: 'Preview from 2025-06-17 at the same price; GA 2025-07-22. Text/image/video input rate shown; audio input is $0.30. Google said in November 2026 that it is not deprecated.',
      prices: [
        {
          from: '2025-06-17',
          input: 0.1,
          output: 0.4,
          source: source(TRANSCRIPT_2025),
        },
      ],
    },

    // ---- Gemini 3.x ----
    {
      id: 'gemini-3-pro-preview',
      name: 'Gemini 3 Pro Preview',
      predecessor: 'gemini-2.5-pro',
      released: '2025-11-18',
      retired: '2026-03-09',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      note: 'Preview only; shut down 2026-03-09 in favour of gemini-3.1-pro-preview.',
      prices: [
        {
          from: '2025-11-18',
          input: 2,
          output: 12,
          cachedInput: 0.2,
          tiers: [{ above: 200000, basis: 'prompt', input: 4, output: 18, cachedInput: 0.4 }],
          source: source(GP),
        },
      ],
    },
    {
      id: 'gemini-3-flash-preview',
      name: 'Gemini 3 Flash Preview',
      predecessor: 'gemini-2.5-flash',
      released: '2025-12-17',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      note: 'Text/image/video input rate shown; audio input is $1.00.',
      prices: [
        {
          from: '2025-12-17',
          input: 0.5,
          output: 3,
          cachedInput: 0.05,
          source: source(TRANSCRIPT_2026),
        },
      ],
    },
    {
      id: 'gemini-3.1-pro-preview',
      name: 'Gemini 3.1 Pro Preview',
      aliases: ['gemini-3.1-pro-preview-customtools'],
      predecessor: 'gemini-3-pro-preview',
      released: '2026-02-19',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      note: 'The -customtools endpoint (tuned to prefer custom tools) shares the same model, limits and price.',
      prices: [
        {
          from: '2026-02-19',
          input: 2,
          output: 12,
          cachedInput: 0.2,
          tiers: [{ above: 200000, basis: 'prompt', input: 4, output: 18, cachedInput: 0.4 }],
          source: source(TRANSCRIPT_2026),
        },
      ],
    },
    {
      id: 'gemini-3.1-flash-lite-preview',
      name: 'Gemini 3.1 Flash-Lite Preview',
      predecessor: 'gemini-2.5-flash-lite',
      released: '2026-03-03',
      retired: '2026-05-25',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      note: 'The preview of Gemini 3.1 Flash-Lite, at the price the GA model kept.',
      prices: [{ from: '2026-03-03', input: 0.25, output: 1.5, cachedInput: 0.025, source: source(TRANSCRIPT_2026) }],
    },
    {
      id: 'gemini-3.1-flash-lite',
      name: 'Gemini 3.1 Flash-Lite',
      predecessor: 'gemini-2.5-flash-lite',
      released: '2026-03-03',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      note: 'Preview from 2026-03-03 (preview id shut down 2026-05-25); GA 2026-05-07 at the same price. Text/image/video input rate shown; audio input is $0.50.',
      prices: [
        {
          from: '2026-03-03',
          input: 0.25,
          output: 1.5,
          cachedInput: 0.025,
          source: source(TRANSCRIPT_2026),
        },
      ],
    },
    {
      id: 'gemini-3.5-flash',
      name: 'Gemini 3.5 Flash',
      predecessor: 'gemini-3-flash-preview',
      released: '2026-05-19',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      prices: [
        {
          from: '2026-05-19',
          input: 1.5,
          output: 9,
          cachedInput: 0.15,
          serviceTiers: { flex: { input: 0.75, output: 4.5 } },
          source: source(TRANSCRIPT_2026),
        },
      ],
    },
    {
      id: 'gemini-3.5-flash-lite',
      name: 'Gemini 3.5 Flash-Lite',
      predecessor: 'gemini-3.1-flash-lite',
      released: '2026-07-21',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      note: 'One input rate for text, image, video and audio.',
      prices: [
        {
          from: '2026-07-21',
          input: 0.3,
          output: 2.5,
          cachedInput: 0.03,
          serviceTiers: { flex: { input: 0.15, output: 1.25 } },
          source: source(TRANSCRIPT_2026),
        },
      ],
    },
    {
      id: 'gemini-3.6-flash',
      name: 'Gemini 3.6 Flash',
      predecessor: 'gemini-3.5-flash',
      released: '2026-07-21',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      prices: [
        {
          from: '2026-07-21',
          to: '2026-08-13',
          input: 1.5,
          output: 7.5,
          cachedInput: 0.15,
          note: 'Launch price, still on the pricing page on 2026-08-08.',
          source: source(TRANSCRIPT_2026),
        },
        {
          from: '2026-08-13',
          to: INTRO_ENDS,
          input: 0.75,
          output: 3.75,
          cachedInput: 0.075,
          status: 'promotional',
          note: 'Introductory price through 2026-12-31. It appeared with the 3.7 Flash launch; the page listed $1.50/$7.50 until at least 2026-08-08, so the start day is the day it was first recorded.',
          serviceTiers: { flex: { input: 0.375, output: 1.875 } },
          source: source(GP),
        },
        {
          from: INTRO_ENDS,
          input: 1.5,
          output: 7.5,
          cachedInput: 0.15,
          status: 'announced',
          note: 'Standard price Google has announced from 2027-01-01.',
          serviceTiers: { flex: { input: 0.75, output: 3.75 } },
          source: source(GP),
        },
      ],
    },
    {
      id: 'gemini-3.7-flash',
      name: 'Gemini 3.7 Flash',
      predecessor: 'gemini-3.6-flash',
      released: '2026-08-13',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      prices: [
        {
          from: '2026-08-13',
          to: INTRO_ENDS,
          input: 0.75,
          output: 3.75,
          cachedInput: 0.075,
          status: 'promotional',
          note: 'Launched at an introductory price through 2026-12-31.',
          serviceTiers: { flex: { input: 0.375, output: 1.875 }, priority: { input: 1.35, output: 6.75 } },
          source: source(GP),
        },
        {
          from: INTRO_ENDS,
          input: 1.5,
          output: 7.5,
          cachedInput: 0.15,
          status: 'announced',
          note: 'Standard price Google has announced from 2027-01-01.',
          serviceTiers: { flex: { input: 0.75, output: 3.75 }, priority: { input: 2.7, output: 13.5 } },
          source: source(GP),
        },
      ],
    },
    {
      id: 'gemini-3.8-flash',
      name: 'Gemini 3.8 Flash',
      predecessor: 'gemini-3.7-flash',
      released: '2026-09-02',
      contextWindow: 1048576,
      maxOutput: 65536,
      reasoning: true,
      prices: [
        {
          from: '2026-09-02',
          to: INTRO_ENDS,
          input: 0.75,
          output: 3.75,
          cachedInput: 0.075,
          status: 'promotional',
          note: 'Launched at an introductory price through 2026-12-31 ("$0.75 through December 31, 2026").',
          serviceTiers: { flex: { input: 0.375, output: 1.875 }, priority: { input: 1.35, output: 6.75 } },
          source: source('api-evangelist transcript of the pricing page (2026-10-07); pydantic/genai-prices'),
        },
        {
          from: INTRO_ENDS,
          input: 1.5,
          output: 7.5,
          cachedInput: 0.15,
          status: 'announced',
          note: 'Standard price Google has announced from 2027-01-01 ("$1.50 starting January 1, 2027").',
          serviceTiers: { flex: { input: 0.75, output: 3.75 }, priority: { input: 2.7, output: 13.5 } },
          source: source('api-evangelist transcript of the pricing page (2026-10-07); pydantic/genai-prices'),
        },
      ],
    },

    // ---- Gemini 4 ----
    {
      id: 'gemini-4-argon',
      name: 'Gemini 4 Argon',
      predecessor: 'gemini-3.1-pro-preview',
      released: '2026-09-30',
      maxOutput: 1000000,
      reasoning: true,
      note: 'Announced 2026-09-30 in limited release (Fairwind Program); paid API customers are next in line, with no public date. Google says a standard price of $4 / $20 follows the introductory period, whose end it has not dated.',
      prices: [
        {
          from: '2026-09-30',
          input: 2,
          output: 10,
          cachedInput: 0.1,
          status: 'announced',
          note: 'Introductory price; cached input is 95% off during the introductory period.',
          source: source(
            'Digital Pulse Brief summary of the announcement, corroborated by a second write-up (code index)',
            ARGON,
          ),
        },
      ],
    },
  ],
});
