// What a card asks about a model's offers: every seller's, ranked under the active workload in the user's settings; and the view comparing them.
import { browser } from 'wxt/browser';
import { toIsoDay } from '../utils/catalog';
import type { ComparisonTabAction } from '../utils/comparison-tab';
import { localize } from '../utils/i18n';
import { describeOffers, type OfferList } from '../utils/offer-list';
import type { OfferRef } from '../utils/offers';
import { activePreset, presetDisplayName } from '../utils/presets';
import { currentCatalog } from './catalog-view';
import { openOrFocusComparison } from './comparison-tab';
import type { ProtocolMap } from './messaging';
import { presetsStorage, settingsStorage } from './storage';

/** How many offers a card lists: the rest are one click away, in the view "Cheapest way" opens. */
export const CARD_OFFERS = 6;

/**
 * A model's offers, cheapest first under the active preset today, in the user's currency and
 * language, with `keep` (the offer the asking tag shows) listed even when it ranks below `limit`;
 * null for a model the catalog in use lacks. The offers stay here: the card gets text.
 */
export async function getOffers(
  modelId: string,
  { keep, limit = CARD_OFFERS }: { keep?: OfferRef; limit?: number } = {},
): Promise<OfferList | null> {
  const [settings, presets, catalog] = await Promise.all([settingsStorage.get(), presetsStorage.get(), currentCatalog()]);
  const { locale, t } = localize(settings.language, browser.i18n.getUILanguage());
  const preset = activePreset(presets, settings.activePresetId);
  return (
    describeOffers(catalog, modelId, {
      date: toIsoDay(new Date()),
      workload: preset.workload,
      presetName: presetDisplayName(preset, t),
      currency: settings.currency,
      locale,
      t,
      limit,
      keep,
    }) ?? null
  );
}

/** Opens the model's every offer, compared, in TokenTag's tab (the one already open, else beside the asking page). */
export function openOffers(
  modelId: string,
  sourceTab?: { id?: number; index: number; windowId?: number },
): Promise<ComparisonTabAction> {
  return openOrFocusComparison(modelId, sourceTab, { offers: true });
}

type Handler<K extends keyof ProtocolMap> = (message: {
  data: Parameters<ProtocolMap[K]>[0];
  sender: { tab?: { id?: number; index: number; windowId?: number } };
}) => Promise<ReturnType<ProtocolMap[K]>>;

/** The background's answers to a card's `getOffers` and `openOffers` (entrypoints/background/offers.ts wires them). */
export const offerHandlers: { getOffers: Handler<'getOffers'>; openOffers: Handler<'openOffers'> } = {
  getOffers: ({ data: { modelId, keep } }) => getOffers(modelId, { keep }),
  openOffers: async ({ data: modelId, sender }) => {
    await openOffers(modelId, sender.tab);
  },
};
