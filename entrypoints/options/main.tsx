// Options entry: connects the stores, keeps the granted sites and kept-aside values current, and mounts the app.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/theme.css';
import { catalog } from '../../pricing-data/index';
import { toIsoDay } from '../../utils/catalog';
import { grantedOrigins, requestSite, revokeSite } from '../../extension/granted-sites';
import { quarantine, type QuarantinedValue } from '../../extension/storage';
import { connectComparisonStore } from '../../extension/stores/comparison';
import { connectPresetsStore } from '../../extension/stores/presets';
import { connectSettingsStore, localizationOf, useSettingsStore } from '../../extension/stores/settings';

const root = document.getElementById('app')!;
connectSettingsStore(browser.i18n.getUILanguage());
connectPresetsStore();
connectComparisonStore();

let granted: string[] = [];
let recovered: QuarantinedValue[] = [];

function show() {
  render(
    <OptionsApp
      catalog={catalog}
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

show();
void Promise.all([refreshGranted(), quarantine.list().then((entries) => (recovered = entries))]).then(show);
