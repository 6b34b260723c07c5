// DeepInfra: serverless open-weight models (USD per 1M tokens), as read in models.dev.
import { defineSeller } from '../schema';
import { sellerPages } from '../seller-pages';

const PRICING = 'https://deepinfra.com/pricing';
/** Read in models.dev's provider files (snapshot of 2026-07-02), not on the page itself. */
const sourceMd = { url: PRICING, checked: '2026-11-30', via: 'models.dev (providers/deepinfra, snapshot 2026-07-02)' };
/** The models.dev snapshot's day: the first day these prices are confirmed. */
const FROM_MD = '2026-07-02';
const NOTE_MD = 'The start is the first confirmed day (the models.dev snapshot it was read in), not the day the price began.';

export const deepinfra = defineSeller({
  id: 'deepinfra',
  name: 'DeepInfra',
  kind: 'host',
  pricingUrl: PRICING,
  // The seller's own pages (pricing-data/seller-pages.ts): a tag there shows this seller's offer.
  pages: [...sellerPages.deepinfra],
  offers: [
    {
      model: 'minimax-m2.5',
      sellerModelId: 'MiniMaxAI/MiniMax-M2.5',
      prices: [{ from: FROM_MD, input: 0.15, output: 1.15, cachedInput: 0.03, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'qwen3-coder-480b-a35b',
      sellerModelId: 'Qwen/Qwen3-Coder-480B-A35B-Instruct-Turbo',
      prices: [{ from: FROM_MD, input: 0.3, output: 1, note: 'A quantized (Turbo) deployment. ' + NOTE_MD, source: sourceMd }],
    },
    {
      model: 'deepseek-r1-0528',
      sellerModelId: 'deepseek-ai/DeepSeek-R1-0528',
      prices: [{ from: FROM_MD, input: 0.5, output: 2.15, cachedInput: 0.35, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'deepseek-v3.2',
      sellerModelId: 'deepseek-ai/DeepSeek-V3.2',
      prices: [{ from: FROM_MD, input: 0.26, output: 0.38, cachedInput: 0.13, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'llama-3.3-70b',
      sellerModelId: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
      prices: [{ from: FROM_MD, input: 0.1, output: 0.32, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'llama-4-maverick',
      sellerModelId: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8',
      prices: [{ from: FROM_MD, input: 0.15, output: 0.6, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'llama-4-scout',
      sellerModelId: 'meta-llama/Llama-4-Scout-17B-16E-Instruct',
      prices: [{ from: FROM_MD, input: 0.1, output: 0.3, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'kimi-k2.5',
      sellerModelId: 'moonshotai/Kimi-K2.5',
      prices: [{ from: FROM_MD, input: 0.45, output: 2.25, cachedInput: 0.07, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'kimi-k2.6',
      sellerModelId: 'moonshotai/Kimi-K2.6',
      prices: [{ from: FROM_MD, input: 0.75, output: 3.5, cachedInput: 0.15, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'kimi-k2.7-code',
      sellerModelId: 'moonshotai/Kimi-K2.7-Code',
      prices: [{ from: FROM_MD, input: 0.74, output: 3.5, cachedInput: 0.15, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gpt-oss-120b',
      sellerModelId: 'openai/gpt-oss-120b',
      prices: [{ from: FROM_MD, input: 0.039, output: 0.19, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gpt-oss-20b',
      sellerModelId: 'openai/gpt-oss-20b',
      prices: [{ from: FROM_MD, input: 0.03, output: 0.14, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-4.6',
      sellerModelId: 'zai-org/GLM-4.6',
      prices: [{ from: FROM_MD, input: 0.43, output: 1.74, cachedInput: 0.08, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-4.7-flash',
      sellerModelId: 'zai-org/GLM-4.7-Flash',
      prices: [{ from: FROM_MD, input: 0.06, output: 0.4, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-4.7',
      sellerModelId: 'zai-org/GLM-4.7',
      prices: [{ from: FROM_MD, input: 0.4, output: 1.75, cachedInput: 0.08, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-5.1',
      sellerModelId: 'zai-org/GLM-5.1',
      prices: [{ from: FROM_MD, input: 1.05, output: 3.5, cachedInput: 0.205, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-5.2',
      sellerModelId: 'zai-org/GLM-5.2',
      prices: [{ from: FROM_MD, input: 0.95, output: 3, cachedInput: 0.18, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-5',
      sellerModelId: 'zai-org/GLM-5',
      prices: [{ from: FROM_MD, input: 0.6, output: 2.08, cachedInput: 0.12, note: NOTE_MD, source: sourceMd }],
    },
  ],
});
