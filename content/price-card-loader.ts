// Loads the price card on demand: the content script asks the background to run the card's script in its own world, and stands in for the card until it is there.
import { logger } from '../extension/log';
import { ChannelClosedError, NoAnswerError, sendMessage } from '../extension/messaging';
import type { PriceCard, PriceCardOptions } from './price-card';
import { registeredPriceCard, type PriceCardFactory } from './price-card-slot';

const log = logger('content');

export interface PriceCardLoader {
  /** The card's factory, if its script has run in this world already. */
  loaded(): PriceCardFactory | undefined;
  /** Has the card's script run (once; calls while it loads share the load) and resolves to its factory. A failed load is tried again by the next call. */
  load(): Promise<PriceCardFactory>;
}

/**
 * A load that could not happen because this content script's extension was reloaded, updated or
 * removed (its context is invalidated, or the background went away while it answered): expected
 * then, and nothing the user can act on in this page.
 */
export class ExtensionGoneError extends Error {}

export interface PriceCardLoaderOptions {
  /** Runs the card's script in this world (the background does it, asked by message). */
  inject?(): Promise<void>;
  /** Whether this content script's extension was reloaded or updated: it can then ask the background nothing. */
  isInvalid?(): boolean;
  /** The global the card's script leaves its factory on (this isolated world's; tests give their own). */
  world?: object;
}

export function createPriceCardLoader({
  inject = () => sendMessage('loadPriceCard'),
  isInvalid = () => false,
  world = globalThis,
}: PriceCardLoaderOptions = {}): PriceCardLoader {
  let pending: Promise<PriceCardFactory> | undefined;
  const loaded = () => registeredPriceCard(world);
  const run = async (): Promise<PriceCardFactory> => {
    try {
      try {
        await inject();
      } catch (error) {
        // A reload or update while the background was asked closes the channel, or leaves the
        // question unanswered, often before this context learns that it is invalidated. (A running
        // background always answers `loadPriceCard`.)
        if (isInvalid() || error instanceof ChannelClosedError || error instanceof NoAnswerError)
          throw new ExtensionGoneError('TokenTag was updated or removed while its price card loaded', { cause: error });
        throw error;
      }
      const factory = loaded();
      if (!factory) throw new Error('the price card script ran but left no card');
      return factory;
    } finally {
      pending = undefined;
    }
  };
  return {
    loaded,
    load() {
      const factory = loaded();
      if (factory) return Promise.resolve(factory);
      if (isInvalid())
        return Promise.reject(
          new ExtensionGoneError('TokenTag was updated or removed: the page must be reloaded for its price cards'),
        );
      return (pending ??= run());
    },
  };
}

/** A card that is not there yet: `preload` has its script run ahead of the first open. */
export interface LazyPriceCard extends PriceCard {
  preload(): void;
}

/** A tag that waits for the card's script: it says it is busy (`aria-busy`, a progress cursor) meanwhile. */
interface Waiting {
  anchor: HTMLElement;
  modelId: string;
  /** Opened by keyboard: shown only if the tag still has the focus when the script arrives. */
  focus: boolean;
  show(): void;
  /** Stops listening for the user's presses elsewhere on the page (they drop this open). */
  unlisten(): void;
}

/** Whether the focus is still on the tag (in its document or the page's shadow root it stands in). */
const focused = (anchor: HTMLElement) => (anchor.getRootNode() as Document | ShadowRoot).activeElement === anchor;

/**
 * The card, made from the loaded factory the first time it is needed. An open before the script is
 * there marks its tag busy and waits for it, then shows, unless the card was hidden (the pointer
 * left, Escape), the user pressed somewhere else on the page (a click or tap: they moved on), or
 * another tag opened meanwhile, or a keyboard open's tag lost the focus; a load that
 * fails is logged with the model it was for, the tag stops being busy and still says its price by its
 * accessible name, and the next open tries again.
 */
export function createLazyPriceCard(options: PriceCardOptions, loader: PriceCardLoader = createPriceCardLoader()): LazyPriceCard {
  let card: PriceCard | undefined;
  let wanted: Waiting | undefined;
  let loading: Promise<PriceCard | undefined> | undefined;
  let destroyed = false;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);

  /** The card now, if its script has run. */
  const ready = (factory = loader.loaded()) => (card ??= factory && !destroyed ? factory(options) : undefined);
  /** Loads the script once at a time; a failure is logged here, once, with the open it kept waiting if any. */
  const fetchCard = () =>
    (loading ??= loader.load().then(
      (factory) => ready(factory),
      (error: unknown) => {
        loading = undefined;
        const why = wanted ? `to open ${wanted.modelId}` : 'ahead of a first open';
        // The old copy of a reloaded extension is being taken out of the page: it stays quiet.
        if (error instanceof ExtensionGoneError) log.debug(`the price card was not loaded (${why}): ${error.message}`);
        // A load ahead of any open keeps no one waiting: a warning (during an extension reload, Chrome
        // can refuse it before this copy learns it is the old one). An open that waited is an error.
        else if (!wanted) log.warn(`could not load the price card (${why}); the next open tries again`, error);
        else log.error(`could not load the price card (${why}); the next open tries again`, error);
        return undefined;
      },
    ));
  /** The tag stops waiting: no longer busy, and no longer the one to show. */
  const release = () => {
    wanted?.anchor.removeAttribute('aria-busy');
    wanted?.unlisten();
    wanted = undefined;
  };
  /**
   * Drops the waiting open when the user presses elsewhere (captured before the page's handlers can
   * stop it, and never stopped here: the press is the page's). The path holds the tag also when it
   * sits in the page's open shadow root.
   */
  const listenElsewhere = (anchor: HTMLElement): (() => void) => {
    const target = anchor.ownerDocument;
    const onPress = (event: Event) => {
      if (wanted?.anchor === anchor && isTrusted(event) && !event.composedPath().includes(anchor)) release();
    };
    target.addEventListener('pointerdown', onPress, true);
    return () => target.removeEventListener('pointerdown', onPress, true);
  };

  return {
    show(anchor, view, showOptions) {
      if (destroyed) return;
      release();
      const now = ready();
      if (now) return now.show(anchor, view, showOptions);
      const entry: Waiting = {
        anchor,
        modelId: view.modelId,
        focus: showOptions?.focus === true,
        show: () => card?.show(anchor, view, showOptions),
        unlisten: listenElsewhere(anchor),
      };
      wanted = entry;
      anchor.setAttribute('aria-busy', 'true');
      void fetchCard().then(() => {
        if (wanted !== entry) return;
        release();
        if (anchor.isConnected && (!entry.focus || focused(anchor))) entry.show();
      });
    },
    hide() {
      release();
      card?.hide();
    },
    anchor: () => card?.anchor() ?? wanted?.anchor,
    contains: (node) => card?.contains(node) ?? false,
    destroy() {
      destroyed = true;
      release();
      card?.destroy();
    },
    preload() {
      if (!destroyed && !ready()) void fetchCard();
    },
  };
}
