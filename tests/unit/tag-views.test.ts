// The content script's questions to the background: a failure to read the settings is not "switched off".
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDetectorSource, isSiteEnabled } from '../../extension/tag-views';
import { catalog } from '../../pricing-data/index';
import { createDetector } from '../../utils/detect';
import { settingsStorage, userPricesStorage } from '../../extension/storage';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('isSiteEnabled', () => {
  it('is true outside the default sites, and on a default site unless the user switched it off', async () => {
    expect(await isSiteEnabled('https://example.org/')).toBe(true);
    expect(await isSiteEnabled('https://openai.com/api/pricing')).toBe(true);
    const settings = await settingsStorage.get();
    vi.spyOn(settingsStorage, 'get').mockResolvedValue({ ...settings, disabledSites: ['openai'] });
    expect(await isSiteEnabled('https://openai.com/api/pricing')).toBe(false);
    expect(await isSiteEnabled('https://x.ai/api')).toBe(true);
  });

  it('logs and throws when the settings cannot be read, instead of answering "switched off"', async () => {
    const failure = new Error('storage is gone');
    vi.spyOn(settingsStorage, 'get').mockRejectedValue(failure);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(isSiteEnabled('https://openai.com/api/pricing')).rejects.toBe(failure);
    expect(error).toHaveBeenCalledWith(
      '[tokentag:background]',
      'could not read the settings to tell whether openai is switched off',
      failure,
    );
  });
});

describe('getDetectorSource', () => {
  it('sends the naming rules with the spellings: the content script finds what a detector of the whole catalog finds', async () => {
    // Through JSON, as a message travels; the content script bundles no naming rules of its own.
    const source = JSON.parse(JSON.stringify(await getDetectorSource())) as Awaited<ReturnType<typeof getDetectorSource>>;
    expect(source.naming).toEqual(catalog.naming);
    // Built ahead: the content script only unpacks the trie, and asks for every model's view by id.
    expect(source.trie.ends.length).toBeGreaterThan(catalog.models.length);
    expect(source.modelIds).toEqual(catalog.models.map((m) => m.id));
    // An unknown model-shaped name (shapes), another word order (tier words), a dropped leading word.
    const text = 'GPT-9 Ultra beats Claude 4.5 Sonnet and Amazon Nova Pro; deepseek-chat completions';
    const found = createDetector(source).scan(text);
    expect(found).toEqual(createDetector(catalog).scan(text));
    expect(found.map((m) => [m.text, m.known])).toContainEqual(['GPT-9 Ultra', false]);
  });

  it('builds the detector once per catalog: again only when the catalog in use changes', async () => {
    const first = await getDetectorSource();
    expect(await getDetectorSource()).toBe(first);
    await userPricesStorage.set({
      rates: [],
      discounts: [],
      customModels: [{ id: 'acme-ft-1', name: 'Acme Support Tuned', aliases: [], input: 0.8, output: 3.2, reasoning: false }],
    });
    const changed = await getDetectorSource();
    expect(changed).not.toBe(first);
    expect(changed.modelIds).toContain('acme-ft-1');
    expect(
      createDetector(changed)
        .scan('Acme Support Tuned')
        .map((m) => m.modelId),
    ).toEqual(['acme-ft-1']);
  });
});
