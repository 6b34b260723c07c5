// Perplexity's Sonar models: token rates plus request fees by search context size (USD per 1M tokens; fees per 1,000 requests).
import { defineVendor } from './schema';

const PRICING = 'https://docs.perplexity.ai/getting-started/pricing';
const CHECKED = '2026-11-30';
/** Token rates: read on Perplexity's pricing page (the copy in the docs index, undated). */
const page = { url: PRICING, checked: CHECKED };
/**
 * Request fees: the low/medium/high table of Perplexity's page, read in a June 2026 pricing guide
 * (developer.puter.com) and matching pydantic/genai-prices 0.1.8's high-context fees ($12, $14).
 */
const fees = {
  url: PRICING,
  checked: CHECKED,
  via: 'developer.puter.com Perplexity API pricing guide (Jun 2026); pydantic/genai-prices 0.1.8',
};
/** First day these rates are confirmed (a price index's ingestion of Perplexity's model specs), not the day they began. */
const FROM = '2026-06-23';
const FIRST_SEEN = 'The start is the first confirmed day, not the day the price began.';
/** Perplexity ended support for the Sonar chat-completions models on 2026-09-27; requests are still served (via the Agent API). */
const DEPRECATED = 'Perplexity ended support on 2026-09-27 but still serves requests; rates unchanged.';

const requestFee = (model: string, option: 'low' | 'medium' | 'high', usd: number) => ({
  name: `Requests (${option} search context)`,
  usd,
  per: 1000,
  option,
  models: [model],
  from: FROM,
  note: FIRST_SEEN,
  source: fees,
});

export const perplexity = defineVendor({
  id: 'perplexity',
  name: 'Perplexity',
  pricingUrl: PRICING,
  toolFees: [
    {
      tool: 'webSearch',
      name: 'Search queries (Sonar Deep Research)',
      usd: 5,
      per: 1000,
      unit: 'query',
      models: ['sonar-deep-research'],
      from: FROM,
      note: FIRST_SEEN,
      source: page,
    },
  ],
  // Every Sonar request pays a fee by its search_context_size on top of tokens (not Deep Research).
  requestFees: [
    requestFee('sonar', 'low', 5),
    requestFee('sonar', 'medium', 8),
    requestFee('sonar', 'high', 12),
    requestFee('sonar-pro', 'low', 6),
    requestFee('sonar-pro', 'medium', 10),
    requestFee('sonar-pro', 'high', 14),
    requestFee('sonar-reasoning-pro', 'low', 6),
    requestFee('sonar-reasoning-pro', 'medium', 10),
    requestFee('sonar-reasoning-pro', 'high', 14),
  ],
  models: [
    {
      id: 'sonar',
      name: 'Sonar',
      contextWindow: 128_000,
      reasoning: false,
      note: DEPRECATED,
      prices: [{ from: FROM, input: 1, output: 1, note: FIRST_SEEN, source: page }],
    },
    {
      id: 'sonar-pro',
      name: 'Sonar Pro',
      contextWindow: 200_000,
      reasoning: false,
      note: DEPRECATED,
      prices: [{ from: FROM, input: 3, output: 15, note: FIRST_SEEN, source: page }],
    },
    {
      id: 'sonar-reasoning-pro',
      name: 'Sonar Reasoning Pro',
      contextWindow: 128_000,
      reasoning: true,
      note: DEPRECATED,
      prices: [{ from: FROM, input: 2, output: 8, note: FIRST_SEEN, source: page }],
    },
    {
      id: 'sonar-deep-research',
      name: 'Sonar Deep Research',
      contextWindow: 128_000,
      reasoning: true,
      note: DEPRECATED,
      prices: [
        {
          from: FROM,
          input: 2,
          output: 8,
          // Reasoning tokens $3 per 1M; citation tokens are billed at $2 per 1M, the input rate.
          reasoning: 3,
          note: `Citation tokens $2 per 1M (as input); search queries $5 per 1,000. ${FIRST_SEEN}`,
          source: page,
        },
      ],
    },
  ],
});
