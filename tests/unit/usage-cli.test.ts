// `npm run usage`: the JSON shape of issue 14 from real fixture files, and a clear refusal when nothing is readable.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { findModel, priceAt } from '../../utils/catalog';
import { UNGROUPED_SPELLING } from '../../utils/usage/record';
import type { reportJson } from '../../utils/usage/report';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/usage');
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'scripts/usage.ts'), ...args], { cwd: root });

describe('usage CLI', () => {
  it(
    'prints files, models, unknown spellings, totals and re-pricing as JSON; a bad file is reported in its entry',
    { timeout: 60_000 },
    async () => {
      const { stdout } = await run(
        '--json',
        '--date',
        '2026-11-27',
        '--reprice',
        'gpt-5-mini',
        join(fixtures, 'claude-code'),
        join(fixtures, 'openrouter-activity.csv'),
        join(fixtures, 'bad/wrong-header.csv'),
      );
      const out = JSON.parse(stdout) as ReturnType<typeof reportJson>;
      expect(out.files.map((f) => f.format)).toEqual(['claude-code-jsonl', 'claude-code-jsonl', 'openrouter-activity-csv', null]);
      expect(out.files[3]!.errors[0]).toContain('wrong-header.csv: not a usage export of a known kind');
      expect(out.files[0]).toEqual(expect.objectContaining({ records: 2, skipped: 1 }));
      const sonnet = out.byModel.find((m) => m.modelId === 'claude-sonnet-4-5')!;
      // Claude Code: msg_01 once (10 + 20 uncached) plus OpenRouter's 6000 prompt − 3000 cached.
      expect(sonnet).toEqual(
        expect.objectContaining({
          requests: 3,
          inputTokens: 3_030,
          cachedInputTokens: 65_000,
          cacheWriteTokens: 3_000,
          outputTokens: 1_700,
        }),
      );
      expect(sonnet.reportedCostUsd).toBeCloseTo(0.0285, 6);
      expect(out.unknownModels).toEqual([
        { spelling: 'acme/nonexistent-model-7b', requests: 1, inputTokens: 2_000, outputTokens: 300 },
      ]);
      expect(out.reportedUsd).toBeCloseTo(0.0285 + 0.0155 + 0.0012, 6);
      const m = priceAt(findModel(catalog, 'gpt-5-mini')!, '2026-11-27')!;
      // Everything on GPT-5 mini: uncached 30 + 3000 + 4000 + 5000 + 2000, cached 65000, writes 3000 at input, output 1700 + 1500 + 300 + 300, web 2.
      const expected = ((14_030 + 3_000) * m.input + 65_000 * m.cachedInput! + 3_800 * m.output) / 1e6 + 2 * (10 / 1000);
      expect(out.repriced).toEqual([
        {
          modelId: 'gpt-5-mini',
          seller: 'openai',
          totalUsd: expect.closeTo(expected, 4),
          pricedUsd: expect.closeTo(expected, 4),
          caveats: [],
          unpriced: [],
        },
      ]);
      // The files' priced usage leaves nothing out: no caveats (a test of `reportJson` has some).
      expect(out.caveats).toEqual([]);
    },
  );

  it('re-prices on a seller’s offer named as model@seller, and says what it could not price', { timeout: 60_000 }, async () => {
    const { stdout } = await run(
      '--date',
      '2026-11-27',
      '--reprice',
      'claude-sonnet-4-5@aws-bedrock,gpt-5-mini@groq',
      join(fixtures, 'claude-code'),
    );
    expect(stdout).toMatch(/Re-priced at 2026-11-27:\nModel +Seller +Total +Priced part\nclaude-sonnet-4-5 +aws-bedrock +\$\d/);
    // Groq does not sell GPT-5 mini: no number, and each record listed with why.
    expect(stdout).toMatch(/gpt-5-mini +groq +not all priced +\$0\.00/);
    expect(stdout).toMatch(/gpt-5-mini@groq +claude-sonnet-4-5\S* +standard +not offered by this seller +\d/);
  });

  it(
    'words usage a file does not group by model in the text table, and keeps its code in the JSON',
    { timeout: 60_000 },
    async () => {
      const file = join(fixtures, 'openai-usage.json');
      const { stdout } = await run('--date', '2026-11-27', file);
      expect(stdout).toMatch(
        /^\(no model: usage not grouped by model\) +the file does not say which model this usage was for +1 +1,000 +0 +100$/m,
      );
      expect(stdout).not.toContain(UNGROUPED_SPELLING);
      const json = JSON.parse((await run('--json', '--date', '2026-11-27', file)).stdout) as ReturnType<typeof reportJson>;
      expect(json.unknownModels).toContainEqual(expect.objectContaining({ spelling: UNGROUPED_SPELLING, requests: 1 }));
    },
  );

  it('exits non-zero with each file and reason on stderr when no file could be read', { timeout: 60_000 }, async () => {
    const failure = await run(join(fixtures, 'bad/empty.jsonl'), join(fixtures, 'bad/truncated.json')).then(
      () => undefined,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('empty.jsonl: the file is empty');
    expect(failure?.stderr).toContain('truncated.json: truncated or not valid JSON');
    expect(failure?.stdout).toBe('');
  });
});
