// Vite plugin: the build validates the catalog once and ships it as JSON, so the extension never runs zod over it.
import type { Plugin } from 'vite';

/** The module the extension imports the bundled catalog from. */
const BUNDLED = /[\\/]pricing-data[\\/]bundled\.ts$/;

/**
 * Replaces `pricing-data/bundled.ts` with the assembled catalog as JSON. Assembling it validates
 * every data file: a catalog with a problem fails the build, naming every problem.
 */
export function bundledCatalogJson(): Plugin {
  return {
    name: 'tokentag:bundled-catalog',
    enforce: 'pre',
    async load(id) {
      if (!BUNDLED.test(id)) return null;
      const { catalog } = await import('../pricing-data/index');
      // JSON.parse of a string literal is faster to start than the same object as code.
      return `export const catalog = JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`;
    },
  };
}
