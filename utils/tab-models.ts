// What a page names: the models found on it, counted and capped, and the text behind the toolbar badge.
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
  /** Models the page named beyond the caps below, left out of `models`; absent when none were. */
  omitted?: number;
}

/**
 * What one tab may report. Every tab's report shares session storage's 10 MB quota, so a hostile or
 * huge page must not take it all: at most this many models…
 */
export const MAX_PAGE_MODELS = 200;
/** …each named in at most this many characters (no model name comes near; a longer "name" is page text)… */
export const MAX_NAME_LENGTH = 100;
/** …an address of at most this many characters (longer ones are cut)… */
export const MAX_URL_LENGTH = 2_048;
/** …and at most this many bytes of JSON in all (UTF-8), which 150 open tabs fit in well under the quota. */
export const MAX_PAGE_BYTES = 32 * 1024;

const encoder = new TextEncoder();
const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/**
 * A report cut to the caps above: over-long names are dropped (they are not model names), then models
 * beyond the count or byte budget, in order of first mention; `omitted` counts what was left out.
 */
export function capPageModels(report: PageModels): PageModels {
  const url = report.url.slice(0, MAX_URL_LENGTH);
  // The JSON around the models: `{"url":"…","models":[],"omitted":N}` with room for the count's digits.
  let bytes = jsonBytes({ url, models: [], omitted: Number.MAX_SAFE_INTEGER });
  const models: PageModel[] = [];
  for (const model of report.models) {
    if (models.length >= MAX_PAGE_MODELS) break;
    if (model.modelId.length > MAX_NAME_LENGTH || model.text.length > MAX_NAME_LENGTH) continue;
    // One more model adds its JSON and a comma.
    const size = jsonBytes(model) + 1;
    if (bytes + size > MAX_PAGE_BYTES) break;
    bytes += size;
    models.push(model);
  }
  const omitted = report.models.length - models.length;
  return omitted > 0 ? { url, models, omitted } : { url, models };
}

/** Counts matches per model, keeping the order of first mention, capped as `capPageModels` says. */
export function summarizeMatches(url: string, matches: readonly ModelMatch[]): PageModels {
  const byId = new Map<string, PageModel>();
  for (const match of matches) {
    const seen = byId.get(match.modelId);
    if (seen) seen.mentions++;
    else byId.set(match.modelId, { modelId: match.modelId, known: match.known, mentions: 1, text: match.text });
  }
  return capPageModels({ url, models: [...byId.values()] });
}

/**
 * Whether a tab that started loading has left the page it reported: yes unless it reloads the same
 * address (the hash aside). An address the extension may not read (`undefined`) is another site's.
 */
export function leftPage(reported: PageModels | null, loadingUrl: string | undefined): boolean {
  if (!reported) return false;
  if (loadingUrl === undefined) return true;
  const withoutHash = (url: string) => url.replace(/#.*$/, '');
  return withoutHash(reported.url) !== withoutHash(loadingUrl);
}

/** The toolbar badge: how many distinct models the page names, empty for none, "99+" beyond. */
export function badgeText(page: PageModels | null | undefined): string {
  const count = page?.models.length ?? 0;
  if (count === 0) return '';
  return count > 99 ? '99+' : String(count);
}
