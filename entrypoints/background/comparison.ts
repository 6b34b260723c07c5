// Background wiring: a tag card's "Compare" opens the popup's comparison in a tab.
import { onMessage } from '../../extension/messaging';
import { openComparison } from '../../extension/open-comparison';

export function wireComparison(): void {
  onMessage('openComparison', ({ data: modelId, sender }) => openComparison(modelId, sender.tab));
}
