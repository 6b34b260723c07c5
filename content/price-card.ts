// The card a tag opens on hover or focus: every current rate, the latest change, and the active preset's bill.
import type { KnownTagView, LabelledValue, TagView } from '../utils/tag-view';
import { adoptStyles } from './tag-element';

export const CARD_TAG_NAME = 'tokentag-card';

const CARD_CSS = `
/* A zero-size, click-through host: only the card itself takes the pointer. */
:host {
  all: initial !important; position: fixed !important; z-index: 2147483647 !important;
  top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important;
  pointer-events: none !important;
}
:host([hidden]) { display: none !important; }
.card {
  pointer-events: auto;
  position: absolute;
  top: 0;
  left: 0;
  box-sizing: border-box;
  width: 320px;
  max-width: calc(100vw - 16px);
  max-height: min(70vh, 520px);
  overflow: auto;
  padding: 12px 14px;
  border-radius: 10px;
  border: 1px solid #d0d7de;
  background: #ffffff;
  color: #1b1f24;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18);
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  text-align: left;
}
h2 { font-size: 14px; margin: 0; font-weight: 650; }
.vendor { color: #57606a; font-size: 12px; margin: 0 0 8px; }
h3 { font-size: 11px; letter-spacing: 0.04em; text-transform: uppercase; color: #57606a; margin: 10px 0 4px; font-weight: 600; }
dl { display: grid; grid-template-columns: 1fr auto; gap: 2px 12px; margin: 0; }
dt { color: #57606a; }
dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
p { margin: 4px 0; }
.change { color: #0b3d91; }
.notice { color: #6b4f00; font-size: 12px; }
.total { font-weight: 650; }
.foot { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-top: 10px; font-size: 12px; color: #57606a; }
a { color: #0b5cd5; }
button {
  font: inherit; font-weight: 600; padding: 5px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #0b5cd5; background: #0b5cd5; color: #fff;
}
button:focus-visible, a:focus-visible { outline: 2px solid #0b5cd5; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #161b22; color: #e6edf3; border-color: #30363d; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.6); }
  .vendor, h3, dt, .foot { color: #9da7b3; }
  .change { color: #9cc3ff; }
  .notice { color: #e3c26b; }
  a { color: #4493f8; }
  button { background: #4493f8; border-color: #4493f8; color: #0d1117; }
}
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function list(rows: LabelledValue[]): HTMLDListElement {
  const dl = el('dl');
  for (const row of rows) dl.append(el('dt', undefined, row.label), el('dd', undefined, row.value));
  return dl;
}

function knownBody(view: KnownTagView, onCompare: (modelId: string) => void): Node[] {
  const nodes: Node[] = [el('h2', undefined, view.name), el('p', 'vendor', view.vendorName)];
  if (view.text.status) nodes.push(el('p', 'notice', view.text.status));
  if (view.rates.length > 0) nodes.push(el('h3', undefined, view.text.rates), list(view.rates));
  if (view.tiers.length > 0) nodes.push(el('h3', undefined, view.text.tiers), list(view.tiers));
  if (view.latestChange || view.vsPredecessor) {
    nodes.push(el('h3', undefined, view.text.changes));
    if (view.latestChange) nodes.push(el('p', 'change', view.latestChange));
    if (view.vsPredecessor) nodes.push(el('p', 'change', view.vsPredecessor));
  }
  if (view.preset && view.text.preset && view.text.presetTotals) {
    nodes.push(el('h3', undefined, view.text.preset), el('p', 'total', view.text.presetTotals), list(view.preset.lines));
    for (const notice of view.preset.notices) nodes.push(el('p', 'notice', notice));
  }
  const foot = el('div', 'foot');
  if (view.source) {
    const source = el('span');
    const link = el('a', undefined, view.text.source);
    link.href = view.source.url;
    link.target = '_blank';
    link.rel = 'noreferrer';
    source.append(link, view.text.checked ? ` · ${view.text.checked}` : '');
    foot.append(source);
  }
  const compare = el('button', undefined, view.text.compare);
  compare.type = 'button';
  compare.addEventListener('click', () => onCompare(view.modelId));
  foot.append(compare);
  nodes.push(foot);
  return nodes;
}

export interface PriceCard {
  /** Shows the card for a tag, next to it. */
  show(anchor: HTMLElement, view: TagView): void;
  hide(): void;
  /** The tag the card is showing, if any. */
  anchor(): HTMLElement | undefined;
  /** Whether the pointer or focus is inside the card. */
  contains(node: EventTarget | null): boolean;
  destroy(): void;
}

export interface PriceCardOptions {
  onCompare(modelId: string): void;
  /** The pointer entered or left the card (so that moving from the tag into the card keeps it open). */
  onPointer?(inside: boolean): void;
  /** A key pressed inside the card (Escape closes it). */
  onKey?(event: KeyboardEvent): void;
}

export function createPriceCard({ onCompare, onPointer, onKey }: PriceCardOptions): PriceCard {
  const host = document.createElement(CARD_TAG_NAME);
  host.hidden = true;
  host.addEventListener('mouseenter', () => onPointer?.(true));
  host.addEventListener('mouseleave', () => onPointer?.(false));
  host.addEventListener('keydown', (event) => onKey?.(event));
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, CARD_CSS, {});
  const card = el('div', 'card');
  card.setAttribute('role', 'dialog');
  shadow.append(card);
  let current: HTMLElement | undefined;

  const place = () => {
    if (!current) return;
    const rect = current.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const below = rect.bottom + 6 + height <= window.innerHeight || rect.top < height + 6;
    const top = below ? rect.bottom + 6 : rect.top - height - 6;
    const left = Math.min(Math.max(8, rect.left), window.innerWidth - width - 8);
    // Positioned inside the shadow root: the host's own style loses to its `:host { all: initial !important }`.
    card.style.transform = `translate(${Math.round(left)}px, ${Math.round(Math.max(8, top))}px)`;
  };

  return {
    show(anchor, view) {
      current?.setAttribute('aria-expanded', 'false');
      current = anchor;
      anchor.setAttribute('aria-expanded', 'true');
      card.setAttribute('aria-label', view.description);
      card.replaceChildren(
        ...(view.known ? knownBody(view, onCompare) : [el('h2', undefined, view.modelId), el('p', 'notice', view.message)]),
      );
      if (!host.isConnected) document.documentElement.append(host);
      host.hidden = false;
      place();
      window.addEventListener('scroll', place, { passive: true, capture: true });
      window.addEventListener('resize', place, { passive: true });
    },
    hide() {
      if (!current) return;
      current.setAttribute('aria-expanded', 'false');
      current = undefined;
      host.hidden = true;
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
    },
    anchor: () => current,
    contains: (node) => node === host || (node instanceof Node && (host.contains(node) || shadow.contains(node))),
    destroy() {
      this.hide();
      host.remove();
    },
  };
}
