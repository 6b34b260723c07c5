// Which TokenTag seller each provider of the genai-prices feed is (data: a new provider is one line here).

export interface FeedProviderMapping {
  /** The TokenTag seller (a creator vendor id or a seller id). */
  seller: string;
  /** Creators whose own models this provider sells first-hand (Bedrock is where Amazon sells Nova). */
  creatorFor?: string[];
}

/** genai-prices provider id → TokenTag seller. Providers not listed become new sellers when they have a pricing page. */
export const feedProviders: Record<string, FeedProviderMapping> = {
  openai: { seller: 'openai' },
  anthropic: { seller: 'anthropic' },
  google: { seller: 'google' },
  'x-ai': { seller: 'xai' },
  deepseek: { seller: 'deepseek' },
  mistral: { seller: 'mistral' },
  cohere: { seller: 'cohere' },
  moonshotai: { seller: 'moonshot' },
  zai: { seller: 'zhipu' },
  zhipuai: { seller: 'zhipu' },
  minimax: { seller: 'minimax' },
  perplexity: { seller: 'perplexity' },
  aws: { seller: 'aws-bedrock', creatorFor: ['amazon'] },
  azure: { seller: 'azure' },
  openrouter: { seller: 'openrouter' },
  groq: { seller: 'groq' },
  together: { seller: 'together' },
  fireworks: { seller: 'fireworks' },
  cerebras: { seller: 'cerebras' },
  deepinfra: { seller: 'deepinfra' },
};
