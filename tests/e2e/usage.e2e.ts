// "Your usage" in the built extension: fixture files picked, priced and re-priced, exported; a 100 MB Claude Code log read without freezing the page.
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { toIsoDay } from '../../utils/catalog';
import { readUsageText, newImportState } from '../../utils/usage/read-file';
import { buildUsageReport } from '../../utils/usage/report';
import { launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

/** Size of the generated Claude Code log, in bytes. */
const BIG_LOG_BYTES = 100 * 1024 * 1024;
const fixtures = resolve(import.meta.dirname, '../fixtures/usage');
const today = toIsoDay(new Date());

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;
let temp: string;

const optionsUrl = () => `chrome-extension://${session.extensionId}/options.html#usage`;
const digits = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server.port);
  temp = await mkdtemp(join(tmpdir(), 'tokentag-usage-'));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

/** Writes a Claude Code log of about `bytes` bytes (every message twice, as per content block) and returns what it holds. */
async function writeBigLog(path: string, bytes: number) {
  const out = createWriteStream(path);
  const totals = { requests: 0, uncached: 0, cached: 0, writes: 0, output: 0 };
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const usage = {
      input_tokens: 3 + (i % 7),
      cache_creation_input_tokens: 100 + (i % 13),
      cache_read_input_tokens: 20_000 + (i % 101),
      cache_creation: { ephemeral_5m_input_tokens: 100 + (i % 13), ephemeral_1h_input_tokens: 0 },
      output_tokens: 50 + (i % 17),
    };
    totals.requests += 1;
    totals.uncached += usage.input_tokens;
    totals.cached += usage.cache_read_input_tokens;
    totals.writes += usage.cache_creation_input_tokens;
    totals.output += usage.output_tokens;
    for (const block of ['thinking', 'text']) {
      const line = `${JSON.stringify({
        sessionId: 'big',
        type: 'assistant',
        uuid: `u-${i}-${block}`,
        timestamp: '2025-10-20T09:00:00.000Z',
        requestId: `req_${i}`,
        message: {
          id: `msg_${i}`,
          model: 'claude-sonnet-4-5-20250929',
          role: 'assistant',
          content: [{ type: block, text: 'x'.repeat(40) }],
          usage,
        },
      })}\n`;
      written += Buffer.byteLength(line);
      if (!out.write(line)) await new Promise<void>((done) => out.once('drain', () => done()));
    }
  }
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
  return totals;
}

async function openUsage(): Promise<Page> {
  const { page } = await session.open(optionsUrl());
  await page.locator('#usage').waitFor();
  return page;
}

describe('Your usage', () => {
  it('reads picked files of several formats, prices them, re-prices on an added model and exports CSV', async () => {
    const page = await openUsage();
    const names = ['openai-usage.json', 'anthropic-console.csv', 'openrouter-activity.csv', 'bad/wrong-header.csv'];
    await page.locator('input[data-usage-files]').setInputFiles(names.map((n) => join(fixtures, n)));
    await page.locator('[data-usage-report]').waitFor();

    // The same files through the core in Node: the page must show the same totals.
    const state = newImportState();
    const results = names.map((n) => readUsageText(n.split('/').pop()!, readFileSync(join(fixtures, n), 'utf8'), state));
    const expected = buildUsageReport(results, catalog, { date: today, reprice: ['gpt-5-mini'] });
    await expect
      .poll(() => page.locator('[data-usage-table="model"] [data-total]').textContent())
      .toBe(`$${expected.totalUsd.toFixed(2)}`);
    expect(await page.locator('[data-usage-file="wrong-header.csv"]').textContent()).toContain(
      'not a usage export of a known kind',
    );
    expect(await page.locator('[data-usage-unpriced]').textContent()).toContain('acme/nonexistent-model-7b');

    await page.locator('input[list="usage-models"]').fill('gpt-5-mini');
    await page.locator('input[list="usage-models"]').press('Enter');
    const repriced = page.locator('[data-repriced="gpt-5-mini"] [data-repriced-total]');
    await expect.poll(() => repriced.textContent()).toBe(`$${expected.repriced[0]!.totalUsd!.toFixed(2)}`);

    // On a model that does not sell a tier the usage ran at, that usage is listed with why, never priced at standard.
    const onSonnet = buildUsageReport(results, catalog, { date: today, reprice: ['claude-sonnet-4-5'] }).repriced[0]!;
    expect(onSonnet.unpriced.map((g) => g.reason)).toContain('tier-not-offered');
    await page.locator('input[list="usage-models"]').fill('claude-sonnet-4-5');
    await page.locator('input[list="usage-models"]').press('Enter');
    const sonnetRow = page.locator('[data-repriced="claude-sonnet-4-5"]');
    await expect.poll(() => sonnetRow.getAttribute('data-complete')).toBe('false');
    expect(await sonnetRow.locator('[data-repriced-total] .warn').textContent()).toBe(
      `Not all priced: $${onSonnet.pricedUsd.toFixed(2)} for the usage it can price`,
    );
    const gap = onSonnet.unpriced.find((g) => g.reason === 'tier-not-offered')!;
    expect(await sonnetRow.locator('li[data-reason="tier-not-offered"]').textContent()).toBe(
      `${gap.spelling} at ${gap.serviceTier}: ${gap.requests.toLocaleString('en-US')} requests not priced (service tier not offered by this seller)`,
    );
    // It is left out of the chart rather than drawn at a part of its cost.
    expect(await page.locator('.usage-chart strong', { hasText: 'Claude Sonnet 4.5' }).count()).toBe(0);

    const download = page.waitForEvent('download');
    await page.locator('[data-usage-export="csv"]').click();
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'section,key,requests,uncachedInput,cachedInput,cacheWrites,output,reasoning,webSearches,listPriceUsd,billedUsd',
    );
    expect(csv).toContain('model,claude-sonnet-4-5,');
    expect(csv).toContain(`repriced:${today},gpt-5-mini,`);

    // Nothing is stored until "Save report"; a saved report can be opened again and deleted.
    expect(await session.worker.evaluate(() => chrome.storage.local.get('usageReports'))).toEqual({});
    await page.locator('[data-usage-save]').click();
    await page.locator('[data-saved-report]').waitFor();
    const stored = await session.worker.evaluate(() => chrome.storage.local.get('usageReports'));
    expect((stored.usageReports as { reports: unknown[] } | undefined)?.reports).toHaveLength(1);
    await page.locator('[data-saved-report] button', { hasText: 'Delete' }).click();
    await page.locator('[data-saved-report]').waitFor({ state: 'detached' });
    expect(await session.worker.evaluate(() => chrome.storage.local.get('usageReports'))).toEqual({
      usageReports: { v: 1, reports: [] },
    });
  });

  it('exports Markdown worded in the language of the options page, English then Chinese, reasons and all', async () => {
    const page = await openUsage();
    const names = ['openai-usage.json', 'anthropic-console.csv', 'openrouter-activity.csv'];
    await page.locator('input[data-usage-files]').setInputFiles(names.map((n) => join(fixtures, n)));
    await page.locator('[data-usage-report]').waitFor();
    await page.locator('input[list="usage-models"]').fill('claude-sonnet-4-5');
    await page.locator('input[list="usage-models"]').press('Enter');
    await page.locator('[data-repriced="claude-sonnet-4-5"] li[data-reason="tier-not-offered"]').waitFor();
    const exportMarkdown = async () => {
      const download = page.waitForEvent('download');
      await page.locator('[data-usage-export="md"]').click();
      return readFileSync(await (await download).path(), 'utf8');
    };

    const english = await exportMarkdown();
    expect(english).toContain(`## The same usage on other models (prices of ${today})`);
    expect(english).toContain('| Model as written | Why not priced |');
    expect(english).toContain('| acme/nonexistent-model-7b | model not in the catalog |');
    expect(english).toContain('requests not priced (service tier not offered by this seller)');
    expect(english).not.toMatch(/tier-not-offered|unknown-model/);
    // OpenAI's report names no model for usage it does not group by model: worded, not its code.
    expect(english).toContain(
      '| (no model: usage not grouped by model) | the file does not say which model this usage was for | 1 | 1,000 | 100 (0) |',
    );
    expect(english).not.toContain('(model not grouped)');

    await page.getByLabel('Language').selectOption('zh_CN');
    await expect.poll(() => page.locator('#usage-title').textContent()).toBe('你的用量');
    const chinese = await exportMarkdown();
    expect(chinese).toContain('# 用量报告');
    expect(chinese).toContain('| 文件中的模型名 | 未计价原因 |');
    expect(chinese).toContain('| acme/nonexistent-model-7b | 目录中没有此模型 |');
    expect(chinese).toContain('个请求未计价（该销售方不提供此服务等级）');
    expect(chinese).not.toMatch(/tier-not-offered|unknown-model|Requests|Why not priced|not grouped/);
    expect(chinese).toContain('| （无模型：用量未按模型分组） | 文件未说明这些用量属于哪个模型 |');

    // Back to the default, for the tests after this one.
    await page.getByLabel('语言').selectOption('auto');
    await expect.poll(() => page.locator('#usage-title').textContent()).toBe('Your usage');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('the usage section with a report causes no axe-core violations (%s)', async (scheme) => {
    const page = await openUsage();
    await page.emulateMedia({ colorScheme: scheme });
    await page
      .locator('input[data-usage-files]')
      .setInputFiles([join(fixtures, 'openrouter-activity.csv'), join(fixtures, 'bad/empty.jsonl')]);
    await page.locator('[data-usage-report]').waitFor();
    await page.locator('input[list="usage-models"]').fill('gpt-5-mini');
    await page.locator('input[list="usage-models"]').press('Enter');
    await page.locator('[data-repriced="gpt-5-mini"]').waitFor();
    // The extension page's CSP refuses inline scripts; evaluating through the debugger protocol is not a page script.
    await page.evaluate(readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(context?: unknown): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document.getElementById('usage'));
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html}`));
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it(
    'parses a 100 MB Claude Code log in the worker while the page keeps drawing frames, with the totals the generator wrote',
    { timeout: 300_000 },
    async () => {
      const path = join(temp, 'big-session.jsonl');
      const totals = await writeBigLog(path, BIG_LOG_BYTES);
      const page = await openUsage();
      // Counts animation frames drawn while the progress bar shows less than 100%: none if parsing blocked the page.
      await page.evaluate(() => {
        const w = window as unknown as { framesWhileReading: number };
        w.framesWhileReading = 0;
        const tick = () => {
          const bar = document.querySelector<HTMLProgressElement>('[data-usage-progress] progress');
          if (bar && bar.value < bar.max) w.framesWhileReading += 1;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await page.locator('input[data-usage-files]').setInputFiles(path);
      await page.locator('[data-usage-report]').waitFor({ timeout: 280_000 });
      expect(await page.evaluate(() => (window as unknown as { framesWhileReading: number }).framesWhileReading)).toBeGreaterThan(
        2,
      );

      const row = page.locator('[data-usage-table="model"] tr[data-row="claude-sonnet-4-5"] td');
      expect(digits(await row.nth(0).textContent())).toBe(totals.requests);
      expect(digits(await row.nth(1).textContent())).toBe(totals.uncached);
      expect(digits(await row.nth(2).textContent())).toBe(totals.cached);
      expect(digits(await row.nth(3).textContent())).toBe(totals.writes);
      // "output (reasoning)": the cell holds the output, then the reasoning inside it (none here).
      const [output, reasoning] = (await row.nth(4).textContent())!.split('(');
      expect(digits(output!)).toBe(totals.output);
      expect(digits(reasoning!)).toBe(0);
    },
  );
});
