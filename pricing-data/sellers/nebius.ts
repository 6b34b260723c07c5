// Nebius AI Studio: open-weight models on Nebius (USD per 1M tokens), as read in models.dev.
import { defineSeller } from '../schema';

const PRICING = 'https://nebius.com/token-factory/prices';
/** Read in models.dev's provider files (snapshot of 2026-07-02), not on the page itself. */
const sourceMd = { url: PRICING, checked: '2026-11-30', via: 'models.dev (providers/nebius, snapshot 2026-07-02)' };
/** The models.dev snapshot's day: the first day these prices are confirmed. */
const FROM_MD = '2026-07-02';
const NOTE_MD = 'The start is the first confirmed day (the models.dev snapshot it was read in), not the day the price began.';

export const nebius = defineSeller({
  id: 'nebius',
  name: 'Nebius AI Studio',
  kind: 'host',
  pricingUrl: PRICING,
  offers: [
    {
      model: 'minimax-m2.5',
      sellerModelId: 'MiniMaxAI/MiniMax-M2.5',
      prices: [{ from: FROM_MD, input: 0.3, output: 1.2, cachedInput: 0.03, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'qwen3-32b',
      sellerModelId: 'Qwen/Qwen3-32B',
      prices: [{ from: FROM_MD, input: 0.1, output: 0.3, cachedInput: 0.01, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'deepseek-v3.2',
      sellerModelId: 'deepseek-ai/DeepSeek-V3.2',
      prices: [{ from: FROM_MD, input: 0.3, output: 0.45, cachedInput: 0.03, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'llama-3.3-70b',
      sellerModelId: 'meta-llama/Llama-3.3-70B-Instruct',
      prices: [{ from: FROM_MD, input: 0.13, output: 0.4, cachedInput: 0.013, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'kimi-k2.5',
      sellerModelId: 'moonshotai/Kimi-K2.5',
      prices: [{ from: FROM_MD, input: 0.5, output: 2.5, cachedInput: 0.05, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'gpt-oss-120b',
      sellerModelId: 'openai/gpt-oss-120b',
      prices: [{ from: FROM_MD, input: 0.15, output: 0.6, cachedInput: 0.015, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-5.2',
      sellerModelId: 'zai-org/GLM-5.2',
      prices: [{ from: FROM_MD, input: 1.4, output: 4.4, note: NOTE_MD, source: sourceMd }],
    },
    {
      model: 'glm-5',
      sellerModelId: 'zai-org/GLM-5',
      prices: [{ from: FROM_MD, input: 1, output: 3.2, cachedInput: 0.1, note: NOTE_MD, source: sourceMd }],
    },
  ],
});
