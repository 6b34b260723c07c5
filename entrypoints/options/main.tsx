// Options entry: connects the stores, keeps the granted sites and kept-aside values current, and mounts the app.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/theme.css';
import { bundledCatalog, currentCatalog, watchCatalog } from '../../extension/catalog-view';
import { checkPriceFeed, disablePriceFeed, enablePriceFeed, readFeedState, watchFeedState } from '../../extension/price-feed';
import {
  disablePriceNotifications,
  enablePriceNotifications,
  readPriceNotificationsStatus,
  watchPriceNotificationsStatus,
} from '../../extension/price-notifications';
import type { PriceNotificationsStatus } from '../../utils/price-notifications';
import type { FeedState } from '../../utils/feeds/feed-state';
import { toIsoDay } from '../../utils/catalog';
import { grantedOrigins, requestSite, revokeSite } from '../../extension/granted-sites';
import { quarantine, type QuarantinedValue } from '../../extension/storage';
import { connectComparisonStore } from '../../extension/stores/comparison';
import { connectPresetsStore } from '../../extension/stores/presets';
import { connectSettingsStore, localizationOf, useSettingsStore } from '../../extension/stores/settings';
import { connectUserPricesStore } from '../../extension/stores/user-prices';

const root = document.getElementById('app')!;
connectSettingsStore(browser.i18n.getUILanguage());
connectPresetsStore();
connectComparisonStore();
connectUserPricesStore();

let granted: string[] = [];
let catalog = bundledCatalog;
let feedState: FeedState | undefined;
let notificationsStatus: PriceNotificationsStatus | undefined;
let recovered: QuarantinedValue[] = [];

function show() {
  render(
    <OptionsApp
      catalog={catalog}
      prices={{
        state: feedState,
        bundledVersion: bundledCatalog.version,
        onEnable: enablePriceFeed,
        onDisable: disablePriceFeed,
        onCheckNow: () => checkPriceFeed(),
        notifications: {
          status: notificationsStatus,
          onEnable: () => enablePriceNotifications(catalog),
          onDisable: disablePriceNotifications,
        },
      }}
      today={toIsoDay(new Date())}
      recovered={recovered}
      onDismissRecovered={(at) => void quarantine.dismiss(at)}
      granted={granted}
      onGrant={(pattern) => requestSite(pattern)}
      onRevoke={revokeSite}
    />,
    root,
  );
}

async function refreshGranted() {
  granted = await grantedOrigins();
  show();
}

browser.permissions.onAdded.addListener(() => void refreshGranted());
browser.permissions.onRemoved.addListener(() => void refreshGranted());
quarantine.watch((entries) => {
  recovered = entries;
  show();
});
useSettingsStore.subscribe((state) => {
  document.documentElement.lang = localizationOf(state).locale;
  document.title = localizationOf(state).t('options.title');
});

watchFeedState((state) => {
  feedState = state;
  show();
});
watchPriceNotificationsStatus((status) => {
  notificationsStatus = status;
  show();
});
watchCatalog((next) => {
  catalog = next;
  show();
});

show();
void Promise.all([
  readFeedState().then((state) => (feedState = state)),
  readPriceNotificationsStatus().then((status) => (notificationsStatus = status)),
  currentCatalog().then((next) => (catalog = next)),
  refreshGranted(),
  quarantine.list().then((entries) => (recovered = entries)),
]).then(show);
