// The price history chart draws feed-sourced prices dashed, with a legend saying what the dashes mean.
// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { HistoryChart } from '../../components/popup/HistoryChart';
import { historyChart } from '../../utils/history-chart';
import { testCatalog } from '../fixtures/test-catalog';
import { resetStores } from './setup';

beforeEach(() => resetStores());

describe('HistoryChart', () => {
  it('draws feed prices dashed and says so in the legend; a checked history has neither', () => {
    const catalog = structuredClone(testCatalog);
    const model = catalog.models.find((m) => m.id === 'acme-5.2')!;
    const checked = historyChart(catalog, model, '2026-06-01')!;
    const { container, unmount } = render(<HistoryChart chart={checked} modelName={model.name} />);
    expect(container.querySelectorAll('path[data-origin="feed"]')).toHaveLength(0);
    expect(screen.queryByText(/not checked by TokenTag/)).toBeNull();
    unmount();

    model.prices[model.prices.length - 1] = { ...model.prices.at(-1)!, origin: 'feed' };
    const mixed = render(<HistoryChart chart={historyChart(catalog, model, '2026-06-01')!} modelName={model.name} />);
    const dashed = mixed.container.querySelectorAll('path[data-origin="feed"]');
    expect(dashed).toHaveLength(2);
    expect(dashed[0]!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ L/);
    expect(screen.getByText(/dashed: price from genai-prices, not checked by TokenTag/)).toBeTruthy();
  });
});
