// The comparison store keeps each compared model's chosen offer with the list: added with one, switched, dropped with its model.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { comparisonStorage, MAX_COMPARED, restoreSetAside } from '../../extension/storage';
import { connectComparisonStore, useComparisonStore } from '../../extension/stores/comparison';

let disconnect: () => void;
beforeEach(async () => {
  fakeBrowser.reset();
  useComparisonStore.setState({ modelIds: [], offers: {}, loaded: false });
  disconnect = connectComparisonStore();
  await expect.poll(() => useComparisonStore.getState().loaded).toBe(true);
});
afterEach(() => disconnect());

const store = () => useComparisonStore.getState();

describe('the comparison store', () => {
  it('stores the offer a model joins at, and keeps the chosen one when it is added again', async () => {
    await store().add('claude-sonnet-4-5', { seller: 'aws-bedrock', region: 'global' });
    await store().add('gpt-5.2');
    await store().add('claude-sonnet-4-5', { seller: 'google-vertex' });
    expect(await comparisonStorage.get()).toEqual({
      modelIds: ['claude-sonnet-4-5', 'gpt-5.2'],
      offers: { 'claude-sonnet-4-5': { seller: 'aws-bedrock', region: 'global' } },
    });
    expect(store().offers).toEqual({ 'claude-sonnet-4-5': { seller: 'aws-bedrock', region: 'global' } });
  });

  it('switches an offer, back to the creator’s (nothing stored), and forgets it with the model', async () => {
    await store().add('gpt-5.2');
    await store().setOffer('gpt-5.2', { seller: 'azure' });
    expect((await comparisonStorage.get()).offers).toEqual({ 'gpt-5.2': { seller: 'azure' } });
    await store().setOffer('gpt-5.2', undefined);
    expect((await comparisonStorage.get()).offers).toEqual({});
    await store().setOffer('gpt-5.2', { seller: 'azure' });
    await store().remove('gpt-5.2');
    expect(await comparisonStorage.get()).toEqual({ modelIds: [], offers: {} });
    // An offer for a model that is not compared is not stored.
    await store().setOffer('o3', { seller: 'azure' });
    expect(await comparisonStorage.get()).toEqual({ modelIds: [], offers: {} });
  });

  it('refuses a ninth model, storing no offer for it', async () => {
    for (let i = 0; i < MAX_COMPARED; i++) await store().add(`model-${i}`);
    expect(await store().add('one-more', { seller: 'groq' })).toBe(false);
    expect(await comparisonStorage.get()).toMatchObject({ offers: {} });
  });

  it('follows a choice made in another context', async () => {
    await store().add('gpt-5.2');
    await comparisonStorage.update((c) => ({ ...c, offers: { 'gpt-5.2': { seller: 'azure' } } }));
    await expect.poll(() => store().offers).toEqual({ 'gpt-5.2': { seller: 'azure' } });
  });

  it('restores a set-aside comparison of either version, bringing back a returning model’s offer', async () => {
    await store().add('gpt-5.2', { seller: 'azure' });
    await restoreSetAside({ key: 'comparison', storedVersion: 1, value: { modelIds: ['o3', 'gpt-5.2'] } });
    await restoreSetAside({
      key: 'comparison',
      storedVersion: 2,
      value: {
        modelIds: ['gpt-5.2', 'claude-sonnet-4-5'],
        offers: { 'gpt-5.2': { seller: 'openai' }, 'claude-sonnet-4-5': { seller: 'aws-bedrock' } },
      },
    });
    expect(await comparisonStorage.get()).toEqual({
      modelIds: ['gpt-5.2', 'o3', 'claude-sonnet-4-5'],
      // The model still compared keeps today's choice.
      offers: { 'gpt-5.2': { seller: 'azure' }, 'claude-sonnet-4-5': { seller: 'aws-bedrock' } },
    });
  });
});
