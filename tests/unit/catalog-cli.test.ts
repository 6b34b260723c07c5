// `npm run catalog -- --feed FILE`: the merged catalog plus what the feed changed, or a clear refusal.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { findModel } from '../../utils/catalog';
import { lastCheckedDay } from '../../utils/feeds/merge-feed';
import { feedModel, feedOf, feedProvider } from '../fixtures/genai-feed';

const root = resolve(import.meta.dirname, '../..');
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'scripts/print-catalog.ts'), ...args], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  });

/** The part of the CLI's output these tests read. */
interface CliOutput {
  models: { id: string; prices: { from: string; to?: string; input: number; origin?: string }[] }[];
  feed: Record<'added' | 'updated' | 'disagreements' | 'rejected', unknown[]>;
}

describe('catalog --feed', () => {
  it('prints the merged catalog with a feed report naming model ids', { timeout: 60_000 }, async () => {
    const { stdout } = await run('--feed', join(root, 'tests/fixtures/feeds/genai-prices-small.json'), '--date', '2026-12-20');
    const out = JSON.parse(stdout) as CliOutput;
    expect(out.models.some((m) => m.id === 'gpt-feed-only-mini')).toBe(true);
    expect(out.feed.added).toContainEqual({ modelId: 'gpt-feed-only-mini', seller: 'openai' });
    expect(out.feed.updated).toContainEqual({ modelId: 'gpt-5.2', seller: 'openai', from: '2027-01-10' });
    expect(out.feed.disagreements).toContainEqual(expect.objectContaining({ modelId: 'gpt-5.1', seller: 'openai' }));
    expect(out.feed.rejected).toContainEqual(expect.objectContaining({ provider: 'openai', model: 'gpt-broken' }));
    const gpt52 = out.models.find((m) => m.id === 'gpt-5.2')!;
    expect(gpt52.prices.at(-1)).toMatchObject({ from: '2027-01-10', input: 1.5, origin: 'feed' });
  });

  it(
    "judges a dated price against its offer's last check: on that day the checked price wins, from the next it is an update",
    { timeout: 60_000 },
    async () => {
      const downloadedOn = '2026-12-20';
      const checked = lastCheckedDay(findModel(catalog, 'gpt-5.2')!.prices, downloadedOn);
      const next = new Date(Date.parse(`${checked}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const file = join(tmpdir(), `tokentag-dated-feed-${process.pid}.json`);
      writeFileSync(
        file,
        feedOf([
          feedProvider('openai', [
            feedModel('gpt-5.2', [
              { prices: { input_mtok: 1.75, cache_read_mtok: 0.175, output_mtok: 14 } },
              { constraint: { start_date: checked }, prices: { input_mtok: 2, cache_read_mtok: 0.2, output_mtok: 16 } },
              { constraint: { start_date: next }, prices: { input_mtok: 1.5, cache_read_mtok: 0.15, output_mtok: 12 } },
            ]),
          ]),
        ]),
      );
      const out = JSON.parse((await run('--feed', file, '--date', downloadedOn)).stdout) as CliOutput;
      expect(out.feed.updated).toEqual([{ modelId: 'gpt-5.2', seller: 'openai', from: next }]);
      expect(out.feed.disagreements).toEqual([
        expect.objectContaining({
          modelId: 'gpt-5.2',
          seller: 'openai',
          day: checked,
          feed: { input: 2, output: 16, cachedInput: 0.2 },
        }),
      ]);
      const gpt52 = out.models.find((m) => m.id === 'gpt-5.2')!;
      expect(gpt52.prices.slice(-2)).toEqual([
        expect.objectContaining({ input: 1.75, to: next }),
        expect.objectContaining({ from: next, input: 1.5, origin: 'feed' }),
      ]);
    },
  );

  it('exits non-zero with a message on stderr when the file is no feed', { timeout: 60_000 }, async () => {
    const file = join(tmpdir(), `tokentag-not-a-feed-${process.pid}.json`);
    writeFileSync(file, '{"providers": []}');
    const failure = await run('--feed', file).then(
      () => undefined,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('should be a list of providers');
    expect(failure?.stdout).toBe('');
  });
});
