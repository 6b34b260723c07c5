// The background answers a card's questions about offers: a model's offers ranked under the active workload, in the user's settings, and the view comparing them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage } from '../../extension/messaging';
import { CARD_OFFERS, offerHandlers } from '../../extension/offer-views';
import { presetsStorage, settingsStorage } from '../../extension/storage';
import { catalog } from '../../pricing-data';
import { findModel, toIsoDay } from '../../utils/catalog';
import { rankOffers } from '../../utils/offers';
import { createTranslator } from '../../utils/i18n';
import { activePreset, presetDisplayName } from '../../utils/presets';
import { defaultSettings } from '../../utils/settings';
import { isComparisonTab } from '../../utils/comparison-tab';
import { defaultPresets } from '../../utils/workloads';

let unwire: () => void;
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // fakeBrowser has no UI language.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  // Wired as entrypoints/background/offers.ts wires them; the messages go through fakeBrowser's runtime.
  const removers = [onMessage('getOffers', offerHandlers.getOffers), onMessage('openOffers', offerHandlers.openOffers)];
  unwire = () => removers.forEach((remove) => remove());
});
afterEach(() => unwire());

const today = () => toIsoDay(new Date());

describe('getOffers', () => {
  it('ranks every offer of a model under the active preset, and gives the card its first few', async () => {
    const model = findModel(catalog, 'gpt-oss-120b')!;
    const preset = activePreset(defaultPresets, defaultSettings.activePresetId);
    const workload = preset.workload;
    const ranked = rankOffers(model, workload, today());
    expect(ranked.length).toBeGreaterThan(CARD_OFFERS);
    const list = await sendMessage('getOffers', { modelId: 'gpt-oss-120b' });
    expect(list?.rows.map((row) => row.seller)).toEqual(ranked.slice(0, CARD_OFFERS).map((offer) => offer.seller));
    expect(list?.more).toBe(`and ${ranked.length - CARD_OFFERS} more sellers`);
    expect(list?.title).toBe(`Who sells it, cheapest first (${presetDisplayName(preset, createTranslator('en'))}, per month)`);
  });

  it('lists the offer the asking tag shows even when it ranks below the card’s rows, in the last row', async () => {
    const model = findModel(catalog, 'gpt-oss-120b')!;
    const ranked = rankOffers(model, activePreset(defaultPresets, defaultSettings.activePresetId).workload, today());
    const last = ranked.at(-1)!;
    const keep = { seller: last.seller, region: last.region };
    const list = (await sendMessage('getOffers', { modelId: 'gpt-oss-120b', keep }))!;
    expect(list.rows.map((row) => [row.seller, row.region])).toEqual([
      ...ranked.slice(0, CARD_OFFERS - 1).map((offer) => [offer.seller, offer.region]),
      [last.seller, last.region],
    ]);
    expect(list.more).toBe(`and ${ranked.length - CARD_OFFERS} more sellers`);
  });

  it('prices the active preset’s tier: a seller without Priority says "not offered"', async () => {
    const chat = activePreset(defaultPresets, 'chat');
    await presetsStorage.set(
      defaultPresets.map((p) => (p.id === chat.id ? { ...p, workload: { ...p.workload, serviceTier: 'priority' } } : p)),
    );
    const list = (await sendMessage('getOffers', { modelId: 'gpt-5.2' }))!;
    expect(list.rows[0]).toMatchObject({ seller: 'openai', status: 'priced', notes: ['Priority'] });
    const others = list.rows.slice(1);
    expect(others.length).toBeGreaterThan(0);
    for (const row of others) expect(row).toMatchObject({ status: 'not-offered', cost: 'Priority not offered' });
  });

  it('answers in the user’s language, and null for a model the catalog lacks', async () => {
    await settingsStorage.set({ ...defaultSettings, language: 'zh_CN' });
    expect((await sendMessage('getOffers', { modelId: 'gpt-5.2' }))?.title).toMatch(/^售卖方，从便宜到贵/);
    expect(await sendMessage('getOffers', { modelId: 'no-such-model' })).toBeNull();
  });
});

describe('openOffers', () => {
  it('opens TokenTag’s tab at the model’s every offer, without adding it to the comparison', async () => {
    // fakeBrowser has no getContexts: answer it from the fake's tabs, as Chrome does for the extension's own pages.
    vi.spyOn(fakeBrowser.runtime, 'getContexts').mockImplementation(async () =>
      (await fakeBrowser.tabs.query({})).map(
        (tab) => ({ tabId: tab.id!, windowId: tab.windowId, documentUrl: tab.url }) as never,
      ),
    );
    await sendMessage('openOffers', 'llama-3.3-70b');
    const ours = (await fakeBrowser.tabs.query({})).filter((tab) =>
      isComparisonTab(tab.url, fakeBrowser.runtime.getURL('/popup.html')),
    );
    expect(ours).toHaveLength(1);
    const params = new URL(ours[0]!.url!).searchParams;
    expect(params.get('offers')).toBe('llama-3.3-70b');
    expect(params.has('model')).toBe(false);
  });
});
