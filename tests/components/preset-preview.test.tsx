// The preset editor's preview says why a reference model has no price: its tier not sold, or its tier's price unknown since a feed update, in both languages.
// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PresetEditor } from '../../components/options/PresetEditor';
import type { VendorInput } from '../../pricing-data/schema';
import { buildCatalog } from '../../pricing-data/validate';
import { parseFeed } from '../../utils/feeds/genai-prices-feed';
import { mergeFeed } from '../../utils/feeds/merge-feed';
import { formatDay } from '../../utils/i18n';
import { defaultPresets, type ServiceTier, type WorkloadPreset } from '../../utils/workloads';
import { feedModel, feedOf, feedProvider } from '../fixtures/genai-feed';
import { resetStores } from './setup';

const source = { url: 'https://example.com/pricing', checked: '2026-11-27' };
/** The feed's newer price of Acme 1, with standard rates only (USD per 1M tokens), from this day on. */
const FEED_FROM = '2026-12-15';
const today = '2026-12-20';

/**
 * Acme sells "acme-1" at Flex in its checked period, then a feed states a newer standard price only,
 * and "acme-2" never at Flex (USD per 1M tokens).
 */
const vendor: VendorInput = {
  id: 'openai',
  name: 'Acme',
  pricingUrl: 'https://example.com/pricing',
  models: [
    {
      id: 'acme-1',
      name: 'Acme One',
      reasoning: false,
      prices: [{ from: '2025-12-11', input: 2, output: 8, serviceTiers: { flex: { input: 1, output: 4 } }, source }],
    },
    { id: 'acme-2', name: 'Acme Two', reasoning: false, prices: [{ from: '2025-12-11', input: 2, output: 8, source }] },
  ],
};
const feed = feedOf([
  feedProvider('openai', [
    feedModel('acme-1', [{ constraint: { start_date: FEED_FROM }, prices: { input_mtok: 1.5, output_mtok: 6 } }]),
  ]),
]);
const catalog = mergeFeed(buildCatalog([vendor]), parseFeed(feed), { downloadedOn: today }).catalog;

const presetAt = (serviceTier: ServiceTier): WorkloadPreset => ({
  ...defaultPresets[0]!,
  workload: { ...defaultPresets[0]!.workload, serviceTier },
});
const renderEditor = (serviceTier: ServiceTier) =>
  render(
    <PresetEditor
      catalog={catalog}
      preset={presetAt(serviceTier)}
      referenceModelIds={['acme-1', 'acme-2']}
      today={today}
      onSave={vi.fn(async () => 'sync' as const)}
    />,
  );
const previewText = (id: string) => document.querySelector(`.preview tr[data-model-id="${id}"] td`)?.textContent;

beforeEach(() => resetStores());

describe('the preset preview of a model without a price', () => {
  it('says the tier’s price is unknown since the feed’s update, and names the tier another model does not sell', () => {
    renderEditor('flex');
    expect(screen.getByText('Acme One')).toBeTruthy();
    expect(previewText('acme-1')).toBe(
      `Flex price not known since the price feed's update of ${formatDay(FEED_FROM, 'en')}: the feed states standard rates only`,
    );
    expect(previewText('acme-2')).toBe('Flex not offered');
  });

  it('still prices a tier the model sells, at the feed’s standard rates', () => {
    renderEditor('standard');
    expect(document.querySelector('.preview tr[data-model-id="acme-1"] [data-cost="task"]')?.textContent).toMatch(/\$/);
    expect(previewText('acme-2')).not.toMatch(/not offered|unknown/);
  });

  it('says both in Chinese', () => {
    resetStores({ settings: { language: 'zh_CN' } });
    renderEditor('flex');
    expect(previewText('acme-1')).toBe(
      `自价格源 ${formatDay(FEED_FROM, 'zh-CN')} 的更新起，Flex（弹性） 价格未知：价格源只提供标准价格`,
    );
    expect(previewText('acme-2')).toBe('不提供Flex（弹性）');
  });
});
