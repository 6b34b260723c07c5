// Popup entry: connects the stores (the page store finds the tab: `?tabId=N`, else the active tab) and mounts the app.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/theme.css';
import { toIsoDay } from '../../utils/catalog';
import { connectCatalogStore, useCatalogStore } from '../../extension/stores/catalog';
import { connectComparisonStore } from '../../extension/stores/comparison';
import { connectPageStore, usePageStore } from '../../extension/stores/page';
import { connectPresetsStore } from '../../extension/stores/presets';
import { connectPriceChangesStore } from '../../extension/stores/price-changes';
import { connectSettingsStore, localizationOf, useSettingsStore } from '../../extension/stores/settings';

const params = new URLSearchParams(location.search);
const today = toIsoDay(new Date());

connectSettingsStore(browser.i18n.getUILanguage());
connectPresetsStore();
connectComparisonStore();
connectCatalogStore();
connectPriceChangesStore();
connectPageStore(params.get('tabId'));

// The page's language follows the setting, for screen readers and fonts.
useSettingsStore.subscribe((state) => {
  document.documentElement.lang = localizationOf(state).locale;
});

function Popup() {
  const { page, site, recovered, grant, revoke } = usePageStore();
  const catalog = useCatalogStore((state) => state.catalog);
  return (
    <PopupApp
      catalog={catalog}
      today={today}
      page={page}
      site={site}
      onGrant={grant}
      onRevoke={revoke}
      requestedModel={params.get('model') ?? undefined}
      requestedOffers={params.get('offers') ?? undefined}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
      onOpenUsage={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#usage') })}
      recovered={recovered}
      layout={params.get('view') === 'tab' ? 'tab' : 'popup'}
      showChanges={params.get('show') === 'changes'}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
