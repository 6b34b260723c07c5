// How each vendor and seller names its models (family words, shapes, word order, dropped words), as data the detector compiles.
import type { NamingInput } from './schema';

/**
 * One entry per vendor or seller with naming rules of its own. Spellings of known models (ids,
 * names, aliases, sellers' model ids) are in the model and offer data; these rules cover what a
 * list of spellings cannot: other word orders, and names the catalog does not have yet.
 */
export const namingRules: NamingInput[] = [
  { owner: 'openai', families: ['gpt', 'o'], shapes: ['gpt{SEP}?{VERSION}o?', 'o[1-9]'] },
  {
    owner: 'anthropic',
    families: ['claude', 'opus', 'sonnet', 'haiku'],
    shapes: [
      'claude{SEP}(?:opus|sonnet|haiku|fable|mythos){SEP}{VERSION}',
      'claude{SEP}{VERSION}{SEP}(?:opus|sonnet|haiku)',
      '(?:opus|sonnet|haiku){SEP}{VERSION}',
    ],
    tierWords: { family: 'claude', tiers: ['opus', 'sonnet', 'haiku', 'fable', 'mythos'] },
  },
  { owner: 'google', families: ['gemini'], shapes: ['gemini{SEP}{VERSION}(?:{SEP}(?:pro|flash|ultra|nano))?'] },
  { owner: 'xai', families: ['grok'], shapes: ['grok{SEP}{VERSION}'] },
  {
    owner: 'deepseek',
    families: ['deepseek'],
    shapes: ['deepseek{SEP}[vr]{VERSION}'],
    notBefore: [{ after: 'chat', words: ['completion', 'completions'] }],
  },
  { owner: 'alibaba', families: ['qwen'], shapes: ['qwen{SEP}?{VERSION}(?:{SEP}(?:max|plus|coder))?'] },
  { owner: 'moonshot', families: ['kimi'], shapes: ['kimi{SEP}k{VERSION}'] },
  { owner: 'zhipu', families: ['glm'], shapes: ['glm{SEP}{VERSION}'] },
  {
    owner: 'mistral',
    families: ['mistral', 'ministral', 'magistral', 'codestral', 'devstral'],
    shapes: ['(?:mistral|ministral|magistral|codestral|devstral){SEP}(?:large|medium|small|tiny)?{SEP}?{VERSION}'],
  },
  { owner: 'minimax', families: ['minimax'], shapes: ['minimax{SEP}m{VERSION}'] },
  {
    owner: 'amazon',
    families: ['nova'],
    shapes: ['nova{SEP}{VERSION}(?:{SEP}(?:pro|lite|micro|premier))?'],
    optionalLeadingWords: ['amazon'],
  },
];
