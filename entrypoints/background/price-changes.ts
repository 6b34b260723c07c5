// Background: keeps a first "seen" snapshot of prices, so that "What changed" has something to compare with.
import { currentCatalog } from '../../extension/catalog-view';
import { logger } from '../../extension/log';
import { ensureSeenBaseline } from '../../extension/price-changes';
import { toIsoDay } from '../../utils/catalog';

export function wirePriceChanges(): void {
  currentCatalog()
    .then((catalog) => ensureSeenBaseline(catalog, toIsoDay(new Date())))
    .catch((error: unknown) => logger('price-changes').error('could not keep the first price snapshot', error));
}
