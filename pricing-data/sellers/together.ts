// Together AI: serverless open-weight models (USD per 1M tokens), as read in pydantic/genai-prices.
import { defineSeller } from '../schema';

const PRICING = 'https://www.together.ai/pricing';
/** Read in a secondary database rather than on the page itself, on the day it was checked. */
const source = { url: PRICING, checked: '2026-11-30', via: 'pydantic/genai-prices 0.1.8' };
/** The day that genai-prices release was published: the first day these prices are confirmed. */
const FROM = '2026-09-23';
const NOTE = 'The start is the first confirmed day (the genai-prices release it was read in), not the day the price began.';

export const together = defineSeller({
  id: 'together',
  name: 'Together AI',
  kind: 'host',
  pricingUrl: PRICING,
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
  ],
});
