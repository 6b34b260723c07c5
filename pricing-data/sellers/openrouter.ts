// OpenRouter: a router's prices for models it resells (USD per 1M tokens), as read in pydantic/genai-prices.
import { defineSeller } from '../schema';
import { sellerPages } from '../seller-pages';

const PRICING = 'https://openrouter.ai/models';
/** Read in a secondary database rather than on the page itself, on the day it was checked. */
const source = { url: PRICING, checked: '2026-11-30', via: 'pydantic/genai-prices 0.1.8' };
/** The day that genai-prices release was published: the first day these prices are confirmed. */
const FROM = '2026-09-23';
const NOTE = 'The start is the first confirmed day (the genai-prices release it was read in), not the day the price began.';

/**
 * Anthropic removed fast mode for Claude Opus 4.7 on 2026-07-24 and for Opus 4.8 on 2026-11-30, and
 * no longer lists it for Opus 4.6 (https://code.claude.com/docs/en/fast-mode, checked 2026-11-30), so
 * the genai-prices copy's fast variants of 4.6 and 4.7 are left out and 4.8's ends that day.
 */
const FAST_48_REMOVED = '2026-11-30';

// Left out: legacy ids whose listing (Gemini 1.0 Pro, Grok 2, the first Command and Command R
// releases) may be a stale copy in the secondary database.
export const openrouter = defineSeller({
  id: 'openrouter',
  name: 'OpenRouter',
  kind: 'router',
  pricingUrl: PRICING,
  // The seller's own pages (pricing-data/seller-pages.ts): a tag there shows this seller's offer.
  pages: [...sellerPages.openrouter],
  offers: [
    {
      model: 'gpt-6-sol',
      sellerModelId: 'openai/gpt-6-sol',
      prices: [
        {
          from: FROM,
          input: 2,
          output: 10,
          cachedInput: 0.2,
          cacheWrite5m: 2.5,
          tiers: [{ above: 272000, basis: 'prompt', input: 4, output: 15, cachedInput: 0.4 }],
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'gpt-6-luna',
      sellerModelId: 'openai/gpt-6-luna',
      prices: [
        {
          from: FROM,
          input: 0.1,
          output: 0.5,
          cachedInput: 0.01,
          cacheWrite5m: 0.125,
          tiers: [{ above: 272000, basis: 'prompt', input: 0.2, output: 0.75, cachedInput: 0.02 }],
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'gpt-5.6-sol',
      sellerModelId: 'openai/gpt-5.6-sol',
      prices: [
        {
          from: FROM,
          input: 2,
          output: 10,
          cachedInput: 0.2,
          cacheWrite5m: 2.5,
          tiers: [{ above: 272000, basis: 'prompt', input: 4, output: 15, cachedInput: 0.4 }],
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'gpt-5.6-terra',
      sellerModelId: 'openai/gpt-5.6-terra',
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
      model: 'gpt-5.6-luna',
      sellerModelId: 'openai/gpt-5.6-luna',
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
      model: 'gpt-5.5',
      sellerModelId: 'openai/gpt-5.5',
      prices: [
        {
          from: FROM,
          input: 5,
          output: 30,
          cachedInput: 0.5,
          tiers: [{ above: 272000, basis: 'prompt', input: 10, output: 45, cachedInput: 1 }],
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'gpt-5.5-pro',
      sellerModelId: 'openai/gpt-5.5-pro',
      prices: [
        {
          from: FROM,
          input: 30,
          output: 180,
          tiers: [{ above: 272000, basis: 'prompt', input: 60, output: 270 }],
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'gpt-5.4',
      sellerModelId: 'openai/gpt-5.4',
      prices: [
        {
          from: FROM,
          input: 2.5,
          output: 15,
          cachedInput: 0.25,
          tiers: [{ above: 272000, basis: 'prompt', input: 5, output: 22.5, cachedInput: 0.5 }],
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'gpt-5.4-pro',
      sellerModelId: 'openai/gpt-5.4-pro',
      prices: [
        {
          from: FROM,
          input: 30,
          output: 180,
          tiers: [{ above: 272000, basis: 'prompt', input: 60, output: 270 }],
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'gpt-5.4-mini',
      sellerModelId: 'openai/gpt-5.4-mini',
      prices: [{ from: FROM, input: 0.75, output: 4.5, cachedInput: 0.075, note: NOTE, source }],
    },
    {
      model: 'gpt-5.4-nano',
      sellerModelId: 'openai/gpt-5.4-nano',
      prices: [{ from: FROM, input: 0.2, output: 1.25, cachedInput: 0.02, note: NOTE, source }],
    },
    {
      model: 'gpt-5.3-codex',
      sellerModelId: 'openai/gpt-5.3-codex',
      prices: [{ from: FROM, input: 1.75, output: 14, cachedInput: 0.175, note: NOTE, source }],
    },
    {
      model: 'gpt-5.3-chat',
      sellerModelId: 'openai/gpt-5.3-chat',
      prices: [{ from: FROM, input: 1.75, output: 14, cachedInput: 0.175, note: NOTE, source }],
    },
    {
      model: 'gpt-5.2',
      sellerModelId: 'openai/gpt-5.2',
      prices: [{ from: FROM, input: 1.75, output: 14, cachedInput: 0.175, note: NOTE, source }],
    },
    {
      model: 'gpt-5.2-pro',
      sellerModelId: 'openai/gpt-5.2-pro',
      prices: [{ from: FROM, input: 21, output: 168, note: NOTE, source }],
    },
    {
      model: 'gpt-5.1',
      sellerModelId: 'openai/gpt-5.1',
      prices: [{ from: FROM, input: 1.25, output: 10, cachedInput: 0.13, note: NOTE, source }],
    },
    {
      model: 'gpt-5.1-codex-mini',
      sellerModelId: 'openai/gpt-5.1-codex-mini',
      prices: [{ from: FROM, input: 0.25, output: 2, cachedInput: 0.025, note: NOTE, source }],
    },
    {
      model: 'gpt-5',
      sellerModelId: 'openai/gpt-5',
      prices: [{ from: FROM, input: 1.25, output: 10, cachedInput: 0.125, note: NOTE, source }],
    },
    {
      model: 'gpt-5-mini',
      sellerModelId: 'openai/gpt-5-mini',
      prices: [{ from: FROM, input: 0.25, output: 2, cachedInput: 0.025, note: NOTE, source }],
    },
    {
      model: 'gpt-5-nano',
      sellerModelId: 'openai/gpt-5-nano',
      prices: [{ from: FROM, input: 0.05, output: 0.4, cachedInput: 0.01, note: NOTE, source }],
    },
    {
      model: 'gpt-5-pro',
      sellerModelId: 'openai/gpt-5-pro',
      prices: [{ from: FROM, input: 15, output: 120, note: NOTE, source }],
    },
    {
      model: 'gpt-4.1',
      sellerModelId: 'openai/gpt-4.1',
      prices: [{ from: FROM, input: 2, output: 8, cachedInput: 0.5, note: NOTE, source }],
    },
    {
      model: 'gpt-4.1-mini',
      sellerModelId: 'openai/gpt-4.1-mini',
      prices: [{ from: FROM, input: 0.4, output: 1.6, cachedInput: 0.1, note: NOTE, source }],
    },
    {
      model: 'gpt-4o',
      sellerModelId: 'openai/gpt-4o',
      prices: [{ from: FROM, input: 2.5, output: 10, note: NOTE, source }],
    },
    {
      model: 'gpt-4o-mini',
      sellerModelId: 'openai/gpt-4o-mini',
      prices: [{ from: FROM, input: 0.15, output: 0.6, cachedInput: 0.075, note: NOTE, source }],
    },
    {
      model: 'o3',
      sellerModelId: 'openai/o3',
      prices: [{ from: FROM, input: 2, output: 8, cachedInput: 0.5, note: NOTE, source }],
    },
    {
      model: 'o3-pro',
      sellerModelId: 'openai/o3-pro',
      prices: [{ from: FROM, input: 20, output: 80, note: NOTE, source }],
    },
    {
      model: 'o3-deep-research',
      sellerModelId: 'openai/o3-deep-research',
      prices: [{ from: FROM, input: 10, output: 40, cachedInput: 2.5, note: NOTE, source }],
    },
    {
      model: 'o4-mini-deep-research',
      sellerModelId: 'openai/o4-mini-deep-research',
      prices: [{ from: FROM, input: 2, output: 8, cachedInput: 0.5, note: NOTE, source }],
    },
    {
      model: 'gpt-oss-120b',
      sellerModelId: 'openai/gpt-oss-120b',
      prices: [{ from: FROM, input: 0.039, output: 0.18, note: NOTE, source }],
    },
    {
      model: 'gpt-oss-20b',
      sellerModelId: 'openai/gpt-oss-20b',
      prices: [{ from: FROM, input: 0.029, output: 0.14, note: NOTE, source }],
    },
    {
      model: 'gemini-2.5-pro',
      sellerModelId: 'google/gemini-2.5-pro',
      prices: [{ from: FROM, input: 1.25, output: 10, cachedInput: 0.31, cacheWrite5m: 1.625, note: NOTE, source }],
    },
    {
      model: 'gemini-2.5-flash',
      sellerModelId: 'google/gemini-2.5-flash',
      prices: [{ from: FROM, input: 0.3, output: 2.5, cachedInput: 0.075, cacheWrite5m: 0.3833, note: NOTE, source }],
    },
    {
      model: 'gemini-2.5-flash-lite',
      sellerModelId: 'google/gemini-2.5-flash-lite',
      prices: [{ from: FROM, input: 0.1, output: 0.4, cachedInput: 0.01, cacheWrite5m: 0.08333333333333334, note: NOTE, source }],
    },
    {
      model: 'gemini-3-flash-preview',
      sellerModelId: 'google/gemini-3-flash-preview',
      prices: [{ from: FROM, input: 0.5, output: 3, cachedInput: 0.05, cacheWrite5m: 0.08333333333333334, note: NOTE, source }],
    },
    {
      model: 'gemini-3.1-pro-preview',
      sellerModelId: 'google/gemini-3.1-pro-preview',
      prices: [{ from: FROM, input: 2, output: 12, cachedInput: 0.2, cacheWrite5m: 0.375, note: NOTE, source }],
    },
    {
      model: 'gemini-3.1-flash-lite',
      sellerModelId: 'google/gemini-3.1-flash-lite',
      prices: [
        { from: FROM, input: 0.25, output: 1.5, cachedInput: 0.025, cacheWrite5m: 0.08333333333333334, note: NOTE, source },
      ],
    },
    {
      model: 'gemini-3.5-flash',
      sellerModelId: 'google/gemini-3.5-flash',
      prices: [{ from: FROM, input: 1.5, output: 9, cachedInput: 0.15, cacheWrite5m: 0.08333333333333334, note: NOTE, source }],
    },
    {
      model: 'claude-sonnet-4-5',
      sellerModelId: 'anthropic/claude-sonnet-4.5',
      prices: [
        {
          from: FROM,
          input: 3,
          output: 15,
          cachedInput: 0.3,
          cacheWrite5m: 3.75,
          tiers: [{ above: 200000, basis: 'prompt', input: 6, output: 22.5, cachedInput: 0.6 }],
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'claude-haiku-4-5',
      sellerModelId: 'anthropic/claude-haiku-4.5',
      prices: [{ from: FROM, input: 1, output: 5, cachedInput: 0.1, cacheWrite5m: 1.25, note: NOTE, source }],
    },
    {
      model: 'claude-opus-4-5',
      sellerModelId: 'anthropic/claude-opus-4.5',
      prices: [{ from: FROM, input: 5, output: 25, cachedInput: 0.5, cacheWrite5m: 6.25, note: NOTE, source }],
    },
    {
      model: 'claude-opus-4-6',
      sellerModelId: 'anthropic/claude-opus-4.6',
      prices: [
        {
          from: FROM,
          input: 5,
          output: 25,
          cachedInput: 0.5,
          cacheWrite5m: 6.25,
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'claude-sonnet-4-6',
      sellerModelId: 'anthropic/claude-sonnet-4.6',
      prices: [{ from: FROM, input: 3, output: 15, cachedInput: 0.3, cacheWrite5m: 3.75, note: NOTE, source }],
    },
    {
      model: 'claude-opus-4-7',
      sellerModelId: 'anthropic/claude-opus-4.7',
      prices: [
        {
          from: FROM,
          input: 5,
          output: 25,
          cachedInput: 0.5,
          cacheWrite5m: 6.25,
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'claude-opus-4-8',
      sellerModelId: 'anthropic/claude-opus-4.8',
      prices: [
        {
          from: FROM,
          to: FAST_48_REMOVED,
          input: 5,
          output: 25,
          cachedInput: 0.5,
          cacheWrite5m: 6.25,
          serviceTiers: { fast: { input: 10, output: 50, cachedInput: 1 } },
          note: NOTE,
          source,
        },
        {
          from: FAST_48_REMOVED,
          input: 5,
          output: 25,
          cachedInput: 0.5,
          cacheWrite5m: 6.25,
          note: 'Fast mode removed by Anthropic on this day.',
          source,
        },
      ],
    },
    {
      model: 'claude-fable-5',
      sellerModelId: 'anthropic/claude-fable-5',
      prices: [{ from: FROM, input: 10, output: 50, cachedInput: 1, cacheWrite5m: 12.5, note: NOTE, source }],
    },
    {
      model: 'claude-sonnet-5',
      sellerModelId: 'anthropic/claude-sonnet-5',
      prices: [{ from: FROM, input: 2, output: 10, cachedInput: 0.2, cacheWrite5m: 2.5, note: NOTE, source }],
    },
    {
      model: 'claude-opus-5',
      sellerModelId: 'anthropic/claude-opus-5',
      prices: [
        {
          from: FROM,
          input: 5,
          output: 25,
          cachedInput: 0.5,
          cacheWrite5m: 6.25,
          serviceTiers: { fast: { input: 10, output: 50, cachedInput: 1 } },
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'claude-fable-5-1',
      sellerModelId: 'anthropic/claude-fable-5.1',
      prices: [{ from: FROM, input: 10, output: 50, cachedInput: 0.25, cacheWrite5m: 12.5, note: NOTE, source }],
    },
    {
      model: 'claude-opus-5-5',
      sellerModelId: 'anthropic/claude-opus-5.5',
      prices: [{ from: FROM, input: 4, output: 20, cachedInput: 0.2, cacheWrite5m: 5, note: NOTE, source }],
    },
    {
      model: 'grok-3-mini',
      sellerModelId: 'x-ai/grok-3-mini-beta',
      prices: [{ from: FROM, input: 0.3, output: 0.5, note: NOTE, source }],
    },
    {
      model: 'grok-4.20',
      sellerModelId: 'x-ai/grok-4.20',
      prices: [{ from: FROM, input: 1.25, output: 2.5, cachedInput: 0.2, note: NOTE, source }],
    },
    {
      model: 'grok-4.20-multi-agent',
      sellerModelId: 'x-ai/grok-4.20-multi-agent',
      prices: [{ from: FROM, input: 2, output: 6, cachedInput: 0.2, note: NOTE, source }],
    },
    {
      model: 'grok-4.3',
      sellerModelId: 'x-ai/grok-4.3',
      prices: [{ from: FROM, input: 1.25, output: 2.5, cachedInput: 0.2, note: NOTE, source }],
    },
    {
      model: 'grok-build-0.1',
      sellerModelId: 'x-ai/grok-build-0.1',
      prices: [{ from: FROM, input: 1, output: 2, cachedInput: 0.2, note: NOTE, source }],
    },
    {
      model: 'deepseek-v4-pro',
      sellerModelId: 'deepseek/deepseek-v4-pro',
      prices: [{ from: FROM, input: 0.435, output: 0.87, cachedInput: 0.003625, note: NOTE, source }],
    },
    {
      model: 'deepseek-v3-0324',
      sellerModelId: 'deepseek/deepseek-chat-v3-0324',
      prices: [{ from: FROM, input: 0.3, output: 0.88, note: NOTE, source }],
    },
    {
      model: 'deepseek-r1',
      sellerModelId: 'deepseek/deepseek-r1',
      prices: [{ from: FROM, input: 0.45, output: 2.15, note: NOTE, source }],
    },
    {
      model: 'deepseek-r1-0528',
      sellerModelId: 'deepseek/deepseek-r1-0528',
      prices: [{ from: FROM, input: 0.5, output: 2.15, note: NOTE, source }],
    },
    {
      model: 'deepseek-v3.1',
      sellerModelId: 'deepseek/deepseek-chat-v3.1',
      prices: [{ from: FROM, input: 0.21, output: 0.79, cachedInput: 0.13, note: NOTE, source }],
    },
    {
      model: 'deepseek-v3.2',
      sellerModelId: 'deepseek/deepseek-v3.2',
      prices: [{ from: FROM, input: 0.2288, output: 0.3432, note: NOTE, source }],
    },
    {
      model: 'mistral-large-2512',
      sellerModelId: 'mistralai/mistral-large-2512',
      prices: [{ from: FROM, input: 0.5, output: 1.5, cachedInput: 0.05, note: NOTE, source }],
    },
    {
      model: 'mistral-medium-3-5',
      sellerModelId: 'mistralai/mistral-medium-3-5',
      prices: [{ from: FROM, input: 1.5, output: 7.5, note: NOTE, source }],
    },
    {
      model: 'mistral-small-2603',
      sellerModelId: 'mistralai/mistral-small-2603',
      prices: [{ from: FROM, input: 0.15, output: 0.6, cachedInput: 0.015, note: NOTE, source }],
    },
    {
      model: 'ministral-3b-2512',
      sellerModelId: 'mistralai/ministral-3b-2512',
      prices: [{ from: FROM, input: 0.1, output: 0.1, cachedInput: 0.01, note: NOTE, source }],
    },
    {
      model: 'ministral-8b-2512',
      sellerModelId: 'mistralai/ministral-8b-2512',
      prices: [{ from: FROM, input: 0.15, output: 0.15, cachedInput: 0.015, note: NOTE, source }],
    },
    {
      model: 'ministral-14b-2512',
      sellerModelId: 'mistralai/ministral-14b-2512',
      prices: [{ from: FROM, input: 0.2, output: 0.2, cachedInput: 0.02, note: NOTE, source }],
    },
    {
      model: 'codestral-2508',
      sellerModelId: 'mistralai/codestral-2508',
      prices: [{ from: FROM, input: 0.3, output: 0.9, cachedInput: 0.03, note: NOTE, source }],
    },
    {
      model: 'qwen-max',
      sellerModelId: 'qwen/qwen-max',
      prices: [{ from: FROM, input: 1.6, output: 6.4, note: NOTE, source }],
    },
    {
      model: 'qwen-plus',
      sellerModelId: 'qwen/qwen-plus',
      prices: [{ from: FROM, input: 0.4, output: 1.2, cachedInput: 0.16, note: NOTE, source }],
    },
    {
      model: 'qwen-turbo',
      sellerModelId: 'qwen/qwen-turbo',
      prices: [{ from: FROM, input: 0.05, output: 0.2, note: NOTE, source }],
    },
    {
      model: 'qwen3-max',
      sellerModelId: 'qwen/qwen3-max',
      prices: [{ from: FROM, input: 1.2, output: 6, note: NOTE, source }],
    },
    {
      model: 'qwen3-coder-plus',
      sellerModelId: 'qwen/qwen3-coder-plus',
      prices: [{ from: FROM, input: 0.65, output: 3.25, cachedInput: 0.13, cacheWrite5m: 0.8125, note: NOTE, source }],
    },
    {
      model: 'qwen3-coder-flash',
      sellerModelId: 'qwen/qwen3-coder-flash',
      prices: [{ from: FROM, input: 0.195, output: 0.975, cachedInput: 0.039, cacheWrite5m: 0.24375, note: NOTE, source }],
    },
    {
      model: 'qwen3.6-plus',
      sellerModelId: 'qwen/qwen3.6-plus',
      prices: [{ from: FROM, input: 0.325, output: 1.95, cacheWrite5m: 0.40625, note: NOTE, source }],
    },
    {
      model: 'qwen3.7-plus',
      sellerModelId: 'qwen/qwen3.7-plus',
      prices: [{ from: FROM, input: 0.4, output: 1.6, cachedInput: 0.08, cacheWrite5m: 0.5, note: NOTE, source }],
    },
    {
      model: 'qwen3.7-max',
      sellerModelId: 'qwen/qwen3.7-max',
      prices: [{ from: FROM, input: 1.25, output: 3.75, cachedInput: 0.25, cacheWrite5m: 1.5625, note: NOTE, source }],
    },
    {
      model: 'qwen3-235b-a22b',
      sellerModelId: 'qwen/qwen3-235b-a22b',
      prices: [{ from: FROM, input: 0.13, output: 0.6, note: NOTE, source }],
    },
    {
      model: 'qwen3-32b',
      sellerModelId: 'qwen/qwen3-32b',
      prices: [{ from: FROM, input: 0.1, output: 0.3, note: NOTE, source }],
    },
    {
      model: 'qwen3-coder-480b-a35b',
      sellerModelId: 'qwen/qwen3-coder',
      prices: [{ from: FROM, input: 0.22, output: 1.8, note: NOTE, source }],
    },
    {
      model: 'kimi-k2.5',
      sellerModelId: 'moonshotai/kimi-k2.5',
      prices: [{ from: FROM, input: 0.4, output: 1.9, cachedInput: 0.09, note: NOTE, source }],
    },
    {
      model: 'kimi-k2.6',
      sellerModelId: 'moonshotai/kimi-k2.6',
      prices: [{ from: FROM, input: 0.68, output: 3.41, cachedInput: 0.34, note: NOTE, source }],
    },
    {
      model: 'kimi-k2.7-code',
      sellerModelId: 'moonshotai/kimi-k2.7-code',
      prices: [{ from: FROM, input: 0.75, output: 3.5, cachedInput: 0.16, note: NOTE, source }],
    },
    {
      model: 'kimi-k3',
      sellerModelId: 'moonshotai/kimi-k3',
      prices: [{ from: FROM, input: 3, output: 15, cachedInput: 0.3, note: NOTE, source }],
    },
    {
      model: 'glm-4.5',
      sellerModelId: 'z-ai/glm-4.5',
      prices: [{ from: FROM, input: 0.6, output: 2.2, cachedInput: 0.11, note: NOTE, source }],
    },
    {
      model: 'glm-4.5-air',
      sellerModelId: 'z-ai/glm-4.5-air',
      prices: [{ from: FROM, input: 0.125, output: 0.85, cachedInput: 0.06, note: NOTE, source }],
    },
    {
      model: 'glm-4.6',
      sellerModelId: 'z-ai/glm-4.6',
      prices: [{ from: FROM, input: 0.43, output: 1.74, cachedInput: 0.08, note: NOTE, source }],
    },
    {
      model: 'glm-4.7',
      sellerModelId: 'z-ai/glm-4.7',
      prices: [{ from: FROM, input: 0.4, output: 1.75, cachedInput: 0.08, note: NOTE, source }],
    },
    {
      model: 'glm-4.7-flash',
      sellerModelId: 'z-ai/glm-4.7-flash',
      prices: [{ from: FROM, input: 0.06, output: 0.4, cachedInput: 0.01, note: NOTE, source }],
    },
    {
      model: 'glm-5',
      sellerModelId: 'z-ai/glm-5',
      prices: [{ from: FROM, input: 0.6, output: 1.92, cachedInput: 0.12, note: NOTE, source }],
    },
    {
      model: 'glm-5-turbo',
      sellerModelId: 'z-ai/glm-5-turbo',
      prices: [{ from: FROM, input: 1.2, output: 4, cachedInput: 0.24, note: NOTE, source }],
    },
    {
      model: 'glm-5.1',
      sellerModelId: 'z-ai/glm-5.1',
      prices: [{ from: FROM, input: 0.98, output: 3.08, cachedInput: 0.182, note: NOTE, source }],
    },
    {
      model: 'glm-5.2',
      sellerModelId: 'z-ai/glm-5.2',
      prices: [{ from: FROM, input: 1.4, output: 4.4, cachedInput: 0.26, note: NOTE, source }],
    },
    {
      model: 'glm-5.3',
      sellerModelId: 'z-ai/glm-5.3',
      prices: [{ from: FROM, input: 1.4, output: 4.4, cachedInput: 0.26, note: NOTE, source }],
    },
    {
      model: 'glm-5.3-flash',
      sellerModelId: 'z-ai/glm-5.3-flash',
      prices: [{ from: FROM, input: 0.075, output: 0.25, cachedInput: 0.015, note: NOTE, source }],
    },
    {
      model: 'minimax-m1',
      sellerModelId: 'minimax/minimax-m1',
      prices: [{ from: FROM, input: 0.3, output: 1.65, note: NOTE, source }],
    },
    {
      model: 'minimax-m2',
      sellerModelId: 'minimax/minimax-m2',
      prices: [{ from: FROM, input: 0.255, output: 1, cachedInput: 0.03, note: NOTE, source }],
    },
    {
      model: 'minimax-m2.1',
      sellerModelId: 'minimax/minimax-m2.1',
      prices: [{ from: FROM, input: 0.29, output: 0.95, cachedInput: 0.03, note: NOTE, source }],
    },
    {
      model: 'minimax-m2.5',
      sellerModelId: 'minimax/minimax-m2.5',
      prices: [{ from: FROM, input: 0.15, output: 0.9, cachedInput: 0.05, note: NOTE, source }],
    },
    {
      model: 'minimax-m2.7',
      sellerModelId: 'minimax/minimax-m2.7',
      prices: [{ from: FROM, input: 0.27, output: 1.08, cachedInput: 0.054, note: NOTE, source }],
    },
    {
      model: 'minimax-m3',
      sellerModelId: 'minimax/minimax-m3',
      prices: [{ from: FROM, input: 0.3, output: 1.2, cachedInput: 0.06, note: NOTE, source }],
    },
    {
      model: 'nova-micro',
      sellerModelId: 'amazon/nova-micro-v1',
      prices: [{ from: FROM, input: 0.035, output: 0.14, note: NOTE, source }],
    },
    {
      model: 'nova-lite',
      sellerModelId: 'amazon/nova-lite-v1',
      prices: [{ from: FROM, input: 0.06, output: 0.24, note: NOTE, source }],
    },
    {
      model: 'nova-pro',
      sellerModelId: 'amazon/nova-pro-v1',
      prices: [{ from: FROM, input: 0.8, output: 3.2, note: NOTE, source }],
    },
    {
      model: 'nova-2-lite',
      sellerModelId: 'amazon/nova-2-lite-v1',
      prices: [{ from: FROM, input: 0.3, output: 2.5, note: NOTE, source }],
    },
    {
      model: 'command-a',
      sellerModelId: 'cohere/command-a',
      prices: [{ from: FROM, input: 2.5, output: 10, note: NOTE, source }],
    },
    {
      model: 'command-r-08-2024',
      sellerModelId: 'cohere/command-r-08-2024',
      prices: [{ from: FROM, input: 0.15, output: 0.6, note: NOTE, source }],
    },
    {
      model: 'command-r-plus-08-2024',
      sellerModelId: 'cohere/command-r-plus-08-2024',
      prices: [{ from: FROM, input: 2.5, output: 10, note: NOTE, source }],
    },
    {
      model: 'command-r7b',
      sellerModelId: 'cohere/command-r7b-12-2024',
      prices: [{ from: FROM, input: 0.0375, output: 0.15, note: NOTE, source }],
    },
    {
      model: 'sonar',
      sellerModelId: 'perplexity/sonar',
      prices: [{ from: FROM, input: 1, output: 1, note: NOTE, source }],
    },
    {
      model: 'sonar-pro',
      sellerModelId: 'perplexity/sonar-pro',
      prices: [{ from: FROM, input: 3, output: 15, note: NOTE, source }],
    },
    {
      model: 'sonar-reasoning-pro',
      sellerModelId: 'perplexity/sonar-reasoning-pro',
      prices: [{ from: FROM, input: 2, output: 8, note: NOTE, source }],
    },
    {
      model: 'sonar-deep-research',
      sellerModelId: 'perplexity/sonar-deep-research',
      prices: [{ from: FROM, input: 2, output: 8, note: NOTE, source }],
    },
    {
      model: 'llama-4-maverick',
      sellerModelId: 'meta-llama/llama-4-maverick',
      prices: [{ from: FROM, input: 0.15, output: 0.6, note: NOTE, source }],
    },
    {
      model: 'llama-4-scout',
      sellerModelId: 'meta-llama/llama-4-scout',
      prices: [{ from: FROM, input: 0.08, output: 0.3, note: NOTE, source }],
    },
    {
      model: 'llama-3.3-70b',
      sellerModelId: 'meta-llama/llama-3.3-70b-instruct',
      prices: [{ from: FROM, input: 0.05, output: 0.24, note: NOTE, source }],
    },
  ],
});
