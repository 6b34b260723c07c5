// The popup's views: the page's models under the active preset, comparing, details, the date, exports, languages.
// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { PopupApp, type PageState } from '../../components/popup/PopupApp';
import { useComparisonStore } from '../../extension/stores/comparison';
import { usePresetsStore } from '../../extension/stores/presets';
import { findModel } from '../../utils/catalog';
import { estimateCost } from '../../utils/cost';
import { createTranslator } from '../../utils/i18n';
import { sharedFractionDigits } from '../../utils/money';
import { formatCost } from '../../utils/tag-view';
import { defaultPresets } from '../../utils/workloads';
import { useSettingsStore } from '../../extension/stores/settings';
import { testCatalog } from '../fixtures/test-catalog';
import { resetStores } from './setup';

const today = '2026-01-01';
const page: PageState = {
  status: 'ready',
  page: {
    url: 'https://example.com/pricing',
    models: [
      { modelId: 'acme-5.2', known: true, mentions: 3, text: 'Acme-5.2' },
      { modelId: 'acme-9', known: false, mentions: 1, text: 'Acme-9' },
      { modelId: 'acme-plain', known: true, mentions: 1, text: 'Acme Plain' },
      { modelId: 'acme-retired', known: true, mentions: 1, text: 'Acme Retired' },
      { modelId: 'acme-o3', known: true, mentions: 1, text: 'Acme o3' },
    ],
  },
};

const rowIds = (region: HTMLElement) =>
  [...region.querySelectorAll('tbody tr:not(.notes)')].map(
    (tr) => tr.getAttribute('data-model-id') || tr.getAttribute('data-unknown'),
  );
const cost = (id: string) => document.querySelector(`tr[data-model-id="${id}"] [data-cost="task"]`)?.textContent;

beforeEach(() => resetStores());

describe('PopupApp: on this page', () => {
  it('says it is reading the page, and why it could not', () => {
    const { rerender } = render(<PopupApp catalog={testCatalog} today={today} page={{ status: 'loading' }} />);
    expect(screen.getByRole('status').textContent).toBe('Reading the page…');
    rerender(<PopupApp catalog={testCatalog} today={today} page={{ status: 'error', message: '"x" is not a tab id' }} />);
    expect(screen.getByRole('alert').textContent).toContain('"x" is not a tab id');
  });

  it("lists the page's models cheapest first under the active preset, unknown and retired ones said as such", () => {
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    const panel = screen.getByRole('tabpanel');
    expect(rowIds(panel)).toEqual(['acme-plain', 'acme-o3', 'acme-5.2', 'acme-retired', 'Acme-9']);
    expect(within(panel).getByText(/5 models named on this page/)).toBeTruthy();
    expect(cost('acme-5.2')).toBe('$0.00934');
    expect(panel.querySelector('tr[data-model-id="acme-5.2"] [data-cost="month"]')?.textContent).toBe('$280.14');
    expect(panel.querySelector('tr[data-model-id="acme-retired"]')?.textContent).toContain('Retired on Jul 14, 2025');
    expect(panel.querySelector('tr[data-unknown="Acme-9"]')?.textContent).toContain('Not in the catalog: no price data');
  });

  it('recomputes everything when the preset changes, and remembers the choice', async () => {
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    const chat = cost('acme-5.2');
    fireEvent.input(screen.getByLabelText('Workload'), { target: { value: 'reasoning-heavy' } });
    await waitFor(() => expect(cost('acme-5.2')).not.toBe(chat));
    // The column shares the precision its smallest figure needs.
    expect(cost('acme-5.2')).toBe('$0.13221');
    expect(useSettingsStore.getState().settings.activePresetId).toBe('reasoning-heavy');
  });

  it('prices at a past date: o3 before its cut', async () => {
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    const after = cost('acme-o3');
    fireEvent.input(screen.getByLabelText('Prices as of'), { target: { value: '2025-05-01' } });
    await waitFor(() => expect(cost('acme-o3')).not.toBe(after));
    expect(document.querySelector('tr[data-model-id="acme-5.2"]')?.textContent).toContain(
      'Not priced yet: first price from Dec 11, 2025',
    );
  });

  it('offers the search when the page names no model', () => {
    render(<PopupApp catalog={testCatalog} today={today} page={{ status: 'ready', page: null }} />);
    expect(screen.getByText('No model names found on this page.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /Add a model/ })).toBeTruthy();
  });
});

describe('PopupApp: comparing', () => {
  it('adds a model from the keyboard: type, arrow down, Enter', async () => {
    render(<PopupApp catalog={testCatalog} today={today} page={{ status: 'ready', page: null }} />);
    const search = screen.getByRole('combobox', { name: /Add a model/ });
    fireEvent.input(search, { target: { value: 'acme 5' } });
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.getAttribute('data-model-id'))).toEqual(['acme-5', 'acme-5.2', 'acme-5.1']);
    expect(search.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(useComparisonStore.getState().modelIds).toEqual(['acme-5.2']));
    expect(screen.getByRole('tab', { name: /Compare/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('compares side by side with a bar of what the money goes to, and removes', async () => {
    resetStores({ compared: ['acme-5.2', 'acme-cache', 'acme-plain'], settings: { activePresetId: 'agent' } });
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    fireEvent.click(screen.getByRole('tab', { name: /Compare/ }));
    const panel = screen.getByRole('tabpanel');
    expect(rowIds(panel)).toEqual(['acme-5.2', 'acme-cache', 'acme-plain']);
    const bar = panel.querySelector('tr[data-model-id="acme-cache"] .bar')!;
    expect(bar.getAttribute('aria-label')).toMatch(
      /^Input \d+%, Cached input \d+%, Cache writes \d+%, Output \d+%, Reasoning \d+%/,
    );
    expect([...bar.querySelectorAll('span')].map((s) => s.getAttribute('data-part'))).toContain('cacheWrites');
    expect(within(panel).getByRole('list', { name: 'Legend' }).textContent).toContain('Tool fees');
    // The plain model has no file search: its total is marked incomplete.
    fireEvent.click(within(panel).getByRole('button', { name: 'Remove Acme-5.2 from the comparison' }));
    await waitFor(() => expect(rowIds(screen.getByRole('tabpanel'))).toEqual(['acme-cache', 'acme-plain']));
  });

  it('toggles a page model into the comparison, up to eight', async () => {
    resetStores({
      compared: ['acme-5', 'acme-5.1', 'acme-cache', 'acme-thinking-preview', 'acme-unpriced', 'acme-retired', 'acme-o3'],
    });
    const original = useComparisonStore.getState().toggle;
    const toggle = vi.fn(original);
    useComparisonStore.setState({ toggle });
    onTestFinished(() => useComparisonStore.setState({ toggle: original }));
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    const add = screen.getByRole('button', { name: 'Compare Acme-5.2' });
    expect(add.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(add);
    await waitFor(() => expect(useComparisonStore.getState().modelIds).toHaveLength(8));
    expect(screen.getByRole('button', { name: 'Stop comparing Acme-5.2' }).getAttribute('aria-pressed')).toBe('true');
    // The store answers the ninth toggle with a refusal: wait for that answer, then check nothing changed.
    fireEvent.click(screen.getByRole('button', { name: 'Compare Acme Plain' }));
    // The refusal is said on the page: that is the signal the store has answered.
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Eight models are the most'));
    expect(useComparisonStore.getState().modelIds).toHaveLength(8);
    expect(useComparisonStore.getState().modelIds).not.toContain('acme-plain');
  });

  it('copies the comparison as CSV and as Markdown', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    resetStores({ compared: ['acme-5.2'] });
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    fireEvent.click(screen.getByRole('tab', { name: /Compare/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy CSV' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledOnce());
    expect(writeText.mock.calls[0]![0]).toMatch(
      /^Model,Vendor,API id,.*\r\nAcme-5\.2,Acme AI,acme-5\.2,2026-01-01,Chat assistant,Acme AI,,Standard,1\.75,14,/s,
    );
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('Copied to the clipboard.');
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    expect(writeText.mock.calls[1]![0]).toMatch(/^\| Model \| Vendor \|/);
  });

  it('joins a model asked for by a tag to the comparison', async () => {
    render(<PopupApp catalog={testCatalog} today={today} page={page} requestedModel="acme-5.2-2025-12-11" />);
    await waitFor(() => expect(useComparisonStore.getState().modelIds).toEqual(['acme-5.2']));
    expect(screen.getByRole('tab', { name: /Compare/ }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('PopupApp: numbers that line up, and honest prices', () => {
  const compareTab = () => fireEvent.click(screen.getByRole('tab', { name: /Compare/ }));

  it('sorts the comparison from keyboard-reachable header buttons, with aria-sort', async () => {
    resetStores({ compared: ['acme-5.2', 'acme-unpriced', 'acme-plain', 'acme-o3'] });
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    compareTab();
    const panel = screen.getByRole('tabpanel');
    const header = (name: RegExp) => within(panel).getByRole('columnheader', { name });
    expect(header(/Per task/).getAttribute('aria-sort')).toBe('none');
    const sortButton = within(header(/Per task/)).getByRole('button');
    expect(sortButton.tagName).toBe('BUTTON');
    fireEvent.click(sortButton);
    expect(header(/Per task/).getAttribute('aria-sort')).toBe('ascending');
    expect(rowIds(panel)).toEqual(['acme-plain', 'acme-o3', 'acme-5.2', 'acme-unpriced']);
    fireEvent.click(sortButton);
    expect(header(/Per task/).getAttribute('aria-sort')).toBe('descending');
    expect(rowIds(panel)).toEqual(['acme-5.2', 'acme-o3', 'acme-plain', 'acme-unpriced']);
    expect(header(/Per month/).getAttribute('aria-sort')).toBe('none');
  });

  it('gives each cost column one precision, and says Free rather than $0.00', () => {
    resetStores({ compared: ['acme-5.2', 'acme-o3', 'beta-free'], settings: { activePresetId: 'reasoning-heavy' } });
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    compareTab();
    const decimals = (id: string) => cost(id)!.split('.')[1]!.length;
    expect(decimals('acme-5.2')).toBe(decimals('acme-o3'));
    expect(cost('beta-free')).toBe('Free');
    expect(document.querySelector('tr[data-model-id="beta-free"] td.num')?.textContent).toBe('Free');
  });

  it('says on the page what a promotion, an ended price and an incomplete total mean', () => {
    resetStores({ compared: ['beta-flash', 'beta-sol', 'acme-plain'], settings: { activePresetId: 'long-context-rag' } });
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    compareTab();
    const notes = (id: string) => document.querySelector(`tr[data-notes-for="${id}"]`)?.textContent ?? '';
    expect(notes('beta-flash')).toContain('Promotional until Jan 31, 2026, then $1.50 / $7.50 per 1M tokens.');
    expect(notes('beta-flash')).toMatch(/Changes on Feb 1, 2026: \$[\d,.]+ per month/);
    expect(document.querySelector('tr[data-model-id="beta-sol"]')?.textContent).toContain(
      'Last known price $4.00 / $20.00 per 1M tokens (until Nov 20, 2025); current price not confirmed',
    );
    expect(notes('acme-plain')).toContain('File search is not offered for this model: not included.');
  });

  it('calls a retired model "retired" in the search results', () => {
    render(<PopupApp catalog={testCatalog} today={today} page={{ status: 'ready', page: null }} />);
    fireEvent.input(screen.getByRole('combobox', { name: /Add a model/ }), { target: { value: 'acme retired' } });
    const option = within(screen.getByRole('listbox')).getByRole('option');
    expect(option.textContent).toContain('retired');
    expect(option.textContent).not.toContain('unknown');
  });

  it('keeps API ids whole and lets the "prices as of" day go past 2030', () => {
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    expect(document.querySelector('tr[data-model-id="acme-5.2"] .id')?.textContent).toBe('acme-5.2');
    const date = screen.getByLabelText<HTMLInputElement>('Prices as of');
    expect(date.max).toBe('');
    expect(date.min).toBe('2024-01-01');
  });

  it('puts the search above the list, so that a page of forty models does not push it out of reach', () => {
    const many: PageState = {
      status: 'ready',
      page: {
        url: 'https://example.com/models',
        models: Array.from({ length: 40 }, (_, i) => ({ modelId: `m-${i}`, known: false, mentions: 1, text: `Model ${i}` })),
      },
    };
    render(<PopupApp catalog={testCatalog} today={today} page={many} />);
    const search = screen.getByRole('combobox', { name: /Add a model/ });
    const table = screen.getByRole('table');
    expect(search.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('lays the compare view out for a full tab when opened as one', () => {
    render(<PopupApp catalog={testCatalog} today={today} page={page} layout="tab" />);
    expect(screen.getByRole('main').classList.contains('in-tab')).toBe(true);
  });
});

describe('PopupApp: the workload behind the numbers', () => {
  it("shows the active preset's key figures and saves tasks per month and tokens changed in place", async () => {
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    const figures = document.querySelector('dl.figures')!;
    expect(figures.getAttribute('aria-label')).toMatch(/^[\d,]+ tasks a month, each [\d,]+ tokens in and [\d,]+ out/);
    expect(figures.querySelector('[data-figure="tasksPerMonth"] dd')?.textContent).toBe('30,000');
    const month = () => document.querySelector('tr[data-model-id="acme-5.2"] [data-cost="month"]')?.textContent;
    const before = month();
    fireEvent.click(screen.getByRole('button', { name: 'Adjust' }));
    const tasks = screen.getByRole('spinbutton', { name: 'Tasks per month' });
    fireEvent.change(tasks, { target: { value: '60000' } });
    await waitFor(() =>
      expect(usePresetsStore.getState().presets.find((p) => p.id === 'chat')!.workload.tasksPerMonth).toBe(60_000),
    );
    await waitFor(() =>
      expect(within(screen.getByRole('form', { name: /Adjust/ })).getByRole('status').textContent).toBe(
        'Saved to “Chat assistant”.',
      ),
    );
    expect(figures.querySelector('[data-figure="tasksPerMonth"] dd')?.textContent).toBe('60,000');
    expect(month()).not.toBe(before);
  });

  it('refuses a bad number with a message beside the field, and saves nothing', async () => {
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    fireEvent.click(screen.getByRole('button', { name: 'Adjust' }));
    const input = screen.getByRole('spinbutton', { name: 'Tokens in' });
    fireEvent.change(input, { target: { value: '-3' } });
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Input tokens must be 0 or more.')).toBeTruthy();
    expect(usePresetsStore.getState().presets.find((p) => p.id === 'chat')!.workload.inputTokens).toBe(
      defaultPresets.find((p) => p.id === 'chat')!.workload.inputTokens,
    );
  });
});

describe('PopupApp: details', () => {
  it('"Back" returns to the comparison when Details was opened from it', async () => {
    resetStores({ compared: ['acme-5.2'] });
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    fireEvent.click(screen.getByRole('tab', { name: /Compare/ }));
    fireEvent.click(within(screen.getByRole('tabpanel')).getByRole('button', { name: 'Details of Acme-5.2' }));
    fireEvent.click(screen.getByRole('button', { name: /Back to Compare/ }));
    expect(screen.getByRole('tab', { name: /Compare/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows every rate and tier, tool fees, the history with its changes, and the source', () => {
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    fireEvent.click(screen.getByRole('button', { name: 'Details of Acme-5.2' }));
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByRole('heading', { name: 'Acme-5.2' })).toBeTruthy();
    expect(panel.textContent).toContain('Cached input$0.175');
    expect(panel.textContent).toContain('Web search$10.00 per 1,000 calls');
    expect(within(panel).getByRole('img', { name: /Input and output price of Acme-5\.2/ })).toBeTruthy();
    expect([...panel.querySelectorAll('ol.changes li')].map((li) => li.textContent)).toEqual([
      'Nov 13, 2025 Acme-5.1 replaced Acme-5 at the same price',
      'Dec 11, 2025 Acme-5.2 replaced Acme-5.1: +40% input, +40% output, +40% cached input',
    ]);
    expect(within(panel).getByRole('link', { name: /example\.com, checked Nov 27, 2026/ })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: /Back to On this page/ }));
    expect(screen.getByRole('tab', { name: 'On this page' }).getAttribute('aria-selected')).toBe('true');
  });

  it('moves between tabs with the arrow keys', () => {
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    const first = screen.getByRole('tab', { name: 'On this page' });
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: /Compare/ }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('PopupApp in Chinese, in yuan', () => {
  it('speaks Chinese and shows CNY', () => {
    resetStores({ settings: { language: 'zh_CN', currency: { code: 'CNY', perUsd: 7, asOf: '2026-05-08' } } });
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    expect(screen.getByRole('tab', { name: '本页模型' })).toBeTruthy();
    expect(screen.getByLabelText('工作负载')).toBeTruthy();
    expect(cost('acme-5.2')).toBe('¥0.0654');
    expect(document.querySelector('tr[data-unknown="Acme-9"]')?.textContent).toContain('不在目录中');
  });
});

describe('PopupApp: each compared row picks its seller', () => {
  const compareTab = () => fireEvent.click(screen.getByRole('tab', { name: /Compare/ }));
  const chat = defaultPresets[0]!.workload;
  /** The task cost the core gives, as the popup shows it (one model: its own precision). */
  const shownCost = (options: Parameters<typeof estimateCost>[2], workload = chat) => {
    const estimate = estimateCost(findModel(testCatalog, 'acme-5.2')!, workload, options);
    if (estimate.status !== 'priced') throw new Error('no price');
    return formatCost(estimate.taskTotal, {
      t: createTranslator('en'),
      locale: 'en',
      currency: { code: 'USD', perUsd: 1 },
      fractionDigits: sharedFractionDigits([estimate.taskTotal], { code: 'USD', perUsd: 1 }),
    });
  };

  it('switches a row to another seller’s offer from a labelled select, and remembers it', async () => {
    resetStores({ compared: ['acme-5.2'] });
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    compareTab();
    const select = screen.getByRole('combobox', { name: 'Seller of Acme-5.2' });
    expect((select as HTMLSelectElement).value).toBe('acme');
    expect(cost('acme-5.2')).toBe(shownCost({ date: today }));
    fireEvent.input(select, { target: { value: 'cloudy/regional' } });
    await waitFor(() => expect(cost('acme-5.2')).toBe(shownCost({ date: today, seller: 'cloudy', region: 'regional' })));
    expect(cost('acme-5.2')).not.toBe(shownCost({ date: today }));
    expect(useComparisonStore.getState().offers).toEqual({ 'acme-5.2': { seller: 'cloudy', region: 'regional' } });
    expect(document.querySelector('[data-cheapest]')?.textContent).toContain('Acme-5.2 from Cloudy (regional)');
  });

  it('says "Tier not offered" for a seller without the workload’s tier, and leaves the row out of Cheapest', async () => {
    resetStores({ compared: ['acme-5.2'] });
    const priority = { ...chat, serviceTier: 'priority' as const };
    usePresetsStore.setState({
      presets: [{ id: 'fast', name: 'Fast', description: '', workload: priority }, ...defaultPresets.slice(1)],
    });
    useSettingsStore.setState((s) => ({ settings: { ...s.settings, activePresetId: 'fast' } }));
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    compareTab();
    // The creator sells Priority: priced at its Priority rates.
    expect(cost('acme-5.2')).toBe(shownCost({ date: today }, priority));
    fireEvent.input(screen.getByRole('combobox', { name: 'Seller of Acme-5.2' }), { target: { value: 'cloudy/global' } });
    const row = () => document.querySelector('tr[data-model-id="acme-5.2"]');
    await waitFor(() => expect(row()?.getAttribute('data-gap')).toBe('tier-not-offered'));
    expect(cost('acme-5.2')).toBeUndefined();
    expect(row()?.textContent).toContain('Tier not offered: this seller does not sell Priority');
    const summary = document.querySelector('[data-compare-summary]')!;
    expect(summary.querySelector('[data-skipped]')?.getAttribute('data-skipped')).toBe('acme-5.2');
    expect(summary.textContent).toContain('Not counted: Acme-5.2, Cloudy (global) (Tier not offered');
    expect(summary.querySelector('[data-cheapest]')).toBeNull();
  });

  it('says "Not offered by this seller" for a stored choice of a seller that does not sell the model', () => {
    resetStores({ compared: ['acme-5.2'] });
    useComparisonStore.setState({ offers: { 'acme-5.2': { seller: 'searchy' } } });
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    compareTab();
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Seller of Acme-5.2' });
    expect(select.value).toBe('searchy');
    expect(select.selectedOptions[0]?.textContent).toBe('Searchy (not offered)');
    expect(document.querySelector('tr[data-model-id="acme-5.2"] [data-unpriced]')?.textContent).toBe(
      'Not offered by this seller',
    );
    expect(document.querySelector('[data-cheapest]')).toBeNull();
  });

  it('compares a model asked for by a tag on a seller’s page at the offer that tag showed', async () => {
    const onCloudy: PageState = { ...page, page: { ...page.page!, url: 'https://cloudy.example/pricing' } };
    const { rerender } = render(
      <PopupApp catalog={testCatalog} today={today} page={{ status: 'loading' }} requestedModel="acme-5.2" />,
    );
    // Not before the page is read: the seller is not known yet.
    rerender(<PopupApp catalog={testCatalog} today={today} page={onCloudy} requestedModel="acme-5.2" />);
    await waitFor(() => expect(useComparisonStore.getState().modelIds).toEqual(['acme-5.2']));
    expect(useComparisonStore.getState().offers).toEqual({ 'acme-5.2': { seller: 'cloudy', region: 'global' } });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Seller of Acme-5.2' }).value).toBe('cloudy/global');
  });

  it('compares a model found on a seller’s page at that seller’s offer', async () => {
    render(
      <PopupApp
        catalog={testCatalog}
        today={today}
        page={{ ...page, page: { ...page.page!, url: 'https://cloudy.example/pricing' } }}
      />,
    );
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByText(/from Cloudy \(global\)/)).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Compare Acme-5.2' }));
    await waitFor(() =>
      expect(useComparisonStore.getState().offers).toEqual({ 'acme-5.2': { seller: 'cloudy', region: 'global' } }),
    );
    // Acme Plain is not sold by Cloudy: it joins at its creator's price.
    fireEvent.click(within(panel).getByRole('button', { name: 'Compare Acme Plain' }));
    await waitFor(() => expect(useComparisonStore.getState().modelIds).toEqual(['acme-5.2', 'acme-plain']));
    expect(useComparisonStore.getState().offers).toEqual({ 'acme-5.2': { seller: 'cloudy', region: 'global' } });
  });
});
