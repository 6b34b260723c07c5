// Azure OpenAI in Microsoft Foundry: OpenAI models on Azure's Global and Data Zone deployments (USD per 1M tokens).
import { defineSeller } from '../schema';
import { sellerPages } from '../seller-pages';

const PRICING = 'https://azure.microsoft.com/en-us/pricing/details/azure-openai/';
/**
 * Read in a copy of LiteLLM's price file (its azure/* rows, themselves taken from the Azure retail
 * prices API for East US), not on Azure's page itself. `global`: Global Standard deployments;
 * `data-zone-us` / `data-zone-eu`: Data Zone Standard deployments (10% above Global on most models).
 */
const source = { url: PRICING, checked: '2026-11-30', via: 'LiteLLM model_prices_and_context_window.json (azure/* rows)' };
/** The copy is undated, so the first confirmed day is the day it was read. */
const FROM = '2026-11-30';
const NOTE = 'The start is the first confirmed day (the day it was read), not the day the price began.';

// GPT-5.6 Sol is left out: its Azure rates mirror OpenAI's launch promotion, which OpenAI guaranteed
// only through 2026-11-21, and what applies since was not confirmed.
export const azure = defineSeller({
  id: 'azure',
  name: 'Azure OpenAI (Microsoft Foundry)',
  kind: 'cloud',
  pricingUrl: PRICING,
  // The seller's own pages (pricing-data/seller-pages.ts): a tag there shows this seller's offer.
  pages: [...sellerPages.azure],
  offers: [
    {
      model: 'gpt-4.1',
      sellerModelId: 'azure/gpt-4.1',
      region: 'global',
      prices: [{ from: FROM, input: 2, output: 8, cachedInput: 0.5, note: NOTE, source }],
    },
    {
      model: 'gpt-4.1-mini',
      sellerModelId: 'azure/gpt-4.1-mini',
      region: 'global',
      prices: [{ from: FROM, input: 0.4, output: 1.6, cachedInput: 0.1, note: NOTE, source }],
    },
    {
      model: 'gpt-4o',
      sellerModelId: 'azure/gpt-4o',
      region: 'global',
      prices: [{ from: FROM, input: 2.5, output: 10, cachedInput: 1.25, note: NOTE, source }],
    },
    {
      model: 'gpt-4o-mini',
      sellerModelId: 'azure/gpt-4o-mini',
      region: 'global',
      prices: [{ from: FROM, input: 0.15, output: 0.6, cachedInput: 0.075, note: NOTE, source }],
    },
    {
      model: 'gpt-5',
      sellerModelId: 'azure/gpt-5',
      region: 'global',
      prices: [{ from: FROM, input: 1.25, output: 10, cachedInput: 0.125, note: NOTE, source }],
    },
    {
      model: 'gpt-5-mini',
      sellerModelId: 'azure/gpt-5-mini',
      region: 'global',
      prices: [{ from: FROM, input: 0.25, output: 2, cachedInput: 0.025, note: NOTE, source }],
    },
    {
      model: 'gpt-5-nano',
      sellerModelId: 'azure/gpt-5-nano',
      region: 'global',
      prices: [{ from: FROM, input: 0.05, output: 0.4, cachedInput: 0.005, note: NOTE, source }],
    },
    {
      model: 'gpt-5-chat',
      sellerModelId: 'azure/gpt-5-chat',
      region: 'global',
      prices: [{ from: FROM, input: 1.25, output: 10, cachedInput: 0.125, note: NOTE, source }],
    },
    {
      model: 'gpt-5.1',
      sellerModelId: 'azure/gpt-5.1',
      region: 'global',
      prices: [{ from: FROM, input: 1.25, output: 10, cachedInput: 0.125, note: NOTE, source }],
    },
    {
      model: 'gpt-5.1-chat',
      sellerModelId: 'azure/gpt-5.1-chat',
      region: 'global',
      prices: [{ from: FROM, input: 1.25, output: 10, cachedInput: 0.125, note: NOTE, source }],
    },
    {
      model: 'gpt-5.2',
      sellerModelId: 'azure/gpt-5.2',
      region: 'global',
      prices: [{ from: FROM, input: 1.75, output: 14, cachedInput: 0.175, note: NOTE, source }],
    },
    {
      model: 'gpt-5.2-chat',
      sellerModelId: 'azure/gpt-5.2-chat',
      region: 'global',
      prices: [{ from: FROM, input: 1.75, output: 14, cachedInput: 0.175, note: NOTE, source }],
    },
    {
      model: 'gpt-5.3-chat',
      sellerModelId: 'azure/gpt-5.3-chat',
      region: 'global',
      prices: [{ from: FROM, input: 1.75, output: 14, cachedInput: 0.175, note: NOTE, source }],
    },
    {
      model: 'gpt-5.4',
      sellerModelId: 'azure/gpt-5.4',
      region: 'global',
      prices: [{ from: FROM, input: 2.5, output: 15, cachedInput: 0.25, note: NOTE, source }],
    },
    {
      model: 'gpt-5.5',
      sellerModelId: 'azure/gpt-5.5',
      region: 'global',
      prices: [{ from: FROM, input: 5, output: 30, cachedInput: 0.5, note: NOTE, source }],
    },
    {
      model: 'gpt-5.6-terra',
      sellerModelId: 'azure/gpt-5.6-terra',
      region: 'global',
      prices: [{ from: FROM, input: 2, output: 12, cachedInput: 0.2, cacheWrite5m: 2.5, note: NOTE, source }],
    },
    {
      model: 'gpt-5.6-luna',
      sellerModelId: 'azure/gpt-5.6-luna',
      region: 'global',
      prices: [{ from: FROM, input: 0.2, output: 1.2, cachedInput: 0.02, cacheWrite5m: 0.25, note: NOTE, source }],
    },
    {
      model: 'gpt-6-astra',
      sellerModelId: 'azure/gpt-6-astra',
      region: 'global',
      prices: [{ from: FROM, input: 10, output: 50, cachedInput: 1, cacheWrite5m: 12.5, note: NOTE, source }],
    },
    {
      model: 'gpt-6-sol',
      sellerModelId: 'azure/gpt-6-sol',
      region: 'global',
      prices: [{ from: FROM, input: 2, output: 10, cachedInput: 0.2, cacheWrite5m: 2.5, note: NOTE, source }],
    },
    {
      model: 'gpt-6-luna',
      sellerModelId: 'azure/gpt-6-luna',
      region: 'global',
      prices: [{ from: FROM, input: 0.1, output: 0.5, cachedInput: 0.01, cacheWrite5m: 0.125, note: NOTE, source }],
    },
    {
      model: 'gpt-6.1-sol',
      sellerModelId: 'azure/gpt-6.1-sol',
      region: 'global',
      prices: [{ from: FROM, input: 2, output: 10, cachedInput: 0.1, cacheWrite5m: 2.5, note: NOTE, source }],
    },
    {
      model: 'gpt-5.1-chat',
      sellerModelId: 'azure/us/gpt-5.1-chat',
      region: 'data-zone-us',
      prices: [{ from: FROM, input: 1.375, output: 11, cachedInput: 0.1375, note: NOTE, source }],
    },
    {
      model: 'gpt-5.2-chat',
      sellerModelId: 'azure/us/gpt-5.2-chat',
      region: 'data-zone-us',
      prices: [{ from: FROM, input: 1.925, output: 15.4, cachedInput: 0.1925, note: NOTE, source }],
    },
    {
      model: 'gpt-5.3-chat',
      sellerModelId: 'azure/us/gpt-5.3-chat',
      region: 'data-zone-us',
      prices: [{ from: FROM, input: 1.925, output: 15.4, cachedInput: 0.1925, note: NOTE, source }],
    },
    {
      model: 'gpt-5.4',
      sellerModelId: 'azure/us/gpt-5.4',
      region: 'data-zone-us',
      prices: [{ from: FROM, input: 2.75, output: 16.5, cachedInput: 0.275, note: NOTE, source }],
    },
    {
      model: 'gpt-5.5',
      sellerModelId: 'azure/us/gpt-5.5',
      region: 'data-zone-us',
      prices: [{ from: FROM, input: 5.5, output: 33, cachedInput: 0.55, note: NOTE, source }],
    },
    {
      model: 'gpt-5.6-terra',
      sellerModelId: 'azure/us/gpt-5.6-terra',
      region: 'data-zone-us',
      prices: [{ from: FROM, input: 2.2, output: 13.2, cachedInput: 0.22, cacheWrite5m: 2.75, note: NOTE, source }],
    },
    {
      model: 'gpt-5.6-luna',
      sellerModelId: 'azure/us/gpt-5.6-luna',
      region: 'data-zone-us',
      prices: [{ from: FROM, input: 0.22, output: 1.32, cachedInput: 0.022, cacheWrite5m: 0.275, note: NOTE, source }],
    },
    {
      model: 'gpt-6-astra',
      sellerModelId: 'azure/us/gpt-6-astra',
      region: 'data-zone-us',
      prices: [{ from: FROM, input: 11, output: 55, cachedInput: 1.1, cacheWrite5m: 13.75, note: NOTE, source }],
    },
    {
      model: 'gpt-6-sol',
      sellerModelId: 'azure/us/gpt-6-sol',
      region: 'data-zone-us',
      prices: [{ from: FROM, input: 2.2, output: 11, cachedInput: 0.22, cacheWrite5m: 2.75, note: NOTE, source }],
    },
    {
      model: 'gpt-6-luna',
      sellerModelId: 'azure/us/gpt-6-luna',
      region: 'data-zone-us',
      prices: [{ from: FROM, input: 0.11, output: 0.55, cachedInput: 0.011, cacheWrite5m: 0.1375, note: NOTE, source }],
    },
    {
      model: 'gpt-6.1-sol',
      sellerModelId: 'azure/us/gpt-6.1-sol',
      region: 'data-zone-us',
      prices: [{ from: FROM, input: 2.2, output: 11, cachedInput: 0.11, cacheWrite5m: 2.75, note: NOTE, source }],
    },
    {
      model: 'gpt-5.1-chat',
      sellerModelId: 'azure/eu/gpt-5.1-chat',
      region: 'data-zone-eu',
      prices: [{ from: FROM, input: 1.375, output: 11, cachedInput: 0.1375, note: NOTE, source }],
    },
    {
      model: 'gpt-5.2-chat',
      sellerModelId: 'azure/eu/gpt-5.2-chat',
      region: 'data-zone-eu',
      prices: [{ from: FROM, input: 1.925, output: 15.4, cachedInput: 0.1925, note: NOTE, source }],
    },
    {
      model: 'gpt-5.3-chat',
      sellerModelId: 'azure/eu/gpt-5.3-chat',
      region: 'data-zone-eu',
      prices: [{ from: FROM, input: 1.925, output: 15.4, cachedInput: 0.1925, note: NOTE, source }],
    },
    {
      model: 'gpt-5.4',
      sellerModelId: 'azure/eu/gpt-5.4',
      region: 'data-zone-eu',
      prices: [{ from: FROM, input: 2.75, output: 16.5, cachedInput: 0.275, note: NOTE, source }],
    },
    {
      model: 'gpt-5.5',
      sellerModelId: 'azure/eu/gpt-5.5',
      region: 'data-zone-eu',
      prices: [{ from: FROM, input: 5.5, output: 33, cachedInput: 0.55, note: NOTE, source }],
    },
    {
      model: 'gpt-5.6-terra',
      sellerModelId: 'azure/eu/gpt-5.6-terra',
      region: 'data-zone-eu',
      prices: [{ from: FROM, input: 2.2, output: 13.2, cachedInput: 0.22, cacheWrite5m: 2.75, note: NOTE, source }],
    },
    {
      model: 'gpt-5.6-luna',
      sellerModelId: 'azure/eu/gpt-5.6-luna',
      region: 'data-zone-eu',
      prices: [{ from: FROM, input: 0.22, output: 1.32, cachedInput: 0.022, cacheWrite5m: 0.275, note: NOTE, source }],
    },
    {
      model: 'gpt-6.1-sol',
      sellerModelId: 'azure/eu/gpt-6.1-sol',
      region: 'data-zone-eu',
      prices: [{ from: FROM, input: 2.4, output: 12, cachedInput: 0.12, cacheWrite5m: 3, note: NOTE, source }],
    },
  ],
});
