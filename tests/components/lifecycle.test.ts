// The content script's life on a page: one copy at a time (the newest wins), and a background failure is not "switched off".
// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalog } from '../../pricing-data/index';
import { runOnPage } from '../../content/lifecycle';
import { sendMessage } from '../../extension/messaging';
import { detectorSource, prepareDetector } from '../../utils/detect';

vi.mock('../../extension/messaging', () => ({ sendMessage: vi.fn(), onMessage: vi.fn(() => () => undefined) }));

const send = vi.mocked(sendMessage);
/** Answers the content script as the background would; `siteEnabled` may wait or fail. */
function background(siteEnabled: () => Promise<boolean> = async () => true) {
  send.mockImplementation(async (type: string) => {
    if (type === 'isSiteEnabled') return siteEnabled();
    if (type === 'getDetectorSource') return prepareDetector(detectorSource(catalog));
    if (type === 'describeModels') return [];
    return undefined;
  });
}

const tags = () => document.querySelectorAll('tokentag-badge');
const contexts: ContentScriptContext[] = [];
const newCopy = () => {
  const ctx = new ContentScriptContext('content');
  contexts.push(ctx);
  return ctx;
};

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  document.body.innerHTML = '<p>Run o3 for the hard cases.</p>';
});

afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort('test over');
  vi.unstubAllGlobals();
});

describe('runOnPage', () => {
  it('tags the page; a second copy takes over: the first one’s tags go, the second one tags it', async () => {
    background();
    const first = newCopy();
    await runOnPage(first);
    await vi.waitFor(() => expect(tags()).toHaveLength(1));
    const firstTag = tags()[0];

    const second = newCopy();
    expect(first.isInvalid).toBe(true);
    await runOnPage(second);
    await vi.waitFor(() => {
      expect(tags()).toHaveLength(1);
      expect(tags()[0]).not.toBe(firstTag);
    });
  });

  it('leaves a copy that was replaced while it waited for the background out: one set of tags', async () => {
    let answer!: (enabled: boolean) => void;
    background(() => new Promise((resolve) => (answer = resolve)));
    const first = newCopy();
    const starting = runOnPage(first);
    // Chrome injects a second copy (a grant overlapping a default site) before the first heard back.
    background();
    const second = newCopy();
    await runOnPage(second);
    answer(true);
    await starting;
    await vi.waitFor(() => expect(tags()).toHaveLength(1));
    // Each copy asked for the detector's source at once, alongside the site's state; the first one
    // then gave up as soon as it heard back, and only the second one's tags are in the page.
    expect(send.mock.calls.filter(([type]) => type === 'getDetectorSource')).toHaveLength(2);
  });

  it('logs a failure to ask whether the site is on, and does not tag, instead of treating it as switched off', async () => {
    const failure = new Error('Could not establish connection. Receiving end does not exist.');
    background(() => Promise.reject(failure));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await runOnPage(newCopy());
    expect(error).toHaveBeenCalledWith(
      '[tokentag:content]',
      'could not ask the background whether this site is enabled; waiting for a settings change',
      failure,
    );
    expect(tags()).toHaveLength(0);
  });
});
