// Usage report exports: the CSV's columns and codes, the Markdown worded in the user's language, the command line's text table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zh from '../../locales/zh_CN.json';
import { catalog } from '../../pricing-data/index';
import { buildCatalog } from '../../pricing-data/validate';
import { createTranslator, type Language } from '../../utils/i18n';
import { usageCsv, usageMarkdown } from '../../utils/usage/export';
import { usageTable } from '../../utils/usage/format-table';
import { caveatText } from '../../utils/usage/wording';
import { unpricedReasons, usageCaveats, type UnpricedReason } from '../../utils/usage/price-usage';
import { readUsageText, type UsageFileResult } from '../../utils/usage/read-file';
import { emptyRecord, UNGROUPED_SPELLING } from '../../utils/usage/record';
import { buildUsageReport, reportJson } from '../../utils/usage/report';
import { acme, beta, cloudy, searchy } from '../fixtures/test-catalog';

const dir = join(import.meta.dirname, '../fixtures/usage');
const read = (name: string) => readUsageText(name, readFileSync(join(dir, name), 'utf8'));
const report = buildUsageReport([read('openrouter-activity.csv'), read('bad/wrong-header.csv')], catalog, {
  date: '2026-11-27',
  reprice: ['gpt-5-mini', 'claude-opus-4-1'],
});

describe('usage exports', () => {
  it('CSV: one row per model, month, seller, unpriced spelling and re-priced model, and a total', () => {
    const rows = usageCsv(report).trim().split('\n');
    expect(rows[0]).toBe(
      'section,key,requests,uncachedInput,cachedInput,cacheWrites,output,reasoning,webSearches,listPriceUsd,billedUsd',
    );
    expect(rows.filter((r) => r.startsWith('model,')).length).toBe(report.byModel.length);
    expect(rows).toContain('unpriced:unknown-model,acme/nonexistent-model-7b,1,2000,0,0,300,0,0,,');
    expect(rows.some((r) => r.startsWith('repriced:2026-11-27,gpt-5-mini,'))).toBe(true);
    // The total row: list price and billed, to the micro-dollar.
    expect(rows.at(-1)).toBe(`total,,,,,,,,,${Number(report.totalUsd.toFixed(6))},${Number(report.reportedUsd!.toFixed(6))}`);
    expect(rows.filter((r) => r.startsWith('seller,')).map((r) => r.split(',')[1])).toEqual(['Anthropic', 'OpenAI']);
  });

  it('Markdown: by model, month, seller, the unpriced and the re-priced, with the totals', () => {
    const md = usageMarkdown(report, createTranslator('en'), catalog);
    expect(md).toContain(`List price total: $${report.totalUsd.toFixed(2)}; billed: $${report.reportedUsd!.toFixed(2)}.`);
    for (const heading of [
      '# Usage report',
      '## By model',
      '## By month',
      '## By seller',
      '## Not priced (never counted as free)',
      '## The same usage on other models (prices of 2026-11-27)',
    ])
      expect(md).toContain(heading);
    expect(md).toContain('| Model as written | Why not priced | Requests | Uncached input | Output (reasoning) |');
    expect(md).toContain('| acme/nonexistent-model-7b | model not in the catalog | 1 | 2,000 | 300 (0) |');
  });

  it('Markdown: a spelling with a pipe or a line break stays in its own cell of one row', () => {
    const odd = buildUsageReport([{ ...unpricedFile, records: [usage('2026-01-10', 'odd|model\nname')] }], fedCatalog, {
      date: '2026-01-15',
      reprice: [],
    });
    const md = usageMarkdown(odd, createTranslator('en'), fedCatalog);
    expect(md).toContain('| odd\\|model name | model not in the catalog | 1 | 1,000 | 100 (0) |');
  });

  it('the text table names each file and its error, every model, the unpriced and the re-priced', () => {
    const text = usageTable(report, createTranslator('en'));
    expect(text).toContain('openrouter-activity.csv: openrouter-activity-csv, 3 records');
    expect(text).toContain('bad/wrong-header.csv: ERROR bad/wrong-header.csv: not a usage export of a known kind');
    expect(text).toMatch(/claude-sonnet-4-5 +1 +3,000 +3,000/);
    expect(text).toContain('Not priced (listed, never counted as $0):');
    expect(text).toMatch(
      /Re-priced at 2026-11-27:\nModel +Seller +Total +Priced part\ngpt-5-mini +openai +\$0\.\d\d +\$0\.\d\d\nclaude-opus-4-1 +anthropic +/,
    );
  });
});

/** The test catalog after a price feed's update of Acme-5.2 from 2026-02-01 that states no Flex rate. */
const fedCatalog = buildCatalog(
  [
    {
      ...acme,
      models: acme.models.map((m) =>
        m.id !== 'acme-5.2'
          ? m
          : {
              ...m,
              prices: [
                { ...m.prices[0]!, to: '2026-02-01' },
                {
                  from: '2026-02-01',
                  input: 1.5,
                  output: 12,
                  origin: 'feed' as const,
                  source: { url: 'https://example.com/feed.json', checked: '2026-02-03', via: 'genai-prices' },
                },
              ],
            },
      ),
    },
    beta,
  ],
  [cloudy, searchy],
);

/** One record of 1,000 uncached input and 100 output tokens in one request. */
const usage = (day: string, spelling: string, tier = 'standard') => ({
  ...emptyRecord(day, spelling, tier),
  requests: 1,
  uncachedInput: 1_000,
  output: 100,
});

/** Usage that cannot be priced for every reason there is: on its own model's price of its day, or on a re-pricing target. */
const unpricedFile: UsageFileResult = {
  file: 'usage.csv',
  format: 'openai-activity-csv',
  records: [
    usage('2026-01-10', 'zeta-nowhere-9'), // unknown-model
    usage('2026-01-10', UNGROUPED_SPELLING), // not-grouped: the file names no model
    usage('2025-08-01', 'acme-retired'), // retired (on 2025-07-14)
    usage('2026-01-10', 'acme-unpriced'), // unpriced: no price ever
    usage('2025-11-01', 'acme-5.2'), // not-yet: priced from 2025-12-11
    usage('2025-12-01', 'beta-sol'), // ended on 2025-11-21
    usage('2026-01-10', 'acme-plain', 'flex'), // tier-not-sold
    usage('2026-01-10', 'acme-5.2', 'incentivized-tier'), // tier-unknown
    usage('2026-02-10', 'acme-5.2', 'flex'), // tier-price-unknown: the feed's period states no Flex rate
    usage('2026-01-10', 'acme-5.2', 'priority'), // on Cloudy: tier-not-offered; on Searchy: no-offer
  ],
  recordsRead: 10,
  skipped: 0,
  skippedLines: [],
  errors: [],
};
const unpricedReport = buildUsageReport([unpricedFile], fedCatalog, {
  date: '2026-01-15',
  reprice: [
    { model: 'acme-5.2', seller: 'cloudy', region: 'global' },
    { model: 'acme-5.2', seller: 'searchy' },
  ],
});

/** A reason's message as the locale file words it (`tier-not-offered` → `usage.why.tier_not_offered`). */
const wording = (messages: typeof en, reason: UnpricedReason) =>
  messages.usage.why[reason.replace(/-/g, '_') as keyof typeof en.usage.why];
/** A reason code standing alone (not inside a spelling such as `acme-retired`). */
const code = (reason: UnpricedReason) => new RegExp(`(?<![\\w-])${reason}(?![\\w-])`);

describe('usage exports of usage that has no price, for every reason', () => {
  it('the report has an unpriced row of each reason', () => {
    const reasons = [
      ...unpricedReport.unknownModels.map((u) => u.reason),
      ...unpricedReport.repriced.flatMap((r) => r.unpriced.map((g) => g.reason)),
    ];
    expect(new Set(reasons)).toEqual(new Set(unpricedReasons));
  });

  it.each([
    ['en', en, ['# Usage report', '## Not priced (never counted as free)', '| Model as written | Why not priced |']],
    ['zh_CN', zh, ['# 用量报告', '## 未计价（绝不按免费计算）', '| 文件中的模型名 | 未计价原因 |']],
  ] as const)('Markdown in %s: every reason worded, no reason code', (language: Language, messages, headings) => {
    const md = usageMarkdown(unpricedReport, createTranslator(language), fedCatalog);
    for (const heading of headings) expect(md).toContain(heading);
    for (const reason of unpricedReasons) expect(md).toContain(wording(messages, reason));
    // The wording taken out, no code is left (English words such as "retired" are the wording, not the code).
    const rest = unpricedReasons.reduce((text, reason) => text.replaceAll(wording(messages, reason), ''), md);
    for (const reason of unpricedReasons) expect(rest).not.toMatch(code(reason));
    // Each gap on a target in the UI's words: spelling, tier, requests and why.
    expect(md).toContain(
      createTranslator(language)('usage.gap', ['acme-5.2', 'priority', '1', wording(messages, 'tier-not-offered')]),
    );
  });

  it('Markdown in Chinese has no English heading or column name left', () => {
    const md = usageMarkdown(unpricedReport, createTranslator('zh_CN'), fedCatalog);
    for (const english of ['Usage report', 'By model', 'By month', 'Requests', 'List price', 'Billed', 'Not priced', 'Why'])
      expect(md).not.toContain(english);
    expect(md).toContain('## 按模型');
    expect(md).toContain('| 模型 | 销售方 | 合计 | 未计价（不计入合计） |');
  });

  it('CSV keeps the reason codes, one section per reason, for the tools that read it', () => {
    const sections = usageCsv(unpricedReport)
      .trim()
      .split('\n')
      .map((row) => row.split(',')[0]!);
    const coded = sections.filter((s) => s.includes(':') && !s.startsWith('repriced:')).map((s) => s.split(':')[1]);
    expect(new Set(coded)).toEqual(new Set(unpricedReasons));
    expect(sections).toContain('unpriced:tier-price-unknown');
    expect(sections).toContain('repriced-unpriced:tier-not-offered');
  });

  it('the README lists every CSV column, reason code and caveat', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const start = readme.indexOf('\n## Your usage\n');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const header = usageCsv(unpricedReport).split('\n')[0]!.split(',');
    for (const name of [...header, ...unpricedReasons, ...usageCaveats, UNGROUPED_SPELLING])
      expect(section).toContain(`\`${name}\``);
  });
});

/** Usage with something to tell: batch on a model without a batch discount, web searches a model's seller does not sell, usage a file does not group by model. */
const notedFile: UsageFileResult = {
  ...unpricedFile,
  records: [
    usage('2026-01-10', 'acme-plain', 'batch'),
    { ...usage('2026-01-10', 'beta-free'), webSearches: 2 },
    { ...usage('2026-01-10', UNGROUPED_SPELLING), output: 500, reasoning: 40 },
  ],
  recordsRead: 3,
};
const notedReport = buildUsageReport([notedFile], fedCatalog, {
  date: '2026-01-15',
  reprice: [{ model: 'acme-5.2', seller: 'searchy' }],
});
const caveatCodes = /batch-at-standard|web-search-not-sold/;

/** The same usage re-priced on Beta Free, whose seller sells no web search: its row has a caveat of its own. */
const repricedNotedReport = buildUsageReport([notedFile], fedCatalog, { date: '2026-01-15', reprice: ['beta-free'] });

describe('usage exports: notes, and usage not grouped by model', () => {
  it('a re-priced row keeps its own caveats, worded in the Markdown and the text table, never as codes', () => {
    const [row] = repricedNotedReport.repriced;
    expect(row?.caveats).toEqual(['web-search-not-sold']);
    for (const language of ['en', 'zh_CN'] as const) {
      const t = createTranslator(language);
      const md = usageMarkdown(repricedNotedReport, t, fedCatalog);
      // The last table row naming the model is its re-priced row (the first ones are by model).
      const repricedLine = md
        .split('\n')
        .filter((l) => l.startsWith('| Beta Free |'))
        .at(-1);
      expect(repricedLine).toContain(caveatText('web-search-not-sold', t));
      expect(md).not.toMatch(caveatCodes);
    }
    const text = usageTable(repricedNotedReport, createTranslator('en'));
    expect(text).toContain(`Notes on the targets:\n  beta-free: ${caveatText('web-search-not-sold', createTranslator('en'))}`);
  });

  it('CSV and JSON give the caveats as codes: by model, and by re-pricing target', () => {
    const sections = (report: typeof notedReport) =>
      usageCsv(report)
        .trim()
        .split('\n')
        .map((row) => row.split(',').slice(0, 2).join(','))
        .filter((row) => row.includes('caveat:'));
    expect(sections(notedReport)).toEqual(['caveat:batch-at-standard,acme-plain', 'caveat:web-search-not-sold,beta-free']);
    expect(sections(repricedNotedReport)).toContain('repriced-caveat:web-search-not-sold,beta-free');
    expect(reportJson(notedReport).caveats).toEqual([
      { modelId: 'acme-plain', caveat: 'batch-at-standard' },
      { modelId: 'beta-free', caveat: 'web-search-not-sold' },
    ]);
    expect(reportJson(repricedNotedReport).repriced[0]!.caveats).toEqual(['web-search-not-sold']);
  });

  it('the report has both caveats, by model, and an unpriced row of usage not grouped by model', () => {
    expect(notedReport.caveats).toEqual([
      { modelId: 'acme-plain', name: 'Acme Plain', caveat: 'batch-at-standard' },
      { modelId: 'beta-free', name: 'Beta Free', caveat: 'web-search-not-sold' },
    ]);
    expect(notedReport.unknownModels.map((u) => u.spelling)).toEqual([UNGROUPED_SPELLING]);
  });

  it.each([
    ['en', '## Notes'],
    ['zh_CN', '## 说明'],
  ] as const)('Markdown in %s: the notes and usage not grouped by model worded, no code', (language: Language, heading) => {
    const t = createTranslator(language);
    const md = usageMarkdown(notedReport, t, fedCatalog);
    expect(md).toContain(
      [
        heading,
        `- Acme Plain: ${t('notices.batchUnavailable')}`,
        `- Beta Free: ${t('notices.toolUnavailable', [t('components.webSearch')])}`,
      ].join('\n'),
    );
    expect(md).not.toMatch(caveatCodes);
    // The unpriced row and the gap on a target name it in the user's words; output (reasoning) as its header says.
    expect(md).toContain(`| ${t('usage.ungrouped')} | ${t('usage.why.not_grouped')} | 1 | 1,000 | 500 (40) |`);
    expect(md).toContain(t('usage.gap', [t('usage.ungrouped'), 'standard', '1', t('usage.why.no_offer')]));
    expect(md).not.toContain(UNGROUPED_SPELLING);
  });

  it('Markdown in Chinese: the notes and the ungrouped usage have no English left', () => {
    const md = usageMarkdown(notedReport, createTranslator('zh_CN'), fedCatalog);
    for (const english of ['Notes', 'batch discount', 'Web search', 'not grouped', 'not offered'])
      expect(md).not.toContain(english);
  });

  it('Markdown leaves out the notes heading when nothing needs telling', () => {
    expect(unpricedReport.caveats).toEqual([]);
    expect(usageMarkdown(unpricedReport, createTranslator('en'), fedCatalog)).not.toContain('## Notes');
  });

  it('the text table words the notes with the same messages, one a line, and usage not grouped by model', () => {
    const t = createTranslator('en');
    const text = usageTable(notedReport, t);
    expect(text).toContain(
      [
        'Notes:',
        '  acme-plain: No batch discount for this model: priced at the standard rate.',
        '  beta-free: Web search is not offered for this model: not included.',
      ].join('\n'),
    );
    expect(text).not.toMatch(caveatCodes);
    expect(text).toMatch(
      /^\(no model: usage not grouped by model\) +the file does not say which model this usage was for +1 +1,000 +0 +500$/m,
    );
    expect(text).toMatch(
      /^acme-5\.2@searchy +\(no model: usage not grouped by model\) +standard +not offered by this seller +1/m,
    );
    expect(text).not.toContain(UNGROUPED_SPELLING);
  });

  it('CSV keeps usage not grouped by model as its code', () => {
    const rows = usageCsv(notedReport).trim().split('\n');
    expect(rows).toContain(`unpriced:not-grouped,${UNGROUPED_SPELLING},1,1000,0,0,500,40,0,,`);
    expect(rows).toContain(`repriced-unpriced:no-offer,acme-5.2@searchy: ${UNGROUPED_SPELLING} (standard),1,1000,0,0,500,40,0,,`);
  });
});
