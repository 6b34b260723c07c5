// Cohere's Command, Aya and North text models on the Cohere API, with dated prices (USD per 1M tokens).
import { defineVendor, type Source } from './schema';

const PRICING = 'https://cohere.com/pricing';
const CHECKED = '2026-11-27';

// Cohere's model pages (docs.cohere.com) carry a per-model price card, read from the docs' source
// (cohere-ai/cohere-developer-experience); the August 2024 refresh priced its models in the changelog.
const doc = (slug: string): Source => ({ url: `https://docs.cohere.com/docs/${slug}`, checked: CHECKED });
const AUGUST_2024: Source = { url: 'https://docs.cohere.com/changelog/command-gets-refreshed', checked: CHECKED };
const LITELLM: Source = {
  url: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
  checked: CHECKED,
  via: 'LiteLLM model_prices_and_context_window.json',
};
const GENAI_PRICES: Source = { url: PRICING, checked: CHECKED, via: 'pydantic/genai-prices 0.1.8' };

// Cohere publishes no per-token rate for these: its model cards say API use is free up to the
// rate limits, and production use goes through sales.
const NO_PUBLIC_PRICE =
  'No public per-token price: Cohere lists it as free up to rate limits, with production use arranged through sales.';
// Cohere deprecated these on 2025-09-15 (no new customers) without announcing a shutdown date.
const DEPRECATED_2025 = 'Deprecated by Cohere on 2025-09-15; no shutdown date has been announced.';

export const cohere = defineVendor({
  id: 'cohere',
  name: 'Cohere',
  pricingUrl: PRICING,
  models: [
    // ---- Command A family ---------------------------------------------------------------------
    {
      id: 'command-a',
      name: 'Command A',
      aliases: ['command-a-03-2025'],
      predecessor: 'command-r-plus-08-2024',
      released: '2025-03-13',
      contextWindow: 256000,
      maxOutput: 8000,
      reasoning: false,
      prices: [{ from: '2025-03-13', input: 2.5, output: 10, source: doc('command-a') }],
    },
    {
      id: 'command-a-vision',
      name: 'Command A Vision',
      aliases: ['command-a-vision-07-2025'],
      released: '2025-07-31',
      contextWindow: 128000,
      maxOutput: 8000,
      reasoning: false,
      note: NO_PUBLIC_PRICE,
      prices: [],
    },
    {
      id: 'command-a-reasoning',
      name: 'Command A Reasoning',
      aliases: ['command-a-reasoning-08-2025'],
      released: '2025-08-21',
      contextWindow: 256000,
      maxOutput: 32000,
      reasoning: true,
      note: NO_PUBLIC_PRICE,
      prices: [],
    },
    {
      id: 'command-a-translate',
      name: 'Command A Translate',
      aliases: ['command-a-translate-08-2025'],
      released: '2025-08-28',
      maxOutput: 8000,
      reasoning: false,
      note: NO_PUBLIC_PRICE,
      prices: [],
    },
    {
      id: 'command-a-plus',
      name: 'Command A+',
      aliases: ['command-a-plus-05-2026'],
      predecessor: 'command-a',
      released: '2026-05-20',
      contextWindow: 128000,
      maxOutput: 64000,
      reasoning: true,
      note: NO_PUBLIC_PRICE,
      prices: [],
    },

    // ---- Command R family ---------------------------------------------------------------------
    {
      id: 'command-r',
      name: 'Command R',
      // Cohere's docs: `command-r` is an alias of the March 2024 model, not of command-r-08-2024.
      aliases: ['command-r-03-2024'],
      released: '2024-03-11',
      contextWindow: 128000,
      maxOutput: 4000,
      reasoning: false,
      note: DEPRECATED_2025,
      prices: [{ from: '2024-03-11', input: 0.5, output: 1.5, note: 'launch price', source: LITELLM }],
    },
    {
      id: 'command-r-08-2024',
      name: 'Command R (08-2024)',
      predecessor: 'command-r',
      released: '2024-08-30',
      contextWindow: 128000,
      maxOutput: 4000,
      reasoning: false,
      prices: [
        {
          from: '2024-08-30',
          input: 0.15,
          output: 0.6,
          note: 'the August 2024 refresh: 70% less input and 60% less output than Command R (03-2024)',
          source: AUGUST_2024,
        },
      ],
    },
    {
      id: 'command-r-plus',
      name: 'Command R+',
      // Cohere's docs: `command-r-plus` is an alias of the April 2024 model.
      aliases: ['command-r-plus-04-2024'],
      released: '2024-04-04',
      contextWindow: 128000,
      maxOutput: 4000,
      reasoning: false,
      note: DEPRECATED_2025,
      prices: [{ from: '2024-04-04', input: 3, output: 15, note: 'launch price', source: LITELLM }],
    },
    {
      id: 'command-r-plus-08-2024',
      name: 'Command R+ (08-2024)',
      predecessor: 'command-r-plus',
      released: '2024-08-30',
      contextWindow: 128000,
      maxOutput: 4000,
      reasoning: false,
      prices: [
        {
          from: '2024-08-30',
          input: 2.5,
          output: 10,
          note: 'the August 2024 refresh, cheaper than Command R+ (04-2024) at $3/$15',
          source: AUGUST_2024,
        },
      ],
    },
    {
      id: 'command-r7b',
      name: 'Command R7B',
      aliases: ['command-r7b-12-2024'],
      released: '2024-12-13',
      contextWindow: 128000,
      maxOutput: 4000,
      reasoning: false,
      prices: [{ from: '2024-12-13', input: 0.0375, output: 0.15, source: doc('command-r7b') }],
    },

    // ---- Legacy Command -----------------------------------------------------------------------
    {
      id: 'command',
      name: 'Command',
      contextWindow: 4096,
      maxOutput: 4096,
      reasoning: false,
      note: `${DEPRECATED_2025} Its last list price was reported as $1/$2 (pydantic/genai-prices), but the date that rate took effect could not be found.`,
      prices: [],
    },
    {
      id: 'command-light',
      name: 'Command Light',
      contextWindow: 4096,
      maxOutput: 4096,
      reasoning: false,
      note: `${DEPRECATED_2025} Its last list price was reported as $0.30/$0.60 (pydantic/genai-prices), but the date that rate took effect could not be found.`,
      prices: [],
    },

    // ---- Aya and North ------------------------------------------------------------------------
    {
      id: 'c4ai-aya-expanse-32b',
      name: 'Aya Expanse 32B',
      released: '2024-10-24',
      contextWindow: 128000,
      maxOutput: 4000,
      reasoning: false,
      prices: [{ from: '2024-10-24', input: 0.5, output: 1.5, source: GENAI_PRICES }],
    },
    {
      id: 'c4ai-aya-expanse-8b',
      name: 'Aya Expanse 8B',
      released: '2024-10-24',
      retired: '2026-04-04',
      contextWindow: 8192,
      reasoning: false,
      prices: [{ from: '2024-10-24', input: 0.5, output: 1.5, source: GENAI_PRICES }],
    },
    {
      id: 'north-mini-code',
      name: 'North Mini Code',
      aliases: ['north-mini-code-1-0'],
      released: '2026-06-09',
      contextWindow: 256000,
      maxOutput: 64000,
      reasoning: true,
      note: NO_PUBLIC_PRICE,
      prices: [],
    },
  ],
});
