// Background wiring: the content script's questions (detector spellings, is the site on, tag views).
import { onMessage } from '../../extension/messaging';
import { describeModels, getDetectorSource, isSiteEnabled } from '../../extension/tag-views';

export function wireTagViews(): void {
  onMessage('getDetectorSource', () => getDetectorSource());
  onMessage('isSiteEnabled', ({ data: url }) => isSiteEnabled(url));
  onMessage('describeModels', ({ data: mentions, sender }) => describeModels(mentions, sender.tab?.url));
}
