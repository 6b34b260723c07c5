// Alibaba Cloud Model Studio (Qwen) text models at international USD prices, with input-length tiers (USD per 1M tokens).
import { defineVendor } from './schema';

// All prices are the international deployment (Singapore region, dashscope-intl) rates in USD.
// The mainland (Beijing) deployment bills in CNY at different rates; those are not encoded here.
// Qwen prices many models by the input length of each request: the request's input token count
// picks one rate for the whole request, encoded as `tiers` with basis 'prompt'.
// Hybrid-thinking models (qwen-plus, qwen-turbo) bill every output token of a thinking-mode request
// at the thinking rate: `reasoning` and `outputWithReasoning` both carry that rate.
const PRICING = 'https://www.alibabacloud.com/help/en/model-studio/model-pricing';
const BILLING = 'https://www.alibabacloud.com/help/en/model-studio/billing-for-model-studio';
const CHECKED = '2026-11-27';

const LITELLM = 'LiteLLM model_prices_and_context_window.json (dashscope/* entries)';
const MODELS_DEV = 'models.dev (providers/alibaba)';

const viaLiteLLM = { url: PRICING, checked: CHECKED, via: LITELLM };
const viaModelsDev = { url: PRICING, checked: CHECKED, via: MODELS_DEV };

export const alibaba = defineVendor({
  id: 'alibaba',
  name: 'Alibaba Cloud (Qwen)',
  pricingUrl: PRICING,
  models: [
    // --- Commercial Qwen series (qwen-max / plus / turbo / flash) ---
    {
      id: 'qwen-max',
      name: 'Qwen-Max',
      aliases: ['qwen-max-latest', 'qwen-max-2025-01-25'],
      contextWindow: 32768,
      maxOutput: 8192,
      reasoning: false,
      note: 'Qwen2.5-Max behind the qwen-max id.',
      prices: [
        {
          from: '2025-01-28',
          input: 1.6,
          output: 6.4,
          batchDiscount: 0.5,
          note:
            'From the Qwen2.5-Max launch; shown on the vendor billing page by 2025-04-22. That page listed the older ' +
            'qwen-max at $10/$30 in Dec 2024 (start date of that rate not confirmed, so not encoded).',
          source: { url: BILLING, checked: CHECKED },
        },
      ],
    },
    {
      id: 'qwen-plus',
      name: 'Qwen-Plus',
      aliases: ['qwen-plus-latest', 'qwen-plus-2025-07-28', 'qwen-plus-2025-09-11'],
      contextWindow: 1000000,
      maxOutput: 32768,
      reasoning: true,
      note: 'Hybrid thinking (enable_thinking). Thinking-mode requests bill all output at the thinking rate.',
      prices: [
        {
          from: '2025-07-28',
          input: 0.4,
          output: 1.2,
          reasoning: 4,
          outputWithReasoning: 4,
          batchDiscount: 0.5,
          tiers: [{ above: 256000, basis: 'prompt', input: 1.2, output: 3.6, reasoning: 12, outputWithReasoning: 12 }],
          note:
            'Input-length tiers 0-256K and 256K-1M arrived with the 2025-07-28 snapshot (base rates as on the ' +
            'Apr 2025 billing page). Above 256K, thinking-mode output is $12 (also for visible output).',
          source: viaLiteLLM,
        },
      ],
    },
    {
      id: 'qwen-turbo',
      name: 'Qwen-Turbo',
      aliases: ['qwen-turbo-latest', 'qwen-turbo-2025-04-28'],
      contextWindow: 131072,
      maxOutput: 16384,
      reasoning: true,
      note: 'Qwen3-based hybrid-thinking model; superseded by Qwen-Flash.',
      prices: [
        {
          from: '2025-04-28',
          input: 0.05,
          output: 0.2,
          reasoning: 0.5,
          outputWithReasoning: 0.5,
          batchDiscount: 0.5,
          note: 'Thinking mode (from the 2025-04-28 snapshot) bills output at $0.50; non-thinking rates as on the Apr 2025 billing page.',
          source: viaLiteLLM,
        },
      ],
    },
    {
      id: 'qwen-flash',
      name: 'Qwen-Flash',
      aliases: ['qwen-flash-2025-07-28'],
      predecessor: 'qwen-turbo',
      released: '2025-07-28',
      contextWindow: 1000000,
      maxOutput: 32768,
      reasoning: true,
      note: 'Hybrid thinking; thinking and non-thinking output at the same rate.',
      prices: [
        {
          from: '2025-07-28',
          input: 0.05,
          output: 0.4,
          tiers: [{ above: 256000, basis: 'prompt', input: 0.25, output: 2 }],
          source: viaLiteLLM,
        },
      ],
    },
    // --- Reasoning ---
    {
      id: 'qwq-plus',
      name: 'QwQ-Plus',
      released: '2025-03-05',
      contextWindow: 131072,
      maxOutput: 8192,
      reasoning: true,
      prices: [{ from: '2025-03-05', input: 0.8, output: 2.4, source: viaLiteLLM }],
    },
    // --- Qwen3 flagship and coder ---
    {
      id: 'qwen3-max',
      name: 'Qwen3-Max',
      aliases: ['qwen3-max-2025-09-23', 'qwen3-max-2026-01-23'],
      predecessor: 'qwen-max',
      released: '2025-09-23',
      contextWindow: 262144,
      maxOutput: 65536,
      reasoning: true,
      note: 'The 2026-01-23 snapshot added a thinking mode; no separate thinking rate is listed.',
      prices: [
        {
          from: '2025-09-23',
          input: 1.2,
          output: 6,
          tiers: [
            { above: 32000, basis: 'prompt', input: 2.4, output: 12 },
            { above: 128000, basis: 'prompt', input: 3, output: 15 },
          ],
          note: 'Input-length tiers 0-32K, 32K-128K, 128K-252K.',
          source: viaLiteLLM,
        },
      ],
    },
    {
      id: 'qwen3-coder-plus',
      name: 'Qwen3-Coder-Plus',
      aliases: ['qwen3-coder-plus-2025-07-22'],
      released: '2025-07-23',
      contextWindow: 1000000,
      maxOutput: 65536,
      reasoning: false,
      prices: [
        {
          from: '2025-07-23',
          input: 1,
          output: 5,
          tiers: [
            { above: 32000, basis: 'prompt', input: 1.8, output: 9 },
            { above: 128000, basis: 'prompt', input: 3, output: 15 },
            { above: 256000, basis: 'prompt', input: 6, output: 60 },
          ],
          note: 'Input-length tiers 0-32K, 32K-128K, 128K-256K, 256K-1M. Cache-hit rates not confirmed.',
          source: viaLiteLLM,
        },
      ],
    },
    {
      id: 'qwen3-coder-flash',
      name: 'Qwen3-Coder-Flash',
      aliases: ['qwen3-coder-flash-2025-07-28'],
      released: '2025-07-28',
      contextWindow: 1000000,
      maxOutput: 65536,
      reasoning: false,
      prices: [
        {
          from: '2025-07-28',
          input: 0.3,
          output: 1.5,
          tiers: [
            { above: 32000, basis: 'prompt', input: 0.5, output: 2.5 },
            { above: 128000, basis: 'prompt', input: 0.8, output: 4 },
            { above: 256000, basis: 'prompt', input: 1.6, output: 9.6 },
          ],
          note: 'Input-length tiers 0-32K, 32K-128K, 128K-256K, 256K-1M. Cache-hit rates not confirmed.',
          source: viaLiteLLM,
        },
      ],
    },
    // --- Qwen3.5 and later commercial models ---
    {
      id: 'qwen3.5-plus',
      name: 'Qwen3.5-Plus',
      predecessor: 'qwen-plus',
      released: '2026-02-16',
      contextWindow: 1000000,
      maxOutput: 65536,
      reasoning: true,
      note: 'Multimodal input; thinking and non-thinking output at the same rate.',
      prices: [
        {
          from: '2026-02-16',
          input: 0.4,
          output: 2.4,
          note: 'Rate for inputs up to 256K. The 256K-1M tier could not be confirmed (sources disagree), so it is left out.',
          source: viaModelsDev,
        },
      ],
    },
    {
      id: 'qwen3.6-plus',
      name: 'Qwen3.6-Plus',
      predecessor: 'qwen3.5-plus',
      released: '2026-04-02',
      contextWindow: 1000000,
      maxOutput: 65536,
      reasoning: true,
      prices: [
        {
          from: '2026-04-02',
          input: 0.5,
          output: 3,
          cachedInput: 0.05,
          cacheWrite5m: 0.625,
          tiers: [{ above: 256000, basis: 'prompt', input: 2, output: 6, cachedInput: 0.2, cacheWrite5m: 2.5 }],
          note: 'Cache rates are the explicit-cache (5-minute) creation and hit rates. Tier split at 256K input tokens.',
          source: viaModelsDev,
        },
      ],
    },
    {
      id: 'qwen3.7-plus',
      name: 'Qwen3.7-Plus',
      predecessor: 'qwen3.6-plus',
      released: '2026-06-02',
      contextWindow: 1000000,
      maxOutput: 64000,
      reasoning: true,
      prices: [
        {
          from: '2026-06-02',
          input: 0.5,
          output: 3,
          cachedInput: 0.05,
          cacheWrite5m: 0.625,
          tiers: [{ above: 256000, basis: 'prompt', input: 2, output: 6, cachedInput: 0.2, cacheWrite5m: 2.5 }],
          note: 'Cache rates are the explicit-cache (5-minute) creation and hit rates. Tier split at 256K input tokens.',
          source: viaModelsDev,
        },
      ],
    },
    {
      id: 'qwen3.7-max',
      name: 'Qwen3.7-Max',
      predecessor: 'qwen3-max',
      released: '2026-05-21',
      contextWindow: 1000000,
      maxOutput: 65536,
      reasoning: true,
      prices: [
        {
          from: '2026-05-21',
          input: 2.5,
          output: 7.5,
          cachedInput: 0.5,
          cacheWrite5m: 3.125,
          note: 'Base rates; any input-length tiers are not confirmed. A reseller listing at ~8% markup corroborates the base rate.',
          source: viaModelsDev,
        },
      ],
    },
    // --- Open-weight Qwen3 models, sold by open-weight hosts (pricing-data/sellers/). Model Studio's
    // own rates for them were not confirmed, so they carry no first-party price here. ---
    {
      id: 'qwen3-235b-a22b',
      name: 'Qwen3-235B-A22B',
      released: '2025-04-29',
      contextWindow: 131_072,
      reasoning: true,
      prices: [],
      note: 'Open-weight; hybrid thinking. 32K native context, 131K with YaRN.',
    },
    {
      id: 'qwen3-32b',
      name: 'Qwen3-32B',
      released: '2025-04-29',
      contextWindow: 131_072,
      reasoning: true,
      prices: [],
      note: 'Open-weight dense model; hybrid thinking. 32K native context, 131K with YaRN.',
    },
    {
      id: 'qwen3-coder-480b-a35b',
      name: 'Qwen3-Coder-480B-A35B-Instruct',
      aliases: ['qwen3-coder-480b-a35b-instruct'],
      released: '2025-07-22',
      contextWindow: 262_144,
      reasoning: false,
      prices: [],
      note: 'Open-weight coding model (the weights behind Qwen3-Coder-Plus).',
    },
  ],
});
