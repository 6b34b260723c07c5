// Where each reseller, router and host's own pages are: its tags show its offer there, and TokenTag runs there by default.

/**
 * Match patterns of each seller's pricing, model and docs pages, by seller id. The ONE list: the
 * seller files name them as their `pages` (a tag there shows that seller's offer), and
 * utils/sites.ts runs the content script on them by default. Least privilege: paths, not whole
 * sites, where a site is big or holds the user's account (Groq's and Cerebras's consoles, API keys).
 * Kept out of the seller files so that the content script's list of sites does not pull in offers.
 */
export const sellerPages = {
  groq: ['https://groq.com/pricing*', 'https://console.groq.com/docs/*'],
  cerebras: ['https://www.cerebras.ai/pricing*', 'https://inference-docs.cerebras.ai/*'],
  fireworks: ['https://fireworks.ai/pricing*', 'https://fireworks.ai/models*', 'https://docs.fireworks.ai/*'],
  together: ['https://www.together.ai/pricing*', 'https://www.together.ai/models*', 'https://docs.together.ai/*'],
  // DeepInfra's model pages are under each model's organisation (deepinfra.com/openai/gpt-oss-120b): one path per
  // organisation whose models the catalog lists there, never the dashboard (deepinfra.com/dash, API keys).
  deepinfra: [
    'https://deepinfra.com/pricing*',
    'https://deepinfra.com/models*',
    'https://deepinfra.com/docs/*',
    'https://deepinfra.com/openai/*',
    'https://deepinfra.com/meta-llama/*',
    'https://deepinfra.com/Qwen/*',
    'https://deepinfra.com/deepseek-ai/*',
    'https://deepinfra.com/moonshotai/*',
    'https://deepinfra.com/zai-org/*',
    'https://deepinfra.com/MiniMaxAI/*',
  ],
  'aws-bedrock': ['https://aws.amazon.com/bedrock/*', 'https://docs.aws.amazon.com/bedrock/*'],
  'google-vertex': ['https://cloud.google.com/vertex-ai/*', 'https://docs.cloud.google.com/vertex-ai/*'],
  azure: [
    'https://learn.microsoft.com/*/azure/ai-foundry/*',
    'https://learn.microsoft.com/*/azure/ai-services/openai/*',
    'https://azure.microsoft.com/*/pricing/details/cognitive-services/openai-service/*',
    'https://ai.azure.com/*',
  ],
  openrouter: ['https://openrouter.ai/*'],
} as const satisfies Record<string, readonly string[]>;

export type SellerWithPages = keyof typeof sellerPages;
