// The catalog: every vendor's data file, validated at build time and in the tests, assembled without re-parsing at run time.
import { alibaba } from './alibaba';
import { amazon } from './amazon';
import { anthropic } from './anthropic';
import { cohere } from './cohere';
import { deepseek } from './deepseek';
import { google } from './google';
import { minimax } from './minimax';
import { mistral } from './mistral';
import { moonshot } from './moonshot';
import { openai } from './openai';
import { xai } from './xai';
import { zhipu } from './zhipu';
import { buildCatalog, type Catalog } from './validate';

export type { Catalog } from './validate';

/** The vendor data files, in the order the UI lists vendors. */
export const vendorFiles = [openai, google, anthropic, xai, deepseek, mistral, alibaba, moonshot, zhipu, minimax, amazon, cohere];

/**
 * The bundled catalog. These files are validated by `npm run build` (scripts/check-catalog.ts runs
 * first) and by the tests, so the extension does not parse them again every time a page opens.
 */
export const catalog: Catalog = buildCatalog(vendorFiles, { validate: false });

/** The bundled catalog, validated: throws a `CatalogError` naming every problem. For the build and the tests. */
export function validatedCatalog(): Catalog {
  return buildCatalog(vendorFiles);
}
