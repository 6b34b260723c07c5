// Avian: open-weight models (USD per 1M tokens), as read in pydantic/genai-prices.
import { defineSeller } from '../schema';

const PRICING = 'https://avian.io/pricing/';
/** Read in a secondary database rather than on the page itself, on the day it was checked. */
const source = { url: PRICING, checked: '2026-11-30', via: 'pydantic/genai-prices 0.1.8' };
/** The day that genai-prices release was published: the first day these prices are confirmed. */
const FROM = '2026-09-23';
const NOTE = 'The start is the first confirmed day (the genai-prices release it was read in), not the day the price began.';

export const avian = defineSeller({
  id: 'avian',
  name: 'Avian',
  kind: 'host',
  pricingUrl: PRICING,
  offers: [
    {
      model: 'deepseek-v4-pro',
      sellerModelId: 'deepseek/deepseek-v4-pro',
      prices: [{ from: FROM, input: 1.305, output: 2.61, cachedInput: 0.10875, note: NOTE, source }],
    },
    {
      model: 'deepseek-v3.2',
      sellerModelId: 'deepseek/deepseek-v3.2',
      prices: [{ from: FROM, input: 0.23, output: 0.33, cachedInput: 0.012, note: NOTE, source }],
    },
    {
      model: 'kimi-k2.5',
      sellerModelId: 'moonshotai/kimi-k2.5',
      prices: [{ from: FROM, input: 0.45, output: 2.2, cachedInput: 0.225, note: NOTE, source }],
    },
    {
      model: 'kimi-k2.6',
      sellerModelId: 'moonshotai/kimi-k2.6',
      prices: [{ from: FROM, input: 0.95, output: 4, cachedInput: 0.16, note: NOTE, source }],
    },
    {
      model: 'glm-4.7',
      sellerModelId: 'z-ai/glm-4.7',
      prices: [{ from: FROM, input: 0.388, output: 1.806, cachedInput: 0.097, note: NOTE, source }],
    },
    {
      model: 'glm-5',
      sellerModelId: 'z-ai/glm-5',
      prices: [{ from: FROM, input: 0.516, output: 2.322, cachedInput: 0.129, note: NOTE, source }],
    },
    {
      model: 'glm-5.1',
      sellerModelId: 'z-ai/glm-5.1',
      prices: [{ from: FROM, input: 0.743, output: 2.971, cachedInput: 0.186, note: NOTE, source }],
    },
    {
      model: 'glm-5.2',
      sellerModelId: 'z-ai/glm-5.2',
      prices: [{ from: FROM, input: 0.495, output: 1.733, cachedInput: 0.124, note: NOTE, source }],
    },
    {
      model: 'minimax-m2.5',
      sellerModelId: 'minimax/minimax-m2.5',
      prices: [{ from: FROM, input: 0.27, output: 1.08, cachedInput: 0.15, note: NOTE, source }],
    },
    {
      model: 'llama-3.3-70b',
      sellerModelId: 'Meta-Llama-3.3-70B-Instruct',
      prices: [{ from: FROM, input: 0.45, output: 0.45, note: NOTE, source }],
    },
  ],
});
