// The usage report as CSV and Markdown files (token counts, USD), in English column names for spreadsheets.
import { repricedKey, type CostedRow, type UsageReport } from './report';

const columns = ['requests', 'uncachedInput', 'cachedInput', 'cacheWrites', 'output', 'reasoning', 'webSearches'] as const;

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const money = (usd: number | null) => (usd === null ? null : Number(usd.toFixed(6)));

function rowCells(row: CostedRow): (string | number | null)[] {
  return [...columns.map((c) => row[c]), money(row.costUsd), money(row.reportedUsd)];
}

/** One CSV table: `section` says which grouping a row belongs to (model, month, seller, unpriced, repriced). */
export function usageCsv(report: UsageReport): string {
  const header = ['section', 'key', ...columns, 'listPriceUsd', 'billedUsd'];
  const rows: (string | number | null)[][] = [
    ...report.byModel.map((m) => ['model', m.modelId, ...rowCells(m)]),
    ...report.byMonth.map((m) => ['month', m.month, ...rowCells(m)]),
    ...report.bySeller.map((s) => ['seller', s.seller, ...rowCells(s)]),
    ...report.unknownModels.map((u) => [`unpriced:${u.reason}`, u.spelling, ...columns.map((c) => u[c]), null, null]),
    ...report.repriced.map((r) => [
      `repriced:${report.date}`,
      repricedKey(r),
      ...columns.map(() => null),
      money(r.totalUsd),
      null,
    ]),
    // What a target could not price, with its tokens and why; its total above is left empty.
    ...report.repriced.flatMap((r) =>
      r.unpriced.map((g) => [
        `repriced-unpriced:${g.reason}`,
        `${repricedKey(r)}: ${g.spelling} (${g.serviceTier})`,
        ...columns.map((c) => g[c]),
        null,
        null,
      ]),
    ),
    ['total', '', ...columns.map(() => null), money(report.totalUsd), money(report.reportedUsd)],
  ];
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

const usd = (value: number | null) => (value === null ? '—' : `$${value.toFixed(2)}`);
const int = (value: number) => Math.round(value).toLocaleString('en-US');

function mdTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function usageMarkdown(report: UsageReport): string {
  const tokenHead = [
    'Requests',
    'Uncached input',
    'Cached input',
    'Cache writes',
    'Output (reasoning)',
    'Web searches',
    'List price',
    'Billed',
  ];
  const tokenCells = (r: CostedRow) => [
    int(r.requests),
    int(r.uncachedInput),
    int(r.cachedInput),
    int(r.cacheWrites),
    `${int(r.output)} (${int(r.reasoning)})`,
    int(r.webSearches),
    usd(r.costUsd),
    usd(r.reportedUsd),
  ];
  const parts = [
    '# Usage report',
    '',
    `List price total: ${usd(report.totalUsd)}; billed: ${usd(report.reportedUsd)}.`,
    '',
    '## By model',
    mdTable(
      ['Model', ...tokenHead],
      report.byModel.map((m) => [m.name, ...tokenCells(m)]),
    ),
    '',
    '## By month',
    mdTable(
      ['Month', ...tokenHead],
      report.byMonth.map((m) => [m.month, ...tokenCells(m)]),
    ),
  ];
  if (report.bySeller.length > 0)
    parts.push(
      '',
      '## By seller',
      mdTable(
        ['Seller', ...tokenHead],
        report.bySeller.map((s) => [s.seller, ...tokenCells(s)]),
      ),
    );
  if (report.unknownModels.length > 0)
    parts.push(
      '',
      '## Not priced',
      mdTable(
        ['Spelling', 'Why', 'Requests', 'Uncached input', 'Output'],
        report.unknownModels.map((u) => [u.spelling, u.reason, int(u.requests), int(u.uncachedInput), int(u.output)]),
      ),
    );
  if (report.repriced.length > 0)
    parts.push(
      '',
      `## Re-priced at ${report.date}`,
      mdTable(
        ['Model', 'Seller', 'Total', 'Not priced (never counted)'],
        report.repriced.map((r) => [
          r.name,
          r.region === undefined ? r.seller : `${r.seller} (${r.region})`,
          r.totalUsd === null ? `— (priced part ${usd(r.pricedUsd)})` : usd(r.totalUsd),
          r.unpriced.map((g) => `${g.spelling} at ${g.serviceTier}: ${int(g.requests)} requests, ${g.reason}`).join('; '),
        ]),
      ),
    );
  return `${parts.join('\n')}\n`;
}
