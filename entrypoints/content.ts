// Content script: builds the detector, hands the page to the scanner, and renders a priced tag beside each mention.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createTagElement } from '../components/tag-badge';
import { createTagController } from '../components/tag-controller';
import { createDetector } from '../utils/detect';
import { onMessage, sendMessage } from '../utils/messaging';
import { createPageScanner } from '../utils/page-scanner';
import { defaultMatchPatterns, originPattern } from '../utils/sites';
import { settingsItem } from '../utils/storage';
import { summarizeMatches } from '../utils/tab-models';

/** Set on the isolated world's window: a second injection into the same page does nothing. */
const LOADED = Symbol.for('tokentag.content');

export default defineContentScript({
  matches: [...defaultMatchPatterns],
  runAt: 'document_idle',
  async main(ctx) {
    const global = window as unknown as Record<symbol, boolean>;
    if (global[LOADED] || !document.body) return;
    global[LOADED] = true;

    const detector = createDetector(await sendMessage('getDetectorSource'));
    const tags = createTagController({
      fetchViews: (mentions) => sendMessage('describeModels', mentions),
      onCompare: (modelId) => void sendMessage('openComparison', modelId).catch(() => undefined),
    });
    const scanner = createPageScanner({
      root: document.body,
      detector,
      createTag: createTagElement,
      mountTag: (tag) => tags.mount(tag),
      onMentionsChange: (mentions) =>
        void sendMessage('reportPageModels', summarizeMatches(location.href, mentions)).catch(() => undefined),
    });
    scanner.start();

    ctx.addEventListener(window, 'wxt:locationchange', () => scanner.rescan());
    const unwatch = settingsItem.watch(() => tags.refresh(scanner.tags()));
    const stopListening = onMessage('stopTagging', ({ data: origins }) => {
      if (origins.includes(originPattern(location.href) ?? '')) quit();
    });
    const quit = () => {
      scanner.stop({ removeTags: true });
      tags.destroy();
      unwatch();
      stopListening();
      global[LOADED] = false;
    };
    // After an update or reload of the extension this copy can no longer talk to it: it leaves quietly.
    ctx.onInvalidated(quit);
  },
});
