// Fireworks AI: serverless open-weight models (USD per 1M tokens), as read in pydantic/genai-prices.
import { defineSeller } from '../schema';
import { sellerPages } from '../seller-pages';

const PRICING = 'https://fireworks.ai/pricing';
/** Read in a secondary database rather than on the page itself, on the day it was checked. */
const source = { url: PRICING, checked: '2026-11-30', via: 'pydantic/genai-prices 0.1.8' };
/** The day that genai-prices release was published: the first day these prices are confirmed. */
const FROM = '2026-09-23';
const NOTE = 'The start is the first confirmed day (the genai-prices release it was read in), not the day the price began.';

export const fireworks = defineSeller({
  id: 'fireworks',
  name: 'Fireworks AI',
  kind: 'host',
  pricingUrl: PRICING,
  // The seller's own pages (pricing-data/seller-pages.ts): a tag there shows this seller's offer.
  pages: [...sellerPages.fireworks],
  offers: [
    {
      model: 'gpt-oss-120b',
      sellerModelId: 'gpt-oss-120b',
      prices: [{ from: FROM, input: 0.15, output: 0.6, cachedInput: 0.014, note: NOTE, source }],
    },
    {
      model: 'gpt-oss-20b',
      sellerModelId: 'gpt-oss-20b',
      prices: [{ from: FROM, input: 0.07, output: 0.3, cachedInput: 0.035, note: NOTE, source }],
    },
    {
      model: 'deepseek-v4-pro',
      sellerModelId: 'deepseek-v4-pro',
      prices: [{ from: FROM, input: 1.74, output: 3.48, cachedInput: 0.145, note: NOTE, source }],
    },
    {
      model: 'deepseek-v3-0324',
      sellerModelId: 'deepseek-v3-0324',
      prices: [{ from: FROM, input: 0.9, output: 0.9, note: NOTE, source }],
    },
    {
      model: 'deepseek-r1-0528',
      sellerModelId: 'deepseek-r1-0528',
      prices: [{ from: FROM, input: 3, output: 8, note: NOTE, source }],
    },
    {
      model: 'deepseek-v3.2',
      sellerModelId: 'deepseek-v3p2',
      prices: [{ from: FROM, input: 0.56, output: 1.68, cachedInput: 0.28, note: NOTE, source }],
    },
    {
      model: 'qwen3.6-plus',
      sellerModelId: 'qwen3p6-plus',
      prices: [{ from: FROM, input: 0.5, output: 3, cachedInput: 0.1, note: NOTE, source }],
    },
    {
      model: 'qwen3.7-plus',
      sellerModelId: 'qwen3p7-plus',
      prices: [{ from: FROM, input: 0.4, output: 1.6, cachedInput: 0.08, note: NOTE, source }],
    },
    {
      model: 'qwen3-235b-a22b',
      sellerModelId: 'qwen3-235b-a22b',
      prices: [{ from: FROM, input: 0.22, output: 0.88, note: NOTE, source }],
    },
    {
      model: 'kimi-k2.5',
      sellerModelId: 'kimi-k2p5',
      prices: [{ from: FROM, input: 0.6, output: 3, cachedInput: 0.1, note: NOTE, source }],
    },
    {
      model: 'kimi-k2.6',
      sellerModelId: 'kimi-k2p6',
      prices: [
        {
          from: FROM,
          input: 0.95,
          output: 4,
          cachedInput: 0.16,
          serviceTiers: { fast: { input: 2, output: 8, cachedInput: 0.3 } },
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'kimi-k2.7-code',
      sellerModelId: 'kimi-k2p7-code',
      prices: [
        {
          from: FROM,
          input: 0.95,
          output: 4,
          cachedInput: 0.19,
          serviceTiers: { fast: { input: 1.9, output: 8, cachedInput: 0.38 } },
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'kimi-k3',
      sellerModelId: 'kimi-k3',
      prices: [
        {
          from: FROM,
          input: 3,
          output: 15,
          cachedInput: 0.3,
          serviceTiers: { fast: { input: 4.5, output: 22.5, cachedInput: 0.45 } },
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'kimi-k3',
      sellerModelId: 'kimi-k3-us',
      region: 'us',
      prices: [{ from: FROM, input: 3.3, output: 16.5, cachedInput: 0.33, note: NOTE, source }],
    },
    {
      model: 'glm-4.7',
      sellerModelId: 'glm-4p7',
      prices: [{ from: FROM, input: 0.6, output: 2.2, note: NOTE, source }],
    },
    {
      model: 'glm-5.1',
      sellerModelId: 'glm-5p1',
      prices: [
        {
          from: FROM,
          input: 1.4,
          output: 4.4,
          cachedInput: 0.26,
          serviceTiers: { fast: { input: 2.8, output: 8.8, cachedInput: 0.52 } },
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'glm-5.2',
      sellerModelId: 'glm-5p2',
      prices: [
        {
          from: FROM,
          input: 1.4,
          output: 4.4,
          cachedInput: 0.14,
          serviceTiers: { fast: { input: 2.1, output: 6.6, cachedInput: 0.21 } },
          note: NOTE,
          source,
        },
      ],
    },
    {
      model: 'minimax-m2.1',
      sellerModelId: 'minimax-m2p1',
      prices: [{ from: FROM, input: 0.3, output: 1.2, note: NOTE, source }],
    },
    {
      model: 'minimax-m2.7',
      sellerModelId: 'minimax-m2p7',
      prices: [{ from: FROM, input: 0.3, output: 1.2, cachedInput: 0.06, note: NOTE, source }],
    },
    {
      model: 'minimax-m3',
      sellerModelId: 'minimax-m3',
      prices: [{ from: FROM, input: 0.3, output: 1.2, cachedInput: 0.06, note: NOTE, source }],
    },
    {
      model: 'llama-4-maverick',
      sellerModelId: 'llama4-maverick-instruct-basic',
      prices: [{ from: FROM, input: 0.22, output: 0.88, note: NOTE, source }],
    },
  ],
});
