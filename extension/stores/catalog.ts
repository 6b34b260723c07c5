// The catalog store: the bundled catalog at once, then the one the user's settings make (live feed, own prices), kept current.
import { create } from 'zustand';
import type { Catalog } from '../../pricing-data/validate';
import { bundledCatalog, currentCatalog, watchCatalog } from '../catalog-view';
import { logger } from '../log';

export const useCatalogStore = create<{ catalog: Catalog }>()(() => ({ catalog: bundledCatalog }));

/** Loads the catalog in use and follows its changes; returns the unsubscribe. */
export function connectCatalogStore(): () => void {
  currentCatalog().then(
    (catalog) => useCatalogStore.setState({ catalog }),
    (error: unknown) => logger('catalog').error('could not build the catalog in use; showing bundled prices', error),
  );
  return watchCatalog((catalog) => useCatalogStore.setState({ catalog }));
}
