// The usage report as plain text columns, for the command line (numbers in tokens and USD).
import type { Translate } from '../i18n';
import { repricedKey, type UsageReport } from './report';
import { unpricedReasonText } from './unpriced-reason';
import { caveatText, modelCaveatText, spellingText } from './wording';

function pad(cells: string[][]): string {
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .join('\n');
}

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const usd = (value: number | null) => (value === null ? '—' : `$${value.toFixed(2)}`);

/** The table for people; `t` words why a row has no price, usage not grouped by model and the caveats (the CLI speaks English). */
export function usageTable(report: UsageReport, t: Translate): string {
  const out: string[] = [];
  for (const f of report.files) {
    const status = f.errors.length > 0 ? `ERROR ${f.errors.join('; ')}` : `${f.format}, ${f.recordsRead} records`;
    out.push(
      `${f.file}: ${status}${f.skipped > 0 ? `, ${f.skipped} lines skipped (first: line ${f.skippedLines[0]?.line}: ${f.skippedLines[0]?.reason})` : ''}`,
    );
  }
  out.push('');
  out.push(
    pad([
      [
        'Model',
        'Requests',
        'Uncached in',
        'Cached in',
        'Cache writes',
        'Output',
        '(reasoning)',
        'Web searches',
        'List price',
        'Billed',
      ],
      ...report.byModel.map((m) => [
        m.modelId,
        n(m.requests),
        n(m.uncachedInput),
        n(m.cachedInput),
        n(m.cacheWrites),
        n(m.output),
        n(m.reasoning),
        n(m.webSearches),
        usd(m.costUsd),
        usd(m.reportedUsd),
      ]),
      ['Total', '', '', '', '', '', '', '', usd(report.totalUsd), usd(report.reportedUsd)],
    ]),
  );
  if (report.unknownModels.length > 0) {
    out.push('', 'Not priced (listed, never counted as $0):');
    out.push(
      pad([
        ['Spelling', 'Why', 'Requests', 'Uncached in', 'Cached in', 'Output'],
        ...report.unknownModels.map((u) => [
          spellingText(u.spelling, t),
          unpricedReasonText(u.reason, t),
          n(u.requests),
          n(u.uncachedInput),
          n(u.cachedInput),
          n(u.output),
        ]),
      ]),
    );
  }
  if (report.repriced.length > 0) {
    out.push('', `Re-priced at ${report.date}:`);
    out.push(
      pad([
        ['Model', 'Seller', 'Total', 'Priced part'],
        ...report.repriced.map((r) => [
          r.modelId,
          r.region === undefined ? r.seller : `${r.seller} (${r.region})`,
          r.totalUsd === null ? 'not all priced' : usd(r.totalUsd),
          usd(r.pricedUsd),
        ]),
      ]),
    );
    const gaps = report.repriced.flatMap((r) => r.unpriced.map((g) => ({ target: repricedKey(r), ...g })));
    if (gaps.length > 0) {
      out.push('', 'Not priced on a target (no number invented; its total above is left open):');
      out.push(
        pad([
          ['Target', 'Spelling', 'Tier', 'Why', 'Requests', 'Uncached in', 'Cached in', 'Output'],
          ...gaps.map((g) => [
            g.target,
            spellingText(g.spelling, t),
            g.serviceTier,
            unpricedReasonText(g.reason, t),
            n(g.requests),
            n(g.uncachedInput),
            n(g.cachedInput),
            n(g.output),
          ]),
        ]),
      );
    }
  }
  // What a target priced with something left out (web searches its seller does not sell…), a line each.
  const targetNotes = report.repriced.flatMap((r) => r.caveats.map((caveat) => `  ${repricedKey(r)}: ${caveatText(caveat, t)}`));
  if (targetNotes.length > 0) out.push('', 'Notes on the targets:', ...targetNotes);
  // One note a line: the messages are sentences of their own.
  if (report.caveats.length > 0) out.push('', 'Notes:', ...report.caveats.map((c) => `  ${modelCaveatText(c, c.modelId, t)}`));
  return `${out.join('\n')}\n`;
}
