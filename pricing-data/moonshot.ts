// Moonshot AI's Kimi and moonshot-v1 text models at the international USD prices (USD per 1M tokens).
import { defineVendor } from './schema';

// The international platform (platform.moonshot.ai, now also platform.kimi.ai) bills in USD; the
// mainland platform (platform.moonshot.cn / platform.kimi.com) bills in CNY and is not encoded here.
// Moonshot prices input by cache hit / cache miss: `input` is the cache-miss rate, `cachedInput` the hit rate.
const PRICING = 'https://platform.moonshot.ai/docs/pricing/chat';
const K25_PAGE = 'https://platform.kimi.ai/docs/pricing/chat-k25';
const K26_PAGE = 'https://platform.kimi.ai/docs/pricing/chat-k26';
const K27_CODE_PAGE = 'https://platform.kimi.ai/docs/pricing/chat-k27-code';
const K3_PAGE = 'https://platform.kimi.ai/docs/pricing/chat-k3';
const V1_PAGE = 'https://platform.kimi.ai/docs/pricing/chat-v1';
const CHECKED = '2026-11-27';

const GENAI = 'pydantic/genai-prices (prices/providers/moonshotai.yml)';
const LLM_PRICES = 'simonw/llm-prices (data/moonshot-ai.json)';
const MODELS_DEV = 'models.dev (providers/moonshotai)';

/** The original K2 preview ids were switched off together. */
const K2_RETIRED = '2026-05-25';
const K2_RETIRED_NOTE =
  'Part of the original K2 series, retired 2026-05-25 (date from a third-party guide; Moonshot lists the ids as discontinued).';

export const moonshot = defineVendor({
  id: 'moonshot',
  name: 'Moonshot AI (Kimi)',
  pricingUrl: PRICING,
  models: [
    // --- moonshot-v1 generation (priced by context length) ---
    {
      id: 'moonshot-v1-8k',
      name: 'moonshot-v1-8k',
      contextWindow: 8192,
      reasoning: false,
      prices: [
        {
          from: '2026-03-11',
          input: 0.2,
          output: 2,
          note: 'Rate in force when first recorded (2026-03-11); its earlier start is not confirmed. No cache-hit rate listed.',
          source: { url: V1_PAGE, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'moonshot-v1-32k',
      name: 'moonshot-v1-32k',
      contextWindow: 32768,
      reasoning: false,
      prices: [
        {
          from: '2026-03-11',
          input: 1,
          output: 3,
          note: 'Rate in force when first recorded (2026-03-11); its earlier start is not confirmed. No cache-hit rate listed.',
          source: { url: V1_PAGE, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'moonshot-v1-128k',
      name: 'moonshot-v1-128k',
      contextWindow: 131072,
      reasoning: false,
      prices: [
        {
          from: '2026-03-11',
          input: 2,
          output: 5,
          note: 'Rate in force when first recorded (2026-03-11); its earlier start is not confirmed. No cache-hit rate listed.',
          source: { url: V1_PAGE, checked: CHECKED, via: GENAI },
        },
      ],
    },
    // --- Kimi K2 (original preview series) ---
    {
      id: 'kimi-k2-0711-preview',
      name: 'Kimi K2 0711 Preview',
      released: '2025-07-11',
      retired: K2_RETIRED,
      contextWindow: 131072,
      reasoning: false,
      note: K2_RETIRED_NOTE,
      prices: [
        {
          from: '2025-07-11',
          input: 0.6,
          output: 2.5,
          cachedInput: 0.15,
          source: { url: PRICING, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'kimi-k2-0905-preview',
      name: 'Kimi K2 0905 Preview',
      predecessor: 'kimi-k2-0711-preview',
      released: '2025-09-05',
      retired: K2_RETIRED,
      contextWindow: 262144,
      reasoning: false,
      note: K2_RETIRED_NOTE,
      prices: [
        {
          from: '2025-09-05',
          input: 0.6,
          output: 2.5,
          cachedInput: 0.15,
          source: { url: PRICING, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'kimi-k2-turbo-preview',
      name: 'Kimi K2 Turbo Preview',
      retired: K2_RETIRED,
      contextWindow: 262144,
      reasoning: false,
      note: `High-speed K2 that tracked the latest K2 weights. ${K2_RETIRED_NOTE}`,
      prices: [
        {
          from: '2025-08-08',
          to: '2025-09-05',
          input: 2.4,
          output: 10,
          cachedInput: 0.6,
          note: 'Launch list price as first recorded on 2025-08-08; the exact launch day and any launch discount are not confirmed.',
          source: { url: PRICING, checked: CHECKED, via: MODELS_DEV },
        },
        {
          from: '2025-09-05',
          input: 1.15,
          output: 8,
          cachedInput: 0.15,
          note: 'Cut alongside the K2 0905 update (the day is from a third-party listing; the rate is confirmed by 2025-11-07).',
          source: { url: PRICING, checked: CHECKED, via: LLM_PRICES },
        },
      ],
    },
    {
      id: 'kimi-k2-thinking',
      name: 'Kimi K2 Thinking',
      released: '2025-11-06',
      retired: K2_RETIRED,
      contextWindow: 262144,
      reasoning: true,
      note: K2_RETIRED_NOTE,
      prices: [
        {
          from: '2025-11-06',
          input: 0.6,
          output: 2.5,
          cachedInput: 0.15,
          source: { url: PRICING, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'kimi-k2-thinking-turbo',
      name: 'Kimi K2 Thinking Turbo',
      released: '2025-11-06',
      retired: K2_RETIRED,
      contextWindow: 262144,
      reasoning: true,
      note: `High-speed K2 Thinking. ${K2_RETIRED_NOTE}`,
      prices: [
        {
          from: '2025-11-06',
          input: 1.15,
          output: 8,
          cachedInput: 0.15,
          source: { url: PRICING, checked: CHECKED, via: GENAI },
        },
      ],
    },
    // --- Kimi K2.5 and later ---
    {
      id: 'kimi-k2.5',
      name: 'Kimi K2.5',
      predecessor: 'kimi-k2-0905-preview',
      released: '2026-01-27',
      contextWindow: 262144,
      reasoning: true,
      note: 'Multimodal input; thinking and non-thinking modes at the same rates.',
      prices: [
        {
          from: '2026-01-27',
          input: 0.6,
          output: 3,
          cachedInput: 0.1,
          source: { url: K25_PAGE, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'kimi-k2.6',
      name: 'Kimi K2.6',
      predecessor: 'kimi-k2.5',
      released: '2026-04-20',
      contextWindow: 262144,
      reasoning: true,
      note: 'Multimodal input; thinking and non-thinking modes at the same rates.',
      prices: [
        {
          from: '2026-04-20',
          input: 0.95,
          output: 4,
          cachedInput: 0.16,
          source: { url: K26_PAGE, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'kimi-k2.7-code',
      name: 'Kimi K2.7 Code',
      predecessor: 'kimi-k2.6',
      released: '2026-06-12',
      contextWindow: 262144,
      reasoning: true,
      note: 'Coding model; thinking always on.',
      prices: [
        {
          from: '2026-06-12',
          input: 0.95,
          output: 4,
          cachedInput: 0.19,
          source: { url: K27_CODE_PAGE, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'kimi-k2.7-code-highspeed',
      name: 'Kimi K2.7 Code HighSpeed',
      released: '2026-06-12',
      contextWindow: 262144,
      reasoning: true,
      note: 'Faster-serving K2.7 Code at twice the rates.',
      prices: [
        {
          from: '2026-06-12',
          input: 1.9,
          output: 8,
          cachedInput: 0.38,
          source: { url: K27_CODE_PAGE, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'kimi-k3',
      name: 'Kimi K3',
      predecessor: 'kimi-k2.6',
      released: '2026-07-16',
      contextWindow: 1048576,
      maxOutput: 131072,
      reasoning: true,
      note: 'Thinking always on; one flat rate across the whole context window.',
      prices: [
        {
          from: '2026-07-16',
          input: 3,
          output: 15,
          cachedInput: 0.3,
          source: { url: K3_PAGE, checked: CHECKED, via: GENAI },
        },
      ],
    },
  ],
});
