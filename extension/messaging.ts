// The one message protocol between the content script, the background and the extension pages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DetectorSource } from '../utils/detect';
import type { OfferList } from '../utils/offer-list';
import type { PageModels } from '../utils/tab-models';
import type { TagView } from '../utils/tag-view';

export interface ProtocolMap {
  /** Content script → background: every spelling of every catalog model, to build its detector. */
  getDetectorSource(): DetectorSource;
  /** Content script → background: whether the user switched TokenTag off on this page's default site. */
  isSiteEnabled(url: string): boolean;
  /** Content script → background: tag views for these mentions, in the user's settings, today. */
  describeModels(mentions: { modelId: string; known: boolean }[]): TagView[];
  /** Content script → background: the models named on the sender's page, replacing what it said before. */
  reportPageModels(report: PageModels): void;
  /** Content script → background: open the popup's comparison for a model, in a tab. */
  openComparison(modelId: string): void;
  /** Popup → background: what a tab's page names, or null when nothing was reported for it. */
  getTabModels(tabId: number): PageModels | null;
  /** Popup → background: run on this origin now that the user granted it (`https://example.org/*`). */
  enableSite(request: { origin: string; tabId?: number }): void;
  /** Background → content script: these origins were revoked; a page on one of them takes its tags out. */
  stopTagging(origins: string[]): void;
  /** Content script → background: a model's offers ranked under the active workload, today; null for a model it lacks. */
  getOffers(modelId: string): OfferList | null;
  /** Content script → background: open the view comparing every seller's offer of a model (a card's "Cheapest way"). */
  openOffers(modelId: string): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
