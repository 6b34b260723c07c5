// The content script's questions to the background: a failure to read the settings is not "switched off".
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSiteEnabled } from '../../extension/tag-views';
import { settingsStorage } from '../../extension/storage';

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
