// Content script on the default vendor pages: finds the models the page names and reports them.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { catalog } from '../pricing-data/index';
import { createDetector } from '../utils/detect';
import { sendMessage } from '../utils/messaging';
import { defaultMatchPatterns } from '../utils/sites';
import { summarizeMatches } from '../utils/tab-models';

export default defineContentScript({
  matches: defaultMatchPatterns(catalog),
  runAt: 'document_idle',
  main() {
    const detector = createDetector(catalog);
    const matches = detector.scan(document.body?.innerText ?? '');
    void sendMessage('reportPageModels', summarizeMatches(location.href, matches));
  },
});
