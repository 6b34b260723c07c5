// Gives mounted tags their views (fetched in batches), and opens the price card from them by pointer or keyboard.
import type { TagView } from '../utils/tag-view';
import { createPriceCard } from './price-card';
import { renderTag } from './tag-element';

export interface TagControllerOptions {
  /** Views for these mentions, in order (the content script asks the background). */
  fetchViews(mentions: { modelId: string; known: boolean }[]): Promise<TagView[]>;
  onCompare(modelId: string): void;
  /** Delay before a hovered tag opens its card, and before a left one closes it, in ms. */
  hoverDelay?: number;
}

export interface TagController {
  /** Renders a tag, loading its view if needed; resolves once it shows its view (or the view could not be had). */
  mount(tag: HTMLElement): Promise<void>;
  /** Forgets every view and re-renders those of `tags` that are mounted (settings changed). */
  refresh(tags: Iterable<HTMLElement>): void;
  destroy(): void;
}

/** A tag's mention, as the background describes it. */
const mentionOf = (tag: HTMLElement) => ({
  modelId: tag.getAttribute('data-model-id') ?? '',
  known: tag.getAttribute('data-known') === 'true',
});
/** One view per mention: the same model named twice shares it. */
const keyOf = (mention: { modelId: string; known: boolean }) => `${mention.known}:${mention.modelId}`;

export function createTagController({ fetchViews, onCompare, hoverDelay = 120 }: TagControllerOptions): TagController {
  const views = new Map<string, TagView>();
  /** Mentions whose view is being fetched, with the tags that wait for it. */
  const waiting = new Map<string, { mention: { modelId: string; known: boolean }; tags: HTMLElement[]; done: (() => void)[] }>();
  // Weak, so that tags the page drops are not kept alive here.
  const listened = new WeakSet<HTMLElement>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let pinned = false;
  let destroyed = false;

  const card = createPriceCard({
    onCompare,
    onPointer: (inside) => (inside ? clearTimeout(hoverTimer) : scheduleHide()),
    onKey: (event) => {
      if (event.key !== 'Escape') return;
      const anchor = card.anchor();
      hide();
      anchor?.focus();
    },
  });

  const hide = () => {
    clearTimeout(hoverTimer);
    pinned = false;
    card.hide();
  };
  const show = (tag: HTMLElement) => {
    clearTimeout(hoverTimer);
    const view = views.get(keyOf(mentionOf(tag)));
    if (view) card.show(tag, view);
  };
  const scheduleHide = () => {
    if (pinned) return;
    clearTimeout(hoverTimer);
    hoverTimer = setTimeout(() => card.hide(), hoverDelay * 2);
  };

  const flush = async () => {
    flushTimer = undefined;
    const batch = [...waiting];
    if (batch.length === 0) return;
    let fetched: TagView[];
    try {
      fetched = await fetchViews(batch.map(([, { mention }]) => mention));
    } catch {
      // The background could not answer (the extension was reloaded): leave tags as they are.
      for (const [, entry] of batch) for (const done of entry.done) done();
      return;
    }
    batch.forEach(([key, entry], i) => {
      const view = fetched[i];
      if (waiting.get(key) === entry) waiting.delete(key);
      if (view && !destroyed) {
        views.set(key, view);
        for (const tag of entry.tags) renderTag(tag, view);
      }
      for (const done of entry.done) done();
    });
  };

  const request = (tag: HTMLElement): Promise<void> => {
    const mention = mentionOf(tag);
    const key = keyOf(mention);
    const view = views.get(key);
    if (view) {
      renderTag(tag, view);
      return Promise.resolve();
    }
    renderTag(tag, undefined);
    let entry = waiting.get(key);
    if (entry) entry.tags.push(tag);
    else waiting.set(key, (entry = { mention, tags: [tag], done: [] }));
    const ready = new Promise<void>((resolve) => entry.done.push(resolve));
    flushTimer ??= setTimeout(() => void flush(), 16);
    return ready;
  };

  const listen = (tag: HTMLElement) => {
    tag.addEventListener('mouseenter', () => {
      if (pinned) return;
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(() => show(tag), hoverDelay);
    });
    tag.addEventListener('mouseleave', scheduleHide);
    tag.addEventListener('focus', () => show(tag));
    tag.addEventListener('blur', (event) => {
      if (!pinned && !card.contains(event.relatedTarget)) scheduleHide();
    });
    // The tag's own clicks are its own: they must not follow a link or select a row it sits in.
    tag.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      if (card.anchor() === tag && pinned) hide();
      else {
        show(tag);
        pinned = card.anchor() === tag;
      }
    });
    tag.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        tag.click();
      } else if (event.key === 'Escape') {
        hide();
      }
    });
  };

  return {
    mount(tag) {
      if (destroyed) return Promise.resolve();
      if (!listened.has(tag)) {
        listened.add(tag);
        listen(tag);
      }
      return request(tag);
    },
    refresh(tags) {
      views.clear();
      hide();
      for (const tag of tags) if (tag.shadowRoot) void request(tag);
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
