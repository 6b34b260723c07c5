// The card under a Flex preset after a feed update: it says the Flex price is unknown since the feed's update, never "not offered".
// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { createPriceCard, type PriceCard } from '../../content/price-card';
import { catalog } from '../../pricing-data/index';
import { parseFeed } from '../../utils/feeds/genai-prices-feed';
import { mergeFeed } from '../../utils/feeds/merge-feed';
import { createTranslator, formatDay } from '../../utils/i18n';
import { USD } from '../../utils/money';
import { describeForTag } from '../../utils/tag-view';
import { defaultPresets } from '../../utils/workloads';
import { feedModel, feedOf, feedProvider } from '../fixtures/genai-feed';
import { watchShadowRoots } from './shadow-roots';

const roots = watchShadowRoots();

let card: PriceCard | undefined;
afterEach(() => {
  card?.destroy();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

it.each([
  ['en', 'en', 'Flex price not known since'],
  ['zh_CN', 'zh-CN', '价格未知'],
] as const)(
  'in %s, names the unknown Flex price under the preset, with the day of the feed update',
  (language, locale, words) => {
    const feed = feedOf([
      feedProvider('openai', [
        feedModel('gpt-5.2', [{ constraint: { start_date: '2026-12-15' }, prices: { input_mtok: 1.5, output_mtok: 12 } }]),
      ]),
    ]);
    const merged = mergeFeed(catalog, parseFeed(feed), { downloadedOn: '2026-12-20' }).catalog;
    const chat = defaultPresets[0]!;
    const t = createTranslator(language);
    const view = describeForTag(merged, 'gpt-5.2', true, {
      date: '2026-12-20',
      preset: { ...chat, workload: { ...chat.workload, serviceTier: 'flex' } },
      presetName: 'Flex chat',
      tagDisplay: 'prices',
      currency: USD,
      rateUnit: 'per-million',
      locale,
      t,
    });
    if (!view.known) throw new Error('gpt-5.2 is unknown');
    card = createPriceCard({ onCompare: () => undefined, fetchOffers: () => Promise.resolve(undefined), isTrusted: () => true });
    const anchor = document.createElement('button');
    document.body.append(anchor);
    card.show(anchor, view);
    const root = roots.get(document.querySelector('tokentag-card')!)!;
    const notices = [...root.querySelectorAll('.notice')].map((n) => n.textContent ?? '');
    const unknown = notices.find((n) => n.includes(words));
    expect(unknown).toContain(formatDay('2026-12-15', locale));
    expect(root.textContent).toContain(t('tag.presetTitle', ['Flex chat']));
    expect(root.textContent).not.toContain(t('tag.notOffered'));
  },
);
