// Price-change notifications in the browser: the switch and its optional permission, the last-notified prices, and the notification itself.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Catalog } from '../pricing-data/validate';
import { toIsoDay } from '../utils/catalog';
import { localize } from '../utils/i18n';
import { diffSnapshots, priceSnapshotSchema, snapshotPrices, type PriceSnapshot } from '../utils/price-changes';
import {
  comparedPriceChanges,
  priceNotificationText,
  priceNotificationsOff,
  priceNotificationsSchema,
  priceNotificationsStatus,
  type PriceNotificationsSetting,
  type PriceNotificationsStatus,
} from '../utils/price-notifications';
import { createSerialQueue } from '../utils/serial-queue';
import { logger } from './log';
import { comparisonStorage, settingsStorage } from './storage';

const log = logger('price-notifications');

/** The one API permission the switch asks for (optional in the manifest). */
const permission = () => ({ permissions: ['notifications' as const] });
/** Ids of TokenTag's price notifications start with this, so that a click can be told apart. */
export const NOTIFICATION_PREFIX = 'tokentag-prices-';

/**
 * Local storage, versioned (`priceNotifications$` keeps `{ v }`); per browser like the permission it
 * needs, so that turning it on here never reads as "on, but not allowed" in another synced browser.
 */
const settingItem = storage.defineItem<unknown>('local:priceNotifications', { version: 1 });
/** The prices the last notification check saw (every offer's, so that joining the comparison is no change); only while on. */
const notifiedItem = storage.defineItem<unknown>('local:notifiedPrices');

export async function readPriceNotifications(): Promise<PriceNotificationsSetting> {
  const raw = await settingItem.getValue();
  if (raw === null || raw === undefined) return priceNotificationsOff;
  const parsed = priceNotificationsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log.error('the stored notification switch is unreadable; treating it as off', parsed.error.message);
  return priceNotificationsOff;
}

/** Whether the browser lets TokenTag show notifications now (the user may remove it in the browser's settings). */
export async function notificationsPermitted(): Promise<boolean> {
  return browser.permissions.contains(permission());
}

/** What the options page's switch shows: on, off, or turned on but no longer allowed by the browser. */
export async function readPriceNotificationsStatus(): Promise<PriceNotificationsStatus> {
  const [setting, permitted] = await Promise.all([readPriceNotifications(), notificationsPermitted()]);
  return priceNotificationsStatus(setting, permitted);
}

/** Calls back with the switch's status when the switch or the browser's permissions change; returns the unsubscribe. */
export function watchPriceNotificationsStatus(callback: (status: PriceNotificationsStatus) => void): () => void {
  const update = () =>
    void readPriceNotificationsStatus().then(callback, (error: unknown) =>
      log.error('could not read the notification switch', error),
    );
  const stop = settingItem.watch(update);
  browser.permissions.onAdded.addListener(update);
  browser.permissions.onRemoved.addListener(update);
  return () => {
    stop();
    browser.permissions.onAdded.removeListener(update);
    browser.permissions.onRemoved.removeListener(update);
  };
}

async function readNotified(): Promise<PriceSnapshot | undefined> {
  const raw = await notifiedItem.getValue();
  if (raw === null || raw === undefined) return undefined;
  const parsed = priceSnapshotSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log.error('the stored last-notified prices are unreadable; starting afresh', parsed.error.message);
  return undefined;
}

/**
 * Turns notifications on: asks for the permission at once (call straight from the click: browsers
 * prompt only from a user gesture) and takes today's prices as the ones already told. False when declined.
 */
export async function enablePriceNotifications(catalog: Catalog, now = new Date()): Promise<boolean> {
  const granted = await browser.permissions.request(permission());
  if (!granted) return false;
  await notifiedItem.setValue(snapshotPrices(catalog, toIsoDay(now)));
  await settingItem.setValue({ enabled: true } satisfies PriceNotificationsSetting);
  return true;
}

/** Turns notifications off: forgets the last-notified prices and gives the permission back. */
export async function disablePriceNotifications(): Promise<void> {
  await settingItem.setValue(priceNotificationsOff);
  await notifiedItem.removeValue();
  try {
    await browser.permissions.remove(permission());
  } catch (error) {
    // A build that requires the permission (the test build) cannot give it back; the switch is off all the same.
    log.warn('could not give the notifications permission back', error);
  }
}

export type NotifyOutcome = 'off' | 'not-permitted' | 'first-look' | 'unchanged' | 'notified';

/**
 * Compares the catalog in use with the prices last notified, and shows one notification when a
 * compared model's price changed. The prices seen become the new "last notified" in every case
 * but "off" and "not-permitted" (a change then waits until notifications can be shown again).
 */
export async function notifyComparedPriceChanges(catalog: Catalog, now = new Date()): Promise<NotifyOutcome> {
  if (!(await readPriceNotifications()).enabled) return 'off';
  if (!(await notificationsPermitted())) {
    log.warn('notifications are on, but the browser no longer allows them; nothing shown');
    return 'not-permitted';
  }
  const current = snapshotPrices(catalog, toIsoDay(now));
  const before = await readNotified();
  await notifiedItem.setValue(current);
  if (!before) return 'first-look';
  const changes = comparedPriceChanges(catalog, diffSnapshots(before, current), await comparisonStorage.get());
  if (changes.length === 0) return 'unchanged';
  const settings = await settingsStorage.get();
  const { t, locale } = localize(settings.language, browser.i18n.getUILanguage());
  const text = priceNotificationText(catalog, changes, { t, locale, currency: settings.currency, rateUnit: settings.rateUnit });
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${now.getTime()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
  });
  return 'notified';
}

/** One check at a time: the feed's several writes of one update must not each see the old prices and notify twice. */
const queue = createSerialQueue({ onError: (label, error) => log.error(`${label} failed`, error) });

/** Queues a check of `catalog` (from the background, whenever the catalog in use may have changed). */
export function queuePriceNotificationCheck(catalog: Catalog): Promise<boolean> {
  return queue.run('the price notification check', async () => {
    await notifyComparedPriceChanges(catalog);
  });
}

/** "What changed", opened in a tab (the popup's page, laid out for a tab, with the list open). */
export const WHAT_CHANGED_PATH = '/popup.html?view=tab&show=changes';

/** Opens "What changed" when one of TokenTag's price notifications is clicked, and clears that notification. */
export async function openWhatChangedFrom(notificationId: string): Promise<boolean> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return false;
  await browser.tabs.create({ url: browser.runtime.getURL(WHAT_CHANGED_PATH) });
  await browser.notifications.clear(notificationId);
  return true;
}

let clicksHeard = false;

/**
 * Listens for clicks on TokenTag's notifications. The notifications API exists only while the
 * permission is granted, so this is tried at start and again whenever a permission is added.
 */
export function listenForNotificationClicks(): void {
  const listen = () => {
    if (clicksHeard || !(browser as Partial<typeof browser>).notifications) return;
    clicksHeard = true;
    browser.notifications.onClicked.addListener((id) => {
      openWhatChangedFrom(id).catch((error: unknown) => log.error('could not open What changed', error));
    });
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}
