// The usage report as files: CSV with stable column names and reason codes for other tools, Markdown worded for people in their language.
import type { Catalog } from '../../pricing-data/validate';
import { offerLabel, sellerName, toMarkdown } from '../compare';
import type { Translate } from '../i18n';
import { repricedKey, type CostedRow, type UsageReport } from './report';
import { unpricedReasonText } from './unpriced-reason';
import { caveatText, modelCaveatText, spellingText } from './wording';

const columns = ['requests', 'uncachedInput', 'cachedInput', 'cacheWrites', 'output', 'reasoning', 'webSearches'] as const;

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const money = (usd: number | null) => (usd === null ? null : Number(usd.toFixed(6)));

function rowCells(row: CostedRow): (string | number | null)[] {
  return [...columns.map((c) => row[c]), money(row.costUsd), money(row.reportedUsd)];
}

/**
 * One CSV table: `section` says which grouping a row belongs to (model, month, seller, unpriced, repriced,
 * caveat), with an unpriced row's reason or a caveat as its code (`unpriced:tier-not-offered`,
 * `caveat:batch-at-standard`): other tools read these, so they stay as they are; the README's "Your usage"
 * lists them.
 */
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
    // What a priced total leaves out or prices at standard, by code: per model, then per target.
    ...report.caveats.map((c) => [`caveat:${c.caveat}`, c.modelId, ...columns.map(() => null), null, null]),
    ...report.repriced.flatMap((r) =>
      r.caveats.map((caveat) => [`repriced-caveat:${caveat}`, repricedKey(r), ...columns.map(() => null), null, null]),
    ),
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

/** One Markdown table, by the comparison's own writer (pipes, backslashes and line breaks in cells escaped). */
const mdTable = (headers: string[], rows: string[][]) => toMarkdown({ headers, rows }).trimEnd();

/**
 * The report for people, in the language of `t`: headings, column names, why each row has no price,
 * usage not grouped by model and each model's caveats, worded; re-pricing targets by their sellers'
 * names in `catalog`, as the options page shows them.
 */
export function usageMarkdown(report: UsageReport, t: Translate, catalog: Catalog): string {
  const tokenHead = [
    t('usage.col.requests'),
    t('usage.col.uncachedInput'),
    t('usage.col.cachedInput'),
    t('usage.col.cacheWrites'),
    t('usage.col.output'),
    t('usage.col.webSearches'),
    t('usage.col.listPrice'),
    t('usage.col.billed'),
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
    `# ${t('usage.report.title')}`,
    '',
    t('usage.report.totals', [usd(report.totalUsd), usd(report.reportedUsd)]),
    '',
    `## ${t('usage.report.byModel')}`,
    mdTable(
      [t('usage.group.model'), ...tokenHead],
      report.byModel.map((m) => [m.name, ...tokenCells(m)]),
    ),
    '',
    `## ${t('usage.report.byMonth')}`,
    mdTable(
      [t('usage.group.month'), ...tokenHead],
      report.byMonth.map((m) => [m.month, ...tokenCells(m)]),
    ),
  ];
  if (report.bySeller.length > 0)
    parts.push(
      '',
      `## ${t('usage.report.bySeller')}`,
      mdTable(
        [t('usage.group.seller'), ...tokenHead],
        report.bySeller.map((s) => [s.seller, ...tokenCells(s)]),
      ),
    );
  if (report.unknownModels.length > 0)
    parts.push(
      '',
      `## ${t('usage.unpricedTitle')}`,
      mdTable(
        [
          t('usage.col.spelling'),
          t('usage.col.why'),
          t('usage.col.requests'),
          t('usage.col.uncachedInput'),
          t('usage.col.output'),
        ],
        report.unknownModels.map((u) => [
          spellingText(u.spelling, t),
          unpricedReasonText(u.reason, t),
          int(u.requests),
          int(u.uncachedInput),
          `${int(u.output)} (${int(u.reasoning)})`,
        ]),
      ),
    );
  if (report.repriced.length > 0)
    parts.push(
      '',
      `## ${t('usage.repricedTitle', [report.date])}`,
      mdTable(
        [t('usage.group.model'), t('usage.group.seller'), t('usage.col.total'), t('usage.report.gaps')],
        report.repriced.map((r) => [
          r.name,
          r.firstParty ? t('usage.sellerOf', [sellerName(catalog, r.seller)]) : offerLabel(catalog, r),
          r.totalUsd === null ? t('usage.partial', [usd(r.pricedUsd)]) : usd(r.totalUsd),
          [
            ...r.unpriced.map((g) =>
              t('usage.gap', [spellingText(g.spelling, t), g.serviceTier, int(g.requests), unpricedReasonText(g.reason, t)]),
            ),
            // What it priced with something left out, in the same cell: both qualify its total.
            ...r.caveats.map((caveat) => caveatText(caveat, t)),
          ].join('; '),
        ]),
      ),
    );
  if (report.caveats.length > 0)
    parts.push('', `## ${t('usage.report.notes')}`, ...report.caveats.map((c) => `- ${modelCaveatText(c, c.name, t)}`));
  return `${parts.join('\n')}\n`;
}
