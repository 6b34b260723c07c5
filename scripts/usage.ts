// `npm run --silent usage -- [--json] [--date YYYY-MM-DD] [--reprice id1,id2@seller] FILE...`: what usage exports cost, and on other models or sellers.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { catalog } from '../pricing-data/index';
import { toIsoDay } from '../utils/catalog';
import { createTranslator } from '../utils/i18n';
import { errorMessage } from '../utils/log';
import { usageTable } from '../utils/usage/format-table';
import { createUsageFileReader, newImportState, type ImportState, type UsageFileResult } from '../utils/usage/read-file';
import { buildUsageReport, parseRepriceTarget, reportJson } from '../utils/usage/report';

/** The files a path names: itself, or every file under a folder (a folder of Claude Code sessions). */
function filesOf(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.name.startsWith('.') ? [] : filesOf(join(path, entry.name))));
}

async function readFile(path: string, state: ImportState): Promise<UsageFileResult> {
  const reader = createUsageFileReader(path, state);
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8' })) reader.push(chunk as string);
  } catch (error) {
    const result = reader.end();
    return { ...result, format: null, records: [], errors: [`${path}: cannot be read (${errorMessage(error)})`] };
  }
  return reader.end();
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean' }, date: { type: 'string' }, reprice: { type: 'string' } },
  });
  if (positionals.length === 0) {
    process.stderr.write('usage: npm run --silent usage -- [--json] [--date YYYY-MM-DD] [--reprice id1,id2@seller] FILE...\n');
    return 2;
  }
  let date: string;
  try {
    date = toIsoDay(values.date ?? new Date());
  } catch (error) {
    process.stderr.write(`usage: --date: ${errorMessage(error)}\n`);
    return 2;
  }
  const reprice = (values.reprice ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
    // `model@seller` or `model@seller/region` re-prices on that seller's offer.
    .map((text) => parseRepriceTarget(text, catalog));
  const state = newImportState();
  const files: UsageFileResult[] = [];
  for (const path of positionals.flatMap(filesOf)) files.push(await readFile(path, state));
  if (files.every((f) => f.errors.length > 0)) {
    for (const f of files) for (const error of f.errors) process.stderr.write(`usage: ${error}\n`);
    process.stderr.write('usage: no file could be read\n');
    return 1;
  }
  const report = buildUsageReport(files, catalog, { date, reprice });
  if (report.unknownTargets.length > 0) {
    process.stderr.write(
      `usage: --reprice: no model ${report.unknownTargets.map((t) => JSON.stringify(t)).join(', ')} in the catalog\n`,
    );
    return 2;
  }
  process.stdout.write(
    values.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : usageTable(report, createTranslator('en')),
  );
  return 0;
}

process.exitCode = await main();
