// The inline tag: a <tokentag-badge> in the page's light DOM whose compact price lives in its shadow root.
import type { ModelMatch } from '../utils/detect';
import { TAG_NAME } from './page-scanner';
import type { TagView } from '../utils/tag-view';

const TAG_CSS = `
:host {
  all: initial !important;
  display: inline !important;
  white-space: nowrap !important;
  margin: 0 0 0 0.3em !important;
  vertical-align: baseline !important;
  line-height: 1 !important;
  cursor: default !important;
}
:host(:focus) { outline: none; }
.pill {
  display: inline;
  padding: 0.15em 0.45em;
  border-radius: 999px;
  font: 600 0.72rem/1.15 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
  color: #0b3d91;
  background: #e3ecfd;
  border: 1px solid #b6ccf5;
  letter-spacing: 0;
}
.pill[data-state='unknown'], .pill[data-state='retired'], .pill[data-state='unpriced'] { color: #6b4f00; background: #fdf3d7; border-color: #ecd58c; }
.pill[data-state='loading'] { color: #57606a; background: #eef1f4; border-color: #d0d7de; }
:host(:focus-visible) .pill { outline: 2px solid #0b5cd5; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .pill { color: #cfe0ff; background: #15305e; border-color: #2d5aa8; }
  .pill[data-state='unknown'], .pill[data-state='retired'], .pill[data-state='unpriced'] { color: #f5dd9b; background: #4a3b10; border-color: #7a6220; }
  .pill[data-state='loading'] { color: #9da7b3; background: #21262d; border-color: #30363d; }
}
`;

/** One stylesheet adopted by every tag's shadow root, so that 3,000 tags do not parse 3,000 copies. */
export function adoptStyles(shadow: ShadowRoot, css: string, cache: { sheet?: CSSStyleSheet | null }): void {
  if (cache.sheet === undefined) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      cache.sheet = sheet;
    } catch {
      cache.sheet = null;
    }
  }
  if (cache.sheet) {
    try {
      shadow.adoptedStyleSheets = [cache.sheet];
      return;
    } catch {
      cache.sheet = null;
    }
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

const tagStyles: { sheet?: CSSStyleSheet | null } = {};

/** The tag for a mention, not yet mounted: an empty inline element that costs nothing until seen. */
export function createTagElement(match: ModelMatch): HTMLElement {
  const tag = document.createElement(TAG_NAME);
  tag.setAttribute('data-model-id', match.modelId);
  tag.setAttribute('data-known', String(match.known));
  return tag;
}

/** Gives a tag its shadow root and pill; `view` undefined shows it loading. */
export function renderTag(tag: HTMLElement, view: TagView | undefined): void {
  let shadow = tag.shadowRoot;
  let pill: HTMLElement;
  if (!shadow) {
    shadow = tag.attachShadow({ mode: 'open' });
    adoptStyles(shadow, TAG_CSS, tagStyles);
    pill = document.createElement('span');
    pill.className = 'pill';
    shadow.append(pill);
    tag.tabIndex = 0;
    tag.setAttribute('role', 'button');
    tag.setAttribute('aria-haspopup', 'dialog');
    tag.setAttribute('aria-expanded', 'false');
  } else {
    pill = shadow.querySelector('.pill')!;
  }
  if (!view) {
    pill.dataset.state = 'loading';
    pill.textContent = '…';
    tag.setAttribute('aria-label', 'TokenTag …');
    tag.setAttribute('aria-busy', 'true');
    return;
  }
  tag.removeAttribute('aria-busy');
  pill.dataset.state = view.known ? view.status : 'unknown';
  pill.textContent = view.label;
  tag.setAttribute('aria-label', `TokenTag: ${view.description}`);
}
