// Together AI: serverless open-weight models (USD per 1M tokens), as read in pydantic/genai-prices and models.dev.
import { defineSeller } from '../schema';
import { sellerPages } from '../seller-pages';

const PRICING = 'https://www.together.ai/pricing';
/** Read in a secondary database rather than on the page itself, on the day it was checked. */
const source = { url: PRICING, checked: '2026-11-30', via: 'pydantic/genai-prices 0.1.8' };
/** The day that genai-prices release was published: the first day these prices are confirmed. */
const FROM = '2026-09-23';
const NOTE = 'The start is the first confirmed day (the genai-prices release it was read in), not the day the price began.';

/** Read in models.dev's provider files (snapshot of 2026-07-02), not on the page itself. */
const sourceMd = { url: PRICING, checked: '2026-11-30', via: 'models.dev (providers/togetherai, snapshot 2026-07-02)' };
/** The models.dev snapshot's day: the first day these prices are confirmed. */
const FROM_MD = '2026-07-02';
const NOTE_MD = 'The start is the first confirmed day (the models.dev snapshot it was read in), not the day the price began.';

export const together = defineSeller({
  id: 'together',
  name: 'Together AI',
  kind: 'host',
  pricingUrl: PRICING,
  // The seller's own pages (pricing-data/seller-pages.ts): a tag there shows this seller's offer.
  pages: [...sellerPages.together],
  offers: [
    {
      model: 'llama-4-maverick',
      sellerModelId: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8',
      prices: [{ from: FROM, input: 0.27, output: 0.85, note: NOTE, source }],
    },
    {
      model: 'llama-4-scout',
      sellerModelId: 'meta-llama/Llama-4-Scout-17B-16E-Instruct',
      prices: [{ from: FROM, input: 0.18, output: 0.59, note: NOTE, source }],
    },
    {
      model: 'llama-3.3-70b',
      sellerModelId: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
      prices: [{ from: FROM, input: 0.88, output: 0.88, note: NOTE, source }],
    },
    {
      model: 'minimax-m2.5',
      sellerModelId: 'MiniMaxAI/MiniMax-M2.5',
      prices: [{ from: FROM_MD, input: 0.3, output: 1.2, cachedInput: 0.06, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'minimax-m2.7',
      sellerModelId: 'MiniMaxAI/MiniMax-M2.7',
      prices: [{ from: FROM_MD, input: 0.3, output: 1.2, cachedInput: 0.06, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'minimax-m3',
      sellerModelId: 'MiniMaxAI/MiniMax-M3',
      prices: [{ from: FROM_MD, input: 0.3, output: 1.2, cachedInput: 0.06, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'qwen3-coder-480b-a35b',
      sellerModelId: 'Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8',
      prices: [{ from: FROM_MD, input: 2, output: 2, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'deepseek-v3.1',
      sellerModelId: 'deepseek-ai/DeepSeek-V3-1',
      prices: [{ from: FROM_MD, input: 0.6, output: 1.7, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'kimi-k2.5',
      sellerModelId: 'moonshotai/Kimi-K2.5',
      prices: [{ from: FROM_MD, input: 0.5, output: 2.8, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'kimi-k2.6',
      sellerModelId: 'moonshotai/Kimi-K2.6',
      prices: [{ from: FROM_MD, input: 1.2, output: 4.5, cachedInput: 0.2, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'kimi-k2.7-code',
      sellerModelId: 'moonshotai/Kimi-K2.7-Code',
      prices: [{ from: FROM_MD, input: 0.95, output: 4, cachedInput: 0.19, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gpt-oss-120b',
      sellerModelId: 'openai/gpt-oss-120b',
      prices: [{ from: FROM_MD, input: 0.15, output: 0.6, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gpt-oss-20b',
      sellerModelId: 'openai/gpt-oss-20b',
      prices: [{ from: FROM_MD, input: 0.05, output: 0.2, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-5.1',
      sellerModelId: 'zai-org/GLM-5.1',
      prices: [{ from: FROM_MD, input: 1.4, output: 4.4, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-5.2',
      sellerModelId: 'zai-org/GLM-5.2',
      prices: [{ from: FROM_MD, input: 1.4, output: 4.4, cachedInput: 0.26, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-5',
      sellerModelId: 'zai-org/GLM-5',
      prices: [{ from: FROM_MD, input: 1, output: 3.2, note: NOTE_MD, source: sourceMd }],
    },
  ],
});
