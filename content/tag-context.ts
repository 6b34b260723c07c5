// What a tag's place in the page says about how to draw it: its section, whether it sits in code or in a link, and the page's own background.

/**
 * Elements that delimit a section by themselves. Inside one, a heading (h1–h6) that precedes the
 * mention starts a new section too, so that one long `<main>` of docs has a section per heading.
 * A table is one section whole: its rows are not split by headings.
 */
const SECTION_ROOTS = 'section, article, main, aside, nav, table, dialog, [role="region"], [role="main"], [role="dialog"]';
const HEADING = /^H[1-6]$/;

/** The heading before an element among its earlier siblings, memoised per element (siblings are walked once). */
const headingMemo = new WeakMap<Element, Element | null>();
function headingBefore(element: Element): Element | null {
  const known = headingMemo.get(element);
  if (known !== undefined) return known;
  // Iterative with a stack, so that a list of 50,000 siblings does not recurse 50,000 deep.
  const chain: Element[] = [];
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
export function sectionOf(tag: Element): { root: Element; heading: Element | null } {
  const root = tag.parentElement?.closest(SECTION_ROOTS) ?? tag.ownerDocument.body ?? tag.ownerDocument.documentElement;
  if (root.tagName === 'TABLE') return { root, heading: null };
  for (let el: Element | null = tag; el && el !== root; el = el.parentElement) {
    const heading = headingBefore(el);
    if (heading) return { root, heading };
  }
  return { root, heading: null };
}

/** Whether the mention is in a code block or inline code. */
export const inCode = (tag: Element): boolean => tag.parentElement?.closest('pre, code, kbd, samp') != null;

/**
 * Whether the tag sits inside the page's own interactive element: there it must not be interactive
 * content itself (no role, no tab stop), or it nests a control in a control.
 */
export const inInteractive = (tag: Element): boolean =>
  tag.parentElement?.closest(
    'a[href], button, label, summary, select, [role="button"], [role="link"], [role="tab"], [role="menuitem"]',
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

/**
 * Whether the page is light or dark where the tag is: the background of its nearest ancestor
 * that paints an (almost) opaque one. Not the OS scheme: a dark docs page under a light OS is dark.
 * With no painted background anywhere, the canvas is the browser's default white.
 */
export function pageThemeAt(element: Element): PageTheme {
  const view = element.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let el: Element | null = element; el; el = el.parentElement) {
    const color = parseColor(view.getComputedStyle(el).backgroundColor);
    if (color && color.a >= 0.5) return luminance(color) < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
