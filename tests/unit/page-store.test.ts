// The popup's page store follows the tab's entry in session storage live, and says when it cannot.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectPageStore, usePageStore } from '../../extension/stores/page';
import { tabPagesItem } from '../../extension/tab-storage';
import type { PageModels } from '../../utils/tab-models';

const page = (url: string, ...ids: string[]): PageModels => ({
  url,
  models: ids.map((modelId) => ({ modelId, known: true, mentions: 1, text: modelId })),
});

const ready = () => {
  const state = usePageStore.getState().page;
  return state.status === 'ready' ? state.page : state.status;
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  usePageStore.setState({ page: { status: 'loading' }, site: undefined, tabId: undefined, recovered: false });
});

describe('connectPageStore', () => {
  it('shows the tab’s models, then models reported later, then nothing once the tab went to another page', async () => {
    const disconnect = connectPageStore('5');
    // Opened while the page is still loading: nothing reported yet.
    await vi.waitFor(() => expect(ready()).toBeNull());
    await tabPagesItem.setValue({ 5: page('https://openai.com/api/pricing', 'o3'), 6: page('https://x.ai/', 'grok-4') });
    await vi.waitFor(() => expect(ready()).toEqual(page('https://openai.com/api/pricing', 'o3')));
    // A single-page app adds a model.
    await tabPagesItem.setValue({ 5: page('https://openai.com/api/pricing', 'o3', 'gpt-5.2') });
    await vi.waitFor(() => expect(ready()).toEqual(page('https://openai.com/api/pricing', 'o3', 'gpt-5.2')));
    // The background forgets the tab when it loads another page: the old page's models go.
    await tabPagesItem.setValue({});
    await vi.waitFor(() => expect(ready()).toBeNull());
    disconnect();
  });

  it('says what is wrong with a tab id that is not one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    connectPageStore('tab-3');
    await vi.waitFor(() => expect(usePageStore.getState().page).toEqual({ status: 'error', message: '"tab-3" is not a tab id' }));
  });
});
