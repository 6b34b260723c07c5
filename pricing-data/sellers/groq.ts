// Groq: open-weight models on Groq's LPU cloud (USD per 1M tokens), as read in pydantic/genai-prices.
import { defineSeller } from '../schema';
import { sellerPages } from '../seller-pages';

const PRICING = 'https://groq.com/pricing';
/** Read in a secondary database rather than on the page itself, on the day it was checked. */
const source = { url: PRICING, checked: '2026-11-30', via: 'pydantic/genai-prices 0.1.8' };
/** The day that genai-prices release was published: the first day these prices are confirmed. */
const FROM = '2026-09-23';
const NOTE = 'The start is the first confirmed day (the genai-prices release it was read in), not the day the price began.';

export const groq = defineSeller({
  id: 'groq',
  name: 'Groq',
  kind: 'host',
  pricingUrl: PRICING,
  // The seller's own pages (pricing-data/seller-pages.ts): a tag there shows this seller's offer.
  pages: [...sellerPages.groq],
  offers: [
    {
      model: 'gpt-oss-120b',
      sellerModelId: 'openai/gpt-oss-120b',
      prices: [{ from: FROM, input: 0.15, output: 0.6, cachedInput: 0.075, note: NOTE, source }],
    },
    {
      model: 'gpt-oss-20b',
      sellerModelId: 'openai/gpt-oss-20b',
      prices: [{ from: FROM, input: 0.075, output: 0.3, cachedInput: 0.0375, note: NOTE, source }],
    },
    {
      model: 'qwen3-32b',
      sellerModelId: 'qwen/qwen3-32b',
      prices: [{ from: FROM, input: 0.29, output: 0.59, note: NOTE, source }],
    },
    {
      model: 'llama-4-maverick',
      sellerModelId: 'meta-llama/llama-4-maverick-17b-128e-instruct',
      prices: [{ from: FROM, input: 0.2, output: 0.6, note: NOTE, source }],
    },
    {
      model: 'llama-4-scout',
      sellerModelId: 'meta-llama/llama-4-scout-17b-16e-instruct',
      prices: [{ from: FROM, input: 0.11, output: 0.34, note: NOTE, source }],
    },
    {
      model: 'llama-3.3-70b',
      sellerModelId: 'llama-3.3-70b-versatile',
      prices: [{ from: FROM, input: 0.59, output: 0.79, note: NOTE, source }],
    },
  ],
});
