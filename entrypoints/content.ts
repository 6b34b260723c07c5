// Content script entry: where it runs, and how; content/lifecycle.ts does the work.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnPage } from '../content/lifecycle';
import { defaultMatchPatterns } from '../utils/sites';

export default defineContentScript({
  // For the manifest, which WXT builds from this definition in Node (where ENTRYPOINT is unset). The
  // built script never reads it, so the bundle goes without the site list (the content script's budget).
  matches: import.meta.env.ENTRYPOINT === 'content' ? [] : [...defaultMatchPatterns],
  // Once the page has loaded. Started at document_start, tagging rows as they are parsed made each of
  // the page's own progressive layouts of a big table far dearer (bench: 2 s more long-task time), and
  // still a third dearer with the detector and the views at hand from the start (read from storage).
  runAt: 'document_idle',
  // WXT's "a newer copy started" signal goes by a DOM event only: posted to the page, it would tell
  // every page the extension's id, and let it stop the script.
  noScriptStartedPostMessage: true,
  main: (ctx) => runOnPage(ctx),
});
