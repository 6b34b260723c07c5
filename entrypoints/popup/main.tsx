// Popup entry: finds which tab to describe (`?tabId=N`, else the active tab), connects the stores, and mounts the app.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PageState, type SiteState } from '../../components/popup/PopupApp';
import '../../components/theme.css';
import { catalog } from '../../pricing-data/index';
import { toIsoDay } from '../../utils/catalog';
import { sendMessage } from '../../extension/messaging';
import { requestSite, revokeSite } from '../../extension/granted-sites';
import { defaultSiteOf, webOrigin } from '../../utils/sites';
import { quarantine } from '../../extension/storage';
import { connectComparisonStore } from '../../extension/stores/comparison';
import { connectPresetsStore } from '../../extension/stores/presets';
import { connectSettingsStore, localizationOf, useSettingsStore } from '../../extension/stores/settings';

const root = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
const today = toIsoDay(new Date());

connectSettingsStore(browser.i18n.getUILanguage());
connectPresetsStore();
connectComparisonStore();

let page: PageState = { status: 'loading' };
let site: SiteState | undefined;
let tabId: number | undefined;
let recovered = false;

async function grant(pattern: string): Promise<boolean> {
  const allowed = await requestSite(pattern, tabId);
  if (allowed) {
    if (site?.kind === 'off') site = { kind: 'granted', host: site.host, pattern };
    show();
  }
  return allowed;
}

async function revoke(pattern: string): Promise<void> {
  await revokeSite(pattern);
  if (site?.kind === 'granted') site = { kind: 'off', host: site.host, pattern };
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
      requestedModel={params.get('model') ?? undefined}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
      recovered={recovered}
      layout={params.get('view') === 'tab' ? 'tab' : 'popup'}
    />,
    root,
  );
}

/** What TokenTag may do on the tab's site; its address is known when the user opened the popup on it. */
async function siteOf(url: string | undefined): Promise<SiteState> {
  const origin = url ? webOrigin(url) : undefined;
  if (!url || !origin) return { kind: 'unavailable' };
  const { host, pattern } = origin;
  const known = defaultSiteOf(url);
  if (known) return { kind: 'default', host, siteName: known.name, siteId: known.id };
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
  recovered = (await quarantine.list()).length > 0;
  page = { status: 'ready', page: tabId === undefined ? null : await sendMessage('getTabModels', tabId) };
}

// The page's language follows the setting, for screen readers and fonts.
useSettingsStore.subscribe((state) => {
  document.documentElement.lang = localizationOf(state).locale;
});

show();
load()
  .catch((error: unknown) => {
    page = { status: 'error', message: error instanceof Error ? error.message : String(error) };
  })
  .finally(show);
