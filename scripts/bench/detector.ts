// Detector throughput (MB/s) against a naive per-alias scan and a one-regular-expression lower bound (`npm run bench`).
import { catalog } from '../../pricing-data/index';
import { createDetector } from '../../utils/detect';
import { vendorText } from './vendor-text';

const text = vendorText(catalog, 2 * 1024 * 1024);
const megabytes = text.length / (1024 * 1024);

/**
 * `ours` and `base` run in turns, after five warm-up rounds: on a shared machine a load spike then
 * slows both alike, and the median of the per-round ratios is steadier than a ratio of two medians
 * taken seconds apart. Times in ms (medians).
 */
function timePaired(
  runs: number,
  ours: () => number,
  base: () => number,
): { ours: { ms: number; result: number }; base: { ms: number; result: number }; ratio: number } {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  let oursResult = 0;
  let baseResult = 0;
  for (let i = 0; i < 5; i++) {
    oursResult = ours();
    baseResult = base();
  }
  const oursMs: number[] = [];
  const baseMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    oursResult = ours();
    oursMs.push(performance.now() - start);
    start = performance.now();
    baseResult = base();
    baseMs.push(performance.now() - start);
  }
  return {
    ours: { ms: median(oursMs), result: oursResult },
    base: { ms: median(baseMs), result: baseResult },
    ratio: median(oursMs.map((ms, i) => ms / baseMs[i]!)),
  };
}

/** Median time of `runs` runs after five warm-up runs (so that the JIT has compiled the hot loops), in ms. */
function time(runs: number, work: () => number): { ms: number; result: number } {
  let result = 0;
  for (let i = 0; i < 5; i++) result = work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, result };
}

// The first build runs cold (interpreter, no collator warmed up), as a page's content script does.
const firstStart = performance.now();
const detector = createDetector(catalog);
const firstMs = performance.now() - firstStart;
const compiled = time(5, () => {
  createDetector(catalog);
  return 0;
});

// The naive way: look for every spelling separately, lower-cased, with word boundaries.
const spellings = [...new Set(catalog.models.flatMap((m) => [m.id, m.name, ...m.aliases]).map((s) => s.toLowerCase()))];
const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);
const naive = () => {
  const lower = text.toLowerCase();
  let found = 0;
  for (const spelling of spellings) {
    for (let at = lower.indexOf(spelling); at !== -1; at = lower.indexOf(spelling, at + 1)) {
      if (!isWordChar(lower[at - 1]) && !isWordChar(lower[at + spelling.length])) found++;
    }
  }
  return found;
};

// The least any detector must do: one pass of one regular expression over the text.
const lowerBound = () => {
  const families = /\b(?:gpt|o[1-9]|claude|gemini|grok|deepseek|mistral|qwen|kimi|glm|minimax|nova|command)/gi;
  let found = 0;
  while (families.exec(text)) found++;
  return found;
};

const PAIRED_RUNS = 31;
const paired = timePaired(PAIRED_RUNS, () => detector.scan(text).length, lowerBound);
const { ours, base: bound } = paired;
const naiveRun = time(5, naive);

const rate = (ms: number) => (megabytes / (ms / 1000)).toFixed(1);
console.log(
  `Detector benchmark: ${megabytes.toFixed(2)} MB of vendor-like text, ${catalog.models.length} models, ${spellings.length} spellings`,
);
console.log(`  compile detector            ${compiled.ms.toFixed(1)} ms  (first, cold: ${firstMs.toFixed(1)} ms)`);
console.log(`  createDetector().scan        ${ours.ms.toFixed(1)} ms  ${rate(ours.ms)} MB/s  (${ours.result} mentions)`);
console.log(`  naive: each spelling apart   ${naiveRun.ms.toFixed(1)} ms  ${rate(naiveRun.ms)} MB/s  (${naiveRun.result} hits)`);
console.log(`  lower bound: one regex pass  ${bound.ms.toFixed(1)} ms  ${rate(bound.ms)} MB/s  (${bound.result} hits)`);
console.log(
  `  → ${(naiveRun.ms / ours.ms).toFixed(1)}× faster than naive (target ≥ 10×); ${paired.ratio.toFixed(2)}× the lower bound (target ≤ 3×; median of ${PAIRED_RUNS} paired runs)`,
);

// Adversarial text: the worst a page can throw at the detector, per MB, and whether time grows with length alone.
const awkward = ['-', '\u2010', '\u2011', '\u2013', '\u2212', '\u00a0', '\u202f', '.', '_', '(', ')'];
const adversarial: [string, (mb: number) => string][] = [
  ['one very long token', (mb) => 'gpt'.repeat((mb * 1024 * 1024) / 3)],
  ['hyphens only', (mb) => '-'.repeat(mb * 1024 * 1024)],
  ['digits only', (mb) => '5'.repeat(mb * 1024 * 1024)],
  ['a model then endless variants', (mb) => `gpt-5${'-pro'.repeat((mb * 1024 * 1024) / 4)}x`],
  ['family words back to back', (mb) => 'claude '.repeat((mb * 1024 * 1024) / 7)],
  ['names split by every Unicode hyphen', (mb) => `GPT${awkward.join('5')} `.repeat((mb * 1024 * 1024) / 26)],
  ['right-to-left text around names', (mb) => '\u202eنموذج GPT-5.2 ג\u202c '.repeat((mb * 1024 * 1024) / 20)],
  ['mentions only', (mb) => 'o3 '.repeat((mb * 1024 * 1024) / 3)],
];
console.log('Adversarial text, at 1 MB and at 4 MB (equal time per MB at both sizes means time grows linearly):');
let worst = { name: '', rate: Number.POSITIVE_INFINITY };
let worstGrowth = { name: '', growth: 0 };
for (const [name, make] of adversarial) {
  const one = make(1);
  const four = make(4);
  const a = time(7, () => detector.scan(one).length);
  const b = time(5, () => detector.scan(four).length);
  const perMb = [a.ms, b.ms / 4];
  const rate = 1 / (perMb[0]! / 1000);
  const growth = perMb[1]! / perMb[0]!;
  if (rate < worst.rate) worst = { name, rate };
  if (growth > worstGrowth.growth) worstGrowth = { name, growth };
  console.log(
    `  ${name.padEnd(38)} ${perMb[0]!.toFixed(1).padStart(6)} ms/MB at 1 MB, ${perMb[1]!.toFixed(1).padStart(6)} ms/MB at 4 MB  (${rate.toFixed(1)} MB/s)`,
  );
}
console.log(
  `  → worst case: ${worst.name}, ${worst.rate.toFixed(1)} MB/s; largest growth per MB from 1 to 4 MB: ${worstGrowth.growth.toFixed(2)}× (${worstGrowth.name})`,
);
