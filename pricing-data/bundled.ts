// The bundled catalog as the extension loads it: in a build this module is replaced by the catalog's assembled JSON.
// scripts/catalog-plugin.ts does the replacing (validating the data first); Node and the tests get the assembled catalog itself.
export { catalog } from './index';
