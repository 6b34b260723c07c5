// The card a tag opens on hover, click or Enter: every current rate, the latest change, the active preset's bill and who sells the model cheapest, in a closed shadow root.
import type { OfferList } from '../utils/offer-list';
import type { OfferRef } from '../utils/offers';
import type { KnownTagView, LabelledValue, TagView } from '../utils/tag-view';
import { logger } from '../extension/log';
import { sendMessage } from '../extension/messaging';
import type { PageTheme } from './tag-context';
import { adoptStyles, pageOwnsElement } from './tag-element';

export const CARD_TAG_NAME = 'tokentag-card';

const log = logger('content');

/*
 * The card's style, compact (one rule a line: the content script's size counts). The host is a
 * zero-size, click-through box: only the card takes the pointer. The card is never wider or taller
 * than the viewport, at any zoom (it scrolls inside instead); dates never wrap; `.dark` follows the
 * page's background, not the OS.
 */
const CARD_CSS = `
:host{all:initial !important;position:fixed !important;z-index:2147483647 !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;overflow:visible !important;pointer-events:none !important}
:host([hidden]){display:none !important}
.card{pointer-events:auto;position:absolute;top:0;left:0;box-sizing:border-box;width:min(320px,calc(100vw - 16px));max-height:min(70vh,520px,calc(100vh - 16px));overflow:auto;overflow-wrap:break-word;padding:12px 14px;border-radius:10px;border:1px solid #d0d7de;background:#ffffff;color:#1b1f24;box-shadow:0 8px 28px rgba(0,0,0,0.18);font:13px/1.4 system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;text-align:left}
.card:focus{outline:none}
h2{font-size:14px;margin:0;font-weight:650}
.vendor{color:#57606a;font-size:12px;margin:0 0 8px}
h3{font-size:11px;letter-spacing:0.04em;text-transform:uppercase;color:#57606a;margin:10px 0 4px;font-weight:600}
dl{display:grid;grid-template-columns:1fr auto;gap:2px 12px;margin:0}
dt{color:#57606a}
dd{margin:0;text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
p{margin:4px 0}
.date{white-space:nowrap}
.change{color:#0b3d91}
.notice{color:#6b4f00;font-size:12px}
.total{font-weight:650}
.muted{color:#57606a;font-size:12px}
ol{list-style:none;margin:0;padding:0}
li{display:grid;grid-template-columns:1fr auto;gap:0 12px;padding:2px 0}
li[aria-current]{font-weight:650}
li small{grid-column:1;color:#57606a;font-weight:400}
li span:nth-child(2){text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.offers{margin-top:10px;border-top:1px solid #d0d7de}
.offers>button{margin-top:6px}
.dark .offers{border-color:#30363d}
.dark li small,.dark .muted{color:#9da7b3}
.origin{font-size:12px;font-weight:600;color:#5a32a3}
.origin[data-origin='feed']{color:#6b4f00;font-style:italic}
.foot{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:8px;margin-top:10px;font-size:12px;color:#57606a}
a{color:#0b5cd5}
button{font:inherit;font-weight:600;padding:5px 10px;border-radius:6px;cursor:pointer;border:1px solid #0b5cd5;background:#0b5cd5;color:#fff}
button:focus-visible,a:focus-visible{outline:2px solid #0b5cd5;outline-offset:2px}
.card.dark{background:#161b22;color:#e6edf3;border-color:#30363d;box-shadow:0 8px 28px rgba(0,0,0,0.6)}
.dark .vendor,.dark h3,.dark dt,.dark .foot{color:#9da7b3}
.dark .change{color:#9cc3ff}
.dark .notice{color:#e3c26b}
.dark .origin{color:#c8a8ff}
.dark .origin[data-origin='feed']{color:#e3c26b}
.dark a{color:#4493f8}
.dark button{background:#4493f8;border-color:#4493f8;color:#0d1117}
.dark button:focus-visible,.dark a:focus-visible{outline-color:#4493f8}
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.append(...withDates(text));
  return node;
}

/** A day as the card writes it: ISO, or Intl's medium date in English ("Nov 27, 2026") or Chinese ("2026年11月27日"). */
const DATE = /\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2} \d{1,2}, \d{4}|\d{4}年\d{1,2}月\d{1,2}日/g;

/** Text with every date in a no-wrap span, so that "2026-11-27" or "Nov 27, 2026" never breaks inside. */
export function withDates(text: string): (string | HTMLElement)[] {
  const parts: (string | HTMLElement)[] = [];
  let last = 0;
  for (const match of text.matchAll(DATE)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    const date = document.createElement('span');
    date.className = 'date';
    date.textContent = match[0];
    parts.push(date);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

function list(rows: LabelledValue[]): HTMLDListElement {
  const dl = el('dl');
  for (const row of rows) dl.append(el('dt', undefined, row.label), el('dd', undefined, row.value));
  return dl;
}

/** The model's offers, cheapest first; the one this tag shows is marked (aria-current). */
function offersBody(view: KnownTagView, list: OfferList): Node[] {
  if (list.only) return [el('p', 'muted', list.only)];
  const ol = el('ol');
  for (const row of list.rows) {
    const li = el('li');
    li.dataset.seller = row.seller;
    li.append(el('span', undefined, row.sellerName), el('span', undefined, row.cost));
    if (row.notes.length > 0) li.append(el('small', undefined, row.notes.join(' · ')));
    if (row.seller === view.seller && row.region === view.region) li.setAttribute('aria-current', 'true');
    ol.append(li);
  }
  return [el('h3', undefined, list.title), ol, ...(list.more ? [el('p', 'muted', list.more)] : [])];
}

function knownBody(view: KnownTagView, onCompare: (modelId: string, event: Event) => void, offers: HTMLElement): Node[] {
  const nodes: Node[] = [el('h2', undefined, view.name), el('p', 'vendor', view.vendorName)];
  if (view.text.status) nodes.push(el('p', 'notice', view.text.status));
  if (view.origin && view.text.origin) {
    // Said above the rates: a price TokenTag did not check, or the user's own, is never shown as a checked one.
    const origin = el('p', 'origin', view.text.origin);
    origin.dataset.origin = view.origin;
    nodes.push(origin);
  }
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
  } else if (view.text.preset && view.text.presetMissing) {
    nodes.push(el('h3', undefined, view.text.preset), el('p', 'notice', view.text.presetMissing));
  }
  const foot = el('div', 'foot');
  if (view.source) {
    const source = el('span');
    const link = el('a', undefined, view.text.source);
    link.href = view.source.url;
    link.target = '_blank';
    link.rel = 'noreferrer';
    source.append(link);
    if (view.text.checked) source.append(' · ', ...withDates(view.text.checked));
    foot.append(source);
  }
  const compare = el('button', undefined, view.text.compare);
  compare.type = 'button';
  compare.addEventListener('click', (event) => onCompare(view.modelId, event));
  foot.append(compare);
  // Last, so that the card grows at its end when the offers arrive, and its first stops stay put.
  nodes.push(foot, offers);
  return nodes;
}

export interface PriceCard {
  /** Shows the card for a tag, next to it; with `focus`, moves the keyboard focus into it. */
  show(anchor: HTMLElement, view: TagView, options?: { theme?: PageTheme; focus?: boolean }): void;
  hide(): void;
  /** The tag the card is showing, if any. */
  anchor(): HTMLElement | undefined;
  /** Whether the pointer or focus is inside the card. */
  contains(node: EventTarget | null): boolean;
  destroy(): void;
}

export interface PriceCardOptions {
  onCompare(modelId: string): void;
  /**
   * The model's offers ranked under the active workload (the background has them), with `keep`, the
   * offer the tag shows, always among them; undefined: it lacks the model.
   */
  fetchOffers?(modelId: string, keep: OfferRef): Promise<OfferList | undefined>;
  /** "Cheapest way to run this model": opens the view comparing every seller's offer. */
  onCheapest?(modelId: string): void;
  /** The pointer entered or left the card (so that moving from the tag into the card keeps it open). */
  onPointer?(inside: boolean): void;
  /** Escape pressed inside the card. */
  onEscape?(): void;
  /** The keyboard focus left the card for somewhere else on the page. */
  onFocusLeave?(): void;
  /** Whether an event comes from the user; the page's forged events are ignored. */
  isTrusted?(event: Event): boolean;
}

const noCard: PriceCard = {
  show: () => undefined,
  hide: () => undefined,
  anchor: () => undefined,
  contains: () => false,
  destroy: () => undefined,
};

/** The links and buttons the focus cycles through inside the card. */
const focusables = (card: HTMLElement) => [...card.querySelectorAll<HTMLElement>('a[href], button')];

export function createPriceCard({
  onCompare,
  fetchOffers = async (modelId, keep) => (await sendMessage('getOffers', { modelId, keep })) ?? undefined,
  onCheapest = (modelId) =>
    void sendMessage('openOffers', modelId).catch((error: unknown) =>
      log.error(`could not open the offers of ${modelId}`, error),
    ),
  onPointer,
  onEscape,
  onFocusLeave,
  isTrusted = (event) => event.isTrusted,
}: PriceCardOptions): PriceCard {
  const host = document.createElement(CARD_TAG_NAME);
  let shadow: ShadowRoot;
  try {
    if (pageOwnsElement(host)) throw new Error(`the page defines <${CARD_TAG_NAME}> itself`);
    shadow = host.attachShadow({ mode: 'closed' });
  } catch (error) {
    // The page runs its own code for our card element: show no card on this page rather than fill it.
    log.warn('no price card on this page', { error });
    return noCard;
  }
  host.hidden = true;
  host.addEventListener('mouseenter', (event) => isTrusted(event) && onPointer?.(true));
  host.addEventListener('mouseleave', (event) => isTrusted(event) && onPointer?.(false));
  adoptStyles(shadow, CARD_CSS, {});
  const card = el('div', 'card');
  card.setAttribute('role', 'dialog');
  // Focusable itself, so that a click on its text keeps the focus inside it.
  card.tabIndex = -1;
  shadow.append(card);
  let current: HTMLElement | undefined;

  const compare = (modelId: string, event: Event) => {
    // Only a real click or key press adds to the user's comparison: a script's click does nothing.
    if (isTrusted(event)) onCompare(modelId);
  };

  /** The offers section: loading at first, then the ranked list, or what went wrong; its action works at once. */
  const offersSection = (view: KnownTagView): HTMLElement => {
    const section = el('section', 'offers');
    const status = el('p', 'muted', view.text.offersLoading);
    status.setAttribute('role', 'status');
    const cheapest = el('button', undefined, view.text.cheapest);
    cheapest.type = 'button';
    cheapest.dataset.action = 'cheapest';
    cheapest.addEventListener('click', (event) => isTrusted(event) && onCheapest(view.modelId));
    section.setAttribute('aria-busy', 'true');
    section.append(status, cheapest);
    // A late answer lands in a section the card no longer shows: nothing to drop.
    const settle = (nodes: Node[]) => {
      section.removeAttribute('aria-busy');
      status.replaceWith(...nodes);
      place();
    };
    fetchOffers(view.modelId, { seller: view.seller, region: view.region }).then(
      (list) => settle(list ? offersBody(view, list) : [el('p', 'notice', view.text.offersError)]),
      (error: unknown) => {
        log.error(`could not load the offers of ${view.modelId}`, error);
        settle([el('p', 'notice', view.text.offersError)]);
      },
    );
    return section;
  };

  card.addEventListener('keydown', (event) => {
    if (!isTrusted(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onEscape?.();
    } else if (event.key === 'Tab') {
      // A focus trap: Tab and Shift+Tab cycle through the card's links and buttons.
      const stops = focusables(card);
      if (stops.length === 0) return;
      event.preventDefault();
      const at = stops.indexOf(shadow.activeElement as HTMLElement);
      const next =
        at === -1 ? (event.shiftKey ? stops.length - 1 : 0) : (at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length;
      stops[next]!.focus();
    }
  });
  host.addEventListener('focusout', (event) => {
    const to = event.relatedTarget;
    if (current && to !== current && !(to instanceof Node && (to === host || shadow.contains(to)))) onFocusLeave?.();
  });

  const place = () => {
    if (!current) return;
    const rect = current.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const below = rect.bottom + 6 + height <= window.innerHeight || rect.top < height + 6;
    const top = below ? rect.bottom + 6 : rect.top - height - 6;
    // Inside the viewport on both axes, whatever the zoom (its size is capped to the viewport in CSS).
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const clampedTop = Math.max(8, Math.min(top, window.innerHeight - height - 8));
    // Positioned inside the shadow root: the host's own style loses to its `:host { all: initial !important }`.
    card.style.transform = `translate(${Math.round(left)}px, ${Math.round(clampedTop)}px)`;
  };

  return {
    show(anchor, view, { theme = 'light', focus = false } = {}) {
      if (current && current !== anchor && current.hasAttribute('aria-expanded')) current.setAttribute('aria-expanded', 'false');
      current = anchor;
      if (anchor.hasAttribute('aria-expanded')) anchor.setAttribute('aria-expanded', 'true');
      // Inside the closed root: this label may name the preset and its cost.
      card.setAttribute('aria-label', view.description);
      card.classList.toggle('dark', theme === 'dark');
      card.replaceChildren(
        ...(view.known
          ? knownBody(view, compare, offersSection(view))
          : [el('h2', undefined, view.modelId), el('p', 'notice', view.message)]),
      );
      if (!host.isConnected) document.documentElement.append(host);
      host.hidden = false;
      place();
      window.addEventListener('scroll', place, { passive: true, capture: true });
      window.addEventListener('resize', place, { passive: true });
      if (focus) {
        card.setAttribute('aria-modal', 'true');
        (focusables(card)[0] ?? card).focus();
      } else card.removeAttribute('aria-modal');
    },
    hide() {
      if (!current) return;
      if (current.hasAttribute('aria-expanded')) current.setAttribute('aria-expanded', 'false');
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
