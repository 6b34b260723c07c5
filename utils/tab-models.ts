// What a page names: the models found on it, counted, and the text behind the toolbar badge.
import type { ModelMatch } from './detect';

export interface PageModel {
  modelId: string;
  known: boolean;
  /** How often the page names it. */
  mentions: number;
  /** The first spelling seen, for unknown names that have no catalog entry to show. */
  text: string;
}

export interface PageModels {
  url: string;
  models: PageModel[];
}

/** Counts matches per model, keeping the order of first mention. */
export function summarizeMatches(url: string, matches: readonly ModelMatch[]): PageModels {
  const byId = new Map<string, PageModel>();
  for (const match of matches) {
    const seen = byId.get(match.modelId);
    if (seen) seen.mentions++;
    else byId.set(match.modelId, { modelId: match.modelId, known: match.known, mentions: 1, text: match.text });
  }
  return { url, models: [...byId.values()] };
}

/** The toolbar badge: how many distinct models the page names, empty for none, "99+" beyond. */
export function badgeText(page: PageModels | null | undefined): string {
  const count = page?.models.length ?? 0;
  if (count === 0) return '';
  return count > 99 ? '99+' : String(count);
}
