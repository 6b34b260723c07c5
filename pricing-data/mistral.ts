// Mistral AI's text models on La Plateforme, with dated price history (USD per 1M tokens).
import { defineVendor, type Source } from './schema';

const PRICING = 'https://mistral.ai/pricing#api-pricing';
const CHECKED = '2026-11-27';

// Mistral's own model cards (docs.mistral.ai/models/<slug>) state each model's USD rate, API ids,
// release and retirement dates; they were read from the docs' source (mistralai/platform-docs-public).
const card = (slug: string): Source => ({ url: `https://docs.mistral.ai/models/${slug}`, checked: CHECKED });
const LITELLM: Source = {
  url: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
  checked: CHECKED,
  via: 'LiteLLM model_prices_and_context_window.json',
};
const GENAI_PRICES: Source = {
  url: PRICING,
  checked: CHECKED,
  via: 'pydantic/genai-prices 0.1.8',
};
const SEPT_2024: Source = {
  url: 'https://mistral.ai/news/september-24-release',
  checked: CHECKED,
  via: 'pydantic/genai-prices 0.1.8',
};

// The batch API (launched 2024-11-06 per Mistral's changelog) bills tokens at half price.
const BATCH_FROM = '2024-11-06';
const BATCH_NOTE = 'batch API (50% off) available from its launch on 2024-11-06';
// Mistral's docs first describe prompt caching (cache reads at 10% of the input rate) on 2026-05-07;
// when the discount actually started is not published, so periods before that carry no cachedInput.
const CACHE_FROM = '2026-05-07';
const CACHE_NOTE = 'cache reads billed at 10% of input, as first documented by Mistral on 2026-05-07';
const CACHE_SOURCE: Source = {
  url: 'https://docs.mistral.ai/studio-api/conversations/advanced/prompt-caching',
  checked: CHECKED,
};

// Context windows as Mistral's "32k / 128k / 256k" labels mean them on the API.
const K32 = 32768;
const K128 = 131072;
const K256 = 262144;

export const mistral = defineVendor({
  id: 'mistral',
  name: 'Mistral AI',
  pricingUrl: PRICING,
  terms: [
    {
      from: BATCH_FROM,
      batchDiscount: 0.5,
      // Not in the batch API (retired first, or free), and the Devstral 2 models, whose free
      // launch weeks had no batch rate (their paid periods state it).
      except: [
        'open-mistral-7b',
        'open-mixtral-8x7b',
        'open-mixtral-8x22b',
        'mistral-saba-2502',
        'labs-leanstral-2603',
        'labs-leanstral-1-5',
        'devstral-2512',
        'labs-devstral-small-2512',
      ],
      note: BATCH_NOTE,
      source: GENAI_PRICES,
    },
    {
      from: CACHE_FROM,
      cachedInputRatio: 0.1,
      models: [
        'mistral-large-2512',
        'mistral-medium-2505',
        'mistral-medium-2508',
        'mistral-medium-3-5',
        'mistral-small-2603',
        'ministral-3b-2512',
        'ministral-8b-2512',
        'ministral-14b-2512',
        'codestral-2508',
        'devstral-2512',
      ],
      note: CACHE_NOTE,
      source: CACHE_SOURCE,
    },
  ],
  // Agents API connectors (web search, code interpreter) are billed per call on mistral.ai/pricing,
  // but no stored copy of that page confirmed the rates, so no tool fees are listed.
  toolFees: [],
  models: [
    // ---- Mistral Large ----------------------------------------------------------------------
    {
      id: 'mistral-large-2407',
      name: 'Mistral Large 2',
      released: '2024-07-24',
      retired: '2025-03-30',
      contextWindow: K128,
      reasoning: false,
      prices: [
        { from: '2024-07-24', to: '2024-09-17', input: 3, output: 9, note: 'launch price', source: LITELLM },
        {
          from: '2024-09-17',
          input: 2,
          output: 6,
          note: "cut in Mistral's September 2024 repricing",
          source: SEPT_2024,
        },
      ],
    },
    {
      id: 'mistral-large-2411',
      name: 'Mistral Large 2.1',
      predecessor: 'mistral-large-2407',
      released: '2024-11-18',
      retired: '2026-05-31',
      contextWindow: K128,
      reasoning: false,
      prices: [{ from: '2024-11-18', input: 2, output: 6, source: card('mistral-large-2-1-24-11') }],
    },
    {
      id: 'mistral-large-2512',
      name: 'Mistral Large 3',
      aliases: ['mistral-large-latest'],
      predecessor: 'mistral-large-2411',
      released: '2025-12-02',
      contextWindow: K256,
      reasoning: false,
      prices: [
        {
          from: '2025-12-02',
          input: 0.5,
          output: 1.5,
          note: 'a quarter of Large 2.1’s $2/$6',
          source: card('mistral-large-3-25-12'),
        },
      ],
    },

    // ---- Mistral Medium ---------------------------------------------------------------------
    {
      id: 'mistral-medium-2505',
      name: 'Mistral Medium 3',
      released: '2025-05-07',
      retired: '2026-08-31',
      contextWindow: K128,
      reasoning: false,
      prices: [
        {
          from: '2025-05-07',
          input: 0.4,
          output: 2,
          note: 'launch price',
          source: card('mistral-medium-3-25-05'),
        },
      ],
    },
    {
      id: 'mistral-medium-2508',
      name: 'Mistral Medium 3.1',
      predecessor: 'mistral-medium-2505',
      released: '2025-08-12',
      retired: '2026-08-31',
      contextWindow: K128,
      reasoning: false,
      prices: [
        {
          from: '2025-08-12',
          input: 0.4,
          output: 2,
          source: card('mistral-medium-3-1-25-08'),
        },
      ],
    },
    {
      id: 'mistral-medium-3-5',
      name: 'Mistral Medium 3.5',
      // Mistral also accepts `mistral-medium-3` for this model, but that spelling folds to the display
      // name of Medium 3 (2505), which is what a page writing "Mistral Medium 3" means; so it is left out.
      aliases: ['mistral-medium-latest'],
      predecessor: 'mistral-medium-2508',
      released: '2026-04-28',
      contextWindow: K256,
      reasoning: true,
      note: 'Reasoning is adjustable with `reasoning_effort`; thinking tokens are billed as output.',
      prices: [
        {
          from: '2026-04-28',
          input: 1.5,
          output: 7.5,
          note: 'launch price, well above Medium 3.1’s $0.40/$2',
          source: card('mistral-medium-3-5-26-04'),
        },
      ],
    },

    // ---- Mistral Small ----------------------------------------------------------------------
    {
      id: 'mistral-small-2409',
      name: 'Mistral Small 2.0',
      released: '2024-09-17',
      retired: '2025-11-30',
      contextWindow: K32,
      reasoning: false,
      note: 'Mistral’s card now shows $0.10/$0.30, but neither its launch price nor the date it reached that rate could be confirmed.',
      prices: [],
    },
    {
      id: 'mistral-small-2501',
      name: 'Mistral Small 3.0',
      predecessor: 'mistral-small-2409',
      released: '2025-01-30',
      retired: '2025-11-30',
      contextWindow: K32,
      reasoning: false,
      prices: [{ from: '2025-01-30', input: 0.1, output: 0.3, source: card('mistral-small-3-0-25-01') }],
    },
    {
      id: 'mistral-small-2503',
      name: 'Mistral Small 3.1',
      predecessor: 'mistral-small-2501',
      released: '2025-03-17',
      retired: '2025-11-30',
      contextWindow: K128,
      reasoning: false,
      prices: [{ from: '2025-03-17', input: 0.1, output: 0.3, source: card('mistral-small-3-1-25-03') }],
    },
    {
      id: 'mistral-small-2506',
      name: 'Mistral Small 3.2',
      predecessor: 'mistral-small-2503',
      released: '2025-06-20',
      retired: '2026-07-31',
      contextWindow: K128,
      reasoning: false,
      prices: [
        {
          from: '2025-06-23',
          input: 0.1,
          output: 0.3,
          note: 'on the API from 2025-06-23, three days after the weights',
          source: card('mistral-small-3-2-25-06'),
        },
      ],
    },
    {
      id: 'mistral-small-2603',
      name: 'Mistral Small 4',
      aliases: ['mistral-small-latest'],
      predecessor: 'mistral-small-2506',
      released: '2026-03-16',
      contextWindow: K256,
      reasoning: true,
      note: 'One hybrid model for instruct, reasoning and coding; reasoning output is billed as output.',
      prices: [
        {
          from: '2026-03-16',
          input: 0.15,
          output: 0.6,
          note: 'launch price, above Small 3.2’s $0.10/$0.30',
          source: card('mistral-small-4-0-26-03'),
        },
      ],
    },
    {
      id: 'labs-mistral-small-creative',
      name: 'Mistral Small Creative',
      released: '2025-12-16',
      retired: '2026-04-30',
      contextWindow: K32,
      reasoning: false,
      prices: [{ from: '2025-12-16', input: 0.1, output: 0.3, source: card('mistral-small-creative-25-12') }],
    },

    // ---- Ministral ---------------------------------------------------------------------------
    {
      id: 'ministral-3b-2410',
      name: 'Ministral 3B',
      released: '2024-10-09',
      retired: '2025-12-31',
      contextWindow: K128,
      reasoning: false,
      prices: [{ from: '2024-10-09', input: 0.04, output: 0.04, source: card('ministral-3b-24-1') }],
    },
    {
      id: 'ministral-8b-2410',
      name: 'Ministral 8B',
      released: '2024-10-09',
      retired: '2025-12-31',
      contextWindow: K128,
      reasoning: false,
      prices: [{ from: '2024-10-09', input: 0.1, output: 0.1, source: card('ministral-8b-24-1') }],
    },
    {
      id: 'ministral-3b-2512',
      name: 'Ministral 3 3B',
      aliases: ['ministral-3b-latest'],
      predecessor: 'ministral-3b-2410',
      released: '2025-12-02',
      contextWindow: K256,
      reasoning: false,
      prices: [{ from: '2025-12-02', input: 0.1, output: 0.1, source: card('ministral-3-3b-25-12') }],
    },
    {
      id: 'ministral-8b-2512',
      name: 'Ministral 3 8B',
      aliases: ['ministral-8b-latest'],
      predecessor: 'ministral-8b-2410',
      released: '2025-12-02',
      contextWindow: K256,
      reasoning: false,
      prices: [
        {
          from: '2025-12-02',
          input: 0.15,
          output: 0.15,
          source: card('ministral-3-8b-25-12'),
        },
      ],
    },
    {
      id: 'ministral-14b-2512',
      name: 'Ministral 3 14B',
      aliases: ['ministral-14b-latest'],
      released: '2025-12-02',
      contextWindow: K256,
      reasoning: false,
      prices: [
        {
          from: '2025-12-02',
          input: 0.2,
          output: 0.2,
          source: card('ministral-3-14b-25-12'),
        },
      ],
    },

    // ---- Codestral ---------------------------------------------------------------------------
    {
      id: 'codestral-2405',
      name: 'Codestral',
      released: '2024-05-29',
      retired: '2025-06-16',
      contextWindow: K32,
      reasoning: false,
      note: 'Repriced in Mistral’s September 2024 price cuts; the new rate could not be confirmed, so no price is given after 2024-09-17.',
      prices: [{ from: '2024-05-29', to: '2024-09-17', input: 1, output: 3, note: 'launch price', source: LITELLM }],
    },
    {
      id: 'codestral-2501',
      name: 'Codestral 25.01',
      predecessor: 'codestral-2405',
      released: '2025-01-13',
      retired: '2025-11-30',
      reasoning: false,
      prices: [{ from: '2025-01-13', input: 0.3, output: 0.9, source: card('codestral-25-01') }],
    },
    {
      id: 'codestral-2508',
      name: 'Codestral 25.08',
      aliases: ['codestral-latest'],
      predecessor: 'codestral-2501',
      released: '2025-07-30',
      reasoning: false,
      prices: [{ from: '2025-07-30', input: 0.3, output: 0.9, source: card('codestral-25-08') }],
    },

    // ---- Devstral ----------------------------------------------------------------------------
    {
      id: 'devstral-small-2505',
      name: 'Devstral Small 1.0',
      released: '2025-05-21',
      retired: '2025-11-30',
      contextWindow: K128,
      reasoning: false,
      prices: [{ from: '2025-05-21', input: 0.1, output: 0.3, source: card('devstral-small-1-0-25-05') }],
    },
    {
      id: 'devstral-small-2507',
      name: 'Devstral Small 1.1',
      predecessor: 'devstral-small-2505',
      released: '2025-07-10',
      retired: '2026-05-31',
      contextWindow: K128,
      reasoning: false,
      prices: [{ from: '2025-07-10', input: 0.1, output: 0.3, source: card('devstral-small-1-1-25-07') }],
    },
    {
      id: 'devstral-medium-2507',
      name: 'Devstral Medium 1.0',
      released: '2025-07-10',
      retired: '2026-05-31',
      contextWindow: K128,
      reasoning: false,
      prices: [{ from: '2025-07-10', input: 0.4, output: 2, source: card('devstral-medium-1-0-25-07') }],
    },
    {
      id: 'devstral-2512',
      name: 'Devstral 2',
      aliases: ['devstral-latest', 'devstral-medium-latest'],
      predecessor: 'devstral-medium-2507',
      released: '2025-12-09',
      retired: '2026-07-31',
      contextWindow: K256,
      reasoning: false,
      prices: [
        {
          from: '2025-12-09',
          to: '2026-01-27',
          input: 0,
          output: 0,
          status: 'promotional',
          note: 'free API access at launch; Mistral’s changelog moves it to paid access on 2026-01-27',
          source: card('devstral-2-25-12'),
        },
        { from: '2026-01-27', input: 0.4, output: 2, batchDiscount: 0.5, source: card('devstral-2-25-12') },
      ],
    },
    {
      id: 'labs-devstral-small-2512',
      name: 'Devstral Small 2',
      aliases: ['devstral-small-latest'],
      predecessor: 'devstral-small-2507',
      released: '2025-12-09',
      retired: '2026-03-31',
      contextWindow: K256,
      reasoning: false,
      note: 'Mistral’s card marked it free through 2026-01-23 and paid from 2026-03-11; the day in between when billing began is not known.',
      prices: [
        {
          from: '2025-12-09',
          to: '2026-01-24',
          input: 0,
          output: 0,
          status: 'promotional',
          note: 'free API access at launch',
          source: card('devstral-small-2-25-12'),
        },
        { from: '2026-03-11', input: 0.1, output: 0.3, batchDiscount: 0.5, source: card('devstral-small-2-25-12') },
      ],
    },

    // ---- Magistral (reasoning) ---------------------------------------------------------------
    {
      id: 'magistral-medium-2506',
      name: 'Magistral Medium 1.0',
      released: '2025-06-10',
      retired: '2025-11-30',
      reasoning: true,
      prices: [{ from: '2025-06-10', input: 2, output: 5, source: card('magistral-medium-1-0-25-06') }],
    },
    {
      id: 'magistral-medium-2507',
      name: 'Magistral Medium 1.1',
      predecessor: 'magistral-medium-2506',
      released: '2025-07-24',
      retired: '2025-11-30',
      reasoning: true,
      prices: [{ from: '2025-07-24', input: 2, output: 5, source: card('magistral-medium-1-1-25-07') }],
    },
    {
      id: 'magistral-medium-2509',
      name: 'Magistral Medium 1.2',
      aliases: ['magistral-medium-latest'],
      predecessor: 'magistral-medium-2507',
      released: '2025-09-17',
      retired: '2026-07-31',
      contextWindow: K128,
      reasoning: true,
      prices: [{ from: '2025-09-17', input: 2, output: 5, source: card('magistral-medium-1-2-25-09') }],
    },
    {
      id: 'magistral-small-2506',
      name: 'Magistral Small 1.0',
      released: '2025-06-10',
      retired: '2025-11-30',
      reasoning: true,
      prices: [{ from: '2025-06-10', input: 0.5, output: 1.5, source: card('magistral-small-1-0-25-06') }],
    },
    {
      id: 'magistral-small-2507',
      name: 'Magistral Small 1.1',
      predecessor: 'magistral-small-2506',
      released: '2025-07-24',
      retired: '2025-11-30',
      reasoning: true,
      prices: [{ from: '2025-07-24', input: 0.5, output: 1.5, source: card('magistral-small-1-1-25-07') }],
    },
    {
      id: 'magistral-small-2509',
      name: 'Magistral Small 1.2',
      aliases: ['magistral-small-latest'],
      predecessor: 'magistral-small-2507',
      released: '2025-09-17',
      retired: '2026-07-31',
      contextWindow: K128,
      reasoning: true,
      prices: [{ from: '2025-09-17', input: 0.5, output: 1.5, source: card('magistral-small-1-2-25-09') }],
    },

    // ---- Open and specialist models ----------------------------------------------------------
    {
      id: 'open-mistral-nemo',
      name: 'Mistral Nemo 12B',
      aliases: ['open-mistral-nemo-2407'],
      released: '2024-07-18',
      retired: '2026-07-31',
      contextWindow: K128,
      reasoning: false,
      prices: [
        { from: '2024-07-18', to: '2024-09-17', input: 0.3, output: 0.3, note: 'launch price', source: LITELLM },
        {
          from: '2024-09-17',
          input: 0.15,
          output: 0.15,
          note: "halved in Mistral's September 2024 repricing",
          source: card('mistral-nemo-12b-24-07'),
        },
      ],
    },
    {
      id: 'pixtral-12b-2409',
      name: 'Pixtral 12B',
      aliases: ['pixtral-12b', 'pixtral-12b-latest'],
      released: '2024-09-11',
      retired: '2025-12-31',
      contextWindow: K128,
      reasoning: false,
      prices: [{ from: '2024-09-17', input: 0.15, output: 0.15, source: card('pixtral-12b-24-09') }],
    },
    {
      id: 'pixtral-large-2411',
      name: 'Pixtral Large',
      aliases: ['pixtral-large-latest'],
      released: '2024-11-18',
      retired: '2026-05-31',
      contextWindow: K128,
      reasoning: false,
      prices: [{ from: '2024-11-18', input: 2, output: 6, source: card('pixtral-large-24-11') }],
    },
    {
      id: 'mistral-saba-2502',
      name: 'Mistral Saba',
      aliases: ['mistral-saba-latest'],
      released: '2025-02-17',
      retired: '2025-09-30',
      contextWindow: K32,
      reasoning: false,
      prices: [{ from: '2025-02-17', input: 0.2, output: 0.6, source: GENAI_PRICES }],
    },
    {
      id: 'labs-leanstral-2603',
      name: 'Leanstral',
      released: '2026-03-16',
      retired: '2026-06-30',
      contextWindow: K256,
      reasoning: false,
      note: 'Lean 4 proof-engineering Labs model, served free of charge.',
      prices: [{ from: '2026-03-16', input: 0, output: 0, source: card('leanstral-26-03') }],
    },
    {
      id: 'labs-leanstral-1-5',
      name: 'Leanstral 1.5',
      predecessor: 'labs-leanstral-2603',
      released: '2026-06-30',
      retired: '2026-09-30',
      contextWindow: K256,
      reasoning: false,
      note: 'Lean 4 proof-engineering Labs model, served free of charge.',
      prices: [{ from: '2026-06-30', input: 0, output: 0, source: card('leanstral-1-5') }],
    },

    // ---- Legacy open models (USD list prices from the February 2024 endpoint renaming) ---------
    {
      id: 'open-mistral-7b',
      name: 'Mistral 7B',
      aliases: ['mistral-tiny', 'mistral-tiny-2312'],
      released: '2024-02-26',
      retired: '2025-03-30',
      contextWindow: K32,
      reasoning: false,
      prices: [
        {
          from: '2024-02-26',
          input: 0.25,
          output: 0.25,
          note: 'USD list rate; dated from the day this endpoint name was introduced',
          source: GENAI_PRICES,
        },
      ],
    },
    {
      id: 'open-mixtral-8x7b',
      name: 'Mixtral 8x7B',
      released: '2024-02-26',
      retired: '2025-03-30',
      contextWindow: K32,
      reasoning: false,
      prices: [
        {
          from: '2024-02-26',
          input: 0.7,
          output: 0.7,
          note: 'USD list rate; dated from the day this endpoint name was introduced',
          source: GENAI_PRICES,
        },
      ],
    },
    {
      id: 'open-mixtral-8x22b',
      name: 'Mixtral 8x22B',
      aliases: ['open-mixtral-8x22b-2404'],
      released: '2024-04-17',
      retired: '2025-03-30',
      contextWindow: 65536,
      reasoning: false,
      prices: [
        {
          from: '2024-04-17',
          input: 2,
          output: 6,
          source: { url: PRICING, checked: CHECKED, via: 'simonw/llm-prices data/mistral.json' },
        },
      ],
    },
  ],
});
