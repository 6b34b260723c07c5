// Prints the assembled catalog as JSON (`npm run --silent catalog`); `--feed FILE` merges a genai-prices feed first.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { catalog } from '../pricing-data/index';
import { toIsoDay } from '../utils/catalog';
import { parseFeed } from '../utils/feeds/genai-prices-feed';
import { mergeFeed } from '../utils/feeds/merge-feed';
import { errorMessage } from '../utils/log';

function main(): number {
  const { values } = parseArgs({ options: { feed: { type: 'string' }, date: { type: 'string' } } });
  if (values.feed === undefined) {
    process.stdout.write(`${JSON.stringify(catalog, null, 2)}\n`);
    return 0;
  }
  try {
    // The day the feed's undated prices are known to apply on: today, unless given.
    const downloadedOn = toIsoDay(values.date ?? new Date());
    const merged = mergeFeed(catalog, parseFeed(readFileSync(values.feed, 'utf8')), { downloadedOn });
    process.stdout.write(`${JSON.stringify({ ...merged.catalog, feed: merged.report }, null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`catalog: cannot use ${values.feed} as a price feed: ${errorMessage(error)}\n`);
    return 1;
  }
}

process.exitCode = main();
