// When the background checks the live feed: a daily alarm while it is on, and on browser start when a check is due.
import { browser } from 'wxt/browser';
import { feedCheckDue } from '../utils/feeds/feed-state';
import { logger } from './log';
import { checkPriceFeed, readFeedState, watchFeedState } from './price-feed';

const ALARM = 'tokentag-price-feed';
/** Minutes between checks: once a day. */
const DAILY = 24 * 60;
const log = logger('price-feed');

async function checkIfDue(): Promise<void> {
  if (feedCheckDue(await readFeedState(), new Date())) await checkPriceFeed();
}

/** Keeps the alarm in step with the switch: set while the feed is on, cleared when it goes off. */
async function syncAlarm(enabled: boolean): Promise<void> {
  const existing = await browser.alarms.get(ALARM);
  if (enabled && !existing) await browser.alarms.create(ALARM, { periodInMinutes: DAILY, delayInMinutes: DAILY });
  if (!enabled && existing) await browser.alarms.clear(ALARM);
}

/** Registers the background's listeners; call once from the background entrypoint. */
export function schedulePriceFeed(): void {
  const report = (step: string) => (error: unknown) => log.error(`price feed: ${step} failed`, error);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) checkPriceFeed().catch(report('the daily check'));
  });
  browser.runtime.onStartup.addListener(() => {
    checkIfDue().catch(report('the start-up check'));
  });
  watchFeedState((state) => {
    syncAlarm(state.enabled).catch(report('setting the alarm'));
    // Turned on just now: the first download follows at once.
    if (state.enabled && state.lastChecked === undefined) checkPriceFeed().catch(report('the first download'));
  });
}
