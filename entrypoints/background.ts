// Background: answers the content script and popup, keeps what each tab names, and counts models on the toolbar badge.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { catalog } from '../pricing-data/index';
import { toIsoDay } from '../utils/catalog';
import { CONTENT_SCRIPT_FILE, syncGrantedSites } from '../extension/granted-sites';
import { localize } from '../utils/i18n';
import { onMessage, sendMessage } from '../extension/messaging';
import { activePreset, presetDisplayName } from '../utils/presets';
import { defaultSiteOf } from '../utils/sites';
import { presetsStorage, settingsStorage } from '../extension/storage';
import { tabPagesItem } from '../extension/tab-storage';
import { badgeText, type PageModels } from '../utils/tab-models';
import { describeForTag } from '../utils/tag-view';

export default defineBackground(() => {
  // Updates run one after another so that two tabs reporting at once cannot overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const update = (change: (pages: Record<string, PageModels>) => void) =>
    (queue = queue.then(async () => {
      const pages = { ...(await tabPagesItem.getValue()) };
      change(pages);
      await tabPagesItem.setValue(pages);
    }));

  const action = browser.action ?? browser.browserAction;
  const detectorSource = { models: catalog.models.map(({ id, name, aliases }) => ({ id, name, aliases })) };

  onMessage('getDetectorSource', () => detectorSource);

  onMessage('isSiteEnabled', async ({ data: url }) => {
    const site = defaultSiteOf(url);
    return site === undefined || !(await settingsStorage.get()).disabledSites.includes(site.id);
  });

  onMessage('describeModels', async ({ data: mentions }) => {
    const [settings, presets] = await Promise.all([settingsStorage.get(), presetsStorage.get()]);
    const { locale, t } = localize(settings.language, browser.i18n.getUILanguage());
    const preset = activePreset(presets, settings.activePresetId);
    const options = {
      date: toIsoDay(new Date()),
      preset,
      presetName: presetDisplayName(preset, t),
      tagDisplay: settings.tagDisplay,
      currency: settings.currency,
      rateUnit: settings.rateUnit,
      locale,
      t,
    };
    return mentions.map((m) => describeForTag(catalog, m.modelId, m.known, options));
  });

  onMessage('reportPageModels', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await update((pages) => {
      pages[tabId] = data;
    });
    await action.setBadgeText({ tabId, text: badgeText(data) });
    await action.setBadgeBackgroundColor({ tabId, color: '#0b5cd5' });
  });

  onMessage('getTabModels', async ({ data: tabId }) => (await tabPagesItem.getValue())[tabId] ?? null);

  onMessage('openComparison', async ({ data: modelId, sender }) => {
    const url = new URL(browser.runtime.getURL('/popup.html'));
    if (sender.tab?.id !== undefined) url.searchParams.set('tabId', String(sender.tab.id));
    url.searchParams.set('model', modelId);
    await browser.tabs.create({ url: url.href, index: sender.tab ? sender.tab.index + 1 : undefined });
  });

  onMessage('enableSite', async ({ data }) => {
    await syncGrantedSites();
    // The page is already open: tag it now rather than after a reload.
    if (data.tabId !== undefined)
      await browser.scripting.executeScript({ target: { tabId: data.tabId }, files: [CONTENT_SCRIPT_FILE] });
  });

  // A grant or a revocation made anywhere (popup, options, the browser's own settings) updates the registration.
  browser.permissions.onAdded.addListener(() => void syncGrantedSites());
  browser.permissions.onRemoved.addListener(async ({ origins = [] }) => {
    await syncGrantedSites();
    if (origins.length === 0) return;
    const pages = await tabPagesItem.getValue();
    // Tabs still showing a revoked site stop tagging at once.
    await Promise.all(
      Object.keys(pages).map((tabId) => sendMessage('stopTagging', origins, Number(tabId)).catch(() => undefined)),
    );
  });
  browser.runtime.onStartup.addListener(() => void syncGrantedSites());
  browser.runtime.onInstalled.addListener(() => void syncGrantedSites());

  browser.tabs.onRemoved.addListener((tabId) => {
    void update((pages) => {
      delete pages[tabId];
    });
  });
});
