// Price-change notifications: which changes concern the comparison, the text in both languages, the switch and its permission, one notification per update, and the click.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalog as bundled } from '../../pricing-data/bundled';
import type { Catalog } from '../../pricing-data/validate';
import {
  disablePriceNotifications,
  enablePriceNotifications,
  listenForNotificationClicks,
  notifyComparedPriceChanges,
  openWhatChangedFrom,
  queuePriceNotificationCheck,
  readPriceNotifications,
  readPriceNotificationsStatus,
  WHAT_CHANGED_PATH,
} from '../../extension/price-notifications';
import { comparisonStorage, settingsStorage } from '../../extension/storage';
import { findModel } from '../../utils/catalog';
import { localize } from '../../utils/i18n';
import { diffSnapshots, snapshotPrices, type PriceChange } from '../../utils/price-changes';
import {
  comparedPriceChanges,
  priceNotificationText,
  priceNotificationsSchema,
  priceNotificationsStatus,
} from '../../utils/price-notifications';
import { defaultSettings } from '../../utils/settings';

const now = new Date('2026-12-01T09:00:00Z');
const day = '2026-12-01';

/** The bundled catalog with one offer's price in force today changed (USD per 1M tokens), as a feed update would. */
function withNewPrice(base: Catalog, modelId: string, input: number, output: number): Catalog {
  const next = structuredClone(base);
  const model = findModel(next, modelId)!;
  const current = model.prices.findLast((p) => p.from <= day)!;
  current.to = '2026-11-28';
  model.prices.splice(model.prices.indexOf(current) + 1, 0, {
    ...current,
    from: '2026-11-28',
    to: undefined,
    input,
    output,
    cachedInput: undefined,
    origin: 'feed',
  });
  return next;
}

const change = (modelId: string, seller: string, before?: [number, number], after?: [number, number]): PriceChange => ({
  modelId,
  seller,
  ...(before ? { before: { input: before[0], output: before[1], from: '2025-12-11' } } : {}),
  ...(after ? { after: { input: after[0], output: after[1], from: '2026-11-28', origin: 'feed' as const } } : {}),
  inForceFrom: '2026-11-28',
  cause: 'feed',
});

describe('which changes are notified', () => {
  it('keeps changed prices of compared models only, not new or gone offers', () => {
    const changes = [
      change('gpt-5.2', 'openai', [1.75, 14], [1.5, 12]),
      change('gpt-5.1', 'openai', [1.25, 10], [1, 8]),
      change('gpt-5.2', 'together', undefined, [1, 8]),
      change('gpt-5.2', 'azure', [1.75, 14], undefined),
    ];
    expect(comparedPriceChanges(bundled, changes, { modelIds: ['gpt-5.2'], offers: {} })).toEqual([changes[0]]);
    expect(comparedPriceChanges(bundled, changes, { modelIds: [], offers: {} })).toEqual([]);
  });

  it("notifies the offer a row prices: a row switched to Azure hears of Azure's change, not OpenAI's", () => {
    const changes = [change('gpt-5.2', 'openai', [1.75, 14], [1.5, 12]), change('gpt-5.2', 'azure', [1.75, 14], [1.6, 13])];
    expect(comparedPriceChanges(bundled, changes, { modelIds: ['gpt-5.2'], offers: { 'gpt-5.2': { seller: 'azure' } } })).toEqual(
      [changes[1]],
    );
    const regional: PriceChange = { ...change('gpt-5.2', 'azure', [1.75, 14], [1.6, 13]), region: 'data-zone-us' };
    expect(
      comparedPriceChanges(bundled, [regional], { modelIds: ['gpt-5.2'], offers: { 'gpt-5.2': { seller: 'azure' } } }),
    ).toEqual([]);
  });

  it('reads the switch as on, off, or revoked when the permission went away outside TokenTag', () => {
    expect(priceNotificationsStatus({ enabled: false }, true)).toBe('off');
    expect(priceNotificationsStatus({ enabled: true }, true)).toBe('on');
    expect(priceNotificationsStatus({ enabled: true }, false)).toBe('revoked');
  });

  it('reads the stored switch of version 1 (fixture)', () => {
    const v1 = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/storage/priceNotifications.v1.json'), 'utf8'));
    expect(priceNotificationsSchema.parse(v1)).toEqual({ enabled: true });
  });
});

describe('the notification text', () => {
  const options = (language: 'en' | 'zh_CN') => {
    const { t, locale } = localize(language, 'en');
    return { t, locale, currency: defaultSettings.currency, rateUnit: defaultSettings.rateUnit };
  };

  it('names model, seller and old → new, with the cause, in English', () => {
    const text = priceNotificationText(bundled, [change('gpt-5.2', 'openai', [1.75, 14], [1.5, 12])], options('en'));
    expect(text).toEqual({
      title: 'A price in your comparison changed',
      message: 'Live feed update\nGPT-5.2 (OpenAI): $1.75 / $14.00 → $1.50 / $12.00',
    });
  });

  it('summarises many changes in one text, in Chinese', () => {
    const many = ['gpt-5.2', 'gpt-5.1', 'gpt-5', 'gpt-5-mini', 'gpt-5-nano'].map((id) => change(id, 'openai', [2, 8], [1, 4]));
    const text = priceNotificationText(
      bundled,
      [...many, { ...change('gpt-4.1', 'azure', [2, 8], [1, 4]), cause: 'user' }],
      options('zh_CN'),
    );
    expect(text.title).toBe('对比列表中有 6 个价格变动');
    const lines = text.message.split('\n');
    expect(lines[0]).toBe('价格源更新、您的自定义价格');
    expect(lines[1]).toMatch(/^GPT-5\.2（OpenAI）：US\$2\.00 \/ US\$8\.00 → US\$1\.00 \/ US\$4\.00$/);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('……另有 3 项');
  });
});

describe('notifications in the browser', () => {
  let permitted = true;
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    permitted = true;
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => permitted);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => permitted);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    await comparisonStorage.set({ modelIds: ['gpt-5.2', 'claude-sonnet-4.5'], offers: {} });
  });

  const created = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());
  const createSpy = () => vi.spyOn(fakeBrowser.notifications, 'create');

  it('is off by default: no check, no notification', async () => {
    const create = createSpy();
    expect(await readPriceNotifications()).toEqual({ enabled: false });
    expect(await readPriceNotificationsStatus()).toBe('off');
    expect(await notifyComparedPriceChanges(withNewPrice(bundled, 'gpt-5.2', 1.5, 12), now)).toBe('off');
    expect(create).not.toHaveBeenCalled();
  });

  it('asks for the permission when turned on, and stays off when it is declined', async () => {
    permitted = false;
    expect(await enablePriceNotifications(bundled, now)).toBe(false);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await readPriceNotifications()).toEqual({ enabled: false });
  });

  it('shows one notification for a changed price of a compared model, and none for the same prices again', async () => {
    const create = createSpy();
    expect(await enablePriceNotifications(bundled, now)).toBe(true);
    expect(await readPriceNotificationsStatus()).toBe('on');
    const updated = withNewPrice(bundled, 'gpt-5.2', 1.5, 12);
    expect(await notifyComparedPriceChanges(updated, now)).toBe('notified');
    expect(create).toHaveBeenCalledTimes(1);
    const [id, options] = create.mock.calls[0]! as unknown as [
      string,
      { type: string; title: string; message: string; iconUrl: string },
    ];
    expect(id).toMatch(/^tokentag-prices-/);
    expect(options).toMatchObject({ type: 'basic', title: 'A price in your comparison changed' });
    expect(options.message).toContain('GPT-5.2 (OpenAI): $1.75 / $14.00 → $1.50 / $12.00');
    expect(options.iconUrl).toMatch(/icon\/128\.png$/);
    // The same prices again (the feed's next write of the same update): nothing new.
    expect(await notifyComparedPriceChanges(updated, now)).toBe('unchanged');
    expect(create).toHaveBeenCalledTimes(1);
    expect(created()).toHaveLength(1);
  });

  it('says nothing of a model that is not compared', async () => {
    const create = createSpy();
    await enablePriceNotifications(bundled, now);
    expect(await notifyComparedPriceChanges(withNewPrice(bundled, 'gpt-5.1', 1, 8), now)).toBe('unchanged');
    expect(create).not.toHaveBeenCalled();
  });

  it('writes in the language and currency of the settings', async () => {
    const create = createSpy();
    await settingsStorage.set({ ...defaultSettings, language: 'zh_CN', currency: { code: 'CNY', perUsd: 7 } });
    await enablePriceNotifications(bundled, now);
    await notifyComparedPriceChanges(withNewPrice(bundled, 'gpt-5.2', 1.5, 12), now);
    const [, options] = create.mock.calls[0]! as unknown as [string, { title: string; message: string }];
    expect(options.title).toBe('对比列表中有 1 个价格变动');
    expect(options.message).toContain('GPT-5.2（OpenAI）：¥12.25 / ¥98.00 → ¥10.50 / ¥84.00');
  });

  it('one check at a time: two checks of one update notify once', async () => {
    const create = createSpy();
    await enablePriceNotifications(bundled, now);
    const updated = withNewPrice(bundled, 'gpt-5.2', 1.5, 12);
    await Promise.all([queuePriceNotificationCheck(updated), queuePriceNotificationCheck(updated)]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('shows nothing, and says it is revoked, when the permission was removed outside TokenTag', async () => {
    const create = createSpy();
    await enablePriceNotifications(bundled, now);
    permitted = false;
    expect(await readPriceNotificationsStatus()).toBe('revoked');
    expect(await notifyComparedPriceChanges(withNewPrice(bundled, 'gpt-5.2', 1.5, 12), now)).toBe('not-permitted');
    expect(create).not.toHaveBeenCalled();
  });

  it('gives the permission back when turned off, and is off even where it cannot be given back', async () => {
    await enablePriceNotifications(bundled, now);
    await disablePriceNotifications();
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await readPriceNotifications()).toEqual({ enabled: false });
    expect(await fakeBrowser.storage.local.get('notifiedPrices')).toEqual({});

    await enablePriceNotifications(bundled, now);
    vi.mocked(fakeBrowser.permissions.remove).mockRejectedValueOnce(new Error('You cannot remove required permissions.'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await disablePriceNotifications();
    expect(await readPriceNotifications()).toEqual({ enabled: false });
    warn.mockRestore();
  });

  it('takes the prices of the moment it is turned on as already told', async () => {
    const create = createSpy();
    const updated = withNewPrice(bundled, 'gpt-5.2', 1.5, 12);
    await enablePriceNotifications(updated, now);
    expect(await notifyComparedPriceChanges(updated, now)).toBe('unchanged');
    expect(diffSnapshots(snapshotPrices(bundled, day), snapshotPrices(updated, day))).not.toEqual([]);
    expect(create).not.toHaveBeenCalled();
  });

  it('opens What changed in a tab when its notification is clicked, and only its own', async () => {
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    listenForNotificationClicks();
    const clear = vi.spyOn(fakeBrowser.notifications, 'clear');
    expect(await openWhatChangedFrom('someone-else')).toBe(false);
    expect(tabs).not.toHaveBeenCalled();
    await fakeBrowser.notifications.onClicked.trigger('tokentag-prices-1');
    await vi.waitFor(() => expect(clear).toHaveBeenCalledWith('tokentag-prices-1'));
    expect(tabs).toHaveBeenCalledTimes(1);
    expect(tabs).toHaveBeenCalledWith({
      url: expect.stringMatching(new RegExp(`${WHAT_CHANGED_PATH.replace(/[?.]/g, '\\$&')}$`)),
    });
  });
});
