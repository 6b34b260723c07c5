// Background: checks compared models' prices whenever the catalog in use may have changed, and opens What changed on a click.
import { currentCatalog, watchCatalog } from '../../extension/catalog-view';
import { logger } from '../../extension/log';
import { listenForNotificationClicks, queuePriceNotificationCheck } from '../../extension/price-notifications';

export function wirePriceNotifications(): void {
  listenForNotificationClicks();
  // A feed update or the user's own prices.
  watchCatalog((catalog) => void queuePriceNotificationCheck(catalog));
  // At start: a new bundled release (its prices against the ones last notified).
  currentCatalog().then(
    (catalog) => void queuePriceNotificationCheck(catalog),
    (error: unknown) => logger('price-notifications').error('could not read the catalog for the start-up check', error),
  );
}
