// Usage import: every format read from its hand-written fixture, priced and re-priced to the cent against arithmetic done here.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import type { PricePeriod } from '../../pricing-data/schema';
import { findModel, priceAt } from '../../utils/catalog';
import { createModelResolver } from '../../utils/usage/price-usage';
import {
  createUsageFileReader,
  newImportState,
  readUsageText,
  type ImportState,
  type UsageFileResult,
} from '../../utils/usage/read-file';
import { buildUsageReport, reportJson, sortRepriced, workloadFromUsage } from '../../utils/usage/report';

const dir = join(import.meta.dirname, '../fixtures/usage');

/** Streams a fixture in tiny chunks, so that lines and multi-byte characters straddle chunk edges. */
async function readFixture(path: string, state: ImportState = newImportState()): Promise<UsageFileResult> {
  const reader = createUsageFileReader(path, state);
  const stream = createReadStream(join(dir, path), { encoding: 'utf8', highWaterMark: 7 });
  for await (const chunk of stream) reader.push(chunk as string);
  return reader.end();
}

/** USD per 1M tokens of a model on a day, as the catalog has it (the test's own arithmetic uses these). */
function rates(modelId: string, day: string): PricePeriod {
  const model = findModel(catalog, modelId);
  expect(model, modelId).toBeDefined();
  const period = priceAt(model!, day);
  expect(period, `${modelId} on ${day}`).toBeDefined();
  return period!;
}

const M = 1_000_000;
const DATE = '2026-11-27';
/** Anthropic and OpenAI web search: USD 10 per 1000 (read from the catalog below, checked here). */
function webSearchUsd(modelId: string, day: string): number {
  const fee = findModel(catalog, modelId)!.toolFees.find(
    (f) => f.tool === 'webSearch' && f.from <= day && (!f.to || day < f.to),
  )!;
  return fee.usd / fee.per;
}

function report(files: UsageFileResult[], reprice: string[] = []) {
  return buildUsageReport(files, catalog, { date: DATE, reprice });
}

function row(r: ReturnType<typeof report>, modelId: string) {
  const found = r.byModel.find((m) => m.modelId === modelId);
  expect(found, modelId).toBeDefined();
  return found!;
}

describe('model spellings resolve as the detector does', () => {
  const resolve = createModelResolver(catalog);
  it.each([
    ['gpt-5-2025-08-07', 'gpt-5'],
    ['anthropic/claude-4.5-sonnet-20250929', 'claude-sonnet-4-5'],
    ['claude-haiku-4-5-20251001', 'claude-haiku-4-5'],
    ['openai/gpt-5-2025-08-07', 'gpt-5'],
  ])('%s → %s', (spelling, id) => {
    expect(resolve(spelling)?.id).toBe(id);
  });
  it('an unknown spelling resolves to nothing', () => {
    expect(resolve('acme/nonexistent-model-7b')).toBeUndefined();
    expect(resolve('(model not grouped)')).toBeUndefined();
  });
});

describe('OpenAI Usage API JSON', () => {
  it('reads buckets, prices batch at the batch rate and flex at the flex rate, lists the ungrouped row', async () => {
    const file = await readFixture('openai-usage.json');
    expect(file.format).toBe('openai-usage-json');
    expect(file.errors).toEqual([]);
    expect(file.recordsRead).toBe(4);
    const r = report([file]);
    const g = rates('gpt-5', '2025-10-20');
    const mini = rates('gpt-5-mini', '2025-10-20');
    // gpt-5 standard: 60k uncached, 40k cached, 20k out; flex: 8k uncached, 2k cached, 1k out.
    const gpt5 = (60_000 * g.input + 40_000 * g.cachedInput! + 20_000 * g.output) / M;
    const flex = g.serviceTiers!.flex!;
    const gpt5Flex = (8_000 * flex.input + 2_000 * flex.cachedInput! + 1_000 * flex.output) / M;
    const miniBatch = ((50_000 * mini.input + 10_000 * mini.output) / M) * (1 - mini.batchDiscount!);
    expect(row(r, 'gpt-5').costUsd).toBeCloseTo(gpt5 + gpt5Flex, 2);
    expect(row(r, 'gpt-5').requests).toBe(12);
    expect(row(r, 'gpt-5').uncachedInput).toBe(68_000);
    expect(row(r, 'gpt-5-mini').costUsd).toBeCloseTo(miniBatch, 2);
    expect(r.unknownModels).toEqual([
      expect.objectContaining({ spelling: '(model not grouped)', requests: 1, uncachedInput: 1000, output: 100 }),
    ]);
    expect(r.totalUsd).toBeCloseTo(gpt5 + gpt5Flex + miniBatch, 2);
    expect(r.reportedUsd).toBeNull();
  });
});

describe('OpenAI Activity CSV', () => {
  it('reads any column order and spelling of booleans; an unpriceable tier is listed as such; a broken row is skipped with its line', async () => {
    const file = await readFixture('completions_usage_2025-10-01_2025-10-31.csv');
    expect(file.format).toBe('openai-activity-csv');
    expect(file.recordsRead).toBe(4);
    expect(file.skipped).toBe(1);
    expect(file.skippedLines[0]!.line).toBe(6);
    const r = report([file], ['claude-sonnet-4-5']);
    const g = rates('gpt-5', '2025-10-20');
    const mini = rates('gpt-5-mini', '2025-10-21');
    const standard = (100_000 * g.input + 100_000 * g.cachedInput! + 30_000 * g.output) / M;
    const flex = g.serviceTiers!.flex!;
    const flexUsd = (20_000 * flex.input + 10_000 * flex.cachedInput! + 3_000 * flex.output) / M;
    const batch = ((40_000 * mini.input + 8_000 * mini.output) / M) * (1 - mini.batchDiscount!);
    expect(row(r, 'gpt-5').costUsd).toBeCloseTo(standard + flexUsd, 2);
    expect(row(r, 'gpt-5-mini').costUsd).toBeCloseTo(batch, 2);
    expect(r.unknownModels).toEqual([
      expect.objectContaining({ spelling: 'gpt-5-2025-08-07', reason: 'tier-unknown', modelId: 'gpt-5', uncachedInput: 5000 }),
    ]);
    // Re-priced on Claude Sonnet 4.5 at the chosen day: standard and batch at its rates; Flex, which it does
    // not sell, and the tier nobody can price are listed with why, never priced at its standard rates.
    const s = rates('claude-sonnet-4-5', DATE);
    expect(s.serviceTiers?.flex).toBeUndefined();
    const sonnet =
      (100_000 * s.input + 100_000 * s.cachedInput! + 30_000 * s.output) / M +
      ((40_000 * s.input + 8_000 * s.output) / M) * (1 - s.batchDiscount!);
    const onSonnet = r.repriced[0]!;
    expect(onSonnet.totalUsd).toBeNull();
    expect(onSonnet.pricedUsd).toBeCloseTo(sonnet, 2);
    expect(onSonnet.unpriced).toEqual([
      expect.objectContaining({ spelling: 'gpt-5-2025-08-07', serviceTier: 'flex', reason: 'tier-not-offered', requests: 3 }),
      expect.objectContaining({
        spelling: 'gpt-5-2025-08-07',
        serviceTier: 'incentivized-tier',
        reason: 'tier-unknown',
        requests: 1,
      }),
    ]);
    expect(onSonnet.caveats).toEqual([]);
    // On GPT-5 itself, Flex is sold: only the unknown tier stays unpriced.
    const onGpt5 = report([file], ['gpt-5']).repriced[0]!;
    expect(onGpt5.unpriced.map((g) => g.reason)).toEqual(['tier-unknown']);
  });
});

describe('Anthropic usage report JSON', () => {
  it('prices cache writes at their 5m/1h rates, 200k-1M rows at the long-context tier, web searches at the fee, batch at the batch rate', async () => {
    const file = await readFixture('anthropic-usage.json');
    expect(file.format).toBe('anthropic-usage-json');
    const r = report([file], ['gpt-5']);
    const s = rates('claude-sonnet-4-5', '2025-10-20');
    const long = s.tiers![0]!;
    const h = rates('claude-haiku-4-5', '2025-10-20');
    const sonnet =
      (200_000 * s.input + 500_000 * s.cachedInput! + 30_000 * s.cacheWrite5m! + 10_000 * s.cacheWrite1h! + 40_000 * s.output) /
        M +
      12 * webSearchUsd('claude-sonnet-4-5', '2025-10-20') +
      (300_000 * long.input + 100_000 * long.cachedInput! + 5_000 * long.output) / M;
    const haiku = ((100_000 * h.input + 20_000 * h.output) / M) * (1 - h.batchDiscount!);
    expect(row(r, 'claude-sonnet-4-5').costUsd).toBeCloseTo(sonnet, 2);
    expect(row(r, 'claude-sonnet-4-5').webSearches).toBe(12);
    expect(row(r, 'claude-sonnet-4-5').cacheWrites).toBe(40_000);
    expect(row(r, 'claude-haiku-4-5').costUsd).toBeCloseTo(haiku, 2);
    // On GPT-5 (no write rate): writes at its input rate; web searches at its fee; batch at its batch rate.
    const g = rates('gpt-5', DATE);
    const onGpt5 =
      (200_000 * g.input + 500_000 * g.cachedInput! + 40_000 * g.input + 40_000 * g.output) / M +
      12 * webSearchUsd('gpt-5', DATE) +
      (300_000 * g.input + 100_000 * g.cachedInput! + 5_000 * g.output) / M +
      ((100_000 * g.input + 20_000 * g.output) / M) * (1 - g.batchDiscount!);
    expect(r.repriced[0]!.totalUsd).toBeCloseTo(onGpt5, 2);
  });
});

describe('Anthropic Console CSV', () => {
  it('reads the current 14-column file: quoted fields, long context, batch, web searches; a bad number is a skipped line', async () => {
    const file = await readFixture('anthropic-console.csv');
    expect(file.format).toBe('anthropic-console-csv');
    expect(file.recordsRead).toBe(3);
    expect(file.skippedLines).toEqual([{ line: 5, reason: expect.stringContaining('usage_input_tokens_no_cache') }]);
    const r = report([file]);
    const s = rates('claude-sonnet-4-5', '2025-10-20');
    const long = s.tiers![0]!;
    const h = rates('claude-haiku-4-5', '2025-10-21');
    const sonnet =
      (120_000 * s.input + 20_000 * s.cacheWrite5m! + 5_000 * s.cacheWrite1h! + 300_000 * s.cachedInput! + 25_000 * s.output) /
        M +
      4 * webSearchUsd('claude-sonnet-4-5', '2025-10-20') +
      (250_000 * long.input + 3_000 * long.output) / M;
    expect(row(r, 'claude-sonnet-4-5').costUsd).toBeCloseTo(sonnet, 2);
    expect(row(r, 'claude-haiku-4-5').costUsd).toBeCloseTo(
      ((80_000 * h.input + 16_000 * h.output) / M) * (1 - h.batchDiscount!),
      2,
    );
  });

  it('reads the older variants: 11 columns, and 10 without context_window', async () => {
    const old = await readFixture('anthropic-console-old.csv');
    const ten = await readFixture('anthropic-console-10col.csv');
    expect([old.format, ten.format]).toEqual(['anthropic-console-csv', 'anthropic-console-csv']);
    const r = report([old, ten]);
    const s = rates('claude-sonnet-4-5', '2025-10-22');
    const h = rates('claude-haiku-4-5', '2025-10-23');
    expect(row(r, 'claude-sonnet-4-5').costUsd).toBeCloseTo(
      (60_000 * s.input + 10_000 * s.cacheWrite5m! + 90_000 * s.cachedInput! + 12_000 * s.output) / M,
      2,
    );
    expect(row(r, 'claude-haiku-4-5').costUsd).toBeCloseTo(
      (40_000 * h.input + 2_000 * h.cacheWrite1h! + 10_000 * h.cachedInput! + 6_000 * h.output) / M,
      2,
    );
  });
});

describe('OpenRouter activity CSV', () => {
  it('resolves permaslugs, keeps the provider as seller, reports cost_total beside the list price, lists an unknown slug', async () => {
    const file = await readFixture('openrouter-activity.csv');
    expect(file.format).toBe('openrouter-activity-csv');
    expect(file.recordsRead).toBe(3);
    const r = report([file]);
    const s = rates('claude-sonnet-4-5', '2025-10-20');
    const g = rates('gpt-5', '2025-10-21');
    expect(row(r, 'claude-sonnet-4-5').costUsd).toBeCloseTo((3_000 * s.input + 3_000 * s.cachedInput! + 700 * s.output) / M, 4);
    expect(row(r, 'claude-sonnet-4-5').reportedUsd).toBeCloseTo(0.0285, 6);
    // tokens_completion includes the reasoning: 500 visible + 1000 reasoning at the output rate.
    expect(row(r, 'gpt-5').costUsd).toBeCloseTo((4_000 * g.input + 1_500 * g.output) / M, 4);
    expect(row(r, 'gpt-5').reasoning).toBe(1000);
    expect(r.reportedUsd).toBeCloseTo(0.0285 + 0.0155 + 0.0012, 6);
    expect(r.unknownModels).toEqual([
      expect.objectContaining({ spelling: 'acme/nonexistent-model-7b', reason: 'unknown-model', requests: 1 }),
    ]);
    expect(r.bySeller.map((x) => x.seller).sort()).toEqual(['Anthropic', 'OpenAI']);
  });
});

describe('Claude Code logs', () => {
  it('counts each (message.id, requestId) pair once, across the files of a folder', async () => {
    const state = newImportState();
    const folder = join('claude-code');
    const files = [];
    for (const name of readdirSync(join(dir, folder)).sort()) files.push(await readFixture(join(folder, name), state));
    expect(files.map((f) => f.format)).toEqual(['claude-code-jsonl', 'claude-code-jsonl']);
    expect(files[0]!.recordsRead).toBe(2);
    expect(files[0]!.skippedLines).toEqual([{ line: 5, reason: expect.stringContaining('not JSON') }]);
    expect(files[1]!.recordsRead).toBe(1);
    const r = report(files);
    const s = rates('claude-sonnet-4-5', '2025-10-20');
    const h = rates('claude-haiku-4-5', '2025-10-21');
    const sonnet =
      (10 * s.input + 1_500 * s.cacheWrite5m! + 500 * s.cacheWrite1h! + 30_000 * s.cachedInput! + 400 * s.output) / M +
      (20 * s.input + 1_000 * s.cacheWrite5m! + 32_000 * s.cachedInput! + 600 * s.output) / M +
      2 * webSearchUsd('claude-sonnet-4-5', '2025-10-20');
    expect(row(r, 'claude-sonnet-4-5').requests).toBe(2);
    expect(row(r, 'claude-sonnet-4-5').costUsd).toBeCloseTo(sonnet, 4);
    expect(row(r, 'claude-haiku-4-5').costUsd).toBeCloseTo((5_000 * h.input + 300 * h.output) / M, 4);
  });
});

describe('Codex CLI logs', () => {
  it('adds last_token_usage per turn (never the cumulative totals, never a repeated event) on the latest turn_context model', async () => {
    const file = await readFixture('codex/2025/10/20/rollout-2025-10-20T08-00-00-0199-abc.jsonl');
    expect(file.format).toBe('codex-jsonl');
    expect(file.recordsRead).toBe(3);
    expect(file.skippedLines).toEqual([{ line: 8, reason: expect.stringContaining('not JSON') }]);
    const r = report([file], ['gpt-5-mini']);
    const c = rates('gpt-5-codex', '2025-10-20');
    const g = rates('gpt-5', '2025-10-21');
    expect(row(r, 'gpt-5-codex').requests).toBe(2);
    expect(row(r, 'gpt-5-codex').uncachedInput).toBe(6_000 + 5_000);
    expect(row(r, 'gpt-5-codex').costUsd).toBeCloseTo((11_000 * c.input + 14_000 * c.cachedInput! + 3_000 * c.output) / M, 4);
    expect(row(r, 'gpt-5').costUsd).toBeCloseTo((8_000 * g.input + 500 * g.output) / M, 4);
    const m = rates('gpt-5-mini', DATE);
    expect(r.repriced[0]!.totalUsd).toBeCloseTo((19_000 * m.input + 14_000 * m.cachedInput! + 3_500 * m.output) / M, 4);
  });
});

describe('bad files lose nothing and say what is wrong', () => {
  it.each([
    ['bad/truncated.json', /bad\/truncated\.json: truncated or not valid JSON/],
    ['bad/wrong-header.csv', /bad\/wrong-header\.csv: not a usage export of a known kind \(first line: "date,tokens,price"\)/],
    ['bad/empty.jsonl', /bad\/empty\.jsonl: the file is empty/],
    ['bad/binary.png', /bad\/binary\.png: a binary file/],
    ['bad/other.json', /bad\/other\.json: JSON, but not a usage export/],
  ])('%s', async (path, message) => {
    expect(statSync(join(dir, path)).isFile()).toBe(true);
    const file = await readFixture(path);
    expect(file.format).toBeNull();
    expect(file.errors).toEqual([expect.stringMatching(message)]);
    expect(file.records).toEqual([]);
  });

  it('a CSV whose quoted field never closes is truncated', () => {
    const text =
      'usage_date_utc,model_version,usage_input_tokens_no_cache,usage_output_tokens\n2025-10-20,"claude-sonnet-4-5,1,2\n';
    expect(readUsageText('cut.csv', text).errors).toEqual([expect.stringContaining('cut.csv: truncated')]);
  });
});

describe('the report', () => {
  it('has exactly the command line JSON shape', async () => {
    const r = report([await readFixture('openrouter-activity.csv')], ['gpt-5', 'no-such-model']);
    const json = reportJson(r);
    expect(Object.keys(json)).toEqual(['files', 'byModel', 'unknownModels', 'totalUsd', 'reportedUsd', 'caveats', 'repriced']);
    expect(Object.keys(json.files[0]!)).toEqual(['file', 'format', 'records', 'skipped', 'errors']);
    expect(Object.keys(json.byModel[0]!)).toEqual([
      'modelId',
      'requests',
      'inputTokens',
      'cachedInputTokens',
      'cacheWriteTokens',
      'outputTokens',
      'reasoningTokens',
      'webSearches',
      'costUsd',
      'reportedCostUsd',
    ]);
    expect(Object.keys(json.unknownModels[0]!)).toEqual(['spelling', 'requests', 'inputTokens', 'outputTokens']);
    expect(r.unknownTargets).toEqual(['no-such-model']);
  });

  it('sorts re-priced models cheapest first and groups by month', async () => {
    const r = report([await readFixture('openai-usage.json')], ['claude-opus-4-1', 'gpt-5-mini', 'gpt-5']);
    expect(sortRepriced(r.repriced).map((x) => x.modelId)).toEqual(['gpt-5-mini', 'gpt-5', 'claude-opus-4-1']);
    expect(r.byMonth.map((m) => m.month)).toEqual(['2025-10', '2025-11']);
  });

  it('derives a preset whose cost engine reproduces the per-request cached and written tokens', async () => {
    const file = await readFixture('claude-code/session-a.jsonl');
    const w = workloadFromUsage(file.records)!;
    // Two requests: (10 + 20) uncached, (30000 + 32000) cached, (2000 + 1000) written, (400 + 600) output.
    expect(w.inputTokens).toBe(Math.round((30 + 62_000 + 3_000) / 2));
    expect(w.staticPrefixTokens).toBe(Math.round((62_000 + 3_000) / 2));
    expect(w.cacheHitRate).toBeCloseTo(62_000 / 65_000, 10);
    expect(w.outputTokens).toBe(500);
    expect(w.webSearches).toBe(1);
    expect(w.tasksPerMonth).toBe(2);
    expect(workloadFromUsage([])).toBeUndefined();
  });
});
