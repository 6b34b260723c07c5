// Background wiring: a card's offers of a model, and its "Cheapest way to run this model".
import { onMessage } from '../../extension/messaging';
import { offerHandlers } from '../../extension/offer-views';

export function wireOffers(): void {
  onMessage('getOffers', offerHandlers.getOffers);
  onMessage('openOffers', offerHandlers.openOffers);
}
