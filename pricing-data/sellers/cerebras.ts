// Cerebras: open-weight models on Cerebras Inference (USD per 1M tokens), as read in pydantic/genai-prices.
import { defineSeller } from '../schema';
import { sellerPages } from '../seller-pages';

const PRICING = 'https://www.cerebras.ai/pricing';
/** Read in a secondary database rather than on the page itself, on the day it was checked. */
const source = { url: PRICING, checked: '2026-11-30', via: 'pydantic/genai-prices 0.1.8' };
/** The day that genai-prices release was published: the first day these prices are confirmed. */
const FROM = '2026-09-23';
const NOTE = 'The start is the first confirmed day (the genai-prices release it was read in), not the day the price began.';

export const cerebras = defineSeller({
  id: 'cerebras',
  name: 'Cerebras',
  kind: 'host',
  pricingUrl: PRICING,
  // The seller's own pages (pricing-data/seller-pages.ts): a tag there shows this seller's offer.
  pages: [...sellerPages.cerebras],
  offers: [
    {
      model: 'gpt-oss-120b',
      sellerModelId: 'gpt-oss-120b',
      prices: [{ from: FROM, input: 0.35, output: 0.75, note: NOTE, source }],
    },
    {
      model: 'qwen3-32b',
      sellerModelId: 'qwen-3-32b',
      prices: [{ from: FROM, input: 0.4, output: 0.8, note: NOTE, source }],
    },
    {
      model: 'glm-4.7',
      sellerModelId: 'zai-glm-4.7',
      prices: [{ from: FROM, input: 2.25, output: 2.75, note: NOTE, source }],
    },
    {
      model: 'llama-3.3-70b',
      sellerModelId: 'llama-3.3-70b',
      prices: [{ from: FROM, input: 0.85, output: 1.2, note: NOTE, source }],
    },
  ],
});
