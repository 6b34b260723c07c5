// Google Cloud Vertex AI: Gemini, Claude (Anthropic's models on Vertex) and open models as a service (USD per 1M tokens).
import { defineSeller } from '../schema';
import { sellerPages } from '../seller-pages';

const PRICING = 'https://cloud.google.com/vertex-ai/generative-ai/pricing';
/** Read in models.dev's provider files (google-vertex, google-vertex-anthropic; snapshot 2026-07-02), not on the page itself. */
const sourceMd = {
  url: PRICING,
  checked: '2026-11-30',
  via: 'models.dev (providers/google-vertex, providers/google-vertex-anthropic, snapshot 2026-07-02)',
};
/** The models.dev snapshot's day: the first day these prices are confirmed. */
const FROM_MD = '2026-07-02';
const NOTE_MD = 'The start is the first confirmed day (the models.dev snapshot it was read in), not the day the price began.';

// Left out as unconfirmed: models.dev's long-context surcharge on Claude Sonnet 4.6 and Opus 4.7/4.8
// (Anthropic and genai-prices bill their 1M window at standard rates) and its Gemini 2.5 Flash
// cache-read rate (0.075, the pre-cut rate; the Gemini API now charges 0.03).
// Claude offers are the global endpoint's rates; Vertex's regional endpoints (priced higher) were
// not confirmed, so they are left out.
export const googleVertex = defineSeller({
  id: 'google-vertex',
  name: 'Google Cloud Vertex AI',
  kind: 'cloud',
  pricingUrl: PRICING,
  // The seller's own pages (pricing-data/seller-pages.ts): a tag there shows this seller's offer.
  pages: [...sellerPages['google-vertex']],
  offers: [
    {
      model: 'claude-haiku-4-5',
      sellerModelId: 'claude-haiku-4-5@20251001',
      region: 'global',
      prices: [{ from: FROM_MD, input: 1, output: 5, cachedInput: 0.1, cacheWrite5m: 1.25, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'claude-opus-4-5',
      sellerModelId: 'claude-opus-4-5@20251101',
      region: 'global',
      prices: [{ from: FROM_MD, input: 5, output: 25, cachedInput: 0.5, cacheWrite5m: 6.25, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'claude-opus-4-6',
      sellerModelId: 'claude-opus-4-6@default',
      region: 'global',
      prices: [
        {
          from: FROM_MD,
          input: 5,
          output: 25,
          cachedInput: 0.5,
          cacheWrite5m: 6.25,
          tiers: [{ above: 200000, basis: 'prompt', input: 10, output: 37.5, cachedInput: 1, cacheWrite5m: 12.5 }],
          note: NOTE_MD,
          source: sourceMd,
        },
      ],
    },
    {
      model: 'claude-opus-4-7',
      sellerModelId: 'claude-opus-4-7@default',
      region: 'global',
      prices: [{ from: FROM_MD, input: 5, output: 25, cachedInput: 0.5, cacheWrite5m: 6.25, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'claude-opus-4-8',
      sellerModelId: 'claude-opus-4-8@default',
      region: 'global',
      prices: [{ from: FROM_MD, input: 5, output: 25, cachedInput: 0.5, cacheWrite5m: 6.25, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'claude-sonnet-4-5',
      sellerModelId: 'claude-sonnet-4-5@20250929',
      region: 'global',
      prices: [{ from: FROM_MD, input: 3, output: 15, cachedInput: 0.3, cacheWrite5m: 3.75, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'claude-sonnet-4-6',
      sellerModelId: 'claude-sonnet-4-6@default',
      region: 'global',
      prices: [{ from: FROM_MD, input: 3, output: 15, cachedInput: 0.3, cacheWrite5m: 3.75, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'claude-sonnet-5',
      sellerModelId: 'claude-sonnet-5@default',
      region: 'global',
      prices: [{ from: FROM_MD, input: 2, output: 10, cachedInput: 0.2, cacheWrite5m: 2.5, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'deepseek-v3.1',
      sellerModelId: 'deepseek-v3.1-maas',
      prices: [{ from: FROM_MD, input: 0.6, output: 1.7, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'deepseek-v3.2',
      sellerModelId: 'deepseek-v3.2-maas',
      prices: [{ from: FROM_MD, input: 0.56, output: 1.68, cachedInput: 0.056, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gemini-2.5-flash-lite',
      sellerModelId: 'gemini-2.5-flash-lite',
      prices: [{ from: FROM_MD, input: 0.1, output: 0.4, cachedInput: 0.01, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gemini-2.5-flash',
      sellerModelId: 'gemini-2.5-flash',
      prices: [{ from: FROM_MD, input: 0.3, output: 2.5, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gemini-2.5-pro',
      sellerModelId: 'gemini-2.5-pro',
      prices: [
        {
          from: FROM_MD,
          input: 1.25,
          output: 10,
          cachedInput: 0.125,
          tiers: [{ above: 200000, basis: 'prompt', input: 2.5, output: 15, cachedInput: 0.25 }],
          note: NOTE_MD,
          source: sourceMd,
        },
      ],
    },
    {
      model: 'gemini-3-flash-preview',
      sellerModelId: 'gemini-3-flash-preview',
      prices: [{ from: FROM_MD, input: 0.5, output: 3, cachedInput: 0.05, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gemini-3.1-flash-lite',
      sellerModelId: 'gemini-3.1-flash-lite',
      prices: [{ from: FROM_MD, input: 0.25, output: 1.5, cachedInput: 0.025, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gemini-3.1-pro-preview',
      sellerModelId: 'gemini-3.1-pro-preview',
      prices: [
        {
          from: FROM_MD,
          input: 2,
          output: 12,
          cachedInput: 0.2,
          tiers: [{ above: 200000, basis: 'prompt', input: 4, output: 18, cachedInput: 0.4 }],
          note: NOTE_MD,
          source: sourceMd,
        },
      ],
    },
    {
      model: 'gemini-3.5-flash',
      sellerModelId: 'gemini-3.5-flash',
      prices: [{ from: FROM_MD, input: 1.5, output: 9, cachedInput: 0.15, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'llama-3.3-70b',
      sellerModelId: 'llama-3.3-70b-instruct-maas',
      prices: [{ from: FROM_MD, input: 0.72, output: 0.72, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'llama-4-maverick',
      sellerModelId: 'llama-4-maverick-17b-128e-instruct-maas',
      prices: [{ from: FROM_MD, input: 0.35, output: 1.15, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gpt-oss-120b',
      sellerModelId: 'gpt-oss-120b-maas',
      prices: [{ from: FROM_MD, input: 0.09, output: 0.36, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gpt-oss-20b',
      sellerModelId: 'gpt-oss-20b-maas',
      prices: [{ from: FROM_MD, input: 0.07, output: 0.25, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-4.7',
      sellerModelId: 'glm-4.7-maas',
      prices: [{ from: FROM_MD, input: 0.6, output: 2.2, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-5',
      sellerModelId: 'glm-5-maas',
      prices: [{ from: FROM_MD, input: 1, output: 3.2, cachedInput: 0.1, note: NOTE_MD, source: sourceMd }],
    },
  ],
});
