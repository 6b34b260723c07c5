// OVHcloud AI Endpoints: open-weight models on AI Endpoints (USD per 1M tokens), as read in pydantic/genai-prices.
import { defineSeller } from '../schema';

const PRICING = 'https://www.ovhcloud.com/en/public-cloud/ai-endpoints/';
/** Read in a secondary database rather than on the page itself, on the day it was checked. */
const source = { url: PRICING, checked: '2026-11-30', via: 'pydantic/genai-prices 0.1.8' };
/** The day that genai-prices release was published: the first day these prices are confirmed. */
const FROM = '2026-09-23';
const NOTE = 'The start is the first confirmed day (the genai-prices release it was read in), not the day the price began.';

export const ovhcloud = defineSeller({
  id: 'ovhcloud',
  name: 'OVHcloud AI Endpoints',
  kind: 'host',
  pricingUrl: PRICING,
  offers: [
    {
      model: 'gpt-oss-120b',
      sellerModelId: 'gpt-oss-120b',
      prices: [{ from: FROM, input: 0.09, output: 0.47, note: NOTE, source }],
    },
    {
      model: 'gpt-oss-20b',
      sellerModelId: 'gpt-oss-20b',
      prices: [{ from: FROM, input: 0.05, output: 0.18, note: NOTE, source }],
    },
    {
      model: 'qwen3-32b',
      sellerModelId: 'Qwen3-32B',
      prices: [{ from: FROM, input: 0.09, output: 0.25, note: NOTE, source }],
    },
    {
      model: 'llama-3.3-70b',
      sellerModelId: 'Meta-Llama-3_3-70B-Instruct',
      prices: [{ from: FROM, input: 0.74, output: 0.74, note: NOTE, source }],
    },
  ],
});
