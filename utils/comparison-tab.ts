// Where "Compare in TokenTag" shows the comparison: an already open TokenTag tab is reused, else a new tab opens beside the page.

/** The popup page shown in a full tab: `popup.html?view=tab`. */
export const TAB_VIEW = 'tab';

export interface ComparisonRequest {
  /** The extension's `popup.html` address (`chrome-extension://<id>/popup.html`). */
  popupUrl: string;
  /** The model to add to the comparison. */
  modelId: string;
  /** Show every seller's offer of the model (`offers=ID`) rather than add it to the comparison. */
  offers?: boolean;
  /** The tab whose page asked, when known: the comparison describes its models, and opens beside it. */
  sourceTab?: { id: number; index: number; windowId?: number };
}

export interface OpenTab {
  id?: number;
  url?: string;
  windowId?: number;
}

export type ComparisonTabAction =
  | { kind: 'focus'; tabId: number; windowId?: number; url: string }
  | { kind: 'create'; url: string; index?: number; windowId?: number };

/** The address of the compare view in a tab: `popup.html?view=tab&tabId=N&model=ID` (or `&offers=ID`). */
export function comparisonUrl(request: ComparisonRequest): string {
  const url = new URL(request.popupUrl);
  url.search = '';
  url.searchParams.set('view', TAB_VIEW);
  if (request.sourceTab) url.searchParams.set('tabId', String(request.sourceTab.id));
  url.searchParams.set(request.offers ? 'offers' : 'model', request.modelId);
  return url.href;
}

/** Whether a tab shows TokenTag's compare view in a full tab (not the toolbar popup, not another page). */
export function isComparisonTab(tabUrl: string | undefined, popupUrl: string): boolean {
  if (!tabUrl) return false;
  let url: URL;
  try {
    url = new URL(tabUrl);
  } catch {
    // Not an address at all (a tab still loading can report an empty one): not ours.
    return false;
  }
  const popup = new URL(popupUrl);
  // `origin` is "null" for extension schemes in some engines: compare scheme and host.
  return (
    url.protocol === popup.protocol &&
    url.host === popup.host &&
    url.pathname === popup.pathname &&
    url.searchParams.get('view') === TAB_VIEW
  );
}

/**
 * Reuse the first open TokenTag tab (the one in the asking tab's window first), pointed at the new
 * model; else open one right after the asking tab.
 */
export function decideComparisonTab(openTabs: readonly OpenTab[], request: ComparisonRequest): ComparisonTabAction {
  const url = comparisonUrl(request);
  const ours = openTabs.filter(
    (tab): tab is OpenTab & { id: number } => tab.id !== undefined && isComparisonTab(tab.url, request.popupUrl),
  );
  const sameWindow = ours.find((tab) => request.sourceTab?.windowId !== undefined && tab.windowId === request.sourceTab.windowId);
  const reuse = sameWindow ?? ours[0];
  if (reuse) return { kind: 'focus', tabId: reuse.id, windowId: reuse.windowId, url };
  return {
    kind: 'create',
    url,
    index: request.sourceTab ? request.sourceTab.index + 1 : undefined,
    windowId: request.sourceTab?.windowId,
  };
}
