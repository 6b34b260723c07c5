// The content script on heavy pages in Chromium: long-task time it adds to the page alone (load, still, scroll), tags in place, memory, bundle size.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { catalog } from '../../pricing-data/index';
import { createDetector } from '../../utils/detect';
import { extensionPath, launchWithExtension, startFixtureServer } from '../../tests/e2e/harness';
import { modelRows, random } from '../../tests/fixtures/model-table';

/**
 * Every task of the page's main thread (script, style, layout, paint alike) is read from Chrome's
 * trace of the page's renderer; the same page is loaded with and without the extension in the same
 * process, so the difference is what the extension causes, whatever kind of work it is. (The Long
 * Tasks API in the page was tried first: with an extension loaded, Chromium reported none at all.)
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Another build to measure; the current build by default. */
const EXTENSION = process.env.TOKENTAG_BENCH_EXTENSION ?? extensionPath;
/**
 * A build to measure beside it in the same run (the build before a change, say): each round then
 * loads the page without an extension, with this build and with that one, so that before and after
 * share the machine's moments.
 */
const BEFORE = process.env.TOKENTAG_BENCH_BEFORE;
/** Only the scenarios whose name contains this text (all by default). */
const ONLY = process.env.BENCH_ONLY;
/** Lists every long task of each run (its start after navigation, length and kinds of work), to tell where time goes. */
const LIST_TASKS = process.env.BENCH_TASKS === '1';
/** Phases of a visit: tags settling (with 500 rows appended on the table), a reader who stays still, and one who scrolls to the bottom. */
const PHASES = ['load', 'still', 'scroll'] as const;
type Phase = (typeof PHASES)[number];

interface Scenario {
  name: string;
  url: string;
  rows: number;
  /** Plain cells after the two mentions of each row, to make the page heavy. */
  fillerCells: number;
  appended: number;
}

/** Issue #3's table, and issue #5's heavy page: 50,000 elements holding 10,000 mentions. */
const scenarios: Scenario[] = [
  {
    name: '3,000-row model table, then 500 rows appended',
    url: 'https://openrouter.ai/models',
    rows: 3_000,
    fillerCells: 3,
    appended: 500,
  },
  {
    name: 'heavy page: 50,000 elements, 10,000 mentions',
    url: 'https://openrouter.ai/bench/heavy',
    rows: 5_000,
    fillerCells: 7,
    appended: 0,
  },
];

interface BenchPage {
  html: string;
  /** How many tags the page should end up with: every mention the detector finds in its text. */
  expectedTags: number;
  /** The same, before rows are appended. */
  initialTags: number;
}

const detector = createDetector(catalog);
/** Mentions in rows of HTML, text node by text node (the rows hold no entities). */
const mentionsIn = (rows: readonly string[]) =>
  rows.reduce(
    (sum, row) => sum + [...row.matchAll(/>([^<>]+)</g)].reduce((n, [, text]) => n + detector.scan(text!).length, 0),
    0,
  );

function benchPage({ rows: count, fillerCells, appended }: Scenario): BenchPage {
  const next = random(7);
  const rows = modelRows(count, fillerCells, next);
  const extra = modelRows(appended, fillerCells, next);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Models (benchmark)</title><link rel="icon" href="data:,">
<script>
  // When tags arrived (inline, or in a spot over a big table), measured in the page itself.
  window.__lastTagAt = 0;
  window.__firstTagAt = 0;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'TOKENTAG-BADGE' || n.nodeName === 'TOKENTAG-SPOT') {
      window.__lastTagAt = performance.now();
      window.__firstTagAt ||= window.__lastTagAt;
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
</script></head>
<body><h1>Models</h1><table><thead><tr><th>Model</th><th>API id</th><th>Input</th><th>Output</th></tr></thead><tbody id="rows">
${rows.join('\n')}
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
  return { html, initialTags: mentionsIn(rows), expectedTags: mentionsIn(rows) + mentionsIn(extra) };
}

interface PhaseFigures {
  /** Sum of the long tasks' durations, in ms. */
  totalMs: number;
  /** The same by kind of work, in ms. */
  kinds: Record<string, number>;
  longestMs: number;
  count: number;
}

interface Run {
  phases: Record<Phase, PhaseFigures>;
  /** Tags in the page before any scrolling, and after scrolling to the bottom. */
  tagsStill: number;
  tagsEnd: number;
  settleMs?: number;
  loadMs?: number;
  appendSettleMs?: number;
  controlSeen: boolean;
  jsHeapMb: number;
}

type Page = import('playwright-core').Page;

/** A main-thread task of the page's renderer, in ms since its first phase mark. */
interface Task {
  start: number;
  duration: number;
  /** Time inside it by kind of work (script, style, layout, paint, parse), in ms. */
  kinds: Record<string, number>;
  /** The page's `phase:*` and the content script's `tokentag:*` marks inside it, for the task list. */
  marks?: string[];
}

/** Trace events by the kind of work they are; only the outermost of nested ones counts. */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.callFunction': 'script',
  RunMicrotasks: 'script',
  TimerFire: 'script',
  FireIdleCallback: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  ParseHTML: 'parse',
};

/**
 * Traces the browser from before navigation; `stop()` returns the long tasks (≥ 50 ms) of the
 * renderer main thread that recorded the `phase:*` marks, and the marks, on one clock in ms.
 */
async function startTrace(page: Page): Promise<{ stop(): Promise<{ tasks: Task[]; marks: Record<string, number> }> }> {
  const cdp = await page.context().newCDPSession(page);
  type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { name?: string } };
  const events: TraceEvent[] = [];
  // One event at a time: a trace can hold more events than a call has argument slots.
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value as unknown as TraceEvent[]) events.push(event);
  });
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'],
    },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      const markEvents = events.filter((e) => e.name.startsWith('phase:'));
      const pid = markEvents[0]?.pid;
      const main = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
      const marks: Record<string, number> = {};
      for (const mark of markEvents) marks[mark.name.slice('phase:'.length)] ??= mark.ts / 1000;
      // The page's start, for the task list's times (the last navigation of the renderer: the visit's own).
      const navigations = events.filter((e) => e.pid === pid && e.name === 'navigationStart');
      if (navigations.length > 0) marks.navigation = navigations[navigations.length - 1]!.ts / 1000;
      const named = events.filter((e) => e.pid === pid && (e.name.startsWith('phase:') || e.name.startsWith('tokentag:')));
      const onMain = events.filter((e) => e.pid === pid && e.tid === main && e.ph === 'X' && e.dur !== undefined);
      const work = onMain.filter((e) => KINDS[e.name]).sort((a, b) => a.ts - b.ts);
      const tasks = onMain
        .filter((e) => e.name === 'RunTask' && e.dur! >= 50_000)
        .map((e) => {
          const kinds: Record<string, number> = {};
          let coveredUntil = 0;
          for (const w of work) {
            if (w.ts < e.ts || w.ts >= e.ts + e.dur! || w.ts < coveredUntil) continue;
            coveredUntil = w.ts + w.dur!;
            const kind = KINDS[w.name]!;
            kinds[kind] = (kinds[kind] ?? 0) + w.dur! / 1000;
          }
          const inside = named.filter((m) => m.ts >= e.ts && m.ts < e.ts + e.dur!).map((m) => m.name);
          return { start: e.ts / 1000, duration: e.dur! / 1000, kinds, marks: inside };
        });
      return { tasks, marks };
    },
  };
}

/** CPU time used so far by every Chromium process on this machine, in clock ticks (Linux: 1/100 s each). */
function chromiumCpuTicks(): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch (error) {
      // A process that ended between the listing and the read has nothing left to count.
      const { code } = error as NodeJS.ErrnoException;
      if (code === 'ENOENT' || code === 'ESRCH') continue;
      throw error;
    }
    const close = stat.lastIndexOf(')');
    if (stat.slice(stat.indexOf('(') + 1, close) !== 'chromium') continue;
    // After the name: state is field 3 of stat(5); utime and stime are fields 14 and 15.
    const fields = stat.slice(close + 2).split(' ');
    total += Number(fields[11]) + Number(fields[12]);
  }
  return total;
}

/**
 * Waits until the browser has been quiet for a second (its processes used under a tenth of a core),
 * or 30 s passed. A visit starts in a browser that has finished starting, as a reader's has: a
 * browser just launched is still busy with itself and, with the extension, with its service worker's
 * start and first install, which would fall on the page's load and count as the page's cost.
 */
async function browserQuiet(): Promise<void> {
  const WINDOW_MS = 1_000;
  const MOST_TICKS = 10;
  const until = Date.now() + 30_000;
  let last = chromiumCpuTicks();
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    const now = chromiumCpuTicks();
    if (now - last <= MOST_TICKS) return;
    last = now;
  }
  console.log('    (the browser was not quiet within 30 s; measuring anyway)');
}

/** Waits until the page has `expected` tags and has not changed for a second (or 60 s passed). */
async function settled(page: Page, expected: number): Promise<void> {
  let last = -1;
  let still = 0;
  for (let i = 0; i < 600 && still < 10; i++) {
    await page.waitForTimeout(100);
    const count = await page.evaluate(() => document.querySelectorAll('tokentag-badge').length);
    still = count === last && count >= expected ? still + 1 : 0;
    last = count;
  }
}

/** One visit: load (and append), stay still for 2 s, then scroll to the bottom a screen at a time. */
async function measure(scenario: Scenario, bench: BenchPage, extension: string | undefined, port: number): Promise<Run> {
  const withExtension = extension !== undefined;
  const session = await launchWithExtension(port, { extension: withExtension, path: extension });
  try {
    await browserQuiet();
    const page = await session.context.newPage();
    const trace = await startTrace(page);
    await page.goto(scenario.url);
    const mark = (name: string) => page.evaluate((n) => void performance.mark(`phase:${n}`), name);
    const tagCount = () => page.evaluate(() => document.querySelectorAll('tokentag-badge').length);
    // The page alone has nothing to wait for: it gets the same quiet second after load as the extension's page after settling.
    if (withExtension) await settled(page, bench.initialTags);
    else await page.waitForTimeout(1000);
    await page.waitForTimeout(500);
    if (scenario.appended > 0) {
      await page.evaluate(() => (window as unknown as { __append: () => void }).__append());
      if (withExtension) await settled(page, bench.expectedTags);
      else await page.waitForTimeout(1000);
    }
    await mark('still');
    await page.waitForTimeout(2000);
    const tagsStill = await tagCount();
    await mark('scroll');
    // Scroll through the whole page, a screen at a time, as a reader would; its end is re-read at every step.
    for (let y = 0; await page.evaluate((top) => top < document.documentElement.scrollHeight, y); y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(500);
    await mark('end');
    const tagsEnd = await tagCount();
    // A control: a 70 ms task of the page's own, to show that long tasks are being recorded at all.
    await page.evaluate(() => {
      setTimeout(() => {
        performance.mark('phase:control');
        const until = performance.now() + 70;
        while (performance.now() < until);
      });
    });
    await page.waitForTimeout(300);
    const times = await page.evaluate(() => {
      const w = window as unknown as { __lastTagAt: number; __appendedAt: number };
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return { last: w.__lastTagAt, appended: w.__appendedAt, load: navigation?.loadEventEnd ?? 0 };
    });
    const { tasks, marks } = await trace.stop();
    if (LIST_TASKS) listTasks(tasks, marks, extension);
    const isControl = (t: Task) => t.start <= marks.control! && marks.control! <= t.start + t.duration;
    const bounds: Record<Phase, [number, number]> = {
      load: [-Infinity, marks.still!],
      still: [marks.still!, marks.scroll!],
      scroll: [marks.scroll!, marks.end!],
    };
    const phases = {} as Record<Phase, PhaseFigures>;
    for (const phase of PHASES) {
      const [from, to] = bounds[phase];
      const inPhase = tasks.filter((t) => !isControl(t) && t.start >= from && t.start < to);
      // A loop, not Math.max(...): the list has no bound.
      let longest = 0;
      let total = 0;
      const kinds: Record<string, number> = {};
      for (const t of inPhase) {
        longest = Math.max(longest, t.duration);
        total += t.duration;
        for (const [kind, ms] of Object.entries(t.kinds)) kinds[kind] = (kinds[kind] ?? 0) + ms;
      }
      phases[phase] = { totalMs: total, longestMs: longest, count: inPhase.length, kinds };
    }
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return {
      phases,
      tagsStill,
      tagsEnd,
      settleMs: withExtension ? times.last : undefined,
      loadMs: times.load,
      appendSettleMs: withExtension && scenario.appended > 0 ? times.last - times.appended : undefined,
      controlSeen: tasks.some(isControl),
      jsHeapMb: heap.usedSize / (1024 * 1024),
    };
  } finally {
    await session.close();
  }
}

/** Prints a run's long tasks: when each started after navigation, how long it took and on what, and the next phase mark. */
function listTasks(tasks: Task[], marks: Record<string, number>, extension: string | undefined): void {
  console.log(`    ${extension ? `with ${extension}` : 'without the extension'}: ${tasks.length} long tasks`);
  for (const t of tasks) {
    const kinds = Object.entries(t.kinds)
      .map(([kind, ms]) => `${kind} ${ms.toFixed(0)}`)
      .join(', ');
    const at = Object.entries(marks).find(([name, ts]) => name !== 'navigation' && ts >= t.start)?.[0] ?? 'end';
    const since = marks.navigation === undefined ? '' : `at ${(t.start - marks.navigation).toFixed(0).padStart(5)} ms, `;
    console.log(
      `      ${since}${t.duration.toFixed(0).padStart(5)} ms before ${at.padEnd(7)} (${kinds})${t.marks?.length ? ` ${t.marks.join(' ')}` : ''}`,
    );
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const ms = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(0)} ms`);

/** Prints a scenario's figures: each phase's extra long-task time against the page alone, tags, memory. */
function report(scenario: Scenario, bench: BenchPage, withRuns: Run[], withoutRuns: Run[]): void {
  for (const phase of PHASES) {
    const total = (runs: Run[]) => median(runs.map((r) => r.phases[phase].totalMs));
    const longest = (runs: Run[]) => median(runs.map((r) => r.phases[phase].longestMs));
    const count = (runs: Run[]) => median(runs.map((r) => r.phases[phase].count));
    const extra = median(withRuns.map((r, i) => r.phases[phase].totalMs - withoutRuns[i]!.phases[phase].totalMs));
    // Each pair's figure too: on a shared machine one run can stray far from the others.
    const each = withRuns.map((r, i) => ms(r.phases[phase].totalMs - withoutRuns[i]!.phases[phase].totalMs)).join(', ');
    console.log(
      `  ${phase.padEnd(6)} extra long-task time ${ms(extra).padStart(8)} [runs: ${each}] (with ${ms(total(withRuns))} in ${count(withRuns)} tasks, without ${ms(total(withoutRuns))} in ${count(withoutRuns)}); longest task ${ms(longest(withRuns))} with, ${ms(longest(withoutRuns))} without`,
    );
    const kinds = (runs: Run[]) =>
      ['script', 'style', 'layout', 'paint', 'parse']
        .map((kind) => `${kind} ${ms(median(runs.map((r) => r.phases[phase].kinds[kind] ?? 0)))}`)
        .join(', ');
    if (median(withRuns.map((r) => r.phases[phase].count)) > 0)
      console.log(`         in long tasks with: ${kinds(withRuns)}; without: ${kinds(withoutRuns)}`);
  }
  const extraAll = (runs: Run[], i: number, phases: readonly Phase[]) =>
    phases.reduce((sum, p) => sum + runs[i]!.phases[p].totalMs - withoutRuns[i]!.phases[p].totalMs, 0);
  console.log(
    `  in all   a reader who stays still: ${ms(median(withRuns.map((_, i) => extraAll(withRuns, i, ['load', 'still']))))} extra; one who scrolls to the bottom: ${ms(median(withRuns.map((_, i) => extraAll(withRuns, i, ['load', 'scroll']))))} extra (goal ≤ 400 ms)`,
  );
  console.log(
    `  tags     ${median(withRuns.map((r) => r.tagsStill))} before scrolling, ${median(withRuns.map((r) => r.tagsEnd))} at the end, of ${bench.expectedTags} mentions; settled ${ms(median(withRuns.map((r) => r.settleMs ?? 0)))} after navigation (load event ${ms(median(withRuns.map((r) => r.loadMs ?? 0)))})${scenario.appended > 0 ? `; ${scenario.appended} appended rows tagged in ${ms(median(withRuns.map((r) => r.appendSettleMs ?? 0)))}` : ''}`,
  );
  console.log(
    `  control  a 70 ms task of the page's own was ${[...withRuns, ...withoutRuns].every((r) => r.controlSeen) ? 'recorded in every run' : 'NOT recorded in some run: long tasks are not being observed'}`,
  );
  console.log(
    `  memory   renderer JS heap after GC ${median(withRuns.map((r) => r.jsHeapMb)).toFixed(1)} MB with, ${median(withoutRuns.map((r) => r.jsHeapMb)).toFixed(1)} MB without`,
  );
}

const pages = new Map(scenarios.map((scenario) => [scenario, benchPage(scenario)]));
const server = await startFixtureServer(Object.fromEntries(scenarios.map((s) => [s.url, pages.get(s)!.html])));
try {
  console.log(
    `Page benchmark in headless Chromium, extension ${EXTENSION}${BEFORE ? ` beside ${BEFORE}` : ''}; medians of ${RUNS} runs with and ${RUNS} without`,
  );
  for (const scenario of scenarios.filter((s) => !ONLY || s.name.includes(ONLY))) {
    const bench = pages.get(scenario)!;
    const withRuns: Run[] = [];
    const beforeRuns: Run[] = [];
    const withoutRuns: Run[] = [];
    // Alternated, so that a slower moment of the machine falls on every side.
    for (let i = 0; i < RUNS; i++) {
      withoutRuns.push(await measure(scenario, bench, undefined, server.port));
      withRuns.push(await measure(scenario, bench, EXTENSION, server.port));
      if (BEFORE) beforeRuns.push(await measure(scenario, bench, BEFORE, server.port));
    }
    console.log(`${scenario.name}`);
    if (BEFORE) {
      console.log(`  before (${BEFORE}):`);
      report(scenario, bench, beforeRuns, withoutRuns);
      console.log(`  after (${EXTENSION}):`);
    }
    report(scenario, bench, withRuns, withoutRuns);
  }
  const bundle = readFileSync(join(EXTENSION, 'content-scripts/content.js'));
  console.log(
    `Content-script bundle: ${(bundle.length / 1024).toFixed(1)} KB, ${(gzipSync(bundle).length / 1024).toFixed(1)} KB gzipped (target ≤ 40 KB)`,
  );
  // The price card's script: put into a page only once it has tags (content/price-card-loader.ts).
  const card = readFileSync(join(EXTENSION, 'price-card.js'));
  console.log(
    `Price-card script (on demand): ${(card.length / 1024).toFixed(1)} KB, ${(gzipSync(card).length / 1024).toFixed(1)} KB gzipped`,
  );
} finally {
  await server.close();
}
