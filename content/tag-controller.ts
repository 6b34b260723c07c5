// Gives drawn tags their views (fetched in batches) and their look (section, code, density, theme), and opens the price card by pointer or keyboard.
import type { TagView } from '../utils/tag-view';
import { logger } from '../extension/log';
import { createLazyPriceCard, createPriceCardLoader, type PriceCardLoader } from './price-card-loader';
import { anchorOf } from './table-overlay';
import { createThemeReader, inCode, inInteractive, sectionOf, themeHolder, type PageTheme } from './tag-context';
import { defaultTagDisplay, loadingLabel as defaultLoadingLabel, readTagDisplay, type TagDisplay } from './tag-display';
import {
  isDrawn,
  mentionOf,
  pageOwnsElement,
  renderTag,
  setTagTheme,
  type Mention,
  type TagLook,
  type TagMode,
} from './tag-element';

export interface TagControllerOptions {
  /** Views for these mentions, in order (the content script asks the background). */
  fetchViews(mentions: Mention[]): Promise<TagView[]>;
  onCompare(modelId: string): void;
  /** Delay before a hovered tag opens its card, and before a left one closes it, in ms. */
  hoverDelay?: number;
  /** The code-tag and density settings; read from storage unless given (tests). */
  readDisplay?(): Promise<TagDisplay>;
  /** Whether an event comes from the user (tests stand in for the browser's `isTrusted`). */
  isTrusted?(event: Event): boolean;
  /** The accessible name of a tag whose price is loading (read from the locales when first needed). */
  loadingLabel?: string;
  /** Where the price card comes from: its script is loaded on demand (tests give one that has it already). */
  cardLoader?: PriceCardLoader;
}

export interface TagController {
  /**
   * Takes a tag on: asks for its view and draws it once it is in the page. Returns nothing when its
   * view is known already, else a promise that resolves once it is known (or could not be had), so
   * that the scanner can put it in at its final size.
   */
  mount(tag: HTMLElement): Promise<void> | undefined;
  /**
   * Asks for the views of these mentions now, before any tag names them, so that tags made for them
   * later are ready at once. Resolves once they are known (or could not be had).
   */
  prefetch(mentions: readonly Mention[]): Promise<void>;
  /**
   * Draws tags the scanner has just put into the page, in the same task (before the page lays out).
   * Unless `final`, those that show something are drawn hidden until a final call shows them all at once.
   */
  placed(tags: readonly HTMLElement[], final?: boolean): void;
  /** Forgets every view and the display settings, and redraws those of `tags` that are drawn (settings changed). */
  refresh(tags: Iterable<HTMLElement>): void;
  destroy(): void;
}

const log = logger('content');
/** Said once, when the page turns out to have defined <tokentag-badge> itself: it has chosen to have no tags. */
const warnPageOwnsTags = () => log.warn('the page defines <tokentag-badge> itself; no tags on this page');

/**
 * Most views asked for in one message. A view carries its whole card (about 1.2 KB as JSON), and a
 * message's answer is read in one task of the page's: the catalog's 259 views at once took 20–35 ms
 * on a 2-core machine, while the page was still loading. 50 make answers of about 60 KB.
 */
export const VIEWS_PER_MESSAGE = 50;

/** One view per mention: the same model named twice shares it. */
const keyOf = (mention: Mention) => `${mention.known}:${mention.modelId}`;

/** A mention whose view is being fetched, with the tags that wait for it and the calls to make once it is known. */
interface Waiting {
  mention: Mention;
  tags: HTMLElement[];
  done: (() => void)[];
  sent?: boolean;
}

/** One call's tags being drawn: whether they stand in document order, the models each section has seen in it, and tags that stop being first. */
interface Batch {
  inOrder: boolean;
  seen: Map<Map<string, HTMLElement>, Set<string>>;
  demoted: HTMLElement[];
}

/**
 * Whether the tags in the page stand in document order (by their places: a tag drawn over a table
 * stands where its mention is). Cheap for the scanner's batches: each comparison walks only the
 * siblings between neighbours. Tags of one mention's text stand in the order they were made.
 */
function inDocumentOrder(tags: readonly HTMLElement[]): boolean {
  let previous: Node | undefined;
  for (const tag of tags) {
    if (!tag.isConnected) continue;
    const place = anchorOf(tag);
    if (previous && previous !== place && !(previous.compareDocumentPosition(place) & Node.DOCUMENT_POSITION_FOLLOWING))
      return false;
    previous = place;
  }
  return true;
}

export function createTagController({
  fetchViews,
  onCompare,
  hoverDelay = 120,
  readDisplay = readTagDisplay,
  isTrusted = (event) => event.isTrusted,
  loadingLabel: givenLoadingLabel,
  cardLoader = createPriceCardLoader(),
}: TagControllerOptions): TagController {
  // The browser reads its message files at the first i18n call (30 ms on the bench): only a tag
  // drawn before its view is known needs this label.
  let loadingLabel = givenLoadingLabel;
  const loadingName = () => (loadingLabel ??= defaultLoadingLabel());
  const views = new Map<string, TagView>();
  /** Mentions whose view is being fetched, with the tags that wait for it. */
  const waiting = new Map<string, Waiting>();
  // Weak, so that tags the page drops are not kept alive here.
  const listened = new WeakSet<HTMLElement>();
  /**
   * Per section (its heading, or its root), the first shown tag of each model: the one with a pill
   * and the one tab stop. Tags inside the page's own links and buttons (never controls) are counted
   * apart, so that a model named first in a link still gets a pill a keyboard can reach after it.
   */
  /** Tags that show something, drawn hidden until the scanner's last write of a scan (see `placed`). */
  let held: HTMLElement[] = [];
  let firstShown = new WeakMap<Element, Map<string, HTMLElement>>();
  let firstInControl = new WeakMap<Element, Map<string, HTMLElement>>();
  let themeAt = createThemeReader();
  let display: TagDisplay | undefined;
  let displayLoad: Promise<TagDisplay> | undefined;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let pinned = false;
  let destroyed = false;
  /** Set once the page turns out to own our element name: its tags are then taken out, quietly. */
  let pageOwnsTags = false;

  /** Bumped by every refresh: views and settings read before it are stale and must not be kept. */
  let generation = 0;
  const loadDisplay = () => {
    const asked = generation;
    return (displayLoad ??= readDisplay().then((value) => {
      if (asked === generation) display = value;
      return value;
    }));
  };

  const hide = () => {
    clearTimeout(hoverTimer);
    pinned = false;
    card.hide();
  };
  const themeOf = (tag: HTMLElement): PageTheme => {
    const holder = themeHolder(anchorOf(tag));
    return holder ? themeAt(holder) : 'light';
  };
  /** The theme of the page's body: read once, the first guess for every tag. */
  let bodyTheme: PageTheme | undefined;
  const pageTheme = () => (bodyTheme ??= themeAt(document.body ?? document.documentElement));
  /** Drawn tags whose own theme is read after the next paint. */
  let unthemed: HTMLElement[] = [];
  const readThemes = () => {
    const tags = unthemed;
    unthemed = [];
    if (destroyed) return;
    // Every read, then every write; only tags that stand on another background than the body change.
    const themes = tags.map((tag) => (tag.isConnected ? themeOf(tag) : undefined));
    tags.forEach((tag, i) => {
      const theme = themes[i];
      if (theme && theme !== pageTheme()) setTagTheme(tag, theme);
    });
  };
  const themeLater = (tag: HTMLElement) => {
    if (unthemed.length === 0) requestAnimationFrame(() => setTimeout(readThemes));
    unthemed.push(tag);
  };
  const viewOf = (tag: HTMLElement) => {
    const mention = mentionOf(tag);
    return mention && views.get(keyOf(mention));
  };
  const show = (tag: HTMLElement, focus = false) => {
    clearTimeout(hoverTimer);
    const view = viewOf(tag);
    if (view) card.show(tag, view, { theme: themeOf(tag), focus });
  };
  const scheduleHide = () => {
    if (pinned) return;
    clearTimeout(hoverTimer);
    hoverTimer = setTimeout(() => card.hide(), hoverDelay * 2);
  };

  const card = createLazyPriceCard(
    {
      onCompare,
      isTrusted,
      onPointer: (inside) => (inside ? clearTimeout(hoverTimer) : scheduleHide()),
      onEscape: () => {
        const anchor = card.anchor();
        hide();
        anchor?.focus();
      },
      onFocusLeave: hide,
    },
    cardLoader,
  );
  /** Whether the card's script was asked for ahead: once the page has tags, when the browser is idle. */
  let cardAsked = false;
  const preloadCard = () => {
    if (cardAsked) return;
    cardAsked = true;
    const run = () => destroyed || card.preload();
    // Where there are no idle callbacks (happy-dom in the component tests), the next task.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run);
    else setTimeout(run);
  };

  /** The mode before density: code gets a marker, nothing or a pill, as the user chose. */
  const baseMode = (tag: HTMLElement, shown: TagDisplay): TagMode => {
    if (!inCode(anchorOf(tag))) return 'pill';
    return shown.codeTags === 'full' ? 'pill' : shown.codeTags === 'marker' ? 'marker' : 'none';
  };

  /**
   * Whether `tag` is the first shown mention of its model in its section, in document order.
   * A tag drawn later but standing earlier (the reader scrolled up) takes over, and the one it
   * replaces is drawn again as a repeat. Within a batch in document order only the batch's first
   * tag of each model is compared with the one before: comparing two far-apart nodes of a long
   * list walks the siblings between them, and 6,000 such walks took 200 ms on the bench table.
   */
  const claimFirst = (
    firsts: WeakMap<Element, Map<string, HTMLElement>>,
    tag: HTMLElement,
    key: string,
    batch: Batch,
  ): boolean => {
    const place = anchorOf(tag);
    const { root, heading } = sectionOf(place);
    const section = heading ?? root;
    let byModel = firsts.get(section);
    if (!byModel) firsts.set(section, (byModel = new Map<string, HTMLElement>()));
    let inBatch = batch.seen.get(byModel);
    if (!inBatch) batch.seen.set(byModel, (inBatch = new Set()));
    const first = byModel.get(key);
    const earlierInBatch = inBatch.has(key);
    inBatch.add(key);
    if (first === tag) return true;
    // An earlier tag of this batch stands before this one, and is the first or a repeat itself.
    if (batch.inOrder && earlierInBatch && first?.isConnected) return false;
    // Asked of the later-drawn tag: the browser then walks back from `first`, which mostly stands near the top.
    if (!first || !first.isConnected || place.compareDocumentPosition(anchorOf(first)) & Node.DOCUMENT_POSITION_FOLLOWING) {
      byModel.set(key, tag);
      if (first?.isConnected) batch.demoted.push(first);
      return true;
    }
    return false;
  };

  /** How a tag should look now: reads the page (styles, sections), writes nothing. */
  const lookOf = (tag: HTMLElement, batch: Batch): TagLook | undefined => {
    const mention = mentionOf(tag);
    if (!mention || !tag.isConnected) return undefined;
    const shown = display ?? defaultTagDisplay;
    const key = keyOf(mention);
    let mode = baseMode(tag, shown);
    const interactive = !inInteractive(anchorOf(tag));
    const first = mode !== 'none' && claimFirst(interactive ? firstShown : firstInControl, tag, key, batch);
    if (!first && shown.tagDensity === 'first-per-section') mode = 'none';
    // Only a tag that is seen needs the page's colours; until they are read (after the next paint,
    // when styles are clean), it takes the page's body's, so that drawing forces no style recalculation.
    let theme: PageTheme = 'light';
    if (mode !== 'none') {
      const holder = themeHolder(anchorOf(tag));
      const known = holder && themeAt.known(holder);
      if (known) theme = known;
      else {
        theme = pageTheme();
        themeLater(tag);
      }
    }
    const view = views.get(key);
    return { view, mode, interactive, tabStop: first, theme, loadingLabel: view ? '' : loadingName() };
  };

  /**
   * Draws tags with what is known now (their views may still be loading): every read first, then
   * every write, so that a batch costs the page one style recalculation rather than one per tag.
   */
  function draw(tags: HTMLElement[], hold = false): void {
    if (!hold && held.length > 0) {
      // Shown with this batch: drawn in the same task, so the page lays out for all of them once.
      tags = [...held, ...tags];
      held = [];
    }
    if (pageOwnsTags || tags.length === 0) return;
    const batch: Batch = { inOrder: inDocumentOrder(tags), seen: new Map(), demoted: [] };
    const { demoted } = batch;
    const looks = tags.map((tag) => lookOf(tag, batch));
    tags.forEach((tag, i) => {
      const look = looks[i];
      if (!look) return;
      if (pageOwnsTags) {
        tag.remove();
        return;
      }
      const hidden = hold && look.mode !== 'none';
      if (hidden) held.push(tag);
      const drawn = renderTag(tag, hidden ? { ...look, mode: 'none', held: true } : look);
      // Only a tag that shows something can be pointed at (a table's repeats never are).
      if (drawn === 'drawn' && look.mode !== 'none' && !hidden && !listened.has(tag)) {
        listened.add(tag);
        listen(tag);
      }
      if (drawn === 'page-owned') {
        // The page defined <tokentag-badge> itself: it has chosen to have no tags, so none are drawn.
        warnPageOwnsTags();
        pageOwnsTags = true;
      }
      if (drawn !== 'drawn') tag.remove();
    });
    // A tag that stood first until an earlier one was drawn becomes a repeat.
    draw(
      demoted.filter((tag) => !tags.includes(tag)),
      hold,
    );
  }

  const flush = () => {
    flushTimer = undefined;
    // Mentions already asked for are waited for, not asked for again.
    const unsent = [...waiting].filter(([, entry]) => !entry.sent);
    for (const [, entry] of unsent) entry.sent = true;
    // Each message's answer is handled as it comes (its errors too): nobody waits for all of them.
    for (let from = 0; from < unsent.length; from += VIEWS_PER_MESSAGE)
      void fetchBatch(unsent.slice(from, from + VIEWS_PER_MESSAGE));
  };

  /** Asks for one message's views, keeps them and draws the tags that waited for them. */
  const fetchBatch = async (batch: [string, Waiting][]) => {
    const asked = generation;
    let fetched: TagView[];
    try {
      [fetched] = await Promise.all([fetchViews(batch.map(([, { mention }]) => mention)), loadDisplay()]);
    } catch (error) {
      // The background could not answer (the extension was reloaded): tags stay as they are.
      log.warn('could not load tag views', { error, mentions: batch.length });
      for (const [key, entry] of batch) {
        if (waiting.get(key) === entry) waiting.delete(key);
        for (const done of entry.done) done();
      }
      return;
    }
    if (asked !== generation) {
      // Settings changed while these were asked for: ask again, under the new settings.
      for (const [key, entry] of batch) if (waiting.get(key) === entry) waiting.delete(key);
      for (const [, entry] of batch) {
        const again: Promise<void>[] = [];
        for (const tag of entry.tags) {
          const asked = request(tag);
          if (asked) again.push(asked);
        }
        if (entry.tags.length === 0 && !isKnown(entry.mention)) again.push(ask(entry.mention));
        void Promise.all(again).then(() => entry.done.forEach((done) => done()));
      }
      return;
    }
    const ready: HTMLElement[] = [];
    batch.forEach(([key, entry], i) => {
      const view = fetched[i];
      if (waiting.get(key) === entry) waiting.delete(key);
      if (view && !destroyed) {
        views.set(key, view);
        ready.push(...entry.tags);
      }
      for (const done of entry.done) done();
    });
    // Tags still detached are drawn when the scanner puts them in (`placed`); while the scanner is
    // between the writes of a scan, those that show something wait for its last.
    if (!destroyed)
      draw(
        ready.filter((tag) => tag.isConnected),
        held.length > 0,
      );
  };

  /** Asks for a mention's view with the next batch (for `tag`, drawn by the caller); resolves once it is known or failed. */
  const ask = (mention: Mention, tag?: HTMLElement): Promise<void> => {
    const key = keyOf(mention);
    let entry = waiting.get(key);
    if (!entry) waiting.set(key, (entry = { mention, tags: [], done: [] }));
    if (tag) entry.tags.push(tag);
    flushTimer ??= setTimeout(flush, 16);
    const known = entry;
    return new Promise<void>((resolve) => known.done.push(resolve));
  };
  const isKnown = (mention: Mention) => views.has(keyOf(mention)) && display !== undefined;

  /**
   * Asks for a tag's view unless it is known (the caller draws the tag): nothing if it is, else a
   * promise that resolves once it is known or failed.
   */
  const request = (tag: HTMLElement): Promise<void> | undefined => {
    const mention = mentionOf(tag);
    if (!mention || isKnown(mention)) return undefined;
    return ask(mention, tag);
  };

  const listen = (tag: HTMLElement) => {
    // Every handler acts on the user's own events only: a page's script cannot open cards or click through them.
    tag.addEventListener('mouseenter', (event) => {
      if (!isTrusted(event)) return;
      card.preload();
      if (pinned) return;
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(() => show(tag), hoverDelay);
    });
    tag.addEventListener('mouseleave', (event) => {
      if (isTrusted(event)) scheduleHide();
    });
    // The tag's own clicks are its own: they must not follow a link or select a row it sits in.
    tag.addEventListener('click', (event) => {
      if (!isTrusted(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (card.anchor() === tag && pinned) hide();
      else {
        show(tag);
        pinned = card.anchor() === tag;
      }
    });
    tag.addEventListener('keydown', (event) => {
      if (!isTrusted(event)) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        event.stopPropagation();
        show(tag, true);
        pinned = card.anchor() === tag;
      } else if (event.key === 'Escape' && card.anchor() === tag) {
        hide();
      }
    });
  };

  /** Tags that came near the viewport in this task: drawn together at its end. */
  let mounting: HTMLElement[] = [];
  const drawMounted = () => {
    const tags = mounting;
    mounting = [];
    if (destroyed) return;
    if (pageOwnsTags) {
      for (const tag of tags) tag.remove();
      return;
    }
    // Tags already in the page are drawn now (loading, if their views are unknown); detached ones when
    // placed (the scanner may have put them in and had them drawn since).
    draw(
      tags.filter((tag) => tag.isConnected && !isDrawn(tag)),
      held.length > 0,
    );
  };

  return {
    mount(tag) {
      if (!pageOwnsTags && pageOwnsElement(tag)) {
        // The page defined <tokentag-badge> itself: it has chosen to have no tags, so none are asked for.
        warnPageOwnsTags();
        pageOwnsTags = true;
      }
      if (pageOwnsTags) tag.remove();
      if (destroyed || pageOwnsTags || !mentionOf(tag)) return undefined;
      // The body's colours are read before the tags go in: read after, they would make the browser
      // recalculate the styles of every new tag in this task, and again at the next frame.
      if (bodyTheme === undefined && document.body) pageTheme();
      if (mounting.length === 0) queueMicrotask(drawMounted);
      mounting.push(tag);
      return request(tag);
    },
    async prefetch(mentions) {
      if (destroyed) return;
      const asked = mentions.filter((mention) => !isKnown(mention)).map((mention) => ask(mention));
      // At once, not after the batching delay: the page is loading meanwhile.
      clearTimeout(flushTimer);
      flush();
      await Promise.all(asked);
    },
    placed(tags, final = true) {
      if (destroyed) return;
      if (pageOwnsTags) {
        for (const tag of tags) tag.remove();
        return;
      }
      draw([...tags], !final);
      if (tags.length > 0) preloadCard();
    },
    refresh(tags) {
      generation++;
      views.clear();
      display = undefined;
      displayLoad = undefined;
      held = [];
      firstShown = new WeakMap();
      firstInControl = new WeakMap();
      themeAt = createThemeReader();
      bodyTheme = undefined;
      hide();
      const drawn = [...tags].filter(isDrawn);
      for (const tag of drawn) void request(tag);
      draw(drawn);
    },
    destroy() {
      destroyed = true;
      clearTimeout(flushTimer);
      hide();
      card.destroy();
      for (const entry of waiting.values()) for (const done of entry.done) done();
      waiting.clear();
    },
  };
}
