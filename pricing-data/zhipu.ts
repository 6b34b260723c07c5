// Z.ai (Zhipu) GLM text models at the international USD list prices of docs.z.ai (USD per 1M tokens).
import { defineVendor } from './schema';

// Z.ai's own pricing page: the international (api.z.ai) USD rates. open.bigmodel.cn bills in CNY
// with different, length-tiered prices; those are not encoded here.
const PRICING = 'https://docs.z.ai/guides/overview/pricing';
const CHECKED = '2026-11-27';

/** Read on the vendor page itself. */
const vendorPage = { url: PRICING, checked: CHECKED };
/** Newer models whose rates were read in pydantic/genai-prices (0.1.8), which cites the same page. */
const viaGenaiPrices = { url: PRICING, checked: CHECKED, via: 'pydantic/genai-prices (prices/providers/zai.yml)' };
/** Rates read in models.dev, which cites the same page. */
const viaModelsDev = { url: PRICING, checked: CHECKED, via: 'models.dev (providers/zai)' };

export const zhipu = defineVendor({
  id: 'zhipu',
  name: 'Z.ai (Zhipu GLM)',
  pricingUrl: PRICING,
  models: [
    // --- GLM-4.5 family (launched together on 2025-07-28) ---
    {
      id: 'glm-4.5',
      name: 'GLM-4.5',
      released: '2025-07-28',
      contextWindow: 131072,
      maxOutput: 98304,
      reasoning: true,
      prices: [
        {
          from: '2025-07-28',
          input: 0.6,
          output: 2.2,
          cachedInput: 0.11,
          note: 'Cache storage listed as limited-time free.',
          source: vendorPage,
        },
      ],
    },
    {
      id: 'glm-4.5-air',
      name: 'GLM-4.5-Air',
      released: '2025-07-28',
      contextWindow: 131072,
      maxOutput: 98304,
      reasoning: true,
      prices: [{ from: '2025-07-28', input: 0.2, output: 1.1, cachedInput: 0.03, source: vendorPage }],
    },
    {
      id: 'glm-4.5-x',
      name: 'GLM-4.5-X',
      released: '2025-07-28',
      contextWindow: 131072,
      maxOutput: 98304,
      reasoning: true,
      note: 'Faster-serving tier of GLM-4.5.',
      prices: [{ from: '2025-07-28', input: 2.2, output: 8.9, cachedInput: 0.45, source: vendorPage }],
    },
    {
      id: 'glm-4.5-airx',
      name: 'GLM-4.5-AirX',
      released: '2025-07-28',
      contextWindow: 131072,
      maxOutput: 98304,
      reasoning: true,
      note: 'Faster-serving tier of GLM-4.5-Air.',
      prices: [{ from: '2025-07-28', input: 1.1, output: 4.5, cachedInput: 0.22, source: vendorPage }],
    },
    {
      id: 'glm-4.5-flash',
      name: 'GLM-4.5-Flash',
      released: '2025-07-28',
      contextWindow: 131072,
      maxOutput: 98304,
      reasoning: true,
      prices: [
        {
          from: '2025-07-28',
          input: 0,
          output: 0,
          cachedInput: 0,
          note: 'Listed as free (rate-limited).',
          source: vendorPage,
        },
      ],
    },
    // --- GLM-4.6 / 4.7 ---
    {
      id: 'glm-4.6',
      name: 'GLM-4.6',
      predecessor: 'glm-4.5',
      released: '2025-09-30',
      contextWindow: 204800,
      maxOutput: 131072,
      reasoning: true,
      prices: [{ from: '2025-09-30', input: 0.6, output: 2.2, cachedInput: 0.11, source: vendorPage }],
    },
    {
      id: 'glm-4.7',
      name: 'GLM-4.7',
      predecessor: 'glm-4.6',
      released: '2025-12-22',
      contextWindow: 204800,
      maxOutput: 131072,
      reasoning: true,
      prices: [{ from: '2025-12-22', input: 0.6, output: 2.2, cachedInput: 0.11, source: vendorPage }],
    },
    {
      id: 'glm-4.7-flashx',
      name: 'GLM-4.7-FlashX',
      released: '2026-01-19',
      contextWindow: 200000,
      maxOutput: 131072,
      reasoning: true,
      prices: [
        {
          from: '2026-01-19',
          input: 0.07,
          output: 0.4,
          cachedInput: 0.01,
          note: 'From is the GLM-4.7-Flash family release day; the paid FlashX rate was confirmed on the page later.',
          source: vendorPage,
        },
      ],
    },
    {
      id: 'glm-4.7-flash',
      name: 'GLM-4.7-Flash',
      predecessor: 'glm-4.5-flash',
      released: '2026-01-19',
      contextWindow: 200000,
      maxOutput: 131072,
      reasoning: true,
      prices: [
        {
          from: '2026-01-19',
          input: 0,
          output: 0,
          cachedInput: 0,
          note: 'Listed as free (rate-limited).',
          source: vendorPage,
        },
      ],
    },
    // --- GLM-5 family ---
    {
      id: 'glm-5',
      name: 'GLM-5',
      predecessor: 'glm-4.7',
      released: '2026-02-11',
      contextWindow: 204800,
      maxOutput: 131072,
      reasoning: true,
      prices: [{ from: '2026-02-11', input: 1, output: 3.2, cachedInput: 0.2, source: vendorPage }],
    },
    {
      id: 'glm-5-turbo',
      name: 'GLM-5-Turbo',
      released: '2026-03-16',
      contextWindow: 200000,
      maxOutput: 131072,
      reasoning: true,
      prices: [{ from: '2026-03-16', input: 1.2, output: 4, cachedInput: 0.24, source: vendorPage }],
    },
    {
      id: 'glm-5.1',
      name: 'GLM-5.1',
      predecessor: 'glm-5',
      released: '2026-04-07',
      contextWindow: 200000,
      maxOutput: 131072,
      reasoning: true,
      prices: [{ from: '2026-04-07', input: 1.4, output: 4.4, cachedInput: 0.26, source: viaModelsDev }],
    },
    {
      id: 'glm-5.2',
      name: 'GLM-5.2',
      predecessor: 'glm-5.1',
      released: '2026-06-13',
      contextWindow: 1000000,
      maxOutput: 131072,
      reasoning: true,
      prices: [
        {
          from: '2026-06-20',
          input: 1.4,
          output: 4.4,
          cachedInput: 0.26,
          note: 'Coding Plan only at release (2026-06-13); on the pay-per-token API from 2026-06-20.',
          source: viaGenaiPrices,
        },
      ],
    },
    {
      id: 'glm-5.3',
      name: 'GLM-5.3',
      predecessor: 'glm-5.2',
      contextWindow: 1000000,
      maxOutput: 131072,
      reasoning: true,
      note: 'Reasoning is always on (effort levels low, high, max).',
      prices: [
        {
          from: '2026-08-19',
          input: 1.4,
          output: 4.4,
          cachedInput: 0.26,
          note: 'Coding Plan first; priced on the pay-per-token API from 2026-08-19.',
          source: viaGenaiPrices,
        },
      ],
    },
    {
      id: 'glm-5.3-flash',
      name: 'GLM-5.3-Flash',
      predecessor: 'glm-4.7-flash',
      released: '2026-08-26',
      contextWindow: 1000000,
      maxOutput: 128000,
      reasoning: true,
      prices: [
        {
          from: '2026-08-26',
          to: '2026-09-10',
          status: 'promotional',
          input: 0.075,
          output: 0.25,
          cachedInput: 0.015,
          note: 'Launch offer, 50% off list; ended 24:00 on 2026-09-09 (UTC+8). Start is the release day.',
          source: viaGenaiPrices,
        },
        {
          from: '2026-09-10',
          input: 0.15,
          output: 0.5,
          cachedInput: 0.03,
          note: 'List price after the launch offer.',
          source: viaGenaiPrices,
        },
      ],
    },
  ],
});
