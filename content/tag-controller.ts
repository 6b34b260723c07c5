// Gives drawn tags their views (fetched in batches) and their look (section, code, density, theme), and opens the price card by pointer or keyboard.
import type { TagView } from '../utils/tag-view';
import { logger } from '../extension/log';
import { createPriceCard } from './price-card';
import { inCode, inInteractive, pageThemeAt, sectionOf, type PageTheme } from './tag-context';
import { defaultTagDisplay, loadingLabel as defaultLoadingLabel, readTagDisplay, type TagDisplay } from './tag-display';
import { isDrawn, mentionOf, renderTag, type Mention, type TagMode } from './tag-element';

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
  /** The accessible name of a tag whose price is loading. */
  loadingLabel?: string;
}

export interface TagController {
  /** Draws a tag that came near the viewport, loading its view if needed. */
  mount(tag: HTMLElement): void;
  /** Forgets every view and the display settings, and redraws those of `tags` that are drawn (settings changed). */
  refresh(tags: Iterable<HTMLElement>): void;
  destroy(): void;
}

const log = logger('content');

/** One view per mention: the same model named twice shares it. */
const keyOf = (mention: Mention) => `${mention.known}:${mention.modelId}`;

export function createTagController({
  fetchViews,
  onCompare,
  hoverDelay = 120,
  readDisplay = readTagDisplay,
  isTrusted = (event) => event.isTrusted,
  loadingLabel = defaultLoadingLabel(),
}: TagControllerOptions): TagController {
  const views = new Map<string, TagView>();
  /** Mentions whose view is being fetched, with the tags that wait for it. */
  const waiting = new Map<string, { mention: Mention; tags: HTMLElement[] }>();
  // Weak, so that tags the page drops are not kept alive here.
  const listened = new WeakSet<HTMLElement>();
  /** Per section (its heading, or its root), the first drawn tag of each model: its one tab stop and pill. */
  let firsts = new WeakMap<Element, Map<string, HTMLElement>>();
  let themes = new WeakMap<Element, PageTheme>();
  let display: TagDisplay | undefined;
  let displayLoad: Promise<TagDisplay> | undefined;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let pinned = false;
  let destroyed = false;
  /** Set once the page turns out to own our element name: its tags are then taken out, quietly. */
  let pageOwnsTags = false;

  const loadDisplay = () =>
    (displayLoad ??= readDisplay().then((value) => {
      display = value;
      return value;
    }));

  const hide = () => {
    clearTimeout(hoverTimer);
    pinned = false;
    card.hide();
  };
  const themeOf = (tag: HTMLElement): PageTheme => {
    const parent = tag.parentElement;
    if (!parent) return 'light';
    let theme = themes.get(parent);
    if (!theme) themes.set(parent, (theme = pageThemeAt(parent)));
    return theme;
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

  const card = createPriceCard({
    onCompare,
    isTrusted,
    onPointer: (inside) => (inside ? clearTimeout(hoverTimer) : scheduleHide()),
    onEscape: () => {
      const anchor = card.anchor();
      hide();
      anchor?.focus();
    },
    onFocusLeave: hide,
  });

  /** The mode before density: code gets a marker, nothing or a pill, as the user chose. */
  const baseMode = (tag: HTMLElement, shown: TagDisplay): TagMode => {
    if (!inCode(tag)) return 'pill';
    return shown.codeTags === 'full' ? 'pill' : shown.codeTags === 'marker' ? 'marker' : 'none';
  };

  /**
   * Whether `tag` is the first shown mention of its model in its section, in document order.
   * A tag drawn later but standing earlier (the reader scrolled up) takes over, and the one it
   * replaces is drawn again as a repeat.
   */
  const claimFirst = (tag: HTMLElement, key: string): boolean => {
    const { root, heading } = sectionOf(tag);
    const section = heading ?? root;
    let byModel = firsts.get(section);
    if (!byModel) firsts.set(section, (byModel = new Map()));
    const first = byModel.get(key);
    if (first === tag) return true;
    if (!first || !first.isConnected || first.compareDocumentPosition(tag) & Node.DOCUMENT_POSITION_PRECEDING) {
      byModel.set(key, tag);
      if (first?.isConnected) draw(first);
      return true;
    }
    return false;
  };

  /** Draws a tag with what is known now (its view may still be loading). */
  function draw(tag: HTMLElement): void {
    const mention = mentionOf(tag);
    if (!mention || pageOwnsTags) return;
    const shown = display ?? defaultTagDisplay;
    const key = keyOf(mention);
    let mode = baseMode(tag, shown);
    const first = mode !== 'none' && claimFirst(tag, key);
    if (!first && shown.tagDensity === 'first-per-section') mode = 'none';
    const drawn = renderTag(tag, {
      view: views.get(key),
      mode,
      interactive: !inInteractive(tag),
      tabStop: first,
      theme: themeOf(tag),
      loadingLabel,
    });
    if (drawn === 'page-owned') {
      // The page defined <tokentag-badge> itself: it has chosen to have no tags, so none are drawn.
      if (!pageOwnsTags) log.warn('the page defines <tokentag-badge> itself; no tags on this page');
      pageOwnsTags = true;
      tag.remove();
    } else if (drawn === 'taken') tag.remove();
  }

  const flush = async () => {
    flushTimer = undefined;
    const batch = [...waiting];
    if (batch.length === 0) return;
    let fetched: TagView[];
    try {
      [fetched] = await Promise.all([fetchViews(batch.map(([, { mention }]) => mention)), loadDisplay()]);
    } catch (error) {
      // The background could not answer (the extension was reloaded): tags stay as they are.
      log.warn('could not load tag views', { error, mentions: batch.length });
      for (const [key] of batch) waiting.delete(key);
      return;
    }
    if (destroyed) return;
    batch.forEach(([key], i) => {
      const view = fetched[i];
      const tags = waiting.get(key)?.tags ?? [];
      waiting.delete(key);
      if (!view) return;
      views.set(key, view);
      for (const tag of tags) if (tag.isConnected) draw(tag);
    });
  };

  const request = (tag: HTMLElement) => {
    const mention = mentionOf(tag);
    if (!mention) return;
    const key = keyOf(mention);
    draw(tag);
    if (views.has(key) && display) return;
    const entry = waiting.get(key);
    if (entry) entry.tags.push(tag);
    else waiting.set(key, { mention, tags: [tag] });
    flushTimer ??= setTimeout(() => void flush(), 16);
  };

  const listen = (tag: HTMLElement) => {
    // Every handler acts on the user's own events only: a page's script cannot open cards or click through them.
    tag.addEventListener('mouseenter', (event) => {
      if (!isTrusted(event) || pinned) return;
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

  return {
    mount(tag) {
      if (destroyed || !mentionOf(tag)) return;
      if (pageOwnsTags) {
        tag.remove();
        return;
      }
      if (!listened.has(tag)) {
        listened.add(tag);
        listen(tag);
      }
      request(tag);
    },
    refresh(tags) {
      views.clear();
      display = undefined;
      displayLoad = undefined;
      firsts = new WeakMap();
      themes = new WeakMap();
      hide();
      for (const tag of tags) if (isDrawn(tag)) request(tag);
    },
    destroy() {
      destroyed = true;
      clearTimeout(flushTimer);
      hide();
      card.destroy();
      waiting.clear();
    },
  };
}
