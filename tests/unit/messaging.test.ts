// The message protocol over runtime messaging: answers, errors, one handler per type, and nothing answered that is not ours.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChannelClosedError, NoAnswerError, onMessage, sendMessage } from '../../extension/messaging';
import type { PreparedDetector } from '../../utils/detect';

/** Handlers registered by a test, removed after it (the module keeps one listener per context). */
const stops: (() => void)[] = [];
const answer: typeof onMessage = (type, handler) => {
  const stop = onMessage(type, handler);
  stops.push(stop);
  return stop;
};

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.restoreAllMocks();
});

describe('sendMessage and onMessage', () => {
  it('answers with what the handler returns, given the data and the sender', async () => {
    const seen: unknown[] = [];
    answer('isSiteEnabled', ({ data, sender }) => {
      seen.push(data, sender);
      return data === 'https://openai.com/api/pricing';
    });
    expect(await sendMessage('isSiteEnabled', 'https://openai.com/api/pricing')).toBe(true);
    expect(await sendMessage('isSiteEnabled', 'https://example.org/')).toBe(false);
    expect(seen).toEqual(['https://openai.com/api/pricing', {}, 'https://example.org/', {}]);
  });

  it('waits for an async handler, and sends a message without data', async () => {
    const prepared = {
      trie: { alphabet: 'o3', edges: [0, 1, 1, 2], ends: [[2, 'o3', 0]] },
      firstWords: ['o3'],
      naming: [],
      modelIds: ['o3'],
    } satisfies PreparedDetector;
    answer('getDetectorSource', async () => prepared);
    expect(await sendMessage('getDetectorSource')).toEqual(prepared);
  });

  it('rethrows the handler’s error, thrown or rejected, with its message and name', async () => {
    answer('openComparison', () => {
      throw new TypeError('no such model: gpt-0');
    });
    answer('enableSite', async () => Promise.reject(new Error('permission not granted')));
    await expect(sendMessage('openComparison', 'gpt-0')).rejects.toMatchObject({
      name: 'TypeError',
      message: 'no such model: gpt-0',
    });
    await expect(sendMessage('enableSite', { origin: 'https://example.org/*' })).rejects.toThrow('permission not granted');
  });

  it('names a channel the other side closed before answering, in Chrome’s words and in Firefox’s', async () => {
    for (const words of [
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      'Message manager disconnected',
    ]) {
      const closed = new Error(words);
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(closed);
      const sent = sendMessage('loadPriceCard');
      await expect(sent).rejects.toBeInstanceOf(ChannelClosedError);
      await expect(sent).rejects.toMatchObject({ cause: closed });
    }
    // Any other failure is passed on as it is.
    const other = new Error('Could not establish connection. Receiving end does not exist.');
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(other);
    await expect(sendMessage('loadPriceCard')).rejects.toBe(other);
  });

  it('rejects a message that no handler in the other context answers', async () => {
    answer('isSiteEnabled', () => true);
    await expect(sendMessage('getTabModels', 3)).rejects.toThrow('no answer to "getTabModels"');
    await expect(sendMessage('getTabModels', 3)).rejects.toBeInstanceOf(NoAnswerError);
  });

  it('leaves messages that are not the protocol’s unanswered', async () => {
    answer('isSiteEnabled', () => true);
    const sendResponse = vi.fn();
    const results = await fakeBrowser.runtime.onMessage.trigger({ type: 'isSiteEnabled', data: 'x' }, {}, sendResponse);
    expect(results).toEqual([false]);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('takes one handler per type, and a removed one no longer answers', async () => {
    const first = vi.fn(() => true);
    const stop = answer('isSiteEnabled', first);
    expect(() => onMessage('isSiteEnabled', () => false)).toThrow('already answers "isSiteEnabled"');
    stop();
    answer('isSiteEnabled', () => false);
    expect(await sendMessage('isSiteEnabled', 'https://x.ai/')).toBe(false);
    expect(first).not.toHaveBeenCalled();
    // A stale remover must not take out the newer handler.
    stop();
    expect(await sendMessage('isSiteEnabled', 'https://x.ai/')).toBe(false);
  });

  it('sends to a tab’s content script with tabs.sendMessage', async () => {
    const toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ res: undefined } as never);
    await sendMessage('stopTagging', ['https://example.org/*'], 7);
    expect(toTab).toHaveBeenCalledWith(7, { tokentag: 1, type: 'stopTagging', data: ['https://example.org/*'] });
  });
});
