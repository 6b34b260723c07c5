// The content script's life on one page: wait until its site is enabled, tag the page, stop when switched off, revoked or outdated.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createTagElement } from './tag-element';
import { createPriceCardLoader } from './price-card-loader';
import { createTagController } from './tag-controller';
import { createPageScanner } from './page-scanner';
import { unpackDetector, type PreparedDetector } from '../utils/detect';
import { errorMessage } from '../utils/log';
import { watchDisplayChanges } from '../extension/display-changes';
import { logger } from '../extension/log';
import { onMessage, sendMessage } from '../extension/messaging';
import { originPattern } from '../utils/web-origin';
import { summarizeMatches } from '../utils/tab-models';

const log = logger('content');

/**
 * How often (ms) a copy asks whether its extension is still there: Chrome tells an old content script
 * nothing when its extension is reloaded or updated, and reading `ctx.isValid` (which `ctx.setInterval`
 * does before each call) fires `onInvalidated` once it is gone.
 */
const WATCHDOG_MS = 2_000;

/** Runs a teardown step that may find the extension already gone ("Extension context invalidated"). */
function quietly(context: string, step: () => void): void {
  try {
    step();
  } catch (error) {
    // Expected after an update or reload: the listener went with the old extension.
    log.debug(`${context}: ${errorMessage(error)}`);
  }
}

/** Whether the site is enabled, or `unknown` when the background could not say (logged: not the same as "off"). */
type SiteState = 'enabled' | 'disabled' | 'unknown';

async function siteState(): Promise<SiteState> {
  try {
    return (await sendMessage('isSiteEnabled', location.href)) ? 'enabled' : 'disabled';
  } catch (error) {
    log.error('could not ask the background whether this site is enabled; waiting for a settings change', error);
    return 'unknown';
  }
}

/** Runs a step started by an event (nobody awaits it), logging its failure with what it was doing. */
function logFailure(context: string, step: () => Promise<unknown>): void {
  step().catch((error: unknown) => log.error(`${context} failed`, error));
}

type Mentions = Parameters<typeof summarizeMatches>[1];

/** Tells the background what the page names now; a failure costs the popup its list, not the tags. */
function report(mentions: Mentions): void {
  sendMessage('reportPageModels', summarizeMatches(location.href, mentions)).catch((error: unknown) =>
    log.warn('could not report the page’s models to the background', error),
  );
}

/**
 * Starts TokenTag on this page once its site is (or becomes) enabled: a default site the user
 * switched off stays untouched. A newer copy of the script on the same page (a second injection, an
 * update) invalidates `ctx`; this copy then takes its tags out and leaves the page to the newer one.
 */
export async function runOnPage(ctx: ContentScriptContext): Promise<void> {
  // A copy that never got going still polls, so that an update makes it let go of its listeners.
  ctx.setInterval(() => undefined, WATCHDOG_MS);
  // Asked for together with the site's state: the page is being parsed meanwhile, and the sooner the
  // detector is here, the more of the page is tagged as it is parsed. (Unused where the site is off.)
  const source = sendMessage('getDetectorSource');
  source.catch((error: unknown) => log.debug(`the detector’s source could not be had yet: ${errorMessage(error)}`));
  await waitUntilEnabled(ctx, source);
}

/** Tags the page once its site is enabled; `source` is the detector's source if already asked for. */
async function waitUntilEnabled(ctx: ContentScriptContext, source?: Promise<PreparedDetector>): Promise<void> {
  const state = await siteState();
  // Invalidated while it asked: a newer copy owns the page now.
  if (ctx.isInvalid) return;
  if (state === 'enabled') return tagPage(ctx, source);
  const stop = watchDisplayChanges(() =>
    logFailure('starting after a settings change', async () => {
      if ((await siteState()) !== 'enabled' || ctx.isInvalid) return;
      quietly('unwatching settings', stop);
      await tagPage(ctx);
    }),
  );
  ctx.onInvalidated(() => quietly('unwatching settings', stop));
}

/** Lets the page run its own tasks before the content script goes on. */
const nextTurn = () => new Promise((resolve) => setTimeout(resolve));

/**
 * The page's `<body>` once the parser has made it (the script starts before it, at document_start),
 * or null for a document that gets none (an XML or SVG file).
 */
function whenBody(): Promise<HTMLElement | null> {
  if (document.body || document.readyState !== 'loading') return Promise.resolve(document.body);
  return new Promise((resolve) => {
    const found = () => {
      if (!document.body && document.readyState === 'loading') return;
      observer.disconnect();
      document.removeEventListener('DOMContentLoaded', found);
      resolve(document.body);
    };
    const observer = new MutationObserver(found);
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', found);
  });
}

async function tagPage(ctx: ContentScriptContext, early?: Promise<PreparedDetector>): Promise<void> {
  const source = await (early ?? sendMessage('getDetectorSource'));
  if (ctx.isInvalid) return;
  const tags = createTagController({
    fetchViews: (mentions) => sendMessage('describeModels', mentions),
    cardLoader: createPriceCardLoader({ isInvalid: () => ctx.isInvalid }),
    onCompare: (modelId) =>
      void sendMessage('openComparison', modelId).catch((error: unknown) =>
        log.error(`could not open the comparison for ${modelId}`, error),
      ),
  });
  // Every catalog model's view, asked for at once (while the detector is built): tags are then ready
  // the moment they are made, and go in once, at their final size, with no wait for their views.
  void tags.prefetch(source.modelIds.map((modelId) => ({ modelId, known: true })));
  // The page gets a turn after each step of the start (the source's arrival with the views' request,
  // the detector's build, the scan's first slice): in one task they made a long task of their own
  // (33–73 ms on the bench, while the page was still being parsed).
  await nextTurn();
  const detector = unpackDetector(source);
  await nextTurn();
  const body = await whenBody();
  if (!body || ctx.isInvalid) {
    tags.destroy();
    return;
  }
  const scanner = createPageScanner({
    root: body,
    detector,
    createTag: createTagElement,
    mountTag: (tag) => tags.mount(tag),
    onPlaced: (placed, final) => tags.placed(placed, final),
    onMentionsChange: (mentions) => {
      latest = mentions;
      report(mentions);
    },
  });
  /** The mentions last reported, sent again under the new address when a single-page app navigates. */
  let latest: Mentions = [];
  scanner.start();

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    scanner.stop({ removeTags: true });
    tags.destroy();
    // Removing listeners from an extension that is gone throws "Extension context invalidated".
    quietly('unwatching settings', unwatch);
    quietly('no longer listening for revocations', stopListening);
    if (ctx.isValid) report([]);
  };
  // The background forgets a tab that starts loading: an app that only changed its address says again
  // what it names (the scanner reports again only if the mentions change).
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    scanner.rescan();
    report(latest);
  });
  const unwatch = watchDisplayChanges(() =>
    logFailure('following a settings change', async () => {
      const state = await siteState();
      if (state === 'enabled') return tags.refresh(scanner.tags());
      // Unknown: keep the tags as they are; the error is logged, and the next change asks again.
      if (state === 'unknown') return;
      // Switched off meanwhile: the tags go, and come back if it is switched on again.
      stop();
      await waitUntilEnabled(ctx);
    }),
  );
  // Granted again later, the site's script is injected anew, as a newer copy.
  const stopListening = onMessage('stopTagging', ({ data: origins }) => {
    if (origins.includes(originPattern(location.href) ?? '')) stop();
  });
  // A newer copy on this page, or an update or reload of the extension: this copy leaves quietly.
  ctx.onInvalidated(stop);
}
