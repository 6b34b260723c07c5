// The popup's page store follows the tab's entry in session storage live, and says when it cannot.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectPageStore, siteOf, usePageStore } from '../../extension/stores/page';
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

describe('siteOf', () => {
  it('tells a default site, a granted one, one not granted, and a page TokenTag cannot run on', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
      origins.includes('https://example.org/*'),
    );
    expect(await siteOf('https://aws.amazon.com/bedrock/pricing/')).toEqual({
      kind: 'default',
      host: 'aws.amazon.com',
      siteName: 'Amazon Bedrock',
      siteId: 'amazon',
    });
    expect(await siteOf('https://example.org/blog')).toEqual({
      kind: 'granted',
      host: 'example.org',
      pattern: 'https://example.org/*',
    });
    // Outside Bedrock's path, Amazon's origin is a site like any other: the user may grant it.
    expect(await siteOf('https://aws.amazon.com/ec2/')).toEqual({
      kind: 'off',
      host: 'aws.amazon.com',
      pattern: 'https://aws.amazon.com/*',
    });
    expect(await siteOf('chrome://extensions')).toEqual({ kind: 'unavailable' });
    expect(await siteOf(undefined)).toEqual({ kind: 'unavailable' });
  });
});

describe('usePageStore.revoke', () => {
  it('gives the origin back and shows the site as off', async () => {
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async () => true);
    usePageStore.setState({ site: { kind: 'granted', host: 'example.org', pattern: 'https://example.org/*' } });
    await usePageStore.getState().revoke('https://example.org/*');
    expect(remove).toHaveBeenCalledWith({ origins: ['https://example.org/*'] });
    expect(usePageStore.getState().site).toEqual({ kind: 'off', host: 'example.org', pattern: 'https://example.org/*' });
  });
});
