// xAI's Grok text models and server-side tool fees, with dated price history (USD per 1M tokens).
import { defineVendor } from './schema';

const PRICING = 'https://docs.x.ai/developers/pricing';
const MODELS = 'https://docs.x.ai/developers/models';
// The pre-2026 models table, before xAI moved its docs under /developers.
const OLD_MODELS = 'https://docs.x.ai/docs/models';
const CHECKED = '2026-11-27';

const src = (url: string, via?: string) => (via ? { url, checked: CHECKED, via } : { url, checked: CHECKED });

// xAI bills the whole request at the long-context rate once the prompt reaches 200k tokens
// ("≥ 200k"); a tier here fires when the count is strictly above `above`, hence 199,999.
const AT_200K = 199_999;

// What a retired slug is billed at since 2026-05-15: xAI redirects it to grok-4.3.
const REDIRECT_NOTE =
  'Retired 2026-05-15 12:00 PT. The slug still resolves but is served by grok-4.3 and billed at grok-4.3 rates ($1.25 / $2.50).';

export const xai = defineVendor({
  id: 'xai',
  name: 'xAI',
  pricingUrl: PRICING,
  toolFees: [
    // Tool invocations were free while the agentic tools were new: first until 2025-11-21
    // (list price then $10 / 1k), then, with the Grok 4.1 Fast launch, until 2025-12-03 at the
    // new $5 / 1k price. Billing is per successful tool call.
    {
      tool: 'webSearch',
      name: 'Web Search / X Search',
      usd: 5,
      per: 1000,
      unit: 'call',
      from: '2025-12-03',
      note: 'web_search and x_search cost the same, so one entry covers both.',
      source: src(PRICING, 'start date: aiwiki.ai Agent Tools API article; rate: xAI pricing page'),
    },
    {
      tool: 'codeExecution',
      name: 'Code Execution',
      usd: 5,
      per: 1000,
      unit: 'call',
      from: '2025-12-03',
      note: 'code_execution / code_interpreter.',
      source: src(PRICING, 'start date: aiwiki.ai Agent Tools API article; rate: xAI pricing page'),
    },
    {
      tool: 'fileSearch',
      name: 'Collections Search',
      usd: 2.5,
      per: 1000,
      unit: 'call',
      from: '2025-12-03',
      note: 'collections_search / file_search over uploaded collections. Searching files attached to a message (attachment_search) is billed separately at $10 / 1k calls.',
      source: src(PRICING, 'start date: aiwiki.ai Agent Tools API article; rate: xAI pricing page'),
    },
  ],
  models: [
    // --- Grok 2 and Grok 3 (2024-2025) ---
    {
      id: 'grok-2',
      name: 'Grok 2',
      aliases: ['grok-2-1212', 'grok-2-latest'],
      released: '2024-12-12',
      contextWindow: 131072,
      reasoning: false,
      prices: [
        {
          from: '2024-12-12',
          input: 2,
          output: 10,
          note: 'No prompt-cache discount listed.',
          source: src(OLD_MODELS),
        },
      ],
      note: 'Deprecated by xAI in 2025; the day it stopped being served is not confirmed.',
    },
    {
      id: 'grok-3',
      name: 'Grok 3',
      aliases: ['grok-3-latest', 'grok-3-beta'],
      predecessor: 'grok-2',
      released: '2025-04-09',
      retired: '2026-05-15',
      contextWindow: 131072,
      reasoning: false,
      prices: [
        {
          from: '2025-04-09',
          to: '2026-05-15',
          input: 3,
          output: 15,
          cachedInput: 0.75,
          source: src(OLD_MODELS),
        },
      ],
      note: REDIRECT_NOTE,
    },
    {
      id: 'grok-3-fast',
      name: 'Grok 3 Fast',
      aliases: ['grok-3-fast-latest', 'grok-3-fast-beta'],
      released: '2025-04-09',
      contextWindow: 131072,
      reasoning: false,
      prices: [
        {
          from: '2025-04-09',
          input: 5,
          output: 25,
          cachedInput: 1.25,
          note: 'Same model as grok-3 on faster serving infrastructure.',
          source: src(OLD_MODELS),
        },
      ],
      note: 'No longer listed by xAI by October 2025; the retirement day is not confirmed.',
    },
    {
      id: 'grok-3-mini',
      name: 'Grok 3 Mini',
      aliases: ['grok-3-mini-latest', 'grok-3-mini-beta'],
      released: '2025-04-09',
      contextWindow: 131072,
      reasoning: true,
      prices: [
        {
          from: '2025-04-09',
          input: 0.3,
          output: 0.5,
          cachedInput: 0.075,
          source: src(OLD_MODELS),
        },
      ],
    },
    {
      id: 'grok-3-mini-fast',
      name: 'Grok 3 Mini Fast',
      aliases: ['grok-3-mini-fast-latest', 'grok-3-mini-fast-beta'],
      released: '2025-04-09',
      contextWindow: 131072,
      reasoning: true,
      prices: [
        {
          from: '2025-04-09',
          input: 0.6,
          output: 4,
          cachedInput: 0.15,
          note: 'Same model as grok-3-mini on faster serving infrastructure.',
          source: src(OLD_MODELS),
        },
      ],
      note: 'No longer listed by xAI by October 2025; the retirement day is not confirmed.',
    },

    // --- Grok 4 generation (2025-2026) ---
    {
      id: 'grok-4',
      name: 'Grok 4',
      aliases: ['grok-4-0709', 'grok-4-latest'],
      predecessor: 'grok-3',
      released: '2025-07-09',
      retired: '2026-05-15',
      contextWindow: 256000,
      reasoning: true,
      prices: [
        {
          from: '2025-07-09',
          to: '2026-05-15',
          input: 3,
          output: 15,
          cachedInput: 0.75,
          // Basis: the request's total tokens pass 128k (OpenRouter's description, which points to xAI's model page).
          tiers: [{ above: 128_000, basis: 'total', input: 6, output: 30 }],
          note: 'Above 128k total tokens the whole request is billed at $6 / $30; xAI gives no separate long-context cache rate.',
          source: src(
            'https://docs.x.ai/docs/models/grok-4-0709',
            'simonw/llm-prices data/xai.json; OpenRouter model description',
          ),
        },
      ],
      note: REDIRECT_NOTE,
    },
    {
      id: 'grok-code-fast-1',
      name: 'Grok Code Fast 1',
      aliases: ['grok-code-fast', 'grok-code-fast-1-0825'],
      released: '2025-08-28',
      retired: '2026-05-15',
      contextWindow: 256000,
      reasoning: true,
      prices: [
        {
          from: '2025-08-28',
          to: '2026-05-15',
          input: 0.2,
          output: 1.5,
          cachedInput: 0.02,
          source: src(OLD_MODELS),
        },
      ],
      note: 'Retired 2026-05-15; the slug was first redirected to grok-4.3, and xAI now lists the grok-code-fast names under grok-build-0.1.',
    },
    {
      id: 'grok-4-fast-reasoning',
      name: 'Grok 4 Fast (Reasoning)',
      aliases: ['grok-4-fast', 'grok-4-fast-reasoning-latest'],
      released: '2025-09-19',
      retired: '2026-05-15',
      contextWindow: 2000000,
      reasoning: true,
      prices: [
        {
          from: '2025-09-19',
          to: '2026-05-15',
          input: 0.2,
          output: 0.5,
          cachedInput: 0.05,
          tiers: [{ above: 128_000, basis: 'total', input: 0.4, output: 1 }],
          note: 'xAI calls it a 128k context tier; the long-context cache rate is not confirmed.',
          source: src(OLD_MODELS, 'simonw/llm-prices data/xai.json'),
        },
      ],
      note: REDIRECT_NOTE,
    },
    {
      id: 'grok-4-fast-non-reasoning',
      name: 'Grok 4 Fast (Non-Reasoning)',
      aliases: ['grok-4-fast-non-reasoning-latest'],
      released: '2025-09-19',
      retired: '2026-05-15',
      contextWindow: 2000000,
      reasoning: false,
      prices: [
        {
          from: '2025-09-19',
          to: '2026-05-15',
          input: 0.2,
          output: 0.5,
          cachedInput: 0.05,
          tiers: [{ above: 128_000, basis: 'total', input: 0.4, output: 1 }],
          note: 'xAI calls it a 128k context tier; the long-context cache rate is not confirmed.',
          source: src(OLD_MODELS, 'simonw/llm-prices data/xai.json'),
        },
      ],
      note: 'Retired 2026-05-15 12:00 PT. The slug still resolves but is served by grok-4.3 (no reasoning) and billed at grok-4.3 rates.',
    },
    {
      id: 'grok-4-1-fast-reasoning',
      name: 'Grok 4.1 Fast (Reasoning)',
      aliases: ['grok-4-1-fast', 'grok-4-1-fast-reasoning-latest'],
      predecessor: 'grok-4-fast-reasoning',
      released: '2025-11-19',
      retired: '2026-05-15',
      contextWindow: 2000000,
      reasoning: true,
      prices: [
        {
          from: '2025-11-19',
          to: '2026-05-15',
          input: 0.2,
          output: 0.5,
          cachedInput: 0.05,
          note: 'Launch offer: free for two weeks to 2025-12-03 (not modelled; whether it covered direct API billing is unclear). A 128k long-context tier is reported but its rates are not confirmed, so none is given.',
          source: src(MODELS),
        },
      ],
      note: REDIRECT_NOTE,
    },
    {
      id: 'grok-4-1-fast-non-reasoning',
      name: 'Grok 4.1 Fast (Non-Reasoning)',
      aliases: ['grok-4-1-fast-non-reasoning-latest'],
      predecessor: 'grok-4-fast-non-reasoning',
      released: '2025-11-19',
      retired: '2026-05-15',
      contextWindow: 2000000,
      reasoning: false,
      prices: [
        {
          from: '2025-11-19',
          to: '2026-05-15',
          input: 0.2,
          output: 0.5,
          cachedInput: 0.05,
          note: 'Launch offer: free for two weeks to 2025-12-03 (not modelled). A 128k long-context tier is reported but its rates are not confirmed, so none is given.',
          source: src(MODELS),
        },
      ],
      note: 'Retired 2026-05-15 12:00 PT. The slug still resolves but is served by grok-4.3 (no reasoning) and billed at grok-4.3 rates.',
    },

    // --- Grok 4.20 (March 2026). Not to be confused with a "4.2": xAI writes 4.20. ---
    {
      id: 'grok-4.20',
      name: 'Grok 4.20 (Reasoning)',
      aliases: [
        'grok-4.20-reasoning',
        'grok-4.20-0309-reasoning',
        'grok-4.20-reasoning-latest',
        'grok-4.20-0309',
        'grok-4.20-beta-0309-reasoning',
      ],
      predecessor: 'grok-4',
      released: '2026-03-10',
      reasoning: true,
      prices: [
        {
          from: '2026-03-10',
          to: '2026-04-30',
          input: 2,
          output: 6,
          cachedInput: 0.2,
          note: 'Launch price, still listed when Grok 4.3 launched on 2026-04-30. A 200k long-context tier existed but its rates are not confirmed. The day of the cut is not known, so the weeks until the new price was seen are left unpriced.',
          source: src(MODELS),
        },
        {
          from: '2026-05-18',
          input: 1.25,
          output: 2.5,
          cachedInput: 0.2,
          tiers: [{ above: AT_200K, basis: 'prompt', input: 2.5, output: 5, cachedInput: 0.4 }],
          note: 'Repriced to match grok-4.3; first confirmed on xAI’s models page by this date.',
          source: src(PRICING, '200k tier: simonw/llm-prices data/xai.json, models.dev'),
        },
      ],
    },
    {
      id: 'grok-4.20-non-reasoning',
      name: 'Grok 4.20 (Non-Reasoning)',
      aliases: ['grok-4.20-0309-non-reasoning', 'grok-4.20-non-reasoning-latest', 'grok-4.20-beta-0309-non-reasoning'],
      predecessor: 'grok-4-1-fast-non-reasoning',
      released: '2026-03-10',
      reasoning: false,
      prices: [
        {
          from: '2026-03-10',
          to: '2026-04-30',
          input: 2,
          output: 6,
          cachedInput: 0.2,
          note: 'Launch price, still listed on 2026-04-30. A 200k long-context tier existed but its rates are not confirmed. The day of the cut is not known.',
          source: src(MODELS),
        },
        {
          from: '2026-05-18',
          input: 1.25,
          output: 2.5,
          cachedInput: 0.2,
          tiers: [{ above: AT_200K, basis: 'prompt', input: 2.5, output: 5, cachedInput: 0.4 }],
          note: 'Repriced to match grok-4.3; first confirmed on xAI’s models page by this date.',
          source: src(PRICING, '200k tier: simonw/llm-prices data/xai.json, models.dev'),
        },
      ],
    },
    {
      id: 'grok-4.20-multi-agent',
      name: 'Grok 4.20 Multi-Agent',
      aliases: ['grok-4.20-multi-agent-0309', 'grok-4.20-multi-agent-latest', 'grok-4.20-multi-agent-beta-0309'],
      released: '2026-03-10',
      reasoning: true,
      prices: [
        {
          from: '2026-03-10',
          to: '2026-04-30',
          input: 2,
          output: 6,
          cachedInput: 0.2,
          note: 'Launch price, still listed on 2026-04-30. Tokens of every agent in the run are billed.',
          source: src(MODELS),
        },
        {
          from: '2026-05-18',
          input: 1.25,
          output: 2.5,
          cachedInput: 0.2,
          tiers: [{ above: AT_200K, basis: 'prompt', input: 2.5, output: 5, cachedInput: 0.4 }],
          note: 'Same rates as grok-4.20; tokens of every agent in the run are billed.',
          source: src(PRICING, '200k tier: simonw/llm-prices data/xai.json, models.dev'),
        },
      ],
    },

    // --- Grok 4.3 onward (from April 2026) ---
    {
      id: 'grok-4.3',
      name: 'Grok 4.3',
      aliases: ['grok-4.3-latest'],
      predecessor: 'grok-4.20',
      released: '2026-04-30',
      contextWindow: 1000000,
      reasoning: true,
      prices: [
        {
          from: '2026-04-30',
          input: 1.25,
          output: 2.5,
          cachedInput: 0.2,
          tiers: [{ above: AT_200K, basis: 'prompt', input: 2.5, output: 5, cachedInput: 0.4 }],
          note: 'Prompts of 200k tokens or more bill the whole request at double rates.',
          source: src(PRICING, '200k tier: pydantic/genai-prices 0.1.8, simonw/llm-prices, BerriAI/litellm#27153'),
        },
      ],
      note: 'Since 2026-05-15 it also serves the retired Grok 4 / 4.1 Fast / Code Fast / Grok 3 slugs.',
    },
    {
      id: 'grok-build-0.1',
      name: 'Grok Build 0.1',
      predecessor: 'grok-code-fast-1',
      released: '2026-05-20',
      contextWindow: 256000,
      reasoning: true,
      prices: [
        {
          from: '2026-05-20',
          input: 1,
          output: 2,
          cachedInput: 0.2,
          tiers: [{ above: AT_200K, basis: 'prompt', input: 2, output: 4, cachedInput: 0.4 }],
          note: 'Early-access coding model; the release day is OpenRouter’s listing date.',
          source: src(
            'https://docs.x.ai/developers/models/grok-build-0.1',
            '200k tier: pydantic/genai-prices 0.1.8, simonw/llm-prices',
          ),
        },
      ],
    },
    {
      id: 'grok-4.5',
      name: 'Grok 4.5',
      aliases: ['grok-4.5-latest'],
      predecessor: 'grok-4.3',
      released: '2026-07-08',
      contextWindow: 500000,
      reasoning: true,
      prices: [
        {
          from: '2026-07-08',
          input: 2,
          output: 6,
          cachedInput: 0.3,
          tiers: [{ above: AT_200K, basis: 'prompt', input: 4, output: 12, cachedInput: 0.6 }],
          note: 'xAI’s pricing page lists $0.30 cached ($0.60 at 200k+); some trackers recorded $0.50 at launch, which could not be confirmed on xAI’s own pages.',
          source: src(
            'https://docs.x.ai/developers/models/grok-4.5',
            'pydantic/genai-prices 0.1.8, simonw/llm-prices, BerriAI/litellm#36413',
          ),
        },
      ],
    },
    {
      id: 'grok-4.6',
      name: 'Grok 4.6',
      predecessor: 'grok-4.5',
      released: '2026-08-12',
      contextWindow: 500000,
      reasoning: true,
      prices: [
        {
          from: '2026-08-12',
          input: 2,
          output: 6,
          cachedInput: 0.5,
          tiers: [{ above: AT_200K, basis: 'prompt', input: 4, output: 12, cachedInput: 1 }],
          note: 'Cache reads cost more than on Grok 4.5. The optional priority ("fast") service tier bills double and is not modelled.',
          source: src(
            'https://docs.x.ai/developers/models/grok-4.6',
            'pydantic/genai-prices 0.1.8; GitHub PRs quoting the model page',
          ),
        },
      ],
    },
    {
      id: 'grok-4.7',
      name: 'Grok 4.7',
      predecessor: 'grok-4.6',
      released: '2026-09-21',
      contextWindow: 500000,
      reasoning: true,
      prices: [
        {
          from: '2026-09-21',
          input: 2,
          output: 6,
          cachedInput: 0.5,
          tiers: [{ above: AT_200K, basis: 'prompt', input: 4, output: 12, cachedInput: 1 }],
          note: 'The priority service tier bills double and is not modelled.',
          source: src(
            'https://docs.x.ai/developers/models/grok-4.7',
            'GitHub PRs quoting the model page (theopenco/llmgateway#4169, EasyMetaAu/helm-api#911)',
          ),
        },
      ],
    },
  ],
});
