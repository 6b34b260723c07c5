// The content script on a heavy vendor page in Chromium: time to settle, long tasks with and without it, lazy mounting, bundle size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { catalog } from '../../pricing-data/index';
import { extensionPath, launchWithExtension, startFixtureServer } from '../../tests/e2e/harness';
import { random } from './vendor-text';

const ROWS = 3_000;
const APPENDED = 500;
const URL_UNDER_TEST = 'https://openrouter.ai/bench/models';

/** One row of a models table, as vendor pages render them: a display name and an API id, both mentions. */
function row(i: number, next: () => number): string {
  const model = catalog.models[Math.floor(next() * catalog.models.length)]!;
  const price = (next() * 20).toFixed(2);
  return `<tr><td>${i + 1}</td><td>${model.name}</td><td><code>${model.id}</code></td><td>$${price}</td><td>$${(Number(price) * 4).toFixed(2)}</td></tr>`;
}

function benchPage(): string {
  const next = random(7);
  const rows = Array.from({ length: ROWS }, (_, i) => row(i, next)).join('\n');
  const extra = Array.from({ length: APPENDED }, (_, i) => row(ROWS + i, next));
  return `<!doctype html><html><head><meta charset="utf-8"><title>Models (benchmark)</title><link rel="icon" href="data:,">
<script>
  // Measured in the page itself: long tasks, and when the last tag arrived.
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  window.__lastTagAt = 0;
  window.__firstTagAt = 0;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'TOKENTAG-BADGE') {
      window.__lastTagAt = performance.now();
      window.__firstTagAt ||= window.__lastTagAt;
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
</script></head>
<body><h1>Models</h1><table><thead><tr><th>#</th><th>Model</th><th>API id</th><th>Input</th><th>Output</th></tr></thead><tbody id="rows">
${rows}
</tbody></table>
<script>
  const extra = ${JSON.stringify(extra)};
  window.__append = () => {
    const body = document.getElementById('rows');
    const template = document.createElement('template');
    template.innerHTML = extra.join('');
    window.__appendedAt = performance.now();
    body.append(template.content);
  };
</script></body></html>`;
}

interface Run {
  settleMs?: number;
  firstTagMs?: number;
  loadMs?: number;
  appendSettleMs?: number;
  tags?: number;
  mountedBeforeScroll?: number;
  mountedAfterScroll?: number;
  longestTaskMs: number;
  longTasks: number;
  controlSeen: boolean;
  jsHeapMb: number;
}

async function measure(withExtension: boolean, port: number): Promise<Run> {
  const session = await launchWithExtension(port, { extension: withExtension });
  try {
    const { page } = await session.open(URL_UNDER_TEST);
    const tagCount = () => page.evaluate(() => document.querySelectorAll('tokentag-badge').length);
    /** The tag count once it has not moved for a second (some catalog names, like bare "Command", are not tagged). */
    const stable = async (atLeast: number) => {
      let last = -1;
      let still = 0;
      for (let i = 0; i < 600 && still < 10; i++) {
        await page.waitForTimeout(100);
        const count = await tagCount();
        still = count === last && count >= atLeast ? still + 1 : 0;
        last = count;
      }
      return last;
    };
    const run: Run = { longestTaskMs: 0, longTasks: 0, jsHeapMb: 0, controlSeen: false };
    if (withExtension) {
      run.tags = await stable(1);
      const times = await page.evaluate(() => {
        const w = window as unknown as { __lastTagAt: number; __firstTagAt: number };
        const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return { last: w.__lastTagAt, first: w.__firstTagAt, load: navigation?.loadEventEnd ?? 0 };
      });
      run.settleMs = times.last;
      run.firstTagMs = times.first;
      run.loadMs = times.load;
      run.mountedBeforeScroll = await page.evaluate(
        () => [...document.querySelectorAll('tokentag-badge')].filter((t) => t.shadowRoot).length,
      );
    } else {
      await page.waitForTimeout(1500);
    }
    await page.evaluate(() => (window as unknown as { __append: () => void }).__append());
    if (withExtension) {
      run.tags = await stable((run.tags ?? 0) + 1);
      run.appendSettleMs = await page.evaluate(() => {
        const w = window as unknown as { __lastTagAt: number; __appendedAt: number };
        return w.__lastTagAt - w.__appendedAt;
      });
    } else {
      await page.waitForTimeout(1500);
    }
    // Scroll through the whole page, a screen at a time, as a reader would.
    // The page grows as tags mount (cells widen), so its end is re-read at every step.
    for (let y = 0; await page.evaluate((top) => top < document.documentElement.scrollHeight, y); y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(300);
    if (withExtension) {
      run.mountedAfterScroll = await page.evaluate(
        () => [...document.querySelectorAll('tokentag-badge')].filter((t) => t.shadowRoot).length,
      );
    }
    // A control: a 70 ms task of the page's own, to show that long tasks are being recorded at all.
    await page.evaluate(() => {
      setTimeout(() => {
        (window as unknown as { __controlAt: number }).__controlAt = performance.now();
        const until = performance.now() + 70;
        while (performance.now() < until);
      });
    });
    await page.waitForTimeout(200);
    const { tasks, controlAt } = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __controlAt: number };
      return { tasks: w.__longTasks, controlAt: w.__controlAt };
    });
    const isControl = (t: { start: number; duration: number }) => t.start <= controlAt && controlAt <= t.start + t.duration;
    run.controlSeen = tasks.some(isControl);
    const ours = tasks.filter((t) => !isControl(t));
    run.longTasks = ours.length;
    run.longestTaskMs = Math.max(0, ...ours.map((t) => t.duration));
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    run.jsHeapMb = heap.usedSize / (1024 * 1024);
    return run;
  } finally {
    await session.close();
  }
}

const server = await startFixtureServer({ [URL_UNDER_TEST]: benchPage() });
try {
  const without = await measure(false, server.port);
  const withExt = await measure(true, server.port);
  const bundle = readFileSync(join(extensionPath, 'content-scripts/content.js'));
  const ms = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(0)} ms`);
  console.log(
    `Page benchmark: ${ROWS}-row model table (${ROWS * 2} mentions), then ${APPENDED} rows appended, in headless Chromium`,
  );
  console.log(
    `  tags settled                  ${ms(withExt.settleMs)} after navigation start (page loaded at ${ms(withExt.loadMs)}, first tag at ${ms(withExt.firstTagMs)}; ${withExt.tags} tags in the end)`,
  );
  console.log(`  500 appended rows tagged in   ${ms(withExt.appendSettleMs)}`);
  console.log(
    `  longest long task             ${ms(withExt.longestTaskMs)} with the extension (${withExt.longTasks} ≥ 50 ms), ${ms(without.longestTaskMs)} without (${without.longTasks}); a 70 ms control task was ${withExt.controlSeen && without.controlSeen ? 'recorded in both runs' : 'NOT recorded: long tasks are not being observed'}`,
  );
  console.log(
    `  tags mounted                  ${withExt.mountedBeforeScroll} before scrolling, ${withExt.mountedAfterScroll} after scrolling through`,
  );
  console.log(
    `  renderer JS heap after GC     ${withExt.jsHeapMb.toFixed(1)} MB with, ${without.jsHeapMb.toFixed(1)} MB without (the page and the content script share one heap)`,
  );
  console.log(
    `  content-script bundle         ${(bundle.length / 1024).toFixed(1)} KB, ${(gzipSync(bundle).length / 1024).toFixed(1)} KB gzipped (target ≤ 40 KB)`,
  );
} finally {
  await server.close();
}
