// The inline tag: a <tokentag-badge> in the page's light DOM whose price is drawn in a closed shadow root, as CSS content (never text).
import type { ModelMatch } from '../utils/detect';
import type { TagView } from '../utils/tag-view';
import { logger } from '../extension/log';
import { TAG_NAME } from './page-scanner';
import { important } from './important';
import type { PageTheme } from './tag-context';

const log = logger('content');

/*
 * The tag's style, compact (one rule a line: the content script's size counts, and this text ships as
 * written). Its label is `.pill::before { content: attr(data-label) }` on an element inside a closed
 * shadow root: there is no text node, so selecting or copying the page's text never takes a tag with
 * it. (No `user-select: none`: it would end a reader's triple-click selection at the first tag.) `data-display='none'`
 * hides a repeat mention; a busy tag (its price or its card's script loading) shows a progress cursor;
 * any state but `priced` (unknown, retired, unpriced) has the warning colours, and `loading` its own;
 * `.dark` follows the page's background, not the OS.
 */
const TAG_CSS = `
:host{${important('all:initial;display:inline;white-space:nowrap;margin:0 0 0 0.3em;line-height:1;cursor:default;')}}
:host([data-display='none']){display:none !important}
:host([aria-busy='true']){cursor:progress !important}
:host(:focus){outline:none}
.pill{display:inline;padding:0.15em 0.45em;border-radius:999px;font:600 0.72rem/1.15 system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;font-variant-numeric:tabular-nums;white-space:nowrap;color:#0b3d91;background:#e3ecfd;border:1px solid #b6ccf5;letter-spacing:0}
.pill::before{content:attr(data-label)}
.pill[data-mode='marker']{display:inline-block;width:0.5em;height:0.5em;padding:0;vertical-align:0.15em}
.pill[data-mode='marker']::before{content:none}
.pill:not([data-state='priced']){color:#6b4f00;background:#fdf3d7;border-color:#ecd58c}
.pill[data-state='loading']{color:#57606a;background:#eef1f4;border-color:#d0d7de}
:host(:focus-visible) .pill{outline:2px solid #0b5cd5;outline-offset:1px}
.pill.dark{color:#cfe0ff;background:#15305e;border-color:#2d5aa8}
.pill.dark:not([data-state='priced']){color:#f5dd9b;background:#4a3b10;border-color:#7a6220}
.pill.dark[data-state='loading']{color:#9da7b3;background:#21262d;border-color:#30363d}
:host(:focus-visible) .pill.dark{outline-color:#4493f8}
`;

/** One stylesheet adopted by every tag's shadow root, so that 3,000 tags do not parse 3,000 copies. */
export function adoptStyles(shadow: ShadowRoot, css: string, cache: { sheet?: CSSStyleSheet | null }): void {
  if (cache.sheet === undefined) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      cache.sheet = sheet;
    } catch (error) {
      log.debug('constructable stylesheets unavailable; using <style>', { error });
      cache.sheet = null;
    }
  }
  if (cache.sheet) {
    try {
      shadow.adoptedStyleSheets = [cache.sheet];
      return;
    } catch (error) {
      log.debug('adoptedStyleSheets refused; using <style>', { error });
      cache.sheet = null;
    }
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

const tagStyles: { sheet?: CSSStyleSheet | null } = {};

/** What a tag stands for. */
export interface Mention {
  modelId: string;
  known: boolean;
}

/**
 * The mention of every tag this script made, held in the content script's isolated world and
 * keyed by element: the page can rewrite `data-model-id`, but a tag keeps showing what it was made for.
 */
const mentions = new WeakMap<HTMLElement, Mention>();
/**
 * Each drawn tag's closed shadow root and pill, reachable only from here. Both are made once the tag
 * is first shown: most tags of a long table are repeats, hidden for good, and a shadow root each
 * would cost them time, memory and style work for nothing.
 */
const parts = new WeakMap<HTMLElement, { shadow?: ShadowRoot; pill?: HTMLElement }>();

/**
 * A tag's look while it has no shadow root: hidden, by its own inline style, which no style sheet of
 * the page can override (an element's own `!important` declarations come last in the cascade).
 */
const HIDDEN_STYLE = 'display:none !important';

/** The mention a tag was made for, or undefined for an element this script did not make. */
export const mentionOf = (tag: HTMLElement): Mention | undefined => mentions.get(tag);

/** Switches a drawn tag to the page's theme where it stands (found after it was drawn). */
export function setTagTheme(tag: HTMLElement, theme: PageTheme): void {
  parts.get(tag)?.pill?.classList.toggle('dark', theme === 'dark');
}

/** Whether the tag has been drawn (has its shadow root). */
export const isDrawn = (tag: HTMLElement): boolean => parts.has(tag);

/**
 * Whether the page registered its own custom element under our name, so that its code runs for
 * the element: upgraded elements match `:defined` (an unknown name never does), and where the page's
 * class is visible (one world, as in tests) the prototype is not HTMLElement's.
 */
export function pageOwnsElement(element: Element): boolean {
  if (Object.getPrototypeOf(element) !== HTMLElement.prototype) return true;
  try {
    return element.matches(':defined');
  } catch (error) {
    log.debug('`:defined` not supported', { error });
    return false;
  }
}

/** The tag for a mention, not yet drawn: an empty inline element that costs nothing until seen. */
export function createTagElement(match: ModelMatch): HTMLElement {
  const tag = document.createElement(TAG_NAME);
  // For tests and outside tools to read; never read back by TokenTag.
  tag.setAttribute('data-model-id', match.modelId);
  tag.setAttribute('data-known', String(match.known));
  mentions.set(tag, { modelId: match.modelId, known: match.known });
  return tag;
}

/** How one tag is drawn: a pill with its price, a quiet dot (in code), or nothing (a repeat mention). */
export type TagMode = 'pill' | 'marker' | 'none';

export interface TagLook {
  /** Undefined while the view is loading. */
  view: TagView | undefined;
  mode: TagMode;
  /** False inside the page's own link or button: a plain, hidden label there, never a control. */
  interactive: boolean;
  /** The one tab stop of its model in its section; the others are reachable by pointer only. */
  tabStop: boolean;
  theme: PageTheme;
  /** Accessible name while loading. */
  loadingLabel: string;
  /**
   * Hidden for now, to be shown by a later draw (`mode` is then `none`): its shadow root and pill are
   * made already, so that the draw that shows it (a long table's one reveal) only switches it on.
   */
  held?: boolean;
}

/** Sets and removes attributes where they differ; on a tag drawn for the first time (`fresh`), only sets. */
const setAttributes = (tag: HTMLElement, attributes: Record<string, string | null>, fresh: boolean) => {
  for (const name in attributes) {
    const value = attributes[name]!;
    if (fresh) {
      if (value !== null) tag.setAttribute(name, value);
    } else if (value === null) tag.removeAttribute(name);
    else if (tag.getAttribute(name) !== value) tag.setAttribute(name, value);
  }
};

/**
 * Draws a tag: `drawn`; `page-owned` when the page registered its own element under our name
 * (its code runs for every tag); `taken` when the page gave this one tag a shadow root of its own.
 */
export function renderTag(tag: HTMLElement, look: TagLook): 'drawn' | 'page-owned' | 'taken' {
  let own = parts.get(tag);
  const fresh = !own;
  if (!own) {
    if (pageOwnsElement(tag)) return 'page-owned';
    own = {};
    parts.set(tag, own);
  }
  const { view, mode } = look;
  const shown = mode !== 'none';
  // A repeat mention is hidden (most tags of a long table): its shadow root and pill are made when it is first shown.
  if ((shown || look.held) && !own.shadow) {
    try {
      own.shadow = tag.attachShadow({ mode: 'closed' });
    } catch (error) {
      log.warn('the page gave a tag a shadow root of its own; leaving that tag out', { error });
      return 'taken';
    }
    adoptStyles(own.shadow, TAG_CSS, tagStyles);
    own.pill = document.createElement('span');
    own.pill.className = 'pill';
    own.shadow.append(own.pill);
  }
  const { pill } = own;
  if (pill) {
    pill.dataset.mode = mode;
    pill.dataset.state = view ? (view.known ? view.status : 'unknown') : 'loading';
    pill.dataset.label = view ? view.label : '…';
    pill.classList.toggle('dark', look.theme === 'dark');
  }
  const control = shown && look.interactive;
  setAttributes(
    tag,
    {
      // A generic, positive signal that the tag is drawn (tests wait for it); says nothing private.
      'data-state': view ? 'ready' : 'loading',
      'data-display': mode,
      // Until it has a shadow root (whose own style hides a repeat), a tag is hidden by this.
      style: own.shadow ? null : HIDDEN_STYLE,
      // The seller whose offer the tag shows (its own page's seller, else the creator).
      'data-seller': view?.known ? view.seller : null,
      role: control ? 'button' : null,
      tabindex: control ? (look.tabStop ? '0' : '-1') : null,
      'aria-haspopup': control ? 'dialog' : null,
      'aria-expanded': control ? (!fresh && tag.getAttribute('aria-expanded')) || 'false' : null,
      'aria-hidden': control ? null : 'true',
      // Model name and list prices at most: the page's scripts can read this.
      'aria-label': control ? (view ? view.description : look.loadingLabel) : null,
      'aria-busy': control && !view ? 'true' : null,
    },
    fresh,
  );
  return 'drawn';
}
