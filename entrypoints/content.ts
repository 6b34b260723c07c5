// Content script: builds the detector, hands the page to the scanner, and renders a priced tag beside each mention.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createTagElement } from '../content/tag-element';
import { createTagController } from '../content/tag-controller';
import { createDetector } from '../utils/detect';
import { watchDisplayChanges } from '../extension/display-changes';
import { onMessage, sendMessage } from '../extension/messaging';
import { createPageScanner } from '../content/page-scanner';
import { defaultMatchPatterns, originPattern } from '../utils/sites';
import { summarizeMatches } from '../utils/tab-models';

/** Set on the isolated world's window: a second injection into the same page does nothing. */
const LOADED = Symbol.for('tokentag.content');
const global = window as unknown as Record<symbol, boolean>;

/** Runs a teardown step that may find the extension already gone. */
function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // Nothing to undo in an extension context that no longer exists.
  }
}

const siteEnabled = () => sendMessage('isSiteEnabled', location.href).catch(() => false);

/** Runs once the site is (or becomes) enabled: a default site the user switched off stays untouched. */
async function waitUntilEnabled(ctx: ContentScriptContext): Promise<void> {
  if (await siteEnabled()) return tagPage(ctx);
  const stop = watchDisplayChanges(async () => {
    if (!(await siteEnabled())) return;
    quietly(stop);
    await tagPage(ctx);
  });
  ctx.onInvalidated(() => quietly(stop));
}

async function tagPage(ctx: ContentScriptContext): Promise<void> {
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

  let stopped = false;
  // Chrome tells an old content script nothing when its extension is reloaded or updated: it asks
  // now and then (reading `isValid` fires `onInvalidated` once the extension is gone).
  const watchdog = setInterval(() => void ctx.isValid, 2_000);
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(watchdog);
    scanner.stop({ removeTags: true });
    tags.destroy();
    // Removing listeners from an extension that is gone throws "Extension context invalidated".
    quietly(unwatch);
    quietly(stopListening);
    if (ctx.isValid) void sendMessage('reportPageModels', summarizeMatches(location.href, [])).catch(() => undefined);
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => scanner.rescan());
  const unwatch = watchDisplayChanges(async () => {
    if (await siteEnabled()) return tags.refresh(scanner.tags());
    // Switched off meanwhile: the tags go, and come back if it is switched on again.
    stop();
    await waitUntilEnabled(ctx);
  });
  const stopListening = onMessage('stopTagging', ({ data: origins }) => {
    if (!origins.includes(originPattern(location.href) ?? '')) return;
    stop();
    // Granted again later, the site's script is injected anew.
    global[LOADED] = false;
  });
  // After an update or reload of the extension this copy can no longer talk to it: it leaves quietly.
  ctx.onInvalidated(stop);
}

export default defineContentScript({
  matches: [...defaultMatchPatterns],
  runAt: 'document_idle',
  async main(ctx) {
    if (global[LOADED] || !document.body) return;
    global[LOADED] = true;
    await waitUntilEnabled(ctx);
  },
});
