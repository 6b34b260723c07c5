// The options page's "Your usage" report, in both languages: usage not grouped by model and each model's notes worded, the not-priced table's cells as its header says.
// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageSection } from '../../components/options/UsageSection';
import { createTranslator, type Language } from '../../utils/i18n';
import { emptyRecord, UNGROUPED_SPELLING } from '../../utils/usage/record';
import { toSavedReport } from '../../utils/usage/saved-reports';
import { testCatalog } from '../fixtures/test-catalog';
import { resetStores } from './setup';

/** One request of 1,000 uncached input and 100 output tokens. */
const usage = (spelling: string, tier = 'standard') => ({
  ...emptyRecord('2026-01-10', spelling, tier),
  requests: 1,
  uncachedInput: 1_000,
  output: 100,
});

/** A saved report whose usage needs telling: batch without a batch discount, web searches not sold, usage not grouped by model. */
const saved = toSavedReport('report-1', '2026-01-15T10:00:00.000Z', [
  {
    file: 'usage.json',
    format: 'openai-usage-json',
    recordsRead: 3,
    skipped: 0,
    skippedLines: [],
    errors: [],
    records: [
      usage('acme-plain', 'batch'),
      { ...usage('beta-free'), webSearches: 2 },
      { ...usage(UNGROUPED_SPELLING), output: 500, reasoning: 40 },
    ],
  },
]);

/** Renders the section and opens the saved report (no file reading: the worker is not needed). */
async function openReport(language: Language) {
  resetStores({ settings: { language } });
  await fakeBrowser.storage.local.set({ usageReports: { v: 1, reports: [saved] } });
  render(<UsageSection catalog={testCatalog} today="2026-01-15" />);
  const t = createTranslator(language);
  fireEvent.click(await screen.findByRole('button', { name: t('usage.open') }));
  await screen.findByText(t('usage.unpricedTitle'));
  return t;
}

beforeEach(() => resetStores());

describe.each(['en', 'zh_CN'] as const)('UsageSection in %s', (language) => {
  it('words usage not grouped by model, and shows output with its reasoning under "Output (reasoning)"', async () => {
    const t = await openReport(language);
    const table = document.querySelector<HTMLTableElement>('table[data-usage-unpriced]')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers.at(-1)).toBe(t('usage.col.output'));
    const row = table.querySelector(`tr[data-unpriced="${CSS.escape(UNGROUPED_SPELLING)}"]`)!;
    expect(within(row as HTMLElement).getByRole('rowheader').textContent).toBe(t('usage.ungrouped'));
    expect(row.querySelector('td:last-child')!.textContent).toBe('500 (40)');
    expect(document.body.textContent).not.toContain(UNGROUPED_SPELLING);
  });

  it("lists each model's notes in the estimates' own words, never as codes", async () => {
    const t = await openReport(language);
    const notes = document.querySelector('[data-usage-caveats]')!;
    expect([...notes.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `Acme Plain: ${t('notices.batchUnavailable')}`,
      `Beta Free: ${t('notices.toolUnavailable', [t('components.webSearch')])}`,
    ]);
    expect(screen.getByRole('heading', { name: t('usage.report.notes') })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/batch-at-standard|web-search-not-sold/);
  });

  it('says under a re-priced total what it leaves out, in words', async () => {
    const t = await openReport(language);
    fireEvent.input(screen.getByRole('combobox', { name: t('usage.addModel') }), { target: { value: 'beta-free' } });
    fireEvent.click(screen.getByRole('button', { name: t('usage.add') }));
    const row = await vi.waitFor(() => {
      const found = document.querySelector('tr[data-repriced="beta-free"]');
      expect(found).not.toBeNull();
      return found!;
    });
    const notes = row.querySelector('[data-repriced-caveats]')!;
    expect([...notes.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      t('notices.toolUnavailable', [t('components.webSearch')]),
    ]);
    expect(document.body.textContent).not.toMatch(/web-search-not-sold/);
  });
});
