// "What changed" in the popup: the count since the last look, the list (model, seller, old → new, day, cause), marked seen on opening; the 30-day marker.
// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { PopupApp, type PageState } from '../../components/popup/PopupApp';
import { readSeenPrices } from '../../extension/price-changes';
import { useCatalogStore } from '../../extension/stores/catalog';
import { usePriceChangesStore } from '../../extension/stores/price-changes';
import { snapshotPrices } from '../../utils/price-changes';
import { testCatalog } from '../fixtures/test-catalog';
import { resetStores } from './setup';

const today = '2026-01-01';
const page: PageState = {
  status: 'ready',
  page: { url: 'https://example.com/pricing', models: [{ modelId: 'acme-5.2', known: true, mentions: 1, text: 'Acme-5.2' }] },
};

/** The test catalog with Acme-5.2's current price replaced by a feed price from `from`. */
function withFeedPrice(from: string) {
  const catalog = structuredClone(testCatalog);
  const model = catalog.models.find((m) => m.id === 'acme-5.2')!;
  const last = model.prices.at(-1)!;
  model.prices[model.prices.length - 1] = { ...last, to: from };
  model.prices.push({ ...last, from, input: 1.5, output: 12, origin: 'feed' });
  return catalog;
}

beforeEach(() => resetStores());

describe('What changed', () => {
  it('counts and lists a feed change since the last look, then marks it seen', async () => {
    usePriceChangesStore.setState({ seen: snapshotPrices(testCatalog, today) });
    const catalog = withFeedPrice('2025-12-20');
    render(<PopupApp catalog={catalog} today={today} page={page} />);
    const open = screen.getByRole('button', { name: 'What changed (1)' });
    fireEvent.click(open);
    const view = screen.getByRole('region', { name: 'What changed' });
    const item = view.querySelector('[data-change-model="acme-5.2"]')!;
    expect(item.getAttribute('data-cause')).toBe('feed');
    expect(item.textContent).toContain('$1.75 / $14.00 → $1.50 / $12.00');
    expect(item.textContent).toContain('in force from Dec 20, 2025 · feed update');
    await waitFor(async () => expect((await readSeenPrices())?.prices['acme-5.2@acme']).toMatchObject({ input: 1.5 }));
    // The list stays as it was while open; going back shows the count at zero.
    expect(within(view).getByText(/feed update/)).toBeTruthy();
    fireEvent.click(within(view).getByRole('button', { name: '← Back' }));
    expect(await screen.findByRole('button', { name: 'What changed' })).toBeTruthy();
  });

  it('opens at the list when asked (a price notification was clicked), once the catalog in use and the last look are known', async () => {
    const catalog = withFeedPrice('2025-12-20');
    useCatalogStore.setState({ catalog, loaded: false });
    usePriceChangesStore.setState({ seen: snapshotPrices(testCatalog, today), loaded: true });
    render(<PopupApp catalog={catalog} today={today} page={page} showChanges />);
    expect(screen.queryByRole('region', { name: 'What changed' })).toBeNull();
    useCatalogStore.setState({ loaded: true });
    const view = await screen.findByRole('region', { name: 'What changed' });
    expect(view.querySelector('[data-change-model="acme-5.2"]')?.textContent).toContain('$1.75 / $14.00 → $1.50 / $12.00');
  });

  it('says when nothing changed', () => {
    usePriceChangesStore.setState({ seen: snapshotPrices(testCatalog, today) });
    render(<PopupApp catalog={testCatalog} today={today} page={page} />);
    fireEvent.click(screen.getByRole('button', { name: 'What changed' }));
    expect(screen.getByText('No price has changed since you last looked.')).toBeTruthy();
  });

  it('marks a model whose price changed in the last 30 days, and not one older', () => {
    const { unmount } = render(<PopupApp catalog={withFeedPrice('2025-12-20')} today={today} page={page} />);
    expect(document.querySelector('tr[data-model-id="acme-5.2"] [data-changed-recently]')).not.toBeNull();
    unmount();
    render(<PopupApp catalog={withFeedPrice('2025-11-01')} today={today} page={page} />);
    expect(document.querySelector('tr[data-model-id="acme-5.2"] [data-changed-recently]')).toBeNull();
  });
});
