// The popup's views: loading, an error, the page's models, the empty state and the catalog look-up.
// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { testCatalog } from '../fixtures/test-catalog';

afterEach(cleanup);

const today = '2026-01-01';

describe('PopupApp', () => {
  it('says it is reading the page while the background answers', () => {
    render(<PopupApp catalog={testCatalog} today={today} page={{ status: 'loading' }} />);
    expect(screen.getByRole('status').textContent).toContain('Reading the page');
  });

  it('shows why a tab could not be read', () => {
    render(<PopupApp catalog={testCatalog} today={today} page={{ status: 'error', message: '"x" is not a tab id' }} />);
    expect(screen.getByRole('alert').textContent).toContain('"x" is not a tab id');
  });

  it("lists the page's models with prices, retired and unknown ones said as such", () => {
    const page = {
      url: 'https://example.com',
      models: [
        { modelId: 'acme-5.2', known: true, mentions: 3, text: 'Acme-5.2' },
        { modelId: 'acme-retired', known: true, mentions: 1, text: 'Acme Retired' },
        { modelId: 'acme-unpriced', known: true, mentions: 1, text: 'Acme Unpriced' },
        { modelId: 'acme-9', known: false, mentions: 1, text: 'Acme-9' },
      ],
    };
    render(<PopupApp catalog={testCatalog} today={today} page={{ status: 'ready', page }} />);
    const section = within(screen.getByRole('region', { name: 'On this page' }));
    const row = (name: string) => section.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;
    expect(row('Acme-5.2').textContent).toContain('$1.75');
    expect(row('Acme-5.2').textContent).toContain('$0.175');
    expect(row('Acme-5.2').textContent).toContain('$14.00');
    expect(row('Acme-5.2').textContent).toContain('Acme AI');
    expect(row('Acme Retired').textContent).toContain('Retired 2025-07-14 (last $75.00 in / $150.00 out)');
    expect(row('Acme Unpriced').textContent).toContain('No confirmed price: unknown');
    expect(row('Acme-9').textContent).toContain('Not in the catalog: no price data');
  });

  it('offers the look-up when the page names no model', () => {
    render(<PopupApp catalog={testCatalog} today={today} page={{ status: 'ready', page: null }} />);
    expect(screen.getByText('No model names found on this page.')).toBeTruthy();
    const search = screen.getByLabelText(/Name, API id or alias/);
    fireEvent.input(search, { target: { value: 'acme 5.2' } });
    const results = within(screen.getByRole('region', { name: 'Look up a model' }));
    expect(results.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([expect.stringContaining('Acme-5.2')]);
    fireEvent.input(search, { target: { value: 'nothing like it' } });
    expect(screen.getByText(/No model in the catalog matches/)).toBeTruthy();
  });
});
