// Background wiring: the price card's script, put into a tab's content-script world when its content script asks.
import { onMessage } from '../../extension/messaging';
import { injectPriceCard } from '../../extension/price-card-script';

export function wirePriceCard(): void {
  onMessage('loadPriceCard', injectPriceCard);
}
