// The DOM side of detection: scans the page's text in time slices, follows its changes, and puts each tag right after its mention in a few large idle-time writes.
import type { Detector, ModelMatch } from '../utils/detect';
import { logger } from '../extension/log';

/** The custom element that carries a tag. */
export const TAG_NAME = 'tokentag-badge';

/** Most tags one text node gets (its first mentions): a 1 MB node can name a model 44,000 times. */
export const MAX_TAGS_PER_NODE = 50;
/** Most mentions handed to `onMentionsChange`, so that what is sent about a page stays small. */
export const MAX_REPORTED_MENTIONS = 2_000;
/** Text longer than this (UTF-16 units) is scanned in chunks across slices, re-scanned from where it grew, and never split. */
export const BIG_NODE = 64 * 1024;
/** Chunk of a big node scanned at a time, in UTF-16 units. */
const CHUNK = 16 * 1024;
/** Context scanned either side of a chunk, longer than any model name, so a chunk edge cannot cut or shorten a mention. */
const CONTEXT = 256;
/** A long scan writes what it has found at least this often, in ms, so the top of a big page is tagged early. */
const FLUSH_EVERY_MS = 1_000;
/**
 * Tags per write by default. Every write into a big table lays out and repaints the whole table
 * (its columns widen), so one write of all tags costs far less than many small ones: measured on
 * the 3,000-row bench table, writes of 400 tags added about three times the long-task time of one.
 */
const TAGS_PER_WRITE = 20_000;
/** Script time spent tagging the page's own changes before its next layout, in ms. */
const SYNC_BUDGET_MS = 15;
/** Longest wait for tags' views before they go in anyway (still loading), in ms. */
const READY_TIMEOUT_MS = 3_000;

const log = logger('content');

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
  /** Where to look; `document.body` is followed when the page replaces its body or calls `document.open()`. */
  root: Element;
  detector: Detector;
  /** Creates the (empty, detached) tag element for a mention. */
  createTag(match: ModelMatch): HTMLElement;
  /**
   * Gives a detached tag its UI. A returned promise says when the tag shows its final content: the
   * scanner waits for it (up to a few seconds) so that a tag goes into the page once, at its final size.
   */
  mountTag(tag: HTMLElement): void | Promise<unknown>;
  /** Called right after tags went into the page, in the same task (before the page lays out again). */
  onPlaced?(tags: readonly HTMLElement[]): void;
  /** Called (debounced) with the tagged mentions (at most MAX_REPORTED_MENTIONS), whenever they change. */
  onMentionsChange?(mentions: ModelMatch[]): void;
  /** Longest stretch of script work before yielding to the page, in ms. */
  sliceMs?: number;
  /** Most tags put into the page in one write (one frame); each write lays the page out once. */
  tagsPerWrite?: number;
}

export interface PageScanner {
  /** Scans the whole page, then follows its changes. */
  start(): void;
  /** Stops following the page; with `removeTags`, also takes every tag out and joins the split text again. */
  stop(options?: { removeTags?: boolean }): void;
  /** Re-scans everything (after a settings change or an SPA navigation); tags stay where still right. */
  rescan(): void;
  /** Resolves once no scanning or writing is pending (for tests and benchmarks). */
  idle(): Promise<void>;
  /** The tags currently in the page. */
  tags(): HTMLElement[];
  /** How many pauses the scanner has made so far (tests check that big work is done in slices). */
  slices(): number;
}

/**
 * A text node with its tags. When `split`, the node was split at the end of each mention:
 * head, tag 0, piece 0, tag 1, piece 1, … (the last piece is absent when the text ends with a name).
 * Otherwise all tags follow the head (big or busy nodes).
 */
interface Run {
  head: Text;
  /** Where the scanner put the tags and pieces. */
  parent: Node;
  split: boolean;
  /** The text of the head and of each piece as left by the scanner, to tell the page's changes. */
  segments: string[];
  pieces: Text[];
  tags: HTMLElement[];
  matches: ModelMatch[];
  /** The page wrote to the head after it was split: the pieces' text is stale. */
  written: boolean;
}

/** A run to be written: found by the scan, tags made and mounted before the write. */
interface Plan {
  text: Text;
  data: string;
  matches: ModelMatch[];
  split: boolean;
  tags?: HTMLElement[];
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

/** Waits for a moment the page is idle (or at most `timeout` ms), where the browser has one. */
const whenIdle = (timeout: number): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else void nextTask().then(resolve);
  });

/** Mentions by end, one per end, first MAX_TAGS_PER_NODE: a tag goes after each. */
function placeable(matches: readonly ModelMatch[], length: number): ModelMatch[] {
  const out: ModelMatch[] = [];
  let lastEnd = 0;
  for (const match of matches) {
    if (match.end <= lastEnd || match.end > length) continue;
    out.push(match);
    lastEnd = match.end;
    if (out.length >= MAX_TAGS_PER_NODE) break;
  }
  return out;
}

const sameMentions = (a: readonly ModelMatch[], b: readonly ModelMatch[]) =>
  a.length === b.length && a.every((m, i) => m.modelId === b[i]!.modelId && m.known === b[i]!.known);

export function createPageScanner(options: PageScannerOptions): PageScanner {
  const { detector } = options;
  let root = options.root;
  const followBody = root === document.body;
  const sliceMs = options.sliceMs ?? 8;
  const tagsPerWrite = options.tagsPerWrite ?? TAGS_PER_WRITE;
  const runs = new Map<Text, Run>();
  /** Pieces split off a head, to their run. */
  const pieceOf = new Map<Text, Run>();
  /** Text nodes the page has written to: they are never split (a page appending to one would lose text). */
  const busy = new WeakSet<Text>();
  /** Big nodes as last scanned, so that a node that grows is scanned from where it grew. */
  const bigScans = new WeakMap<Text, { data: string; matches: ModelMatch[] }>();
  const plans = new Map<Text, Plan>();
  let oldestPlanAt = 0;
  // A FIFO of nodes to scan: an array read from `head`, compacted when drained.
  let queue: Node[] = [];
  let head = 0;
  const queued = new Set<Node>();
  let running: Promise<void> | undefined;
  let stopped = true;
  let pauses = 0;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  const isOurs = (node: Node) => node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === TAG_NAME.toUpperCase();

  const report = () => {
    if (!options.onMentionsChange) return;
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      // A loop, never a spread: a page can hold more mentions than a call has argument slots.
      const mentions: ModelMatch[] = [];
      outer: for (const run of runs.values())
        for (const match of run.matches) {
          if (mentions.length >= MAX_REPORTED_MENTIONS) break outer;
          mentions.push(match);
        }
      options.onMentionsChange?.(mentions);
    }, 250);
  };

  /** Runs the scanner's own DOM writes so that the observer does not see them as the page's changes. */
  const ownWrites = (write: () => void) => {
    const pending = observer.takeRecords();
    if (pending.length > 0) handleRecords(pending);
    try {
      write();
    } finally {
      observer.takeRecords();
    }
  };

  /** Takes a run's tags out and, where the page left the split text alone, joins it back into the head. */
  const restore = (run: Run) => {
    runs.delete(run.head);
    ownWrites(() => {
      for (const tag of run.tags) tag.remove();
      let rest = '';
      for (const piece of run.pieces) {
        pieceOf.delete(piece);
        // A piece the page moved elsewhere is the page's now; one where it was put is still ours.
        if (piece.parentNode !== run.parent) continue;
        rest += piece.data;
        piece.remove();
      }
      // A head the page wrote to holds the page's whole new text: the old pieces are dropped.
      if (run.split && !run.written && run.head.data === run.segments[0] && rest) run.head.appendData(rest);
    });
  };

  /** Whether a run stands as the scanner left it (the page may have moved, rewritten or removed any part). */
  const intact = (run: Run) => {
    const { head: text, tags, pieces, segments } = run;
    if (run.written || !text.isConnected || text.data !== segments[0] || !root.contains(text)) return false;
    let next: ChildNode | null = text.nextSibling;
    for (let i = 0; i < tags.length; i++) {
      if (next !== tags[i]) return false;
      next = next.nextSibling;
      const piece = run.split ? pieces[i] : undefined;
      if (!piece) continue;
      if (next !== piece || piece.data !== segments[i + 1]) return false;
      next = piece.nextSibling;
    }
    return true;
  };

  /** Whether no ancestor of the node (up to the root) is skipped. */
  const isInside = (node: Node) => {
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (isSkipped(el)) return false;
    return true;
  };

  let sliceStart = 0;
  // Checked synchronously per node: only an actual pause costs a promise.
  const due = () => performance.now() - sliceStart >= sliceMs;
  const pause = async () => {
    pauses++;
    await nextTask();
    sliceStart = performance.now();
  };

  /** A big node's mentions, scanned a chunk at a time with pauses; undefined if the page changed it meanwhile. */
  const scanBig = async (text: Text, data: string): Promise<ModelMatch[] | undefined> => {
    const last = bigScans.get(text);
    let from = 0;
    let matches: ModelMatch[] = [];
    if (last && data.startsWith(last.data)) {
      // It grew: what lies well before the old end cannot have changed.
      if (last.matches.length >= MAX_TAGS_PER_NODE) {
        bigScans.set(text, { data, matches: last.matches });
        return last.matches;
      }
      from = Math.max(0, last.data.length - CONTEXT);
      matches = last.matches.filter((m) => m.start < from);
    }
    for (let pos = from; pos < data.length && matches.length < MAX_TAGS_PER_NODE; pos += CHUNK) {
      const windowStart = Math.max(0, pos - CONTEXT);
      const window = data.slice(windowStart, Math.min(data.length, pos + CHUNK + CONTEXT));
      for (const found of detector.scan(window)) {
        const start = found.start + windowStart;
        if (start < pos || start >= pos + CHUNK) continue;
        matches.push({ ...found, start, end: found.end + windowStart });
        if (matches.length >= MAX_TAGS_PER_NODE) break;
      }
      if (due()) {
        await pause();
        if (stopped || text.data !== data) return undefined;
      }
    }
    bigScans.set(text, { data, matches });
    return matches;
  };

  const plan = (text: Text, data: string, matches: ModelMatch[], split: boolean) => {
    if (plans.size === 0) oldestPlanAt = performance.now();
    plans.set(text, { text, data, matches, split });
  };

  /**
   * Finds what one text node needs: nothing if its run still stands, otherwise its run is undone and
   * its mentions are planned for the next write. `checkAncestors` for nodes not found by the filtered walk.
   */
  const scanText = async (text: Text, checkAncestors: boolean): Promise<void> => {
    const owner = pieceOf.get(text);
    if (owner) {
      // A piece of a split node: its head speaks for it.
      if (!intact(owner)) return scanText(owner.head, true);
      return;
    }
    const run = runs.get(text);
    const big = text.data.length > BIG_NODE;
    if (run && intact(run)) return;
    // A big unsplit node that only grew keeps its tags if its first mentions are the same.
    if (run && !run.split && big && text.isConnected && text.data.startsWith(run.segments[0]!)) {
      const data = text.data;
      const matches = await scanBig(text, data);
      if (matches === undefined) return schedule(text);
      if (runs.get(text) === run && sameMentions(placeable(matches, data.length), run.matches)) {
        run.segments[0] = data;
        if (tagsFollow(run)) return;
      }
    }
    const current = runs.get(text);
    if (current) restore(current);
    plans.delete(text);
    if (!text.isConnected || !root.contains(text) || (checkAncestors && !isInside(text))) {
      if (run) report();
      return;
    }
    const data = text.data;
    let found: ModelMatch[] | undefined;
    if (data.length > BIG_NODE) {
      found = await scanBig(text, data);
      if (found === undefined) return schedule(text);
    } else found = detector.scan(data);
    const matches = placeable(found, data.length);
    if (matches.length > 0) plan(text, data, matches, data.length <= BIG_NODE && !busy.has(text));
    else if (run) report();
  };

  /** Whether an unsplit run's tags still follow its head. */
  const tagsFollow = (run: Run) => {
    let next: ChildNode | null = run.head.nextSibling;
    for (const tag of run.tags) {
      if (next !== tag) return false;
      next = tag.nextSibling;
    }
    return true;
  };

  /** Puts one planned run into the page: splits its text at each mention's end and places each tag there. */
  const apply = ({ text, matches, split, tags }: Plan & { tags: HTMLElement[] }) => {
    const run: Run = { head: text, parent: text.parentNode!, split, segments: [], pieces: [], tags, matches, written: false };
    if (!split) {
      const fragment = document.createDocumentFragment();
      for (const tag of tags) fragment.appendChild(tag);
      text.after(fragment);
      run.segments.push(text.data);
    } else {
      const nodes: Text[] = [text];
      let offset = 0;
      for (let i = 0; i < matches.length; i++) {
        const current = nodes[nodes.length - 1]!;
        const at = matches[i]!.end - offset;
        // splitText keeps the page's selection and ranges on the same characters.
        const rest = at < current.data.length ? current.splitText(at) : undefined;
        current.after(tags[i]!);
        if (!rest) break;
        nodes.push(rest);
        offset = matches[i]!.end;
      }
      for (const node of nodes) run.segments.push(node.data);
      run.pieces = nodes.slice(1);
      for (const piece of run.pieces) pieceOf.set(piece, run);
    }
    runs.set(text, run);
  };

  /** A mounted, detached tag for a mention; `readies` collects when it shows its view. */
  const makeTag = (match: ModelMatch, readies?: Promise<unknown>[]) => {
    const tag = options.createTag(match);
    const ready = options.mountTag(tag);
    if (readies && ready && typeof ready.then === 'function') readies.push(ready);
    return tag;
  };

  /**
   * Writes every planned run in one go: tags are made and mounted detached (in slices), their views
   * awaited, and then all of them go in during one idle moment, so the page lays out once per batch.
   */
  const flush = async () => {
    const batch = [...plans.values()];
    plans.clear();
    const readies: Promise<unknown>[] = [];
    for (const item of batch) {
      item.tags = item.matches.map((match) => makeTag(match, readies));
      if (due()) await pause();
    }
    if (readies.length > 0) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, READY_TIMEOUT_MS)));
      await Promise.race([Promise.allSettled(readies), late]);
      clearTimeout(timer);
    }
    let changed = false;
    // Each write goes in at an idle moment of its own frame, so the page lays out once per write.
    for (let from = 0; from < batch.length && !stopped;) {
      await whenIdle(500);
      if (stopped) return;
      let count = 0;
      let to = from;
      while (to < batch.length && (count === 0 || count + batch[to]!.matches.length <= tagsPerWrite))
        count += batch[to++]!.matches.length;
      const chunk = batch.slice(from, to);
      from = to;
      const placed: HTMLElement[] = [];
      ownWrites(() => {
        for (const item of chunk) {
          const { text } = item;
          // Planned again meanwhile: the newer plan goes in with the next write.
          if (plans.has(text)) continue;
          // The page changed the node while its tags were made: scan it again.
          if (text.data !== item.data || !text.isConnected || runs.has(text) || !root.contains(text)) {
            schedule(text);
            continue;
          }
          apply(item as Plan & { tags: HTMLElement[] });
          placed.push(...item.tags!);
          changed = true;
        }
      });
      if (placed.length > 0) options.onPlaced?.(placed);
    }
    sliceStart = performance.now();
    if (changed) report();
  };

  const walkerFilter = {
    acceptNode(node: Node) {
      if (node.nodeType === Node.TEXT_NODE)
        return (node as Text).data.length >= 2 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      return isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  };

  /** Works through the queue in slices of at most `sliceMs`, writing what it found in few batches. */
  const drain = async () => {
    sliceStart = performance.now();
    const flushIfOld = async () => {
      if (plans.size > 0 && performance.now() - oldestPlanAt >= FLUSH_EVERY_MS) await flush();
    };
    while (head < queue.length && !stopped) {
      const node = queue[head++]!;
      queued.delete(node);
      if (node.nodeType === Node.TEXT_NODE) {
        await scanText(node as Text, true);
        if (due()) {
          await pause();
          await flushIfOld();
        }
        continue;
      }
      if (!node.isConnected || (node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element))) continue;
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, walkerFilter);
      for (let text = walker.nextNode(); text && !stopped; text = walker.nextNode()) {
        await scanText(text as Text, false);
        // The walker stays valid across the pause; nodes removed meanwhile are skipped by scanText.
        if (due()) {
          await pause();
          await flushIfOld();
        }
      }
    }
    queue = queue.slice(head);
    head = 0;
    if (plans.size > 0 && !stopped) await flush();
  };

  const run = () => {
    running ??= drain()
      .catch((error: unknown) => log.error('page scan failed', error))
      .finally(() => {
        running = undefined;
        // Nodes queued while the last run was finishing get a run of their own.
        if (head < queue.length && !stopped) run();
      });
  };

  function schedule(node: Node) {
    if (queued.has(node) || stopped) return;
    queued.add(node);
    queue.push(node);
    run();
  }

  /** Undoes the runs whose head left the page (the page removed it, or a parent). */
  const sweep = () => {
    let changed = false;
    for (const run of [...runs.values()]) {
      if (run.head.isConnected && root.contains(run.head)) continue;
      restore(run);
      changed = true;
    }
    if (changed) report();
  };

  function handleRecords(records: MutationRecord[]) {
    let removed = false;
    const changed: Node[] = [];
    for (const record of records) {
      if (record.type === 'characterData') {
        const text = record.target as Text;
        busy.add(text);
        const owner = runs.get(text) ?? pieceOf.get(text);
        if (owner && owner.head === text && owner.split) owner.written = true;
        changed.push(owner ? owner.head : text);
        continue;
      }
      for (const node of record.removedNodes) {
        if (isOurs(node)) continue;
        const owner = pieceOf.get(node as Text);
        if (owner) changed.push(owner.head);
        else removed = true;
      }
      for (const node of record.addedNodes) if (!isOurs(node)) changed.push(node);
    }
    if (removed) sweep();
    tagNow(changed);
  }

  /**
   * Tags what the page has just added or changed at once, before the browser lays it out, so that
   * the tags share the page's own layout of it instead of causing another. Beyond a small budget
   * (and for big text) the rest goes to the sliced scan.
   */
  function tagNow(nodes: Node[]) {
    if (stopped || nodes.length === 0) return;
    const started = performance.now();
    const now: Plan[] = [];
    const take = (text: Text, checkAncestors: boolean) => {
      if (text.data.length > BIG_NODE) return schedule(text);
      // Synchronous for text of this size: scanText only awaits inside big nodes.
      void scanText(text, checkAncestors);
      const planned = plans.get(text);
      if (!planned) return;
      plans.delete(text);
      now.push(planned);
    };
    let i = 0;
    for (; i < nodes.length && performance.now() - started < SYNC_BUDGET_MS; i++) {
      const node = nodes[i]!;
      if (node.nodeType === Node.TEXT_NODE) {
        take(node as Text, true);
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE || !node.isConnected || isSkipped(node as Element)) continue;
      if (!isInside(node)) continue;
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, walkerFilter);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        take(text as Text, false);
        if (performance.now() - started >= SYNC_BUDGET_MS) {
          // Over budget: the sliced scan takes this node again (what is tagged by then stays as it is).
          schedule(node);
          break;
        }
      }
    }
    for (; i < nodes.length; i++) schedule(nodes[i]!);
    if (now.length === 0) return;
    for (const item of now) item.tags = item.matches.map((match) => makeTag(match));
    let wrote = false;
    const placed: HTMLElement[] = [];
    ownWrites(() => {
      for (const item of now) {
        if (item.text.data !== item.data || !item.text.isConnected || runs.has(item.text)) {
          schedule(item.text);
          continue;
        }
        apply(item as Plan & { tags: HTMLElement[] });
        placed.push(...item.tags!);
        wrote = true;
      }
    });
    if (placed.length > 0) options.onPlaced?.(placed);
    if (wrote) report();
  }

  const observer = new MutationObserver(handleRecords);

  /** Follows a replaced body (`document.body = …`, or `document.open()` and a new document written). */
  const bodyWatcher = new MutationObserver(() => {
    if (stopped) return;
    // A new document element (after `document.open()`) is watched for its body in turn.
    watchBody();
    const body = document.body;
    if (!body || body === root) return;
    observer.disconnect();
    for (const run of [...runs.values()]) restore(run);
    plans.clear();
    root = body;
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    schedule(root);
    report();
  });
  const watchBody = () => {
    bodyWatcher.disconnect();
    bodyWatcher.observe(document, { childList: true });
    if (document.documentElement) bodyWatcher.observe(document.documentElement, { childList: true });
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      if (followBody) {
        if (document.body) root = document.body;
        watchBody();
      }
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      schedule(root);
    },
    stop({ removeTags = false } = {}) {
      stopped = true;
      observer.disconnect();
      bodyWatcher.disconnect();
      clearTimeout(reportTimer);
      queue = [];
      head = 0;
      queued.clear();
      plans.clear();
      if (removeTags) for (const run of [...runs.values()]) restore(run);
    },
    rescan() {
      if (stopped) return;
      schedule(root);
    },
    async idle() {
      while (running) await running;
    },
    tags() {
      const all: HTMLElement[] = [];
      for (const run of runs.values()) for (const tag of run.tags) all.push(tag);
      return all;
    },
    slices: () => pauses,
  };
}
