// The catalog store: the bundled catalog at once, then the one the user's settings make (live feed, own prices), kept current.
import { create } from 'zustand';
import type { Catalog } from '../../pricing-data/validate';
import { bundledCatalog, currentCatalog, watchCatalog } from '../catalog-view';
import { logger } from '../log';

/** `loaded`: the catalog in use has been built once (until then `catalog` is the bundled one). */
export const useCatalogStore = create<{ catalog: Catalog; loaded: boolean }>()(() => ({
  catalog: bundledCatalog,
  loaded: false,
}));

/** Loads the catalog in use and follows its changes; returns the unsubscribe. */
export function connectCatalogStore(): () => void {
  currentCatalog().then(
    (catalog) => useCatalogStore.setState({ catalog, loaded: true }),
    (error: unknown) => {
      logger('catalog').error('could not build the catalog in use; showing bundled prices', error);
      useCatalogStore.setState({ loaded: true });
    },
  );
  return watchCatalog((catalog) => useCatalogStore.setState({ catalog }));
}
