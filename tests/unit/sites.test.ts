// The default sites cover every vendor page the design names, and nothing else.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data';
import { sellerPages } from '../../pricing-data/seller-pages';
import { sellerOfPage } from '../../utils/offers';
import { defaultMatchPatterns, defaultSiteOf, defaultSites, isDefaultPattern } from '../../utils/sites';
import { originPattern, siteAddress } from '../../utils/web-origin';

describe('defaultSiteOf', () => {
  it.each([
    ['https://openai.com/api/pricing/', 'openai'],
    ['https://platform.openai.com/docs/pricing', 'openai'],
    ['https://developers.openai.com/api/docs/models', 'openai'],
    ['https://ai.google.dev/gemini-api/docs/pricing', 'google'],
    ['https://cloud.google.com/vertex-ai/generative-ai/pricing', 'google'],
    ['https://docs.cloud.google.com/vertex-ai/generative-ai/docs/models', 'google'],
    ['https://www.anthropic.com/pricing', 'anthropic'],
    ['https://anthropic.com/pricing', 'anthropic'],
    ['https://claude.com/pricing', 'anthropic'],
    ['https://docs.anthropic.com/en/docs/about-claude/models', 'anthropic'],
    ['https://docs.claude.com/en/docs/about-claude/pricing', 'anthropic'],
    ['https://platform.claude.com/docs/en/about-claude/pricing', 'anthropic'],
    ['https://x.ai/api', 'xai'],
    ['https://docs.x.ai/docs/models', 'xai'],
    ['https://openrouter.ai/models', 'openrouter'],
    ['https://api-docs.deepseek.com/quick_start/pricing', 'deepseek'],
    ['https://mistral.ai/pricing', 'mistral'],
    ['https://docs.mistral.ai/getting-started/models/', 'mistral'],
    ['https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/models', 'azure'],
    ['https://ai.azure.com/catalog/models', 'azure'],
    ['https://aws.amazon.com/bedrock/pricing/', 'amazon'],
    ['https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html', 'amazon'],
    ['https://docs.perplexity.ai/getting-started/pricing', 'perplexity'],
    ['https://groq.com/pricing', 'groq'],
    ['https://groq.com/pricing/', 'groq'],
    ['https://console.groq.com/docs/models', 'groq'],
    ['https://console.groq.com/docs/model/openai/gpt-oss-120b', 'groq'],
    ['https://www.together.ai/pricing', 'together'],
    ['https://www.together.ai/models/llama-4-maverick', 'together'],
    ['https://docs.together.ai/docs/serverless-models', 'together'],
    ['https://fireworks.ai/pricing', 'fireworks'],
    ['https://fireworks.ai/models/fireworks/gpt-oss-120b', 'fireworks'],
    ['https://docs.fireworks.ai/getting-started/quickstart', 'fireworks'],
    ['https://www.cerebras.ai/pricing', 'cerebras'],
    ['https://inference-docs.cerebras.ai/models/overview', 'cerebras'],
    ['https://deepinfra.com/pricing', 'deepinfra'],
    ['https://deepinfra.com/models/text-generation', 'deepinfra'],
    ['https://deepinfra.com/docs/inference', 'deepinfra'],
    ['https://deepinfra.com/openai/gpt-oss-120b', 'deepinfra'],
  ])('runs on %s (%s)', (url, id) => {
    expect(defaultSiteOf(url)?.id).toBe(id);
  });

  it.each([
    'https://cloud.google.com/storage/pricing',
    'https://learn.microsoft.com/en-us/dotnet/',
    'https://aws.amazon.com/s3/pricing/',
    // The hosts' consoles (API keys, billing), blogs and company pages are not theirs to tag.
    'https://console.groq.com/keys',
    'https://console.groq.com/playground',
    'https://groq.com/blog/',
    'https://www.together.ai/blog',
    'https://fireworks.ai/account/api-keys',
    'https://www.cerebras.ai/chip',
    'https://cloud.cerebras.ai/platform',
    'https://deepinfra.com/dash/api_keys',
    'https://www.perplexity.ai/',
    'https://example.org/',
    'https://openai.com.evil.example/',
    'http://openai.com/api/pricing',
    'chrome://extensions',
    'not a url',
  ])('does not run on %s by default', (url) => {
    expect(defaultSiteOf(url)).toBeUndefined();
  });
});

describe('the sellers’ own pages and the default sites: one list', () => {
  const sellersWithPages = catalog.sellers.filter((seller) => (seller.pages ?? []).length > 0);

  it('runs by default on every page of every seller that has pages', () => {
    expect(sellersWithPages.map((s) => s.id).sort()).toEqual(Object.keys(sellerPages).sort());
    for (const seller of sellersWithPages) {
      expect(seller.pages, seller.id).toEqual(sellerPages[seller.id as keyof typeof sellerPages]);
      for (const pattern of seller.pages!) expect(isDefaultPattern(pattern), `${seller.id}: ${pattern}`).toBe(true);
    }
  });

  it.each([
    ['https://groq.com/pricing', 'groq'],
    ['https://console.groq.com/docs/models', 'groq'],
    ['https://www.together.ai/pricing', 'together'],
    ['https://docs.fireworks.ai/models', 'fireworks'],
    ['https://inference-docs.cerebras.ai/models/overview', 'cerebras'],
    ['https://deepinfra.com/models', 'deepinfra'],
    ['https://aws.amazon.com/bedrock/pricing/', 'aws-bedrock'],
    ['https://cloud.google.com/vertex-ai/generative-ai/pricing', 'google-vertex'],
    ['https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models', 'azure'],
    ['https://openrouter.ai/models', 'openrouter'],
  ])('a tag on %s, a default page, shows %s’s offer', (url, seller) => {
    expect(defaultSiteOf(url)).toBeDefined();
    expect(sellerOfPage(catalog, url)).toBe(seller);
  });

  it('runs on the model page of every model DeepInfra sells (under its organisation: deepinfra.com/openai/gpt-oss-120b)', () => {
    const ids = catalog.models.flatMap((m) => m.offers.filter((o) => o.seller === 'deepinfra').map((o) => o.sellerModelId));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const url = `https://deepinfra.com/${id!}`;
      expect(sellerOfPage(catalog, url), url).toBe('deepinfra');
    }
  });

  it('names each host by its seller id, so that switching a site off names the seller', () => {
    for (const id of ['groq', 'together', 'fireworks', 'cerebras', 'deepinfra', 'openrouter', 'azure'])
      expect(defaultSites.find((site) => site.id === id)?.patterns).toEqual(sellerPages[id as keyof typeof sellerPages]);
  });
});

describe('originPattern', () => {
  it.each([
    ['https://example.org/blog/post?x=1', 'https://example.org/*'],
    ['http://localhost:8080/page', 'http://localhost/*'],
    ['chrome://settings', undefined],
    ['file:///tmp/a.html', undefined],
    ['nonsense', undefined],
  ])('grants %s as %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });
});

describe('siteAddress', () => {
  it.each([
    ['example.org', { url: 'https://example.org', host: 'example.org', pattern: 'https://example.org/*' }],
    [
      '  docs.example.org/guide ',
      { url: 'https://docs.example.org/guide', host: 'docs.example.org', pattern: 'https://docs.example.org/*' },
    ],
    ['http://intranet.local/x', { url: 'http://intranet.local/x', host: 'intranet.local', pattern: 'http://intranet.local/*' }],
  ])('reads %j as a site', (text, site) => {
    expect(siteAddress(text)).toEqual(site);
  });

  it.each(['', '   ', 'ftp://files.example.org', 'chrome://settings', 'https://exa mple.org'])('refuses %j', (text) => {
    expect(siteAddress(text)).toBeUndefined();
  });
});

describe('isDefaultPattern: the one test of "is this a default site" for a pattern', () => {
  it('is true for every default pattern, as the browser lists them among the permissions', () => {
    for (const pattern of defaultMatchPatterns) expect(isDefaultPattern(pattern), pattern).toBe(true);
  });

  it.each([
    'https://openai.com/*',
    'https://docs.x.ai/*',
    'https://aws.amazon.com/bedrock/*',
    'https://aws.amazon.com/bedrock/pricing/*',
    'https://learn.microsoft.com/en-us/azure/ai-foundry/*',
  ])('is true for %s, which the defaults cover entirely', (pattern) => {
    expect(isDefaultPattern(pattern)).toBe(true);
  });

  it.each([
    // Origins that only overlap a default limited to a path: granting them adds the rest of the origin.
    'https://aws.amazon.com/*',
    'https://learn.microsoft.com/*',
    'https://cloud.google.com/*',
    'https://docs.cloud.google.com/*',
    'https://www.alibabacloud.com/*',
    'https://help.aliyun.com/*',
    'https://groq.com/*',
    'https://console.groq.com/*',
    'https://www.cerebras.ai/*',
    'https://deepinfra.com/*',
    'https://fireworks.ai/*',
    'https://www.together.ai/*',
    // Other schemes, hosts and look-alikes.
    'http://openai.com/*',
    '*://openai.com/*',
    'https://*.openai.com/*',
    'https://openai.com.evil.example/*',
    'https://example.org/*',
    '<all_urls>',
    'not a pattern',
  ])('is false for %s', (pattern) => {
    expect(isDefaultPattern(pattern)).toBe(false);
  });
});
