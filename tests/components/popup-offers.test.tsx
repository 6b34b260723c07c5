// "Cheapest way to run this model" in the popup's tab: the model's details open at every seller's offer, ranked under the active preset, focus on the list.
// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import { useComparisonStore } from '../../extension/stores/comparison';
import { testCatalog } from '../fixtures/test-catalog';
import { workloadOf } from '../fixtures/workload';
import { resetStores } from './setup';

beforeEach(() => resetStores());

const sellersListed = () =>
  [...document.querySelectorAll('section.offers tbody tr')].map((tr) => [
    tr.getAttribute('data-seller'),
    tr.getAttribute('data-status'),
  ]);

describe('the offers view', () => {
  it('opens the model’s details at its offers, cheapest first, with the keyboard focus there, and compares nothing', async () => {
    render(
      <PopupApp catalog={testCatalog} today="2026-01-15" page={{ status: 'loading' }} requestedOffers="acme-5.2" layout="tab" />,
    );
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Acme-5.2');
    expect(sellersListed()).toEqual([
      ['acme', 'priced'],
      ['cloudy', 'priced'],
      ['cloudy', 'priced'],
    ]);
    await waitFor(() => expect(document.activeElement?.id).toBe('offers-title'));
    expect(document.querySelector('section.offers tbody tr')?.textContent).toContain('cheapest');
    expect(useComparisonStore.getState().modelIds).toEqual([]);
  });

  it('follows the active preset: under Priority, the reseller without it says "not offered"', async () => {
    resetStores({
      presets: [
        {
          id: 'fast',
          name: 'Fast',
          description: '',
          workload: workloadOf({ inputTokens: 1000, outputTokens: 100, serviceTier: 'priority' }),
        },
      ],
      settings: { activePresetId: 'fast' },
    });
    render(<PopupApp catalog={testCatalog} today="2026-01-15" page={{ status: 'loading' }} requestedOffers="acme-5.2" />);
    expect(sellersListed()).toEqual([
      ['acme', 'priced'],
      ['cloudy', 'not-offered'],
      ['cloudy', 'not-offered'],
    ]);
    expect(document.querySelector('tr[data-status="not-offered"]')?.textContent).toContain('Priority not offered');
    // Back goes to the page's list.
    fireEvent.click(screen.getByText(/Back to/));
    await waitFor(() => expect(document.querySelector('section.offers')).toBeNull());
  });
});
