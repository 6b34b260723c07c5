// Price-change notifications for compared models: which changes concern the comparison, and the notification's text.
import * as z from 'zod/mini';
import type { Catalog } from '../pricing-data/validate';
import { findModel, vendorName } from './catalog';
import { formatList } from './i18n';
import type { ChangeCause, PriceChange } from './price-changes';
import { rateLabel, type RateOptions } from './tag-view';

/** The stored switch (local storage: the browser's permission it needs is per browser, too). */
export const priceNotificationsSchema = z.object({
  /** The user turned notifications on (and the browser granted them). */
  enabled: z.boolean(),
});
export type PriceNotificationsSetting = z.infer<typeof priceNotificationsSchema>;
export const priceNotificationsOff: PriceNotificationsSetting = { enabled: false };

/**
 * What the switch shows: `revoked` when the user turned it on but the browser's permission is gone
 * (removed in the browser's extension settings), so that the switch reads "off" and says why.
 */
export type PriceNotificationsStatus = 'off' | 'on' | 'revoked';

export function priceNotificationsStatus(setting: PriceNotificationsSetting, permitted: boolean): PriceNotificationsStatus {
  if (!setting.enabled) return 'off';
  return permitted ? 'on' : 'revoked';
}

/** A compared model and the offer its row prices (absent: the creator's own API), as the comparison stores them. */
export interface ComparedOffers {
  modelIds: readonly string[];
  offers: Readonly<Record<string, { seller: string; region?: string }>>;
}

/**
 * The changes worth a notification: a price of a compared model, at the offer its row prices, that was
 * there before and is there now, and differs. Another seller's change, a new offer or a price that is
 * gone is listed under "What changed", not notified.
 */
export function comparedPriceChanges(catalog: Catalog, changes: readonly PriceChange[], compared: ComparedOffers): PriceChange[] {
  const ids = new Set(compared.modelIds);
  const isComparedOffer = (c: PriceChange) => {
    const offer: { seller?: string; region?: string } = compared.offers[c.modelId] ?? {
      seller: findModel(catalog, c.modelId)?.vendor,
    };
    return c.seller === offer.seller && c.region === offer.region;
  };
  return changes.filter((c) => ids.has(c.modelId) && isComparedOffer(c) && c.before !== undefined && c.after !== undefined);
}

/** At most this many changes are named; the rest are counted ("…and 2 more"). */
export const NAMED_CHANGES = 3;

export interface NotificationText {
  title: string;
  /** One line per cause, then one per named change: "GPT-5.2 (OpenAI): $1.75 / $14.00 → $1.50 / $12.00". */
  message: string;
}

const causeOrder: ChangeCause[] = ['feed', 'bundled', 'user'];

/** The text of the one notification an update gets, in the user's language, currency and rate unit. */
export function priceNotificationText(catalog: Catalog, changes: readonly PriceChange[], options: RateOptions): NotificationText {
  const { t, locale } = options;
  const modelName = (id: string) => findModel(catalog, id)?.name ?? id;
  const sellerName = (id: string) => catalog.sellers.find((s) => s.id === id)?.name ?? vendorName(catalog, id);
  const causes = causeOrder.filter((cause) => changes.some((c) => c.cause === cause));
  const lines = changes
    .slice(0, NAMED_CHANGES)
    .map((c) =>
      t('notifications.line', [
        modelName(c.modelId),
        c.region ? `${sellerName(c.seller)}, ${c.region}` : sellerName(c.seller),
        rateLabel(c.before!, options),
        rateLabel(c.after!, options),
      ]),
    );
  const more = changes.length - lines.length;
  return {
    title: t('notifications.title', changes.length),
    message: [
      formatList(
        causes.map((cause) => t(`notifications.cause.${cause}`)),
        locale,
      ),
      ...lines,
      ...(more > 0 ? [t('notifications.more', more)] : []),
    ].join('\n'),
  };
}
