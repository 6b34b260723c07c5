// Renders the popup, the options page and a tagged vendor page in Chromium to PNG files for the README (`npm run screenshots`).
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchWithExtension, startFixtureServer, tabIdOf } from '../tests/e2e/harness';

const out = resolve(import.meta.dirname, '../docs/screenshots');
const VENDOR_PAGE = 'https://platform.openai.com/docs/pricing';

await mkdir(out, { recursive: true });
const server = await startFixtureServer();
const session = await launchWithExtension(server.port);
// tsx keeps function names with a `__name` helper, which functions sent to the service worker then
// call; vitest does not. Give the worker the helper.
await session.worker.evaluate('globalThis.__name = (fn) => fn');
try {
  const { page: vendor } = await session.open(VENDOR_PAGE);
  await vendor.setViewportSize({ width: 1100, height: 760 });
  const tabId = await tabIdOf(session, VENDOR_PAGE);
  const tag = vendor.locator('tokentag-badge[data-model-id="gpt-5.2"]').first();
  await tag.locator('xpath=..').scrollIntoViewIfNeeded();
  await vendor.waitForTimeout(400);
  await tag.hover();
  await vendor.waitForTimeout(500);
  await vendor.screenshot({ path: join(out, 'vendor-page-tags.png') });
  await vendor.mouse.move(0, 0);

  const popupUrl = `chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`;
  const { page: popup } = await session.open(popupUrl);
  await popup.setViewportSize({ width: 590, height: 640 });
  await popup.locator('[role="tabpanel"] tbody tr').first().waitFor();
  await popup.screenshot({ path: join(out, 'popup-on-this-page.png') });

  for (const name of ['GPT-5.2', 'o3', 'GPT-5 mini', 'GPT-4.1'])
    await popup.getByRole('button', { name: `Compare ${name}`, exact: true }).click();
  // A model at an introductory price, to show how a promotion and its end are said.
  const search = popup.getByRole('combobox', { name: /Add a model/ });
  await search.fill('gemini 3.6 flash');
  await popup.locator('[role="option"][data-model-id="gemini-3.6-flash"]').waitFor();
  await search.press('Enter');
  await popup.getByLabel('Workload').selectOption('agent');
  await popup.getByRole('tab', { name: /Compare/ }).click();
  await popup.locator('[role="tabpanel"] tr[data-model-id="gemini-3.6-flash"]').waitFor();
  await popup.setViewportSize({ width: 590, height: 820 });
  await popup.screenshot({ path: join(out, 'popup-compare.png') });

  await popup.getByRole('button', { name: 'Details of GPT-5.2' }).click();
  await popup.locator('figure.history').waitFor();
  await popup.setViewportSize({ width: 590, height: 980 });
  await popup.screenshot({ path: join(out, 'popup-details.png') });

  const { page: options } = await session.open(`chrome-extension://${session.extensionId}/options.html`);
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.locator('li[data-preset-id]').first().waitFor();
  await options.screenshot({ path: join(out, 'options.png') });

  // The same popup in Chinese and yuan, in the dark theme.
  await options.getByLabel('Currency').selectOption('CNY');
  await options.getByLabel('Language').selectOption('zh_CN');
  const { page: chinese } = await session.open(popupUrl);
  await chinese.emulateMedia({ colorScheme: 'dark' });
  await chinese.setViewportSize({ width: 590, height: 820 });
  await chinese.getByRole('tab', { name: /比较/ }).click();
  await chinese.locator('[role="tabpanel"] tr[data-model-id="gemini-3.6-flash"]').waitFor();
  await chinese.screenshot({ path: join(out, 'popup-compare-zh-dark.png') });
  console.log(`Screenshots written to ${out}`);
} finally {
  await session.close();
  await server.close();
}
