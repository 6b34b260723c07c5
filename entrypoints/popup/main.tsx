// Popup entry: finds which tab to describe (`?tabId=N`, else the active tab), asks the background about it, and mounts the app.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PageState } from '../../components/PopupApp';
import type { SiteState } from '../../components/SiteAccess';
import '../../components/theme.css';
import { catalog } from '../../pricing-data/index';
import { findModel, toIsoDay } from '../../utils/catalog';
import { sendMessage } from '../../utils/messaging';
import { defaultSiteOf, originPattern } from '../../utils/sites';

const root = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
const today = toIsoDay(new Date());
const requestedModel = params.get('model');
const initialQuery = requestedModel ? (findModel(catalog, requestedModel)?.name ?? requestedModel) : '';

let page: PageState = { status: 'loading' };
let site: SiteState | undefined;
let tabId: number | undefined;

async function grant(pattern: string): Promise<boolean> {
  // Asked straight from the click, as browsers require for a permission prompt.
  const allowed = await browser.permissions.request({ origins: [pattern] });
  if (allowed) {
    await sendMessage('enableSite', { origin: pattern, tabId });
    if (site && site.kind === 'off') site = { kind: 'granted', host: site.host, pattern };
    show();
  }
  return allowed;
}

async function revoke(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] });
  if (site && site.kind === 'granted') site = { kind: 'off', host: site.host, pattern };
  show();
}

function show() {
  render(
    <PopupApp
      catalog={catalog}
      today={today}
      page={page}
      site={site}
      onGrant={grant}
      onRevoke={revoke}
      initialQuery={initialQuery}
    />,
    root,
  );
}

/** What TokenTag may do on the tab's site; its address is known when the user opened the popup on it. */
async function siteOf(url: string | undefined): Promise<SiteState> {
  const pattern = url ? originPattern(url) : undefined;
  if (!url || !pattern) return { kind: 'unavailable' };
  const host = new URL(url).hostname;
  const known = defaultSiteOf(url);
  if (known) return { kind: 'default', host, siteName: known.name };
  return (await browser.permissions.contains({ origins: [pattern] }))
    ? { kind: 'granted', host, pattern }
    : { kind: 'off', host, pattern };
}

async function load() {
  const requested = params.get('tabId');
  if (requested !== null) {
    tabId = Number(requested);
    if (!Number.isInteger(tabId) || tabId < 0) throw new Error(`"${requested}" is not a tab id`);
  } else {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id;
    site = await siteOf(active?.url);
  }
  page = { status: 'ready', page: tabId === undefined ? null : await sendMessage('getTabModels', tabId) };
}

show();
load()
  .catch((error: unknown) => {
    page = { status: 'error', message: error instanceof Error ? error.message : String(error) };
  })
  .finally(show);
