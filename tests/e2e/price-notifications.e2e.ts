// Price-change notifications in the built extension (the test build, where the notifications permission is granted from
// install, as Chromium cannot answer its prompt under automation): turned on in Options → Prices, GPT-5.2 compared, a
// feed update changes its price, a notification names it; What changed opens as a click opens it; turned off again.
// In the store build, where the permission is optional and not granted, a switch left on reads as off, with the reason.
// (A click on a system notification cannot be driven here, nor the browser's prompt answered: the unit tests cover both.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledLabel, FEED_URL, feedWithNewGpt52, newLabel } from './feed-fixture';
import { extensionPath, grantedExtensionPath, launchWithExtension, startFixtureServer, type ExtensionSession } from './harness';

declare const chrome: typeof import('wxt/browser').browser;

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let session: ExtensionSession;
const optionsUrl = () => `chrome-extension://${session.extensionId}/options.html`;

interface Shown {
  id: string;
  title: string;
  message: string;
}

/** Records what the background passes to notifications.create (and still shows it), so that its text can be read. */
const recordNotifications = () =>
  session.worker.evaluate(() => {
    const scope = globalThis as unknown as { __shown?: Shown[]; browser?: typeof chrome };
    if (scope.__shown) return;
    scope.__shown = [];
    for (const api of new Set([chrome.notifications, scope.browser?.notifications].filter((a) => a !== undefined))) {
      const create = api.create.bind(api) as (id: string, options: object) => Promise<string>;
      (api as { create: unknown }).create = (id: string, options: { title: string; message: string }) => {
        scope.__shown!.push({ id, title: options.title, message: options.message });
        return create(id, options);
      };
    }
  });
const shown = () => session.worker.evaluate(() => (globalThis as unknown as { __shown?: Shown[] }).__shown ?? []);
const compared = () =>
  session.worker.evaluate(async () => {
    const { comparison } = await chrome.storage.sync.get('comparison');
    return (comparison as { modelIds?: string[] } | undefined)?.modelIds ?? [];
  });

beforeAll(async () => {
  const feed = feedWithNewGpt52();
  server = await startFixtureServer({
    [FEED_URL]: () => ({ body: feed, headers: { 'content-type': 'application/json', etag: '"one"' } }),
  });
  session = await launchWithExtension(server.port, { path: grantedExtensionPath });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('price-change notifications, end to end', () => {
  it('are off by default; once on, a feed update that changes a compared price shows a notification naming it', async () => {
    const { page: options, errors } = await session.open(optionsUrl());
    const toggle = options.getByLabel('Notify me when a price in my comparison changes');
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await expect.poll(() => options.locator('.price-notifications').getAttribute('data-status')).toBe('on');
    expect(await toggle.isChecked()).toBe(true);

    // GPT-5.2 joins the comparison the way a tag's "Compare" button adds it.
    const { page: popup } = await session.open(`chrome-extension://${session.extensionId}/popup.html?model=gpt-5.2`);
    await expect.poll(compared).toContain('gpt-5.2');
    await popup.close();

    await recordNotifications();
    const feedToggle = options.getByLabel('Keep prices current from genai-prices');
    await feedToggle.click();
    await expect.poll(() => options.getByText(/^Last updated /).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await shown()).length, { timeout: 10_000 }).toBe(1);
    const [notification] = await shown();
    expect(notification!.id).toMatch(/^tokentag-prices-/);
    expect(notification!.title).toBe('A price in your comparison changed');
    expect(notification!.message.split('\n')).toEqual(['Live feed update', `GPT-5.2 (OpenAI): ${bundledLabel} → ${newLabel}`]);
    // The browser has it once its create call has finished (the record above is taken as the call starts);
    // Chromium keeps it until it is clicked or cleared.
    await expect
      .poll(async () => Object.keys(await session.worker.evaluate(() => chrome.notifications.getAll())))
      .toContain(notification!.id);
    expect(errors).toEqual([]);
  });

  it('opens What changed, as a click on the notification does, listing the change', async () => {
    const { page } = await session.open(`chrome-extension://${session.extensionId}/popup.html?view=tab&show=changes`);
    const item = page.locator('[data-change-model="gpt-5.2"]');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await item.textContent()).toContain(`${bundledLabel} → ${newLabel}`);
    await page.close();
  });

  it('turns off from the same switch, forgetting the prices it last told', async () => {
    const { page: options } = await session.open(optionsUrl());
    const toggle = options.getByLabel('Notify me when a price in my comparison changes');
    await expect.poll(() => options.locator('.price-notifications').getAttribute('data-status')).toBe('on');
    expect(await session.worker.evaluate(() => chrome.storage.local.get('notifiedPrices'))).toHaveProperty('notifiedPrices');
    await toggle.click();
    await expect.poll(() => options.locator('.price-notifications').getAttribute('data-status')).toBe('off');
    expect(await toggle.isChecked()).toBe(false);
    expect(await session.worker.evaluate(() => chrome.storage.local.get('notifiedPrices'))).toEqual({});
  });
});

describe('price-change notifications without the permission (store build)', () => {
  let store: ExtensionSession;
  beforeAll(async () => {
    store = await launchWithExtension(server.port, { path: extensionPath });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('shows the switch off, and why, when it was left on but the browser no longer allows notifications', async () => {
    // What the browser's extension settings leave behind when the user removes the permission there.
    await store.worker.evaluate(() => chrome.storage.local.set({ priceNotifications: { enabled: true } }));
    expect(await store.worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(false);
    const { page, errors } = await store.open(`chrome-extension://${store.extensionId}/options.html`);
    const block = page.locator('.price-notifications');
    await expect.poll(() => block.getAttribute('data-status')).toBe('revoked');
    expect(await page.getByLabel('Notify me when a price in my comparison changes').isChecked()).toBe(false);
    expect(await block.getByRole('alert').textContent()).toBe(
      "Off: the permission to show notifications was removed in the browser's settings. Turn this on to ask for it again.",
    );
    expect(errors).toEqual([]);
  });
});
