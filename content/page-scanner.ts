// The DOM side of detection: walks the page's text in time slices, follows its changes, and places tags beside mentions.
import type { Detector, ModelMatch } from '../utils/detect';

/** The custom element that carries a tag. */
export const TAG_NAME = 'tokentag-badge';

/** Elements whose text is not prose a reader sees as such, or that the user is typing in. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
  TAG_NAME.toUpperCase(),
]);

export interface PageScannerOptions {
  root: Element;
  detector: Detector;
  /** Creates the (empty, unmounted) tag element for a mention. */
  createTag(match: ModelMatch): HTMLElement;
  /** Gives a tag its UI once it comes near the viewport. */
  mountTag(tag: HTMLElement): void;
  /** Called (debounced) with every mention currently tagged, whenever that changes. */
  onMentionsChange?(mentions: ModelMatch[]): void;
  /** Longest stretch of work before yielding to the page, in ms. */
  sliceMs?: number;
  /** How far outside the viewport tags are mounted ahead of scrolling, in px. */
  mountMargin?: number;
}

export interface PageScanner {
  /** Scans the whole page, then follows its changes. */
  start(): void;
  /** Stops following the page; with `removeTags`, also takes every tag out. */
  stop(options?: { removeTags?: boolean }): void;
  /** Re-scans everything (after a settings change or an SPA navigation); tags stay where still right. */
  rescan(): void;
  /** Resolves once no scanning work is pending (for tests and benchmarks). */
  idle(): Promise<void>;
  /** The tags currently in the page. */
  tags(): HTMLElement[];
}

interface Tagged {
  /** The text the tags were made for; a change of text means new tags. */
  data: string;
  tags: HTMLElement[];
  matches: ModelMatch[];
  /** The element the mention sits in, which the mounter watches. */
  holder: Element;
}

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  return element instanceof HTMLElement && element.isContentEditable;
}

/** Yields to the event loop so that the page stays responsive between slices. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

export function createPageScanner(options: PageScannerOptions): PageScanner {
  const { root, detector } = options;
  const sliceMs = options.sliceMs ?? 8;
  const tagged = new Map<Text, Tagged>();
  // A FIFO of nodes to scan: an array read from `head`, compacted when drained.
  let queue: Node[] = [];
  let head = 0;
  const queued = new Set<Node>();
  let running: Promise<void> | undefined;
  let stopped = true;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Tags wait, out of the layout (`display: none`), until the element holding their mention comes
   * near the viewport; only then do they take space and get a shadow root. Inserting thousands of
   * boxless elements costs no layout, so a 3,000-row table is not laid out again for every slice.
   */
  const pending = new Map<Element, Set<HTMLElement>>();
  const mounter = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const tags = pending.get(entry.target);
        pending.delete(entry.target);
        mounter.unobserve(entry.target);
        for (const tag of tags ?? []) {
          if (!tag.isConnected) continue;
          tag.style.removeProperty('display');
          options.mountTag(tag);
        }
      }
    },
    { rootMargin: `${options.mountMargin ?? 400}px` },
  );

  const awaitViewport = (holder: Element, tag: HTMLElement) => {
    tag.style.setProperty('display', 'none', 'important');
    const waiting = pending.get(holder);
    if (waiting) waiting.add(tag);
    else {
      pending.set(holder, new Set([tag]));
      mounter.observe(holder);
    }
  };

  const forget = (holder: Element | null, tag: HTMLElement) => {
    const waiting = holder ? pending.get(holder) : undefined;
    if (!holder || !waiting) return;
    waiting.delete(tag);
    if (waiting.size === 0) {
      pending.delete(holder);
      mounter.unobserve(holder);
    }
  };

  const isOurs = (node: Node) => node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === TAG_NAME.toUpperCase();

  const report = () => {
    if (!options.onMentionsChange) return;
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      const mentions: ModelMatch[] = [];
      for (const entry of tagged.values()) mentions.push(...entry.matches);
      options.onMentionsChange?.(mentions);
    }, 250);
  };

  const untag = (text: Text) => {
    const entry = tagged.get(text);
    if (!entry) return;
    for (const tag of entry.tags) {
      forget(tag.parentElement ?? entry.holder, tag);
      tag.remove();
    }
    tagged.delete(text);
  };

  /** Whether the tags still stand right after their text node (the page may have moved either). */
  const tagsFollow = (text: Text, tags: readonly HTMLElement[]) => {
    let next: ChildNode | null = text.nextSibling;
    for (const tag of tags) {
      if (next !== tag) return false;
      next = tag.nextSibling;
    }
    return true;
  };

  /**
   * Tags one text node, or re-tags it when its text changed since. Returns whether its tags
   * changed. `checkAncestors` for nodes that did not come from the filtered tree walk.
   */
  const scanText = (text: Text, checkAncestors: boolean) => {
    const entry = tagged.get(text);
    if (entry && entry.data === text.data && tagsFollow(text, entry.tags)) return false;
    if (entry) untag(text);
    const parent = text.parentElement;
    if (!parent || !text.isConnected || !root.contains(text)) return entry !== undefined;
    if (checkAncestors) {
      for (let el: Element | null = parent; el && el !== root; el = el.parentElement)
        if (isSkipped(el)) return entry !== undefined;
    }
    const matches = detector.scan(text.data);
    if (matches.length === 0) return entry !== undefined;
    // Tags go after the text node, never into it: frameworks own their text nodes.
    const tags = matches.map((match) => options.createTag(match));
    for (const tag of tags) awaitViewport(parent, tag);
    // One fragment rather than a spread: a 1 MB text node can hold tens of thousands of mentions.
    const fragment = document.createDocumentFragment();
    for (const tag of tags) fragment.appendChild(tag);
    text.after(fragment);
    tagged.set(text, { data: text.data, tags, matches, holder: parent });
    return true;
  };

  const walkerFilter = {
    acceptNode(node: Node) {
      if (node.nodeType === Node.TEXT_NODE)
        return (node as Text).data.length >= 2 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      return isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  };

  /** Works through the queue in slices of at most `sliceMs`, yielding between them. */
  const drain = async () => {
    let changed = false;
    let sliceStart = performance.now();
    // Checked synchronously per node: only an actual pause costs a promise.
    const due = () => performance.now() - sliceStart >= sliceMs;
    const pause = async () => {
      await nextTask();
      sliceStart = performance.now();
    };
    while (head < queue.length && !stopped) {
      const node = queue[head++]!;
      queued.delete(node);
      if (node.nodeType === Node.TEXT_NODE) {
        changed = scanText(node as Text, true) || changed;
        if (due()) await pause();
        continue;
      }
      if (!node.isConnected || (node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element))) continue;
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, walkerFilter);
      for (let text = walker.nextNode(); text && !stopped; text = walker.nextNode()) {
        changed = scanText(text as Text, false) || changed;
        // The walker stays valid across the pause; nodes removed meanwhile are skipped by scanText.
        if (due()) await pause();
      }
    }
    queue = queue.slice(head);
    head = 0;
    if (changed) report();
  };

  const run = () => {
    running ??= drain().finally(() => {
      running = undefined;
      // Nodes queued while the last run was finishing get a run of their own.
      if (head < queue.length && !stopped) run();
    });
  };

  const schedule = (node: Node) => {
    if (queued.has(node)) return;
    queued.add(node);
    queue.push(node);
    run();
  };

  const observer = new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        schedule(record.target);
        continue;
      }
      for (const node of record.removedNodes) {
        if (isOurs(node)) continue;
        removed = true;
      }
      for (const node of record.addedNodes) if (!isOurs(node)) schedule(node);
    }
    if (removed) {
      // Text nodes that left the page take their tags with them.
      let changed = false;
      for (const text of [...tagged.keys()]) {
        if (!text.isConnected || !root.contains(text)) {
          untag(text);
          changed = true;
        }
      }
      if (changed) report();
    }
  });

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      schedule(root);
    },
    stop({ removeTags = false } = {}) {
      stopped = true;
      observer.disconnect();
      mounter.disconnect();
      pending.clear();
      clearTimeout(reportTimer);
      queue = [];
      head = 0;
      queued.clear();
      if (removeTags) for (const text of [...tagged.keys()]) untag(text);
    },
    rescan() {
      if (stopped) return;
      schedule(root);
    },
    async idle() {
      while (running) await running;
    },
    tags() {
      return [...tagged.values()].flatMap((entry) => entry.tags);
    },
  };
}
