// Popup entry: finds which tab to describe (`?tabId=N`, else the active tab) and mounts the app.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PageState } from '../../components/PopupApp';
import '../../components/theme.css';
import { catalog } from '../../pricing-data/index';
import { toIsoDay } from '../../utils/catalog';
import { sendMessage } from '../../utils/messaging';

const root = document.getElementById('app')!;
const today = toIsoDay(new Date());
const show = (page: PageState) => render(<PopupApp catalog={catalog} today={today} page={page} />, root);

async function describedTab(): Promise<number | undefined> {
  const requested = new URLSearchParams(location.search).get('tabId');
  if (requested !== null) {
    const tabId = Number(requested);
    if (!Number.isInteger(tabId) || tabId < 0) throw new Error(`"${requested}" is not a tab id`);
    return tabId;
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

show({ status: 'loading' });
describedTab()
  .then(async (tabId) => show({ status: 'ready', page: tabId === undefined ? null : await sendMessage('getTabModels', tabId) }))
  .catch((error: unknown) => show({ status: 'error', message: error instanceof Error ? error.message : String(error) }));
