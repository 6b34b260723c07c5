// The catalog: every vendor's data file, validated at build time and in the tests, assembled without re-parsing at run time.
import { alibaba } from './alibaba';
import { amazon } from './amazon';
import { anthropic } from './anthropic';
import { cohere } from './cohere';
import { deepseek } from './deepseek';
import { google } from './google';
import { meta } from './meta';
import { minimax } from './minimax';
import { mistral } from './mistral';
import { moonshot } from './moonshot';
import { openai } from './openai';
import { perplexity } from './perplexity';
import { xai } from './xai';
import { zhipu } from './zhipu';
import { namingRules } from './naming';
import { sellerFiles } from './sellers/index';
import { buildCatalog, type Catalog } from './validate';

export type { Catalog } from './validate';

/** The vendor data files, in the order the UI lists vendors. */
export const vendorFiles = [
  openai,
  google,
  anthropic,
  xai,
  deepseek,
  mistral,
  alibaba,
  moonshot,
  zhipu,
  minimax,
  amazon,
  cohere,
  perplexity,
  meta,
];

export const catalog: Catalog = buildCatalog(vendorFiles, sellerFiles, namingRules);
