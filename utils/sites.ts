// The pages where TokenTag tags model names by default: the vendors' own, and the resellers and hosts that list their models.
import { MatchPattern } from '@webext-core/match-patterns';
import { sellerPages } from '../pricing-data/seller-pages';
import { parseUrl } from './web-origin';

export interface Site {
  /** A vendor id of the catalog, or a reseller's own id. */
  id: string;
  name: string;
  /** Match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  patterns: readonly string[];
}

/**
 * A seller's default site is its own pages (pricing-data/seller-pages.ts, which its data file names
 * too): a tag on any default page of a seller shows that seller's offer.
 * Kept apart from the catalog so that the content script's manifest entry, built from this list,
 * does not pull the whole price table into the content script's bundle; built in a call marked pure
 * so that the content script's bundle, which never reads it, goes without the list too.
 */
export const defaultSites: readonly Site[] = /* @__PURE__ */ (() => [
  {
    id: 'openai',
    name: 'OpenAI',
    patterns: [
      'https://openai.com/*',
      'https://platform.openai.com/*',
      'https://developers.openai.com/*',
      'https://help.openai.com/*',
    ],
  },
  {
    id: 'google',
    name: 'Google (Gemini API, Vertex AI)',
    patterns: ['https://ai.google.dev/*', ...sellerPages['google-vertex']],
  },
  {
    id: 'anthropic',
    name: 'Anthropic',
    patterns: [
      'https://www.anthropic.com/*',
      'https://anthropic.com/*',
      'https://docs.anthropic.com/*',
      'https://claude.com/*',
      'https://www.claude.com/*',
      'https://docs.claude.com/*',
      'https://platform.claude.com/*',
    ],
  },
  { id: 'xai', name: 'xAI', patterns: ['https://x.ai/*', 'https://docs.x.ai/*'] },
  { id: 'deepseek', name: 'DeepSeek', patterns: ['https://api-docs.deepseek.com/*', 'https://www.deepseek.com/*'] },
  {
    id: 'mistral',
    name: 'Mistral AI',
    patterns: ['https://mistral.ai/*', 'https://docs.mistral.ai/*', 'https://console.mistral.ai/*'],
  },
  {
    id: 'alibaba',
    name: 'Alibaba Cloud (Qwen)',
    patterns: [
      'https://www.alibabacloud.com/help/en/model-studio/*',
      'https://help.aliyun.com/zh/model-studio/*',
      'https://qwen.ai/*',
    ],
  },
  {
    id: 'moonshot',
    name: 'Moonshot AI (Kimi)',
    patterns: ['https://platform.moonshot.ai/*', 'https://platform.kimi.ai/*', 'https://www.kimi.com/*'],
  },
  { id: 'zhipu', name: 'Z.ai (Zhipu GLM)', patterns: ['https://docs.z.ai/*', 'https://z.ai/*', 'https://open.bigmodel.cn/*'] },
  { id: 'minimax', name: 'MiniMax', patterns: ['https://platform.minimax.io/*', 'https://www.minimax.io/*'] },
  {
    id: 'amazon',
    name: 'Amazon Bedrock',
    // Bedrock's pages, and Amazon's own pages of its Nova models.
    patterns: [...sellerPages['aws-bedrock'], 'https://aws.amazon.com/nova/*'],
  },
  { id: 'cohere', name: 'Cohere', patterns: ['https://cohere.com/*', 'https://docs.cohere.com/*'] },
  { id: 'perplexity', name: 'Perplexity (Sonar API)', patterns: ['https://docs.perplexity.ai/*'] },
  { id: 'openrouter', name: 'OpenRouter', patterns: sellerPages.openrouter },
  { id: 'azure', name: 'Microsoft Azure AI Foundry', patterns: sellerPages.azure },
  { id: 'groq', name: 'Groq', patterns: sellerPages.groq },
  { id: 'together', name: 'Together AI', patterns: sellerPages.together },
  { id: 'fireworks', name: 'Fireworks AI', patterns: sellerPages.fireworks },
  { id: 'cerebras', name: 'Cerebras', patterns: sellerPages.cerebras },
  { id: 'deepinfra', name: 'DeepInfra', patterns: sellerPages.deepinfra },
])();

/** The match patterns of some sites, without repeats. */
function patternsOf(sites: readonly Site[]): string[] {
  return [...new Set(sites.flatMap((site) => site.patterns))];
}

/**
 * The match patterns of every default site, without repeats. Marked pure so that a bundle that never
 * reads it (the content script, whose manifest entry lists them) goes without the site list.
 */
export const defaultMatchPatterns: readonly string[] = /* @__PURE__ */ patternsOf(defaultSites);

/** A match pattern's three parts; undefined for `<all_urls>` and text that is not a pattern. */
function patternParts(pattern: string): { scheme: string; host: string; path: string } | undefined {
  const parts = /^(\*|https?|wss?|file|ftp|urn):\/\/([^/]*)(\/.*)$/.exec(pattern);
  return parts ? { scheme: parts[1]!, host: parts[2]!, path: parts[3]! } : undefined;
}

/** Whether a pattern's host part (`*`, `*.example.org`, `example.org`) takes in every host of another's. */
function hostCovers(outer: string, inner: string): boolean {
  if (outer === '*' || outer === inner) return true;
  if (!outer.startsWith('*.')) return false;
  const domain = outer.slice(2);
  const innerDomain = inner.startsWith('*.') ? inner.slice(2) : inner;
  return innerDomain === domain || innerDomain.endsWith(`.${domain}`);
}

/**
 * Whether every page `inner` matches is also matched by `outer`. The inner path is tested as text
 * against the outer path's glob: an inner `*` is then matched only by an outer `*`, which is what
 * "every page" needs (`/bedrock/*` does not cover `/*`; `/*` covers `/bedrock/*`).
 */
function patternCovers(outer: string, inner: string): boolean {
  const o = patternParts(outer);
  const i = patternParts(inner);
  if (!o || !i) return false;
  const schemeOk = o.scheme === i.scheme || (o.scheme === '*' && (i.scheme === 'http' || i.scheme === 'https'));
  const glob = new RegExp(
    `^${o.path
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return schemeOk && hostCovers(o.host, i.host) && glob.test(i.path);
}

/**
 * THE test of "is this a default site" for a match pattern (a grant, a permission the browser lists,
 * an address typed in options): true when the default sites already run on every page it matches.
 * A pattern that only overlaps them (`https://aws.amazon.com/*` next to the default
 * `https://aws.amazon.com/bedrock/*`) is not a default: granting it adds the rest of that origin.
 */
export function isDefaultPattern(pattern: string): boolean {
  return defaultMatchPatterns.some((outer) => patternCovers(outer, pattern));
}

/** Each default site's patterns, parsed on first use (most callers never ask for them). */
let parsedSites: { site: Site; patterns: MatchPattern[] }[] | undefined;

/** The default site a page belongs to, if any. */
export function defaultSiteOf(url: string): Site | undefined {
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  // Strings, not URL objects: MatchPattern tests objects against `Location`, which Node lacks.
  const href = parsed.href;
  parsedSites ??= defaultSites.map((site) => ({ site, patterns: site.patterns.map((p) => new MatchPattern(p)) }));
  return parsedSites.find(({ patterns }) => patterns.some((pattern) => pattern.includes(href)))?.site;
}
