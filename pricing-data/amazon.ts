// Amazon's Nova text models on Amazon Bedrock (on-demand, us-east-1), with dated prices (USD per 1M tokens).
import { defineVendor, type Source } from './schema';

const PRICING = 'https://aws.amazon.com/bedrock/pricing/';
const CHECKED = '2026-11-27';

// Bedrock's pricing page renders its numbers client-side; the rates below were read in
// pydantic/genai-prices (which LiteLLM's table matches) and describe that page.
const GENAI_PRICES: Source = { url: PRICING, checked: CHECKED, via: 'pydantic/genai-prices 0.1.8' };
const CACHING: Source = {
  url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html',
  checked: CHECKED,
  via: 'pydantic/genai-prices 0.1.8',
};

// Bedrock's pricing page states batch inference costs 50% less than on-demand for supported models
// (Nova Micro, Lite, Pro and Premier among them), hence batchDiscount 0.5.
// Bedrock prompt caching became generally available on 2025-04-07 (Nova Micro, Lite, Pro; Premier
// from its launch); cache reads cost a quarter of the input rate.
const CACHE_FROM = '2025-04-07';
const CACHE_NOTE = 'Bedrock prompt caching GA on 2025-04-07: cache reads at 25% of the input rate';

export const amazon = defineVendor({
  id: 'amazon',
  name: 'Amazon',
  pricingUrl: PRICING,
  terms: [
    {
      from: '2024-12-03',
      batchDiscount: 0.5,
      // Bedrock's page does not list Nova 2 Lite among the batch models.
      except: ['nova-2-lite'],
      note: 'batch inference at 50% off on-demand',
      source: { url: PRICING, checked: CHECKED },
    },
    { from: CACHE_FROM, cachedInputRatio: 0.25, note: CACHE_NOTE, source: CACHING },
  ],
  models: [
    // The detector strips Bedrock's `amazon.` prefix and `-v1:0` suffix, so `nova-pro` also
    // matches `amazon.nova-pro-v1:0`.
    {
      id: 'nova-micro',
      name: 'Amazon Nova Micro',
      released: '2024-12-03',
      contextWindow: 128000,
      reasoning: false,
      prices: [
        {
          from: '2024-12-03',
          input: 0.035,
          output: 0.14,
          note: 'launch price',
          source: GENAI_PRICES,
        },
      ],
    },
    {
      id: 'nova-lite',
      name: 'Amazon Nova Lite',
      released: '2024-12-03',
      contextWindow: 300000,
      reasoning: false,
      prices: [
        {
          from: '2024-12-03',
          input: 0.06,
          output: 0.24,
          note: 'launch price',
          source: GENAI_PRICES,
        },
      ],
    },
    {
      id: 'nova-pro',
      name: 'Amazon Nova Pro',
      released: '2024-12-03',
      contextWindow: 300000,
      reasoning: false,
      prices: [
        {
          from: '2024-12-03',
          input: 0.8,
          output: 3.2,
          note: 'launch price',
          source: GENAI_PRICES,
        },
      ],
    },
    {
      id: 'nova-premier',
      name: 'Amazon Nova Premier',
      predecessor: 'nova-pro',
      released: '2025-04-30',
      retired: '2026-09-14',
      contextWindow: 1000000,
      reasoning: false,
      prices: [
        {
          from: '2025-04-30',
          input: 2.5,
          output: 12.5,
          cachedInput: 0.625,
          note: 'prompt caching supported from launch',
          source: GENAI_PRICES,
        },
      ],
    },
    {
      id: 'nova-2-lite',
      name: 'Amazon Nova 2 Lite',
      predecessor: 'nova-lite',
      released: '2025-12-02',
      contextWindow: 1000000,
      reasoning: true,
      note: 'Extended thinking is billed as output tokens. Geographic cross-region profiles (us., eu., jp.) cost 10% more: $0.33/$2.75, cache reads $0.0825.',
      prices: [
        {
          from: '2025-12-02',
          input: 0.3,
          output: 2.5,
          cachedInput: 0.075,
          note: 'in-region and global cross-region rate',
          source: GENAI_PRICES,
        },
      ],
    },
    {
      id: 'nova-2-pro',
      name: 'Amazon Nova 2 Pro',
      aliases: ['nova-2-pro-preview-20251202'],
      predecessor: 'nova-pro',
      released: '2025-12-02',
      contextWindow: 1000000,
      reasoning: true,
      note: 'Offered as a preview (amazon.nova-2-pro-preview-20251202-v1:0); secondary price tables disagree on its rate and no AWS statement of it was found.',
      prices: [],
    },
  ],
});
