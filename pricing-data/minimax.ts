// MiniMax text models at the international (platform.minimax.io) USD pay-as-you-go prices (USD per 1M tokens).
import { defineVendor } from './schema';

// The mainland platform (platform.minimaxi.com) bills in CNY; those prices are not encoded here.
// MiniMax's prompt cache is written explicitly (Anthropic-style); its write rate is recorded as `cacheWrite5m`.
const PRICING = 'https://platform.minimax.io/docs/guides/pricing-paygo';
const GENAI_FILE = 'https://github.com/pydantic/genai-prices/blob/main/prices/providers/minimax.yml';
const CHECKED = '2026-11-27';

const GENAI = 'pydantic/genai-prices (prices/providers/minimax.yml)';

export const minimax = defineVendor({
  id: 'minimax',
  name: 'MiniMax',
  pricingUrl: PRICING,
  models: [
    {
      id: 'minimax-text-01',
      name: 'MiniMax-Text-01',
      released: '2025-01-15',
      contextWindow: 1000192,
      reasoning: false,
      prices: [
        {
          from: '2025-01-15',
          input: 0.2,
          output: 1.1,
          note: 'No longer on the pay-as-you-go page; rate as carried by genai-prices, which took it from OpenRouter.',
          source: { url: GENAI_FILE, checked: CHECKED, via: `${GENAI}, imported there from OpenRouter` },
        },
      ],
    },
    {
      id: 'minimax-m1',
      name: 'MiniMax-M1',
      predecessor: 'minimax-text-01',
      released: '2025-06-16',
      contextWindow: 1000000,
      reasoning: true,
      prices: [
        {
          from: '2025-06-16',
          input: 0.4,
          output: 2.2,
          note: 'Short-input rate only; MiniMax priced long inputs higher, but that tier could not be confirmed.',
          source: { url: GENAI_FILE, checked: CHECKED, via: `${GENAI}, imported there from OpenRouter` },
        },
      ],
    },
    {
      id: 'minimax-m2',
      name: 'MiniMax-M2',
      predecessor: 'minimax-m1',
      released: '2025-10-27',
      contextWindow: 204800,
      maxOutput: 128000,
      reasoning: true,
      prices: [
        {
          from: '2025-10-27',
          input: 0.3,
          output: 1.2,
          note: 'Cache rates for this legacy model are not listed in USD, so none are given here.',
          source: { url: PRICING, checked: CHECKED, via: 'simonw/llm-prices (data/minimax.json)' },
        },
      ],
    },
    {
      id: 'minimax-m2.1',
      name: 'MiniMax-M2.1',
      predecessor: 'minimax-m2',
      released: '2025-12-23',
      contextWindow: 204800,
      maxOutput: 131072,
      reasoning: true,
      prices: [
        {
          from: '2025-12-23',
          input: 0.3,
          output: 1.2,
          source: { url: PRICING, checked: CHECKED, via: 'models.dev (providers/minimax)' },
        },
      ],
    },
    {
      id: 'minimax-m2.5',
      name: 'MiniMax-M2.5',
      predecessor: 'minimax-m2.1',
      released: '2026-02-12',
      contextWindow: 204800,
      maxOutput: 131072,
      reasoning: true,
      prices: [
        {
          from: '2026-02-12',
          input: 0.3,
          output: 1.2,
          cachedInput: 0.03,
          cacheWrite5m: 0.375,
          source: { url: PRICING, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'minimax-m2.5-highspeed',
      name: 'MiniMax-M2.5-highspeed',
      released: '2026-02-13',
      contextWindow: 204800,
      maxOutput: 131072,
      reasoning: true,
      note: 'Same weights as MiniMax-M2.5, served faster at twice the token rates.',
      prices: [
        {
          from: '2026-02-13',
          input: 0.6,
          output: 2.4,
          cachedInput: 0.03,
          cacheWrite5m: 0.375,
          source: { url: PRICING, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'minimax-m2.7',
      name: 'MiniMax-M2.7',
      predecessor: 'minimax-m2.5',
      released: '2026-03-18',
      contextWindow: 204800,
      maxOutput: 131072,
      reasoning: true,
      prices: [
        {
          from: '2026-03-18',
          input: 0.3,
          output: 1.2,
          cachedInput: 0.06,
          cacheWrite5m: 0.375,
          source: { url: PRICING, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'minimax-m2.7-highspeed',
      name: 'MiniMax-M2.7-highspeed',
      predecessor: 'minimax-m2.5-highspeed',
      released: '2026-03-18',
      contextWindow: 204800,
      maxOutput: 131072,
      reasoning: true,
      note: 'Same weights as MiniMax-M2.7, served faster at twice the input and output rates.',
      prices: [
        {
          from: '2026-03-18',
          input: 0.6,
          output: 2.4,
          cachedInput: 0.06,
          cacheWrite5m: 0.375,
          source: { url: PRICING, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'minimax-m3',
      name: 'MiniMax-M3',
      predecessor: 'minimax-m2.7',
      released: '2026-06-01',
      contextWindow: 1000000,
      maxOutput: 128000,
      reasoning: true,
      prices: [
        {
          from: '2026-06-01',
          input: 0.3,
          output: 1.2,
          cachedInput: 0.06,
          tiers: [{ above: 512000, basis: 'prompt', input: 0.6, output: 2.4, cachedInput: 0.12 }],
          note:
            'Standard tier. MiniMax lists $0.60/$2.40 nominal with a "permanent 50% off"; the billed rates are shown. ' +
            'Requests with more than 512K input tokens bill at the higher tier. Priority service costs 1.5x.',
          source: { url: PRICING, checked: CHECKED, via: GENAI },
        },
      ],
    },
    {
      id: 'minimax-m3.1-flash',
      name: 'MiniMax-M3.1-Flash',
      contextWindow: 1000000,
      maxOutput: 524288,
      reasoning: true,
      note: 'Thinking always on, with adjustable effort.',
      prices: [
        {
          from: '2026-10-20',
          input: 0.15,
          output: 0.6,
          note:
            'Released mid-October 2026; from is the day the rate is first confirmed. Read on a gateway that passes the ' +
            'vendor rate through (a second third-party listing agrees); the cache-hit rate is not confirmed.',
          source: { url: 'https://www.minimax.io/price', checked: CHECKED, via: 'Vercel AI Gateway model listing' },
        },
      ],
    },
  ],
});
