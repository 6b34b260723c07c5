// Usage report exports: the CSV's columns and quoting, the Markdown tables, the command line's text table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { usageCsv, usageMarkdown } from '../../utils/usage/export';
import { usageTable } from '../../utils/usage/format-table';
import { readUsageText } from '../../utils/usage/read-file';
import { buildUsageReport } from '../../utils/usage/report';

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
    const md = usageMarkdown(report);
    expect(md).toContain(`List price total: $${report.totalUsd.toFixed(2)}; billed: $${report.reportedUsd!.toFixed(2)}.`);
    for (const heading of ['## By model', '## By month', '## By seller', '## Not priced', '## Re-priced at 2026-11-27'])
      expect(md).toContain(heading);
    expect(md).toContain('| acme/nonexistent-model-7b | unknown-model | 1 | 2,000 | 300 |');
  });

  it('the text table names each file and its error, every model, the unpriced and the re-priced', () => {
    const text = usageTable(report);
    expect(text).toContain('openrouter-activity.csv: openrouter-activity-csv, 3 records');
    expect(text).toContain('bad/wrong-header.csv: ERROR bad/wrong-header.csv: not a usage export of a known kind');
    expect(text).toMatch(/claude-sonnet-4-5 +1 +3,000 +3,000/);
    expect(text).toContain('Not priced (listed, never counted as $0):');
    expect(text).toMatch(
      /Re-priced at 2026-11-27:\nModel +Seller +Total +Priced part\ngpt-5-mini +openai +\$0\.\d\d +\$0\.\d\d\nclaude-opus-4-1 +anthropic +/,
    );
  });
});
