// The price card loaded on demand: one load at a time, none once loaded, a failure logged and retried, nothing asked of an outdated extension; and the card that waits for it.
// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createLazyPriceCard,
  createPriceCardLoader,
  ExtensionGoneError,
  type PriceCardLoader,
} from '../../content/price-card-loader';
import type { PriceCard } from '../../content/price-card';
import { registerPriceCard, registeredPriceCard, type PriceCardFactory } from '../../content/price-card-slot';
import type { TagView } from '../../utils/tag-view';
import { ChannelClosedError, NoAnswerError } from '../../extension/messaging';

/** A promise the test settles. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A card that records what it was asked to do (the real one is tested in price-card-*.test.ts). */
function recordingFactory() {
  const made: { options: unknown; calls: string[] }[] = [];
  const factory: PriceCardFactory = (options) => {
    const calls: string[] = [];
    made.push({ options, calls });
    let anchor: HTMLElement | undefined;
    const card: PriceCard = {
      show: (at, view) => {
        anchor = at;
        calls.push(`show ${at.id} ${view.modelId}`);
      },
      hide: () => {
        anchor = undefined;
        calls.push('hide');
      },
      anchor: () => anchor,
      contains: () => false,
      destroy: () => calls.push('destroy'),
    };
    return card;
  };
  return { factory, made };
}

const view = (modelId: string) => ({ modelId }) as unknown as TagView;

let errors: string[][];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String)));
});
afterEach(() => vi.restoreAllMocks());

describe('createPriceCardLoader', () => {
  it('leaves the factory on the world it is given, where the page cannot name it', () => {
    const world = {};
    const { factory } = recordingFactory();
    expect(registeredPriceCard(world)).toBeUndefined();
    registerPriceCard(factory, world);
    expect(registeredPriceCard(world)).toBe(factory);
    expect(Object.keys(world)).toEqual([]);
  });

  it("does not take a card an earlier release's script left in the same world (after an update)", () => {
    const world: Record<symbol, unknown> = {};
    const { factory } = recordingFactory();
    world[Symbol.for('tokentag.priceCard@0.0.0-old')] = factory;
    world[Symbol.for('tokentag.priceCard')] = factory;
    expect(registeredPriceCard(world)).toBeUndefined();
  });

  it('asks for nothing when the card script has run already', async () => {
    const world = {};
    const { factory } = recordingFactory();
    registerPriceCard(factory, world);
    const inject = vi.fn(async () => undefined);
    const loader = createPriceCardLoader({ inject, world });
    expect(loader.loaded()).toBe(factory);
    expect(await loader.load()).toBe(factory);
    expect(inject).not.toHaveBeenCalled();
  });

  it('shares one load between the calls made while it runs, and resolves all to the factory the script left', async () => {
    const world = {};
    const { factory } = recordingFactory();
    const ran = deferred();
    const inject = vi.fn(() => ran.promise);
    const loader = createPriceCardLoader({ inject, world });
    const first = loader.load();
    const second = loader.load();
    expect(inject).toHaveBeenCalledTimes(1);
    expect(loader.loaded()).toBeUndefined();
    registerPriceCard(factory, world);
    ran.resolve();
    expect(await first).toBe(factory);
    expect(await second).toBe(factory);
    expect(await loader.load()).toBe(factory);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('rejects when the background could not run the script, and the next call tries again', async () => {
    const world = {};
    const { factory } = recordingFactory();
    const inject = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error('Missing host permission for the tab'))
      .mockImplementationOnce(async () => registerPriceCard(factory, world));
    const loader = createPriceCardLoader({ inject, world });
    await expect(loader.load()).rejects.toThrow('Missing host permission for the tab');
    expect(await loader.load()).toBe(factory);
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it('rejects with a clear message when the script ran but left no factory', async () => {
    const loader = createPriceCardLoader({ inject: async () => undefined, world: {} });
    await expect(loader.load()).rejects.toThrow('the price card script ran but left no card');
  });

  it('says the extension went away when a reload or update cut its load short', async () => {
    let invalid = false;
    const inject = vi.fn(async () => {
      invalid = true;
      throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed');
    });
    const loader = createPriceCardLoader({ inject, isInvalid: () => invalid, world: {} });
    await expect(loader.load()).rejects.toBeInstanceOf(ExtensionGoneError);
  });

  it('says the extension went away when the channel closed before this context learnt it was invalidated', async () => {
    const inject = vi.fn(async () => {
      throw new ChannelClosedError('[messaging] "loadPriceCard" was not answered: the other side went away');
    });
    const loader = createPriceCardLoader({ inject, isInvalid: () => false, world: {} });
    await expect(loader.load()).rejects.toBeInstanceOf(ExtensionGoneError);
  });

  it('says the extension went away when a reload left the question unanswered, before this context learnt it', async () => {
    const inject = vi.fn(async () => {
      throw new NoAnswerError('[messaging] no answer to "loadPriceCard"');
    });
    const loader = createPriceCardLoader({ inject, isInvalid: () => false, world: {} });
    await expect(loader.load()).rejects.toBeInstanceOf(ExtensionGoneError);
  });

  it('asks nothing of an extension that was updated or removed (its context is invalidated)', async () => {
    const inject = vi.fn(async () => undefined);
    const loader = createPriceCardLoader({ inject, isInvalid: () => true, world: {} });
    await expect(loader.load()).rejects.toThrow('the page must be reloaded');
    expect(inject).not.toHaveBeenCalled();
  });
});

describe('createLazyPriceCard', () => {
  /** A loader the test controls: `finish` makes its pending load succeed, `fail` makes it fail. */
  function controlledLoader() {
    const { factory, made } = recordingFactory();
    let available: PriceCardFactory | undefined;
    let pending = deferred<PriceCardFactory>();
    const load = vi.fn(() => pending.promise);
    const loader: PriceCardLoader = { loaded: () => available, load };
    return {
      loader,
      load,
      made,
      finish: async () => {
        available = factory;
        pending.resolve(factory);
        await pending.promise;
      },
      fail: async (error: Error) => {
        const failed = pending;
        pending = deferred<PriceCardFactory>();
        failed.reject(error);
        // The rejection the lazy card is handed: settled once it has seen it.
        await expect(failed.promise).rejects.toBe(error);
      },
    };
  }
  const anchor = (id: string) => {
    const element = document.createElement('span');
    element.id = id;
    document.body.append(element);
    return element;
  };
  const options = { onCompare: () => undefined };

  it('shows at once when the script has run, and makes one card for every open', async () => {
    const { loader, made, finish, load } = controlledLoader();
    await finish();
    load.mockClear();
    const card = createLazyPriceCard(options, loader);
    card.show(anchor('a'), view('gpt-5.2'));
    card.show(anchor('b'), view('o3'));
    expect(made).toHaveLength(1);
    expect(made[0]!.options).toBe(options);
    expect(made[0]!.calls).toEqual(['show a gpt-5.2', 'show b o3']);
    expect(load).not.toHaveBeenCalled();
  });

  it('makes a first open wait for the script, standing in as the open tag meanwhile, then shows', async () => {
    const { loader, made, finish } = controlledLoader();
    const card = createLazyPriceCard(options, loader);
    const tag = anchor('a');
    card.show(tag, view('gpt-5.2'));
    expect(made).toHaveLength(0);
    // The controller asks which tag the card is for (a second click closes a pinned card).
    expect(card.anchor()).toBe(tag);
    await finish();
    await vi.waitFor(() => expect(made[0]?.calls).toEqual(['show a gpt-5.2']));
    expect(card.anchor()).toBe(tag);
  });

  it('shows only the last tag asked for, and none when hidden before the script arrived', async () => {
    const first = controlledLoader();
    const card = createLazyPriceCard(options, first.loader);
    card.show(anchor('a'), view('gpt-5.2'));
    card.show(anchor('b'), view('o3'));
    await first.finish();
    await vi.waitFor(() => expect(first.made[0]?.calls).toEqual(['show b o3']));

    const second = controlledLoader();
    const hidden = createLazyPriceCard(options, second.loader);
    hidden.show(anchor('c'), view('o3'));
    hidden.hide();
    expect(hidden.anchor()).toBeUndefined();
    await second.finish();
    hidden.preload();
    // The card is made (the script is there), but shows nothing.
    await vi.waitFor(() => expect(second.made).toHaveLength(1));
    expect(second.made[0]!.calls).toEqual([]);
  });

  it('stays quiet when the extension went away during a preload: no error logged', async () => {
    const { loader, load, fail } = controlledLoader();
    const card = createLazyPriceCard(options, loader);
    card.preload();
    await fail(new ExtensionGoneError('TokenTag was updated or removed while its price card loaded'));
    // The failure was handled once the next open asks again.
    card.show(anchor('a'), view('gpt-5.2'));
    expect(load).toHaveBeenCalledTimes(2);
    expect(errors).toEqual([]);
  });

  it('warns of a failed preload (no open waited for it), and loads again at the next open', async () => {
    const warnings: string[][] = [];
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String)));
    const { loader, load, fail } = controlledLoader();
    const card = createLazyPriceCard(options, loader);
    card.preload();
    await fail(new Error('Could not establish connection. Receiving end does not exist.'));
    await vi.waitFor(() => expect(warnings.flat().join(' ')).toContain('could not load the price card (ahead of a first open)'));
    expect(warnings.flat().join(' ')).toContain('Receiving end does not exist');
    expect(errors).toEqual([]);
    card.show(anchor('a'), view('gpt-5.2'));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('logs a failed load with what it was for, shows nothing, and loads again at the next open', async () => {
    const { loader, load, made, finish, fail } = controlledLoader();
    const card = createLazyPriceCard(options, loader);
    card.show(anchor('a'), view('gpt-5.2'));
    await fail(new Error('Missing host permission for the tab'));
    await vi.waitFor(() => expect(errors.flat().join(' ')).toContain('could not load the price card (to open gpt-5.2)'));
    expect(errors.flat().join(' ')).toContain('Missing host permission for the tab');
    expect(made).toHaveLength(0);
    card.show(anchor('a'), view('gpt-5.2'));
    expect(load).toHaveBeenCalledTimes(2);
    await finish();
    await vi.waitFor(() => expect(made[0]?.calls).toEqual(['show a gpt-5.2']));
  });

  it('marks the tag busy while the script loads, moves the mark to the tag opened last, and clears it once the card shows', async () => {
    const { loader, made, finish } = controlledLoader();
    const card = createLazyPriceCard(options, loader);
    const [a, b] = [anchor('a'), anchor('b')];
    card.show(a, view('gpt-5.2'));
    expect(a.getAttribute('aria-busy')).toBe('true');
    card.show(b, view('o3'));
    expect(a.hasAttribute('aria-busy')).toBe(false);
    expect(b.getAttribute('aria-busy')).toBe('true');
    await finish();
    await vi.waitFor(() => expect(made[0]?.calls).toEqual(['show b o3']));
    expect(b.hasAttribute('aria-busy')).toBe(false);
  });

  it('clears the busy mark when the card is hidden (the pointer left) or destroyed before the script arrived', async () => {
    const { loader, made, finish } = controlledLoader();
    const card = createLazyPriceCard(options, loader);
    const tag = anchor('a');
    card.show(tag, view('gpt-5.2'));
    card.hide();
    expect(tag.hasAttribute('aria-busy')).toBe(false);
    card.show(tag, view('gpt-5.2'));
    card.destroy();
    expect(tag.hasAttribute('aria-busy')).toBe(false);
    await finish();
    card.show(tag, view('gpt-5.2'));
    expect(made).toHaveLength(0);
    expect(tag.hasAttribute('aria-busy')).toBe(false);
  });

  it('on a failed load, logs the model the open was for (also when it joined a preload) and the tag is no longer busy', async () => {
    const { loader, load, made, fail } = controlledLoader();
    const card = createLazyPriceCard(options, loader);
    card.preload();
    const tag = anchor('a');
    card.show(tag, view('gpt-5.2'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(tag.getAttribute('aria-busy')).toBe('true');
    await fail(new Error('Missing host permission for the tab'));
    await vi.waitFor(() => expect(tag.hasAttribute('aria-busy')).toBe(false));
    const logged = errors.flat().join(' ');
    expect(logged).toContain('could not load the price card (to open gpt-5.2)');
    expect(logged).toContain('Missing host permission for the tab');
    expect(made).toHaveLength(0);
  });

  it('shows a keyboard open once the script arrives if its tag still has the focus, and not after the focus moved on', async () => {
    const first = controlledLoader();
    const card = createLazyPriceCard(options, first.loader);
    const tag = anchor('a');
    tag.tabIndex = 0;
    tag.focus();
    card.show(tag, view('gpt-5.2'), { focus: true });
    await first.finish();
    await vi.waitFor(() => expect(first.made[0]?.calls).toEqual(['show a gpt-5.2']));

    const second = controlledLoader();
    const moved = createLazyPriceCard(options, second.loader);
    const other = anchor('b');
    other.tabIndex = 0;
    tag.focus();
    moved.show(tag, view('gpt-5.2'), { focus: true });
    other.focus();
    await second.finish();
    // The open is settled once its tag is no longer busy: the card is made, and shows nothing.
    await vi.waitFor(() => expect(tag.hasAttribute('aria-busy')).toBe(false));
    expect(second.made).toHaveLength(1);
    expect(second.made[0]!.calls).toEqual([]);
    expect(moved.anchor()).toBeUndefined();
    expect(tag.hasAttribute('aria-busy')).toBe(false);
  });

  describe('a press elsewhere on the page while an open waits', () => {
    /** Events the test marks as the user's (happy-dom's own are never trusted). */
    const trusted = new WeakSet<Event>();
    const pressOptions = { onCompare: () => undefined, isTrusted: (event: Event) => trusted.has(event) };
    const press = (target: Element, user = true) => {
      const event = new Event('pointerdown', { bubbles: true, composed: true, cancelable: true });
      if (user) trusted.add(event);
      target.dispatchEvent(event);
      return event;
    };
    /** Every promise callback queued so far has run once a macrotask has passed (no time is waited for). */
    const settled = () => new Promise<void>((resolve) => setTimeout(resolve));
    /** The document's capture-phase pointerdown listeners, counted as they are added and removed. */
    function pointerdownListeners() {
      const live = new Set<unknown>();
      const add = document.addEventListener.bind(document);
      const remove = document.removeEventListener.bind(document);
      vi.spyOn(document, 'addEventListener').mockImplementation((type, listener, capture) => {
        if (type === 'pointerdown' && capture === true) live.add(listener);
        add(type, listener, capture);
      });
      vi.spyOn(document, 'removeEventListener').mockImplementation((type, listener, capture) => {
        if (type === 'pointerdown' && capture === true) live.delete(listener);
        remove(type, listener, capture);
      });
      return live;
    }

    it('drops the open and clears the busy mark, and the page still gets its own press, unstopped', async () => {
      const { loader, made, finish } = controlledLoader();
      const card = createLazyPriceCard(pressOptions, loader);
      const tag = anchor('a');
      const elsewhere = anchor('elsewhere');
      const pageSaw: Event[] = [];
      const onPage = (event: Event) => pageSaw.push(event);
      elsewhere.addEventListener('pointerdown', onPage);
      card.show(tag, view('gpt-5.2'));
      expect(tag.getAttribute('aria-busy')).toBe('true');
      const event = press(elsewhere);
      expect(tag.hasAttribute('aria-busy')).toBe(false);
      expect(card.anchor()).toBeUndefined();
      expect(pageSaw).toEqual([event]);
      expect(event.defaultPrevented).toBe(false);
      await finish();
      await vi.waitFor(() => expect(made).toHaveLength(1));
      await settled();
      expect(made[0]!.calls).toEqual([]);
      elsewhere.removeEventListener('pointerdown', onPage);
    });

    it("keeps the open on a press on the tag itself or on a page's forged press, and then shows", async () => {
      const { loader, made, finish } = controlledLoader();
      const card = createLazyPriceCard(pressOptions, loader);
      const tag = anchor('a');
      const inside = tag.appendChild(document.createElement('b'));
      card.show(tag, view('gpt-5.2'));
      press(inside);
      press(tag);
      press(anchor('elsewhere'), false);
      expect(tag.getAttribute('aria-busy')).toBe('true');
      expect(card.anchor()).toBe(tag);
      await finish();
      await vi.waitFor(() => expect(made[0]?.calls).toEqual(['show a gpt-5.2']));
    });

    it("keeps the open on a press inside the tag when the tag sits in the page's shadow root", async () => {
      const { loader, made, finish } = controlledLoader();
      const card = createLazyPriceCard(pressOptions, loader);
      const host = anchor('host');
      const tag = document.createElement('span');
      tag.id = 'a';
      host.attachShadow({ mode: 'open' }).append(tag);
      card.show(tag, view('gpt-5.2'));
      press(tag);
      expect(tag.getAttribute('aria-busy')).toBe('true');
      press(host);
      expect(tag.hasAttribute('aria-busy')).toBe(false);
      await finish();
      await vi.waitFor(() => expect(made).toHaveLength(1));
      await settled();
      expect(made[0]!.calls).toEqual([]);
    });

    it('listens only while an open waits: from the wait until it shows, is hidden, moves on or is destroyed', async () => {
      const live = pointerdownListeners();
      const { loader, made, finish } = controlledLoader();
      const card = createLazyPriceCard(pressOptions, loader);
      const [a, b] = [anchor('a'), anchor('b')];
      expect(live.size).toBe(0);
      card.show(a, view('gpt-5.2'));
      expect(live.size).toBe(1);
      card.hide();
      expect(live.size).toBe(0);
      card.show(a, view('gpt-5.2'));
      card.show(b, view('o3'));
      expect(live.size).toBe(1);
      press(anchor('elsewhere'));
      expect(live.size).toBe(0);
      card.show(a, view('gpt-5.2'));
      expect(live.size).toBe(1);
      await finish();
      await vi.waitFor(() => expect(made[0]?.calls).toEqual(['show a gpt-5.2']));
      expect(live.size).toBe(0);
      // Once the script is there, opens show at once and nothing listens.
      card.show(b, view('o3'));
      expect(live.size).toBe(0);

      const other = controlledLoader();
      const destroyed = createLazyPriceCard(pressOptions, other.loader);
      destroyed.show(a, view('gpt-5.2'));
      expect(live.size).toBe(1);
      destroyed.destroy();
      expect(live.size).toBe(0);
    });
  });

  it('preloads once while a load runs, and shows nothing after it was destroyed', async () => {
    const { loader, load, made, finish } = controlledLoader();
    const card = createLazyPriceCard(options, loader);
    card.preload();
    card.preload();
    card.show(anchor('a'), view('gpt-5.2'));
    expect(load).toHaveBeenCalledTimes(1);
    card.destroy();
    await finish();
    card.show(anchor('a'), view('gpt-5.2'));
    card.preload();
    expect(made).toHaveLength(0);
    expect(card.anchor()).toBeUndefined();
  });
});
