// Amazon Bedrock: on-demand prices of other creators' models, global and regional endpoints (USD per 1M tokens), as read in pydantic/genai-prices.
import { defineSeller } from '../schema';
import { sellerPages } from '../seller-pages';

const PRICING = 'https://aws.amazon.com/bedrock/pricing/';
/** Read in a secondary database rather than on the page itself, on the day it was checked. */
const source = { url: PRICING, checked: '2026-11-30', via: 'pydantic/genai-prices 0.1.8' };
/** The day that genai-prices release was published: the first day these prices are confirmed. */
const FROM = '2026-09-23';
/** `global`: cross-region global inference profiles; `regional`: in-region and geographic endpoints (10% more on newer models). */
const NOTE = 'The start is the first confirmed day (the genai-prices release it was read in), not the day the price began.';

// GPT-5.6 Sol is left out: its Bedrock rates mirror OpenAI's launch promotion, which OpenAI guaranteed
// only through 2026-11-21, and what Bedrock charges since was not confirmed.
export const awsBedrock = defineSeller({
  id: 'aws-bedrock',
  name: 'Amazon Bedrock',
  kind: 'cloud',
  pricingUrl: PRICING,
  // The seller's own pages (pricing-data/seller-pages.ts): a tag there shows this seller's offer.
  pages: [...sellerPages['aws-bedrock']],
  offers: [
    {
      model: 'gpt-5.6-terra',
      sellerModelId: 'global.openai.gpt-5.6-terra',
      region: 'global',
      prices: [
        {
          from: FROM,
          input: 2,
          output: 12,
          cachedInput: 0.2,
          cacheWrite5m: 2.5,
          tiers: [{ above: 272000, basis: 'prompt', input: 4, output: 18, cachedInput: 0.4 }],
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'gpt-5.6-terra',
      sellerModelId: 'regional.openai.gpt-5.6-terra',
      region: 'regional',
      prices: [
        {
          from: '2026-07-30',
          input: 2.2,
          output: 13.2,
          cachedInput: 0.22,
          cacheWrite5m: 2.75,
          tiers: [{ above: 272000, basis: 'prompt', input: 4.4, output: 19.8, cachedInput: 0.44 }],
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'gpt-5.6-luna',
      sellerModelId: 'global.openai.gpt-5.6-luna',
      region: 'global',
      prices: [
        {
          from: FROM,
          input: 0.2,
          output: 1.2,
          cachedInput: 0.02,
          cacheWrite5m: 0.25,
          tiers: [{ above: 272000, basis: 'prompt', input: 0.4, output: 1.8, cachedInput: 0.04 }],
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'gpt-5.6-luna',
      sellerModelId: 'regional.openai.gpt-5.6-luna',
      region: 'regional',
      prices: [
        {
          from: '2026-07-30',
          input: 0.22,
          output: 1.32,
          cachedInput: 0.022,
          cacheWrite5m: 0.275,
          tiers: [{ above: 272000, basis: 'prompt', input: 0.44, output: 1.98, cachedInput: 0.044 }],
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'gpt-5.5',
      sellerModelId: 'openai.gpt-5.5',
      prices: [{ from: FROM, input: 5.5, output: 33, cachedInput: 0.55, note: NOTE, source }],
    },
    {
      model: 'gpt-5.4',
      sellerModelId: 'openai.gpt-5.4',
      prices: [{ from: FROM, input: 2.75, output: 16.5, cachedInput: 0.275, note: NOTE, source }],
    },
    {
      model: 'gpt-oss-120b',
      sellerModelId: 'openai.gpt-oss-120b-1:0',
      prices: [{ from: FROM, input: 0.15, output: 0.6, note: NOTE, source }],
    },
    {
      model: 'gpt-oss-20b',
      sellerModelId: 'openai.gpt-oss-20b-1:0',
      prices: [{ from: FROM, input: 0.07, output: 0.3, note: NOTE, source }],
    },
    {
      model: 'claude-sonnet-4-5',
      sellerModelId: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
      region: 'global',
      prices: [{ from: FROM, input: 3, output: 15, cachedInput: 0.3, cacheWrite5m: 3.75, note: NOTE, source }],
    },
    {
      model: 'claude-sonnet-4-5',
      sellerModelId: 'regional.anthropic.claude-sonnet-4-5-20250929-v1:0',
      region: 'regional',
      prices: [{ from: FROM, input: 3.3, output: 16.5, cachedInput: 0.33, cacheWrite5m: 4.125, note: NOTE, source }],
    },
    {
      model: 'claude-haiku-4-5',
      sellerModelId: 'global.anthropic.claude-haiku-4-5-20251001-v1:0',
      region: 'global',
      prices: [{ from: FROM, input: 1, output: 5, cachedInput: 0.1, cacheWrite5m: 1.25, note: NOTE, source }],
    },
    {
      model: 'claude-haiku-4-5',
      sellerModelId: 'regional.anthropic.claude-haiku-4-5-20251001-v1:0',
      region: 'regional',
      prices: [{ from: FROM, input: 1.1, output: 5.5, cachedInput: 0.11, cacheWrite5m: 1.375, note: NOTE, source }],
    },
    {
      model: 'claude-opus-4-5',
      sellerModelId: 'global.anthropic.claude-opus-4-5-v1:0',
      region: 'global',
      prices: [{ from: FROM, input: 5, output: 25, cachedInput: 0.5, cacheWrite5m: 6.25, note: NOTE, source }],
    },
    {
      model: 'claude-opus-4-5',
      sellerModelId: 'regional.anthropic.claude-opus-4-5-v1:0',
      region: 'regional',
      prices: [{ from: FROM, input: 5.5, output: 27.5, cachedInput: 0.55, cacheWrite5m: 6.875, note: NOTE, source }],
    },
    {
      model: 'claude-opus-4-6',
      sellerModelId: 'global.anthropic.claude-opus-4-6-v1:0',
      region: 'global',
      prices: [{ from: FROM, input: 5, output: 25, cachedInput: 0.5, cacheWrite5m: 6.25, note: NOTE, source }],
    },
    {
      model: 'claude-opus-4-6',
      sellerModelId: 'regional.anthropic.claude-opus-4-6-v1:0',
      region: 'regional',
      prices: [{ from: FROM, input: 5.5, output: 27.5, cachedInput: 0.55, cacheWrite5m: 6.875, note: NOTE, source }],
    },
    {
      model: 'claude-sonnet-4-6',
      sellerModelId: 'global.anthropic.claude-sonnet-4-6-v1:0',
      region: 'global',
      prices: [{ from: FROM, input: 3, output: 15, cachedInput: 0.3, cacheWrite5m: 3.75, note: NOTE, source }],
    },
    {
      model: 'claude-sonnet-4-6',
      sellerModelId: 'regional.anthropic.claude-sonnet-4-6-v1:0',
      region: 'regional',
      prices: [{ from: FROM, input: 3.3, output: 16.5, cachedInput: 0.33, cacheWrite5m: 4.125, note: NOTE, source }],
    },
    {
      model: 'claude-opus-4-7',
      sellerModelId: 'global.anthropic.claude-opus-4-7-v1:0',
      region: 'global',
      prices: [{ from: FROM, input: 5, output: 25, cachedInput: 0.5, cacheWrite5m: 6.25, note: NOTE, source }],
    },
    {
      model: 'claude-opus-4-7',
      sellerModelId: 'regional.anthropic.claude-opus-4-7-v1:0',
      region: 'regional',
      prices: [{ from: FROM, input: 5.5, output: 27.5, cachedInput: 0.55, cacheWrite5m: 6.875, note: NOTE, source }],
    },
    {
      model: 'claude-opus-4-8',
      sellerModelId: 'global.anthropic.claude-opus-4-8-v1:0',
      region: 'global',
      prices: [{ from: FROM, input: 5, output: 25, cachedInput: 0.5, cacheWrite5m: 6.25, note: NOTE, source }],
    },
    {
      model: 'claude-opus-4-8',
      sellerModelId: 'regional.anthropic.claude-opus-4-8-v1:0',
      region: 'regional',
      prices: [{ from: FROM, input: 5.5, output: 27.5, cachedInput: 0.55, cacheWrite5m: 6.875, note: NOTE, source }],
    },
    {
      model: 'claude-fable-5',
      sellerModelId: 'global.anthropic.claude-fable-5-v1:0',
      region: 'global',
      prices: [{ from: FROM, input: 10, output: 50, cachedInput: 1, cacheWrite5m: 12.5, note: NOTE, source }],
    },
    {
      model: 'claude-fable-5',
      sellerModelId: 'regional.anthropic.claude-fable-5-v1:0',
      region: 'regional',
      prices: [{ from: FROM, input: 11, output: 55, cachedInput: 1.1, cacheWrite5m: 13.75, note: NOTE, source }],
    },
    {
      model: 'claude-sonnet-5',
      sellerModelId: 'global.anthropic.claude-sonnet-5-v1:0',
      region: 'global',
      prices: [{ from: FROM, input: 2, output: 10, cachedInput: 0.2, cacheWrite5m: 2.5, note: NOTE, source }],
    },
    {
      model: 'claude-sonnet-5',
      sellerModelId: 'regional.anthropic.claude-sonnet-5-v1:0',
      region: 'regional',
      prices: [{ from: FROM, input: 2.2, output: 11, cachedInput: 0.22, cacheWrite5m: 2.75, note: NOTE, source }],
    },
    {
      model: 'claude-opus-5',
      sellerModelId: 'global.anthropic.claude-opus-5',
      region: 'global',
      prices: [{ from: FROM, input: 5, output: 25, cachedInput: 0.5, cacheWrite5m: 6.25, note: NOTE, source }],
    },
    {
      model: 'claude-opus-5',
      sellerModelId: 'regional.anthropic.claude-opus-5',
      region: 'regional',
      prices: [{ from: FROM, input: 5.5, output: 27.5, cachedInput: 0.55, cacheWrite5m: 6.875, note: NOTE, source }],
    },
    {
      model: 'claude-fable-5-1',
      sellerModelId: 'global.anthropic.claude-fable-5-1-v1:0',
      region: 'global',
      prices: [{ from: FROM, input: 10, output: 50, cachedInput: 0.25, cacheWrite5m: 12.5, note: NOTE, source }],
    },
    {
      model: 'claude-fable-5-1',
      sellerModelId: 'regional.anthropic.claude-fable-5-1-v1:0',
      region: 'regional',
      prices: [{ from: FROM, input: 11, output: 55, cachedInput: 0.275, cacheWrite5m: 13.75, note: NOTE, source }],
    },
    {
      model: 'claude-opus-5-5',
      sellerModelId: 'global.anthropic.claude-opus-5-5',
      region: 'global',
      prices: [{ from: FROM, input: 4, output: 20, cachedInput: 0.2, cacheWrite5m: 5, cacheWrite1h: 8, note: NOTE, source }],
    },
    {
      model: 'claude-opus-5-5',
      sellerModelId: 'regional.anthropic.claude-opus-5-5',
      region: 'regional',
      prices: [
        { from: FROM, input: 4.4, output: 22, cachedInput: 0.22, cacheWrite5m: 5.5, cacheWrite1h: 8.8, note: NOTE, source },
      ],
    },
    {
      model: 'deepseek-r1',
      sellerModelId: 'deepseek.r1-v1:0',
      prices: [{ from: FROM, input: 1.35, output: 5.4, note: NOTE, source }],
    },
    {
      model: 'mistral-large-2512',
      sellerModelId: 'mistral.mistral-large-3-675b-instruct',
      prices: [{ from: FROM, input: 0.5, output: 1.5, note: NOTE, source }],
    },
    {
      model: 'ministral-3b-2512',
      sellerModelId: 'mistral.ministral-3-3b-instruct',
      prices: [{ from: FROM, input: 0.1, output: 0.1, note: NOTE, source }],
    },
    {
      model: 'ministral-8b-2512',
      sellerModelId: 'mistral.ministral-3-8b-instruct',
      prices: [{ from: FROM, input: 0.15, output: 0.15, note: NOTE, source }],
    },
    {
      model: 'ministral-14b-2512',
      sellerModelId: 'mistral.ministral-3-14b-instruct',
      prices: [{ from: FROM, input: 0.2, output: 0.2, note: NOTE, source }],
    },
    {
      model: 'qwen3-32b',
      sellerModelId: 'qwen.qwen3-32b-v1:0',
      prices: [{ from: FROM, input: 0.15, output: 0.6, note: NOTE, source }],
    },
    {
      model: 'qwen3-coder-480b-a35b',
      sellerModelId: 'qwen.qwen3-coder-480b-a35b-v1:0',
      prices: [{ from: FROM, input: 0.45, output: 1.8, note: NOTE, source }],
    },
    {
      model: 'llama-4-maverick',
      sellerModelId: 'meta.llama4-maverick-17b-instruct-v1:0',
      prices: [{ from: FROM, input: 0.24, output: 0.97, note: NOTE, source }],
    },
    {
      model: 'llama-4-scout',
      sellerModelId: 'meta.llama4-scout-17b-instruct-v1:0',
      prices: [{ from: FROM, input: 0.17, output: 0.66, note: NOTE, source }],
    },
    {
      model: 'llama-3.3-70b',
      sellerModelId: 'meta.llama3-3-70b-instruct-v1:0',
      prices: [{ from: FROM, input: 0.72, output: 0.72, note: NOTE, source }],
    },
  ],
});
