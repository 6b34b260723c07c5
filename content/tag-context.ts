// What a tag's place in the page says about how to draw it: its section, whether it sits in code or in a link, and the page's own background.

/**
 * Elements that delimit a section by themselves. Inside one, a heading (h1–h6) that precedes the
 * mention starts a new section too, so that one long `<main>` of docs has a section per heading.
 * A table is one section whole: its rows are not split by headings. (This file's selector lists have
 * no spaces: they ship as written, and the content script's size counts.)
 */
const SECTION_ROOTS = 'section,article,main,aside,nav,table,dialog,[role="region"],[role="main"],[role="dialog"]';
const HEADING = /^H[1-6]$/;

/** What stands for a tag's place in the page: the tag itself, or the text of its mention when the tag is drawn over a table. */
export type TagPlace = Element | Text;

/** The heading before an element among its earlier siblings, memoised per element (siblings are walked once). */
const headingMemo = new WeakMap<TagPlace, Element | null>();
function headingBefore(element: TagPlace): Element | null {
  const known = headingMemo.get(element);
  if (known !== undefined) return known;
  // Iterative with a stack, so that a list of 50,000 siblings does not recurse 50,000 deep.
  const chain: TagPlace[] = [];
  let found: Element | null = null;
  for (let prev = element.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (HEADING.test(prev.tagName)) {
      found = prev;
      break;
    }
    const memo = headingMemo.get(prev);
    if (memo !== undefined) {
      found = memo;
      break;
    }
    chain.push(prev);
  }
  for (const el of chain) headingMemo.set(el, found);
  headingMemo.set(element, found);
  return found;
}

/** The section a tag is in: its section root, and within that the heading it follows (if any). */
export function sectionOf(tag: TagPlace): { root: Element; heading: Element | null } {
  const root = tag.parentElement?.closest(SECTION_ROOTS) ?? tag.ownerDocument.body ?? tag.ownerDocument.documentElement;
  if (root.tagName === 'TABLE') return { root, heading: null };
  for (let el: TagPlace | null = tag; el && el !== root; el = el.parentElement) {
    const heading = headingBefore(el);
    if (heading) return { root, heading };
  }
  return { root, heading: null };
}

/** Whether the mention is in a code block or inline code. */
export const inCode = (tag: TagPlace): boolean => tag.parentElement?.closest('pre,code,kbd,samp') != null;

/**
 * Whether the tag sits inside the page's own interactive element: there it must not be interactive
 * content itself (no role, no tab stop), or it nests a control in a control.
 */
export const inInteractive = (tag: TagPlace): boolean =>
  tag.parentElement?.closest(
    'a[href],button,label,summary,select,[role="button"],[role="link"],[role="tab"],[role="menuitem"]',
  ) != null;

/** An `rgb()`/`rgba()` colour as computed styles give it; undefined for anything else. */
export function parseColor(value: string): { r: number; g: number; b: number; a: number } | undefined {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export type PageTheme = 'light' | 'dark';

/** The theme an element's own background sets, or undefined when it paints none (or an almost transparent one). */
function ownTheme(element: Element, view: Window): PageTheme | undefined {
  const color = parseColor(view.getComputedStyle(element).backgroundColor);
  if (!color || color.a < 0.5) return undefined;
  return luminance(color) < 0.2 ? 'dark' : 'light';
}

/**
 * Whether the page is light or dark where an element is: the background of its nearest ancestor
 * that paints an (almost) opaque one. Not the OS scheme: a dark docs page under a light OS is dark.
 * With no painted background anywhere, the canvas is the browser's default white. Each element's
 * style is read once per reader (pass a fresh one when the page's styles may have changed).
 */
/**
 * The elements whose background decides a tag's theme: blocks that commonly paint their own (code,
 * sections, sidebars, headers, tables) and the page itself. Reading every cell and row of a
 * 3,000-row table would cost one computed style per element; reading from the nearest such block
 * costs a handful per page. A background painted by a plain `div` or cell alone is missed.
 */
const THEMED_BLOCKS = `pre,code,blockquote,${SECTION_ROOTS},header,footer,body`;

/** Where to read a tag's theme from: its nearest themed block (or its parent, outside any). */
export const themeHolder = (tag: TagPlace): Element | null => tag.parentElement?.closest(THEMED_BLOCKS) ?? tag.parentElement;

export interface ThemeReader {
  /** The theme at an element (reads computed styles unless known). */
  (element: Element): PageTheme;
  /** The theme at an element if already read, without touching the page. */
  known(element: Element): PageTheme | undefined;
}

export function createThemeReader(): ThemeReader {
  const memo = new WeakMap<Element, PageTheme>();
  const themeAt = (element: Element): PageTheme => {
    const known = memo.get(element);
    if (known) return known;
    const view = element.ownerDocument.defaultView;
    const parent = element.parentElement;
    const theme = (view && ownTheme(element, view)) ?? (parent ? themeAt(parent) : 'light');
    memo.set(element, theme);
    return theme;
  };
  return Object.assign(themeAt, { known: (element: Element) => memo.get(element) });
}
