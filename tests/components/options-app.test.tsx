// The options page: editing presets with inline validation and a live preview, import and export, display, sites, about.
// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsAppProps } from '../../components/options/OptionsApp';
import { usePresetsStore } from '../../extension/stores/presets';
import { useSettingsStore } from '../../extension/stores/settings';
import { defaultPresets } from '../../utils/workloads';
import { testCatalog } from '../fixtures/test-catalog';
import { resetStores } from './setup';

function renderOptions(props: Partial<OptionsAppProps> = {}) {
  const handlers = {
    onGrant: vi.fn(async (_pattern: string) => true),
    onRevoke: vi.fn(async (_pattern: string) => undefined),
    onDismissRecovered: vi.fn((_at: string) => undefined),
  };
  const prices = {
    state: { enabled: false },
    bundledVersion: '2026-01-01',
    onEnable: vi.fn(async () => true),
    onDisable: vi.fn(async () => undefined),
    onCheckNow: vi.fn(async () => undefined),
  };
  render(
    <OptionsApp catalog={testCatalog} prices={prices} today="2026-01-01" recovered={[]} granted={[]} {...handlers} {...props} />,
  );
  return handlers;
}

const field = (label: RegExp) => screen.getByRole<HTMLInputElement>('spinbutton', { name: label });
const previewCost = (id: string) => document.querySelector(`.preview tr[data-model-id="${id}"] [data-cost="task"]`)?.textContent;

beforeEach(() => resetStores({ compared: ['acme-5.2', 'acme-cache', 'acme-plain'] }));

describe('OptionsApp: presets', () => {
  it('lists every preset, the active one marked', () => {
    renderOptions();
    const list = screen.getByRole('navigation', { name: 'Presets' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-preset-id')),
    ).toEqual(defaultPresets.map((p) => p.id));
    expect(within(list).getByRole('button', { name: /Chat assistant/ }).textContent).toContain('active');
  });

  it('explains every field, checks it inline, and previews the bill on three reference models while editing', async () => {
    renderOptions();
    for (const label of [
      /Tasks per month/,
      /Input tokens/,
      /Static prefix/,
      /Cache hit rate/,
      /Output tokens/,
      /Reasoning tokens/,
      /Tool calls/,
      /Tool-call tokens/,
      /Tool-result tokens/,
      /Web searches/,
      /File searches/,
      /Code sessions/,
    ]) {
      expect(field(label).getAttribute('aria-describedby')).toMatch(/-help/);
    }
    const tier = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Service tier' });
    expect([...tier.options].map((o) => o.textContent)).toEqual(['Standard', 'Batch API', 'Flex', 'Priority']);
    expect(screen.getByText(/Share of already-sent tokens the vendor's cache serves/)).toBeTruthy();

    const before = previewCost('acme-5.2');
    fireEvent.input(field(/Output tokens/), { target: { value: '4000' } });
    await waitFor(() => expect(previewCost('acme-5.2')).not.toBe(before));
    expect(document.querySelectorAll('.preview tr')).toHaveLength(3);

    // At Priority, a model whose seller sells it is priced at its Priority rates; the others say that Priority is not offered.
    const standardCost = previewCost('acme-5.2');
    fireEvent.input(tier, { target: { value: 'priority' } });
    await waitFor(() => expect(previewCost('acme-5.2')).not.toBe(standardCost));
    expect(document.querySelector('.preview tr:not([data-model-id="acme-5.2"]) td')?.textContent).toBe('Priority not offered');
    fireEvent.input(tier, { target: { value: 'standard' } });

    fireEvent.input(field(/Cache hit rate/), { target: { value: '1.5' } });
    expect(screen.getByText('Cache hit rate must be at most 1.')).toBeTruthy();
    expect(field(/Cache hit rate/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save' }).disabled).toBe(true);

    fireEvent.input(field(/Cache hit rate/), { target: { value: '' } });
    expect(screen.getByText('Cache hit rate is required.')).toBeTruthy();
    fireEvent.input(field(/Tool calls/), { target: { value: '2.5' } });
    expect(screen.getByText('Tool calls must be a whole number.')).toBeTruthy();
    fireEvent.input(field(/Tool calls/), { target: { value: '2' } });
    fireEvent.input(field(/Cache hit rate/), { target: { value: '0.5' } });
    fireEvent.input(field(/Static prefix/), { target: { value: '999999' } });
    expect(screen.getByText('Static prefix cannot exceed the input tokens.')).toBeTruthy();
  });

  it('saves a valid edit to the store', async () => {
    renderOptions();
    fireEvent.input(field(/Tasks per month/), { target: { value: '12345' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
    await waitFor(() => expect(usePresetsStore.getState().presets[0]!.workload.tasksPerMonth).toBe(12345));
    // An untouched default keeps its own (translatable) name.
    expect(usePresetsStore.getState().presets[0]!.name).toBe('Chat assistant');
  });

  it('re-words an untouched default preset when the language changes, and keeps the user’s own words', async () => {
    renderOptions();
    const name = () => screen.getByLabelText<HTMLInputElement>(/^(Name|名称)/);
    expect(name().value).toBe('Chat assistant');
    fireEvent.input(screen.getByLabelText('Language'), { target: { value: 'zh_CN' } });
    await waitFor(() => expect(name().value).toBe('聊天助手'));
    // Still untouched: nothing to save in the new language either.
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '保存' }).disabled).toBe(true);

    fireEvent.input(name(), { target: { value: 'My chat' } });
    fireEvent.input(screen.getByLabelText('语言'), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy());
    expect(name().value).toBe('My chat');
  });

  it('says when a save fails, and keeps the edit', async () => {
    const { save } = usePresetsStore.getState();
    usePresetsStore.setState({ save: vi.fn(() => Promise.reject(new Error('quota exceeded'))) });
    try {
      renderOptions();
      fireEvent.input(field(/Tasks per month/), { target: { value: '12345' } });
      fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!);
      await waitFor(() => expect(document.querySelector('form [role="status"]')?.textContent).toBe('Not saved: quota exceeded'));
      expect(field(/Tasks per month/).value).toBe('12345');
    } finally {
      usePresetsStore.setState({ save });
    }
  });

  it('creates (stored on Save), duplicates, makes active, deletes after asking, and restores the defaults', async () => {
    renderOptions();
    const selected = () =>
      document.querySelector('.preset-list [aria-current="true"]')?.closest('li')?.getAttribute('data-preset-id');
    fireEvent.click(screen.getByRole('button', { name: 'New preset' }));
    await waitFor(() => expect(selected()).toBe('my-workload'));
    expect(usePresetsStore.getState().presets.map((p) => p.id)).not.toContain('my-workload');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(usePresetsStore.getState().presets.map((p) => p.id)).toContain('my-workload'));
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate' }));
    await waitFor(() => expect(selected()).toBe('my-workload-copy'));
    await waitFor(() => expect(usePresetsStore.getState().presets.map((p) => p.id)).toContain('my-workload-copy'));
    fireEvent.click(screen.getByRole('button', { name: 'Use in popup and tags' }));
    await waitFor(() => expect(useSettingsStore.getState().settings.activePresetId).toBe('my-workload-copy'));

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Delete “My workload (copy)”?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(useSettingsStore.getState().settings.activePresetId).not.toBe('my-workload-copy'));
    expect(usePresetsStore.getState().presets.map((p) => p.id)).not.toContain('my-workload-copy');

    await usePresetsStore.getState().remove('chat');
    fireEvent.click(screen.getByRole('button', { name: 'Restore default presets' }));
    await waitFor(() => expect(screen.getByText('Default presets restored; your own presets were kept.')).toBeTruthy());
    expect(usePresetsStore.getState().presets.map((p) => p.id)).toEqual([...defaultPresets.map((p) => p.id), 'my-workload']);
  });
});

describe('OptionsApp: import', () => {
  const importFile = (text: string) => {
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File([text], 'presets.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('adds the presets of a valid file and says how many', async () => {
    renderOptions();
    const mine = { id: 'mine', name: 'Mine', description: '', workload: defaultPresets[1]!.workload };
    importFile(JSON.stringify({ format: 'tokentag-presets', version: 1, presets: [mine] }));
    await waitFor(() => expect(screen.getByText('Imported 1 new and replaced 0 presets.')).toBeTruthy());
    expect(usePresetsStore.getState().presets.at(-1)!.id).toBe('mine');
  });

  it('says what is wrong and where, and changes nothing', async () => {
    renderOptions();
    const bad = { id: 'bad', name: 'Bad', description: '', workload: { ...defaultPresets[1]!.workload, inputTokens: -1 } };
    importFile(JSON.stringify({ format: 'tokentag-presets', version: 1, presets: [bad] }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported: the file has problems.');
    expect(alert.textContent).toContain('presets[0].workload.inputTokens: Input tokens must be 0 or more.');
    expect(usePresetsStore.getState().presets).toEqual(defaultPresets);

    importFile('{ this is not json');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/The file is not JSON/));
    expect(usePresetsStore.getState().presets).toEqual(defaultPresets);
  });
});

describe('OptionsApp: display', () => {
  it('switches currency with its reference rate and date, and refuses an impossible rate', async () => {
    renderOptions();
    fireEvent.input(screen.getByLabelText('Currency'), { target: { value: 'EUR' } });
    await waitFor(() =>
      expect(useSettingsStore.getState().settings.currency).toEqual({ code: 'EUR', perUsd: 0.850268, asOf: '2026-05-08' }),
    );
    const rate = screen.getByLabelText<HTMLInputElement>('Exchange rate (EUR per 1 USD)');
    expect(rate.value).toBe('0.850268');
    fireEvent.input(rate, { target: { value: '0' } });
    expect(screen.getByText('An exchange rate must be a number from 0.0001 to 100,000 (units per 1 USD).')).toBeTruthy();
    expect(useSettingsStore.getState().settings.currency.perUsd).toBe(0.850268);
    fireEvent.input(rate, { target: { value: '0.9' } });
    await waitFor(() => expect(useSettingsStore.getState().settings.currency.perUsd).toBe(0.9));
  });

  it('sets the unit, what tags show, and the language, which changes at once', async () => {
    renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: 'per 1K tokens' }));
    fireEvent.click(screen.getByRole('radio', { name: "the active preset's cost per task" }));
    await waitFor(() =>
      expect(useSettingsStore.getState().settings).toMatchObject({ rateUnit: 'per-thousand', tagDisplay: 'preset-cost' }),
    );
    fireEvent.input(screen.getByLabelText('Language'), { target: { value: 'zh_CN' } });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'TokenTag 设置' })).toBeTruthy());
    expect(screen.getByRole('button', { name: '恢复默认预设' })).toBeTruthy();
  });

  it('sets how names in code and repeated mentions are tagged, in both languages', async () => {
    renderOptions();
    expect(screen.getByRole('radio', { name: 'a small dot (no text)' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'first mention of each model' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'nothing' }));
    fireEvent.click(screen.getByRole('radio', { name: 'every mention' }));
    await waitFor(() => expect(useSettingsStore.getState().settings).toMatchObject({ codeTags: 'none', tagDensity: 'every' }));
    fireEvent.input(screen.getByLabelText('Language'), { target: { value: 'zh_CN' } });
    await waitFor(() => expect(screen.getByRole('radio', { name: '完整价格标签' })).toBeTruthy());
    fireEvent.click(screen.getByRole('radio', { name: '完整价格标签' }));
    await waitFor(() => expect(useSettingsStore.getState().settings.codeTags).toBe('full'));
  });
});

describe('OptionsApp: sites', () => {
  it('switches a default site off and on', async () => {
    renderOptions();
    const openrouter = screen.getByRole<HTMLInputElement>('checkbox', { name: 'OpenRouter' });
    expect(openrouter.checked).toBe(true);
    fireEvent.click(openrouter);
    await waitFor(() => expect(useSettingsStore.getState().settings.disabledSites).toEqual(['openrouter']));
  });

  it('grants and revokes other sites, refusing what is not a site or is already a default', async () => {
    const handlers = renderOptions({ granted: ['https://example.org/*'] });
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(handlers.onRevoke).toHaveBeenCalledWith('https://example.org/*');

    const address = screen.getByLabelText('Site to allow');
    fireEvent.input(address, { target: { value: 'ftp://files.example' } });
    fireEvent.submit(address.closest('form')!);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Enter a web address starting with https:// or http://.'),
    );
    fireEvent.input(address, { target: { value: 'https://openrouter.ai/models' } });
    fireEvent.submit(address.closest('form')!);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('openrouter.ai is a vendor page: it is on by default.'),
    );
    fireEvent.input(address, { target: { value: 'blog.example.net/post' } });
    fireEvent.submit(address.closest('form')!);
    await waitFor(() => expect(handlers.onGrant).toHaveBeenCalledWith('https://blog.example.net/*'));
    // A page of a default limited to a path (Bedrock) asks for its whole origin, which the defaults do not cover.
    fireEvent.input(address, { target: { value: 'https://aws.amazon.com/bedrock/pricing/' } });
    fireEvent.submit(address.closest('form')!);
    await waitFor(() => expect(handlers.onGrant).toHaveBeenCalledWith('https://aws.amazon.com/*'));
  });
});

describe('OptionsApp: about and recovered values', () => {
  it('tells the catalog version, counts and sources', () => {
    renderOptions();
    const about = screen.getByRole('region', { name: 'About the data' });
    expect(about.textContent).toContain('Catalog version 2026-11-27');
    expect(about.textContent).toMatch(/13 models from 2 vendors, with \d+ dated price periods from 1 sources/);
    expect(about.textContent).toContain('1 model has no confirmed price and shows as unknown.');
    expect(within(about).getByRole('link', { name: 'Acme AI' }).getAttribute('href')).toBe('https://example.com/pricing');
  });

  it('says when a stored value was kept aside, and can dismiss it', () => {
    const handlers = renderOptions({
      recovered: [{ key: 'presets', value: [1], reason: 'presets: Invalid input', at: '2026-11-27T10:00:00.000Z' }],
    });
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('TokenTag set aside what was stored for “presets” on 2026-11-27');
    fireEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(handlers.onDismissRecovered).toHaveBeenCalledWith('2026-11-27T10:00:00.000Z');
  });
});
