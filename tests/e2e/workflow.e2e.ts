// A newcomer's path in the built extension: tags on a vendor page, its models compared under two presets in the popup,
// a preset edited in options changing the popup and the tags, a bad import refused, Chinese and yuan, an export.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { findModel, toIsoDay } from '../../utils/catalog';
import { estimateCost } from '../../utils/cost';
import { formatMoney } from '../../utils/money';
import { defaultPresets, type Workload } from '../../utils/workloads';
import { cardState, tagLabel } from './closed-shadow';
import { launchWithExtension, startFixtureServer, tabIdOf, type ExtensionSession } from './harness';

const gpt52 = 'tokentag-badge[data-model-id="gpt-5.2"]';

const VENDOR_PAGE = 'https://platform.openai.com/docs/pricing';
const today = toIsoDay(new Date());

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;
let vendor: Page;
let tabId: number;

/** What the core says a task costs, formatted as the popup shows it. */
function expectedTaskCost(modelId: string, workload: Workload, currency = { code: 'USD', perUsd: 1 }, locale = 'en'): string {
  const estimate = estimateCost(findModel(catalog, modelId)!, workload, { date: today });
  if (estimate.status !== 'priced') throw new Error(`${modelId} has no price today`);
  return formatMoney(estimate.taskTotal, { currency, locale });
}

/**
 * Whether the popup's figure is the core's cost: a cost column shares one precision (as many digits as
 * its smallest figure needs), so the popup's text is compared as a number, to the digits it shows.
 */
function isTaskCost(shown: string | null, modelId: string, workload: Workload): boolean {
  const estimate = estimateCost(findModel(catalog, modelId)!, workload, { date: today });
  if (estimate.status !== 'priced' || shown === null) return false;
  const digits = shown.split('.')[1]?.replace(/\D/g, '').length ?? 0;
  return Math.abs(Number(shown.replace(/[^0-9.]/g, '')) - estimate.taskTotal) <= 0.5 * 10 ** -digits + 1e-12;
}

const popupUrl = () => `chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`;
const optionsUrl = () => `chrome-extension://${session.extensionId}/options.html`;
const taskCost = (page: Page, id: string) =>
  page.locator(`[role="tabpanel"] tr[data-model-id="${id}"] [data-cost="task"]`).textContent();

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server.port);
  vendor = (await session.open(VENDOR_PAGE)).page;
  tabId = await tabIdOf(session, VENDOR_PAGE);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('comparing the page’s models', () => {
  it('shows the page’s models and costs, cheapest first, in the popup opened for the tab', async () => {
    const { page: popup, errors } = await session.open(popupUrl());
    const costs = popup.locator('[role="tabpanel"] tbody tr [data-cost="task"]');
    await expect.poll(() => costs.count()).toBeGreaterThan(10);
    const values = (await costs.allTextContents()).map((text) => Number(text.replace(/[^0-9.]/g, '')));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(isTaskCost(await taskCost(popup, 'gpt-5.2'), 'gpt-5.2', defaultPresets[0]!.workload)).toBe(true);
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('compares them under the reasoning-heavy and the tool-call-heavy presets, and exports the comparison', async () => {
    const { page: popup, errors } = await session.open(popupUrl());
    for (const name of ['GPT-5.2', 'o3', 'GPT-5 mini'])
      await popup.getByRole('button', { name: `Compare ${name}`, exact: true }).click();
    await popup.getByRole('tab', { name: /Compare/ }).click();
    await expect.poll(() => popup.locator('[role="tabpanel"] tbody tr[data-model-id]').count()).toBe(3);

    for (const id of ['reasoning-heavy', 'agent']) {
      await popup.getByLabel('Workload').selectOption(id);
      const workload = defaultPresets.find((p) => p.id === id)!.workload;
      for (const model of ['gpt-5.2', 'o3', 'gpt-5-mini'])
        await expect.poll(async () => isTaskCost(await taskCost(popup, model), model, workload)).toBe(true);
      expect(await popup.locator('[role="tabpanel"] tr[data-model-id="o3"] .bar span').count()).toBeGreaterThan(1);
    }

    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^Model,Vendor,API id,Prices as of,Workload,/);
    expect(csv.slice(1, 4).map((line) => line.split(',')[2])).toEqual(['gpt-5.2', 'o3', 'gpt-5-mini']);
    expect(csv[1]).toContain(`,${today},Tool-call-heavy agent,`);

    const markdown = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Download Markdown' }).click();
    expect(readFileSync(await (await markdown).path(), 'utf8')).toMatch(/^\| Model \| Vendor \|[^\n]+\n\| --- \|/);
    expect(errors).toEqual([]);
    await popup.close();
  });
});

describe('a preset edited in options', () => {
  it('changes the popup’s figures and the tags’ at once', async () => {
    const { page: options, errors } = await session.open(optionsUrl());
    await options.getByRole('button', { name: 'New preset' }).click();
    await expect.poll(() => options.locator('#presets').getByLabel('Name').inputValue()).toBe('My workload');
    await options.locator('#presets').getByLabel('Name').fill('Nightly summaries');
    await options.getByRole('spinbutton', { name: /Input tokens/ }).fill('50000');
    await options.getByRole('spinbutton', { name: /Output tokens/ }).fill('2000');
    await options.getByRole('spinbutton', { name: /Tasks per month/ }).fill('100');
    await options.locator('#presets').getByRole('button', { name: 'Save' }).click();
    await options.getByRole('button', { name: 'Use in popup and tags' }).click();
    await options.getByRole('radio', { name: "the active preset's cost per task" }).check();
    const workload: Workload = { ...defaultPresets[0]!.workload, inputTokens: 50_000, outputTokens: 2_000, tasksPerMonth: 100 };

    const { page: popup } = await session.open(popupUrl());
    // The id was made from the first name; the name shown is the new one.
    await expect.poll(() => popup.getByLabel('Workload').inputValue()).toBe('my-workload');
    expect(await popup.locator('select option:checked').textContent()).toBe('Nightly summaries');
    await expect.poll(async () => isTaskCost(await taskCost(popup, 'gpt-5.2'), 'gpt-5.2', workload)).toBe(true);

    // The tag on the vendor page shows the same cost, live.
    const tag = vendor.locator(gpt52).first();
    await tag.locator('xpath=..').scrollIntoViewIfNeeded();
    await expect.poll(() => tagLabel(vendor, gpt52)).toBe(`${expectedTaskCost('gpt-5.2', workload)}/task`);

    // Editing again changes both.
    await options.getByRole('spinbutton', { name: /Output tokens/ }).fill('8000');
    await options.locator('#presets').getByRole('button', { name: 'Save' }).click();
    const edited = { ...workload, outputTokens: 8_000 };
    await expect.poll(async () => isTaskCost(await taskCost(popup, 'gpt-5.2'), 'gpt-5.2', edited)).toBe(true);
    await expect.poll(() => tagLabel(vendor, gpt52)).toBe(`${expectedTaskCost('gpt-5.2', edited)}/task`);
    expect(errors).toEqual([]);
    await popup.close();
    await options.close();
  });

  it('refuses a malformed import, saying what is wrong, with the presets unchanged', async () => {
    const { page: options } = await session.open(optionsUrl());
    await expect.poll(() => options.locator('li[data-preset-id]').count()).toBeGreaterThan(5);
    const before = await options
      .locator('li[data-preset-id]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-preset-id')));
    const input = options.locator('#import-export input[type="file"]');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"tokentag-presets","version":1,"presets":[{"id":"x"'),
    });
    await expect.poll(() => options.getByRole('alert').first().textContent()).toContain('Nothing was imported');
    const bad = {
      format: 'tokentag-presets',
      version: 1,
      presets: [{ id: 'x', name: 'X', description: '', workload: { ...defaultPresets[0]!.workload, cacheHitRate: 3 } }],
    };
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect
      .poll(() => options.getByRole('alert').first().textContent())
      .toContain('presets[0].workload.cacheHitRate: Cache hit rate must be at most 1.');
    const after = await options
      .locator('li[data-preset-id]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-preset-id')));
    expect(after).toEqual(before);
    await options.close();
  });
});

describe('Chinese and yuan', () => {
  it('switches the popup, the options and the tags to Chinese and CNY', async () => {
    const { page: options } = await session.open(optionsUrl());
    await options.getByLabel('Currency').selectOption('CNY');
    await options.getByLabel('Language').selectOption('zh_CN');
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('TokenTag 设置');
    // Back to prices on the tags, to read one.
    await options.getByRole('radio', { name: '输入 / 输出价格' }).check();

    const { page: popup } = await session.open(popupUrl());
    await expect.poll(() => popup.getByRole('tab', { name: '本页模型' }).count()).toBe(1);
    await expect.poll(() => taskCost(popup, 'gpt-5.2')).toMatch(/^¥/);

    const tag = vendor.locator(gpt52).first();
    await tag.locator('xpath=..').scrollIntoViewIfNeeded();
    await expect.poll(() => tagLabel(vendor, gpt52)).toMatch(/^¥[\d.]+ \/ ¥[\d.]+$/);
    await tag.hover();
    await expect.poll(async () => (await cardState(vendor))?.text).toContain('在 TokenTag 中比较');
    await vendor.mouse.move(0, 0);
    await popup.close();
    await options.close();
  });
});
