// The popup's page store: which tab it describes, what that tab's page names (live), and what TokenTag may do on its site.
import { browser } from 'wxt/browser';
import { create } from 'zustand';
import { errorMessage } from '../../utils/log';
import { defaultSiteOf } from '../../utils/sites';
import { webOrigin } from '../../utils/web-origin';
import type { PageModels } from '../../utils/tab-models';
import { requestSite, revokeSite } from '../granted-sites';
import { logger } from '../log';
import { quarantine } from '../storage';
import { tabPagesItem } from '../tab-storage';

const log = logger('popup');

/** What the popup knows of the tab's page. (components/popup/PageView.tsx takes the same shape.) */
export type PageState =
  { status: 'loading' } | { status: 'ready'; page: PageModels | null } | { status: 'error'; message: string };

/** What TokenTag may do on the tab's site. (components/popup/SiteAccess.tsx takes the same shape.) */
export type SiteState =
  | { kind: 'default'; host: string; siteName: string; siteId: string }
  | { kind: 'granted'; host: string; pattern: string }
  | { kind: 'off'; host: string; pattern: string }
  | { kind: 'unavailable' };

export interface PageStoreState {
  page: PageState;
  /** Known only for the active tab the user opened the popup on (its address is readable then). */
  site?: SiteState;
  tabId?: number;
  /** Stored values were set aside as unreadable: the popup says so. */
  recovered: boolean;
  /** Asks the browser for the site (straight from the click) and starts tagging the tab. */
  grant(pattern: string): Promise<boolean>;
  revoke(pattern: string): Promise<void>;
}

export const usePageStore = create<PageStoreState>()((set, get) => ({
  page: { status: 'loading' },
  recovered: false,
  async grant(pattern) {
    const allowed = await requestSite(pattern, get().tabId);
    const site = get().site;
    if (allowed && site?.kind === 'off') set({ site: { kind: 'granted', host: site.host, pattern } });
    return allowed;
  },
  async revoke(pattern) {
    await revokeSite(pattern);
    const site = get().site;
    if (site?.kind === 'granted') set({ site: { kind: 'off', host: site.host, pattern } });
  },
}));

/** What TokenTag may do on a page's site, from its address. */
export async function siteOf(url: string | undefined): Promise<SiteState> {
  const origin = url ? webOrigin(url) : undefined;
  if (!url || !origin) return { kind: 'unavailable' };
  const { host, pattern } = origin;
  const known = defaultSiteOf(url);
  if (known) return { kind: 'default', host, siteName: known.name, siteId: known.id };
  return (await browser.permissions.contains({ origins: [pattern] }))
    ? { kind: 'granted', host, pattern }
    : { kind: 'off', host, pattern };
}

/** The tab a `?tabId=` asks for; throws on anything that is not a tab id. */
function parseTabId(requested: string): number {
  const tabId = Number(requested);
  if (!Number.isInteger(tabId) || tabId < 0) throw new Error(`"${requested}" is not a tab id`);
  return tabId;
}

/**
 * Fills the store for the tab named by `?tabId=` (else the active tab), then follows that tab's
 * entry in session storage: a page still loading, a single-page app adding models later, or the tab
 * going to another page all show at once. Returns the unsubscribe.
 */
export function connectPageStore(requestedTabId: string | null): () => void {
  let unwatch: (() => void) | undefined;
  let disconnected = false;
  const show = (pages: Record<string, PageModels> | null, tabId: number | undefined) =>
    usePageStore.setState({ page: { status: 'ready', page: (tabId !== undefined && pages?.[tabId]) || null } });

  const load = async () => {
    let tabId: number | undefined;
    if (requestedTabId !== null) tabId = parseTabId(requestedTabId);
    else {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      tabId = active?.id;
      usePageStore.setState({ site: await siteOf(active?.url) });
    }
    usePageStore.setState({ tabId, recovered: (await quarantine.list()).length > 0 });
    if (disconnected) return;
    // Watch first, then read: a report landing in between is not missed.
    unwatch = tabPagesItem.watch((pages) => show(pages, tabId));
    show(await tabPagesItem.getValue(), tabId);
  };
  load().catch((error: unknown) => {
    log.error('could not load the tab’s page', error);
    usePageStore.setState({ page: { status: 'error', message: errorMessage(error) } });
  });
  return () => {
    disconnected = true;
    unwatch?.();
  };
}
