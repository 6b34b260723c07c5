// Background wiring: a tag card's "Compare" opens the comparison in a tab, or brings back the one already open.
import { openOrFocusComparison } from '../../extension/comparison-tab';
import { onMessage } from '../../extension/messaging';

export function wireComparison(): void {
  onMessage('openComparison', async ({ data: modelId, sender }) => {
    await openOrFocusComparison(modelId, sender.tab);
  });
}
