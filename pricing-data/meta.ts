// Meta's Llama models: identity only, as Meta publishes no first-party API price list (hosts price them).
import { defineVendor } from './schema';

export const meta = defineVendor({
  id: 'meta',
  name: 'Meta (Llama)',
  // Meta's Llama site: downloads and licences, no per-token price list; the prices are the offers
  // of the hosts in pricing-data/sellers/.
  pricingUrl: 'https://www.llama.com/',
  models: [
    {
      id: 'llama-4-maverick',
      name: 'Llama 4 Maverick',
      aliases: ['llama-4-maverick-17b-128e-instruct'],
      released: '2025-04-05',
      contextWindow: 1_000_000,
      reasoning: false,
      prices: [],
      note: 'Open-weight mixture of experts (17B active, 128 experts).',
    },
    {
      id: 'llama-4-scout',
      name: 'Llama 4 Scout',
      aliases: ['llama-4-scout-17b-16e-instruct'],
      released: '2025-04-05',
      contextWindow: 10_000_000,
      reasoning: false,
      prices: [],
      note: 'Open-weight mixture of experts (17B active, 16 experts); hosts often serve a shorter context.',
    },
    {
      id: 'llama-3.3-70b',
      name: 'Llama 3.3 70B',
      aliases: ['llama-3.3-70b-instruct'],
      released: '2024-12-06',
      contextWindow: 131_072,
      reasoning: false,
      prices: [],
      note: 'Open-weight dense model.',
    },
  ],
});
