// The pages where TokenTag runs by default: the vendors' own, and the resellers that list their models.
import type { Catalog } from '../pricing-data/validate';

export interface Site {
  id: string;
  name: string;
  /** Match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  patterns: string[];
}

/** Sites that resell many vendors' models and so belong to no single vendor of the catalog. */
export const resellerSites: readonly Site[] = [
  { id: 'openrouter', name: 'OpenRouter', patterns: ['https://openrouter.ai/*'] },
  {
    id: 'azure',
    name: 'Microsoft Azure AI Foundry',
    patterns: [
      'https://learn.microsoft.com/*/azure/ai-foundry/*',
      'https://learn.microsoft.com/*/azure/ai-services/openai/*',
      'https://azure.microsoft.com/*/pricing/details/cognitive-services/openai-service/*',
      'https://ai.azure.com/*',
    ],
  },
];

/** Every default site: one per vendor that has pages, then the resellers. */
export function defaultSites(catalog: Catalog): Site[] {
  const vendors = catalog.vendors
    .filter((vendor) => vendor.pages.length > 0)
    .map((vendor) => ({ id: vendor.id, name: vendor.name, patterns: vendor.pages }));
  return [...vendors, ...resellerSites];
}

/** The match patterns of every default site, without repeats. */
export function defaultMatchPatterns(catalog: Catalog): string[] {
  return [...new Set(defaultSites(catalog).flatMap((site) => site.patterns))];
}
