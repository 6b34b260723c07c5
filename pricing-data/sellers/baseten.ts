// Baseten: Model APIs for open-weight models (USD per 1M tokens), as read in pydantic/genai-prices.
import { defineSeller } from '../schema';

const PRICING = 'https://www.baseten.co/pricing/';
/** Read in a secondary database rather than on the page itself, on the day it was checked. */
const source = { url: PRICING, checked: '2026-11-30', via: 'pydantic/genai-prices 0.1.8' };
/** The day that genai-prices release was published: the first day these prices are confirmed. */
const FROM = '2026-09-23';
const NOTE = 'The start is the first confirmed day (the genai-prices release it was read in), not the day the price began.';

export const baseten = defineSeller({
  id: 'baseten',
  name: 'Baseten',
  kind: 'host',
  pricingUrl: PRICING,
  offers: [
    {
      model: 'gpt-oss-120b',
      sellerModelId: 'openai/gpt-oss-120b',
      prices: [{ from: FROM, input: 0.1, output: 0.5, note: NOTE, source }],
    },
    {
      model: 'deepseek-v4-pro',
      sellerModelId: 'deepseek-ai/DeepSeek-V4-Pro',
      prices: [{ from: FROM, input: 1.74, output: 3.48, cachedInput: 0.145, note: NOTE, source }],
    },
    {
      model: 'kimi-k2.6',
      sellerModelId: 'moonshotai/Kimi-K2.6',
      prices: [{ from: FROM, input: 0.95, output: 4, cachedInput: 0.16, note: NOTE, source }],
    },
    {
      model: 'kimi-k2.7-code',
      sellerModelId: 'moonshotai/Kimi-K2.7-Code',
      prices: [{ from: FROM, input: 0.95, output: 4, cachedInput: 0.16, note: NOTE, source }],
    },
    {
      model: 'kimi-k3',
      sellerModelId: 'moonshotai/Kimi-K3',
      prices: [{ from: FROM, input: 3, output: 15, cachedInput: 0.3, note: NOTE, source }],
    },
    {
      model: 'glm-4.7',
      sellerModelId: 'zai-org/GLM-4.7',
      prices: [{ from: FROM, input: 0.6, output: 2.2, cachedInput: 0.12, note: NOTE, source }],
    },
    {
      model: 'glm-5.2',
      sellerModelId: 'zai-org/GLM-5.2',
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
      model: 'glm-5.3',
      sellerModelId: 'zai-org/GLM-5.3',
      prices: [{ from: FROM, input: 1.4, output: 4.4, cachedInput: 0.14, note: NOTE, source }],
    },
    {
      model: 'glm-5.3-flash',
      sellerModelId: 'zai-org/GLM-5.3-Flash',
      prices: [{ from: FROM, input: 0.15, output: 0.5, cachedInput: 0.03, note: NOTE, source }],
    },
  ],
});
