// Novita AI: serverless open-weight models (USD per 1M tokens), as read in models.dev.
import { defineSeller } from '../schema';

const PRICING = 'https://novita.ai/pricing';
/** Read in models.dev's provider files (snapshot of 2026-07-02), not on the page itself. */
const sourceMd = { url: PRICING, checked: '2026-11-30', via: 'models.dev (providers/novita-ai, snapshot 2026-07-02)' };
/** The models.dev snapshot's day: the first day these prices are confirmed. */
const FROM_MD = '2026-07-02';
const NOTE_MD = 'The start is the first confirmed day (the models.dev snapshot it was read in), not the day the price began.';

export const novita = defineSeller({
  id: 'novita',
  name: 'Novita AI',
  kind: 'host',
  pricingUrl: PRICING,
  offers: [
    {
      model: 'deepseek-r1-0528',
      sellerModelId: 'deepseek/deepseek-r1-0528',
      prices: [{ from: FROM_MD, input: 0.7, output: 2.5, cachedInput: 0.35, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'deepseek-v3-0324',
      sellerModelId: 'deepseek/deepseek-v3-0324',
      prices: [{ from: FROM_MD, input: 0.27, output: 1.12, cachedInput: 0.135, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'deepseek-v3.1',
      sellerModelId: 'deepseek/deepseek-v3.1',
      prices: [{ from: FROM_MD, input: 0.27, output: 1, cachedInput: 0.135, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'deepseek-v3.2',
      sellerModelId: 'deepseek/deepseek-v3.2',
      prices: [{ from: FROM_MD, input: 0.269, output: 0.4, cachedInput: 0.1345, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'llama-3.3-70b',
      sellerModelId: 'meta-llama/llama-3.3-70b-instruct',
      prices: [{ from: FROM_MD, input: 0.135, output: 0.4, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'llama-4-maverick',
      sellerModelId: 'meta-llama/llama-4-maverick-17b-128e-instruct-fp8',
      prices: [{ from: FROM_MD, input: 0.27, output: 0.85, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'llama-4-scout',
      sellerModelId: 'meta-llama/llama-4-scout-17b-16e-instruct',
      prices: [{ from: FROM_MD, input: 0.18, output: 0.59, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'minimax-m2.1',
      sellerModelId: 'minimax/minimax-m2.1',
      prices: [{ from: FROM_MD, input: 0.3, output: 1.2, cachedInput: 0.03, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'minimax-m2.5-highspeed',
      sellerModelId: 'minimax/minimax-m2.5-highspeed',
      prices: [{ from: FROM_MD, input: 0.6, output: 2.4, cachedInput: 0.03, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'minimax-m2.5',
      sellerModelId: 'minimax/minimax-m2.5',
      prices: [{ from: FROM_MD, input: 0.3, output: 1.2, cachedInput: 0.03, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'minimax-m2.7-highspeed',
      sellerModelId: 'minimax/minimax-m2.7-highspeed',
      prices: [{ from: FROM_MD, input: 0.6, output: 2.4, cachedInput: 0.06, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'minimax-m2.7',
      sellerModelId: 'minimax/minimax-m2.7',
      prices: [{ from: FROM_MD, input: 0.3, output: 1.2, cachedInput: 0.06, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'minimax-m2',
      sellerModelId: 'minimax/minimax-m2',
      prices: [{ from: FROM_MD, input: 0.3, output: 1.2, cachedInput: 0.03, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'kimi-k2.5',
      sellerModelId: 'moonshotai/kimi-k2.5',
      prices: [{ from: FROM_MD, input: 0.6, output: 3, cachedInput: 0.1, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'kimi-k2.6',
      sellerModelId: 'moonshotai/kimi-k2.6',
      prices: [{ from: FROM_MD, input: 0.95, output: 4, cachedInput: 0.16, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gpt-oss-120b',
      sellerModelId: 'openai/gpt-oss-120b',
      prices: [{ from: FROM_MD, input: 0.05, output: 0.25, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gpt-oss-20b',
      sellerModelId: 'openai/gpt-oss-20b',
      prices: [{ from: FROM_MD, input: 0.04, output: 0.15, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'qwen3-235b-a22b',
      sellerModelId: 'qwen/qwen3-235b-a22b-fp8',
      prices: [{ from: FROM_MD, input: 0.2, output: 0.8, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'qwen3-32b',
      sellerModelId: 'qwen/qwen3-32b-fp8',
      prices: [{ from: FROM_MD, input: 0.1, output: 0.45, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'qwen3-coder-480b-a35b',
      sellerModelId: 'qwen/qwen3-coder-480b-a35b-instruct',
      prices: [{ from: FROM_MD, input: 0.3, output: 1.3, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-4.6',
      sellerModelId: 'zai-org/glm-4.6',
      prices: [{ from: FROM_MD, input: 0.55, output: 2.2, cachedInput: 0.11, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-4.7-flash',
      sellerModelId: 'zai-org/glm-4.7-flash',
      prices: [{ from: FROM_MD, input: 0.07, output: 0.4, cachedInput: 0.01, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-4.7',
      sellerModelId: 'zai-org/glm-4.7',
      prices: [{ from: FROM_MD, input: 0.6, output: 2.2, cachedInput: 0.11, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-5.1',
      sellerModelId: 'zai-org/glm-5.1',
      prices: [{ from: FROM_MD, input: 1.4, output: 4.4, cachedInput: 0.26, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-5.2',
      sellerModelId: 'zai-org/glm-5.2',
      prices: [{ from: FROM_MD, input: 1.4, output: 4.4, cachedInput: 0.26, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-5',
      sellerModelId: 'zai-org/glm-5',
      prices: [{ from: FROM_MD, input: 1, output: 3.2, cachedInput: 0.2, note: NOTE_MD, source: sourceMd }],
    },
  ],
});
