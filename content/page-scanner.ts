// The DOM side of detection: scans the page's text in time slices, follows its changes, and puts each tag right after its mention (or over a big table) in frame-sized writes whose pills show together.
import type { Detector, ModelMatch } from '../utils/detect';
import { logger } from '../extension/log';
import { bigTableOf, createTableOverlays, OVERLAY_NAME, OVERLAY_ROWS } from './table-overlay';

/** The custom element that carries a tag. */
export const TAG_NAME = 'tokentag-badge';

/** Most tags one text node gets (its first mentions): a 1 MB node can name a model 44,000 times. */
export const MAX_TAGS_PER_NODE = 50;
/** Most mentions handed to `onMentionsChange`, so that what is sent about a page stays small. */
export const MAX_REPORTED_MENTIONS = 2_000;
/** Text longer than this (UTF-16 units) is scanned in chunks across slices, re-scanned from where it grew, and never split. */
export const BIG_NODE = 64 * 1024;
/**
 * Text longer than this (UTF-16 units) has its ancestors checked before it is scanned: a page's
 * inline script can run to megabytes. Shorter text is scanned first, since most of a page's text
 * (a table's price cells) names no model, and checking its ancestors would touch every cell.
 */
const CHECK_FIRST = 1_024;
/** Chunk of a big node scanned at a time, in UTF-16 units. */
const CHUNK = 16 * 1024;
/** Context scanned either side of a chunk, longer than any model name, so a chunk edge cannot cut or shorten a mention. */
const CONTEXT = 256;
/** A long scan writes what it has found at least this often, in ms, so the top of a big page is tagged early. */
const FLUSH_EVERY_MS = 1_000;
/**
 * Tags per write by default, one write a frame. A write costs the page a style recalculation of its
 * tags, and no layout: their pills, which widen a table's columns and so lay out the whole table
 * again, are shown only by the last write of a scan (`onPlaced`'s `final`), so that the page lays
 * out once for all. In traces of the bench's pages a write of 100 takes 4–28 ms; 250 took 24–31 ms, and
 * 50–66 ms in about one bench load of five on a busy 2-core machine (1,000 took 55–140 ms).
 */
const TAGS_PER_WRITE = 100;
/**
 * Script time spent tagging the page's own changes just before the frame that lays them out, in ms.
 * That frame lays out the page's change anyway (for a big table, a long task of its own), so tags
 * written in it cost only their script time; what is left over goes in later and lays the page
 * out once more. 500 appended rows of the bench table take about 40 ms on a busy 2-core machine.
 */
const FRAME_BUDGET_MS = 100;
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
  /**
   * Called right after tags went into the page, in the same task (before the page lays out again).
   * `final` is false for a write that more writes of the same scan follow, frame after frame: its
   * tags may stay hidden until the final one, so that showing them lays the page out once.
   */
  onPlaced?(tags: readonly HTMLElement[], final: boolean): void;
  /** Called (debounced) with the tagged mentions (at most MAX_REPORTED_MENTIONS), whenever they change. */
  onMentionsChange?(mentions: ModelMatch[]): void;
  /** Longest stretch of script work before yielding to the page, in ms. */
  sliceMs?: number;
  /** Most tags put into the page in one write (one frame); each write lays the page out once. */
  tagsPerWrite?: number;
  /** Rows from which a table's tags are drawn over it rather than put into its cells (`OVERLAY_ROWS`). */
  overlayRows?: number;
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
 * When `over`, its tags stand in the layer beside its big table, and the node is left whole.
 * Otherwise all tags follow the head (big or busy nodes).
 */
interface Run {
  head: Text;
  /** Where the scanner put the tags and pieces. */
  parent: Node;
  split: boolean;
  over: boolean;
  /** The text of the head and of each piece as left by the scanner, to tell the page's changes. */
  segments: string[];
  pieces: Text[];
  tags: HTMLElement[];
  matches: ModelMatch[];
  /** The page wrote to the head after it was split: the pieces' text is stale. */
  written: boolean;
}

/** Whether a text node lies outside every skipped element (asked only of text worth it). */
type Inside = (text: Text) => boolean;

/** A run to be written: found by the scan, tags made and mounted before the write. */
interface Plan {
  text: Text;
  data: string;
  matches: ModelMatch[];
  split: boolean;
  tags?: HTMLElement[];
}

/**
 * Whether an element's text is left alone. Editable regions are told by their attribute (their
 * ancestors are checked too) and a document in design mode (an editor page) as a whole:
 * `isContentEditable` would make the browser recalculate the page's styles at every call while the
 * page is loading.
 */
function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase()) || element.ownerDocument.designMode === 'on') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Yields to the event loop so that the page stays responsive between slices. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Waits until just before the browser's next rendering update (its style and layout), where the
 * page's own changes are laid out. A hidden page renders no frames: there, the next task.
 */
const beforeNextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') void nextTask().then(resolve);
    else requestAnimationFrame(() => resolve());
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
  const overlayRows = options.overlayRows ?? OVERLAY_ROWS;
  let overlays = createTableOverlays();
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
  /** Nodes the page added or changed since the last frame, tagged together just before the next one. */
  let fresh: Node[] = [];
  /** Plans whose tags are ready, written at the next frame (the latest plan of a node wins). */
  const frameWrites = new Map<Text, Plan>();
  /** Plans whose tags wait for their views, by node (a newer plan replaces an older one). */
  const unready = new Map<Text, Plan>();
  let frame: Promise<void> | undefined;
  let stopped = true;
  let pauses = 0;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  /** Our own elements (tags, a table's layer and its spots, the card): what the page's changes to them say is no text of the page's. */
  const isOurs = (node: Node) => node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName.startsWith('TOKENTAG-');

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
      for (const tag of run.tags) if (!overlays.remove(tag)) tag.remove();
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
    if (run.over) return tags.every(overlays.holds);
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
   * its mentions are planned for the next write. `inside` tells whether the node's ancestors allow
   * it (a walk knows them; `isInside` for a node found alone), asked only when it matters.
   * Synchronous (returns nothing) except for big text, scanned in slices.
   */
  const scanText = (text: Text, inside: Inside): Promise<void> | undefined => {
    const owner = pieceOf.get(text);
    if (owner) {
      // A piece of a split node: its head speaks for it.
      if (!intact(owner)) return scanText(owner.head, isInside);
      return undefined;
    }
    const run = runs.get(text);
    if (run && intact(run)) return undefined;
    if (text.length > BIG_NODE) return scanBigText(text, run, inside);
    if (run) restore(run);
    plans.delete(text);
    const checkFirst = text.length > CHECK_FIRST;
    if (!text.isConnected || !root.contains(text) || (checkFirst && !inside(text))) {
      if (run) report();
      return undefined;
    }
    const data = text.data;
    const matches = placeable(detector.scan(data), data.length);
    if (matches.length > 0 && (checkFirst || inside(text))) plan(text, data, matches, !busy.has(text));
    else if (run) report();
    return undefined;
  };

  /** `scanText` for a big node: scanned in chunks across slices, and never split. */
  const scanBigText = async (text: Text, run: Run | undefined, inside: Inside): Promise<void> => {
    // A big unsplit node that only grew keeps its tags if its first mentions are the same.
    if (run && !run.split && text.isConnected && text.data.startsWith(run.segments[0]!)) {
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
    if (!text.isConnected || !root.contains(text) || !inside(text)) {
      if (run) report();
      return;
    }
    const data = text.data;
    const found = data.length > BIG_NODE ? await scanBig(text, data) : detector.scan(data);
    if (found === undefined) return schedule(text);
    const matches = placeable(found, data.length);
    if (matches.length > 0) plan(text, data, matches, data.length <= BIG_NODE && !busy.has(text));
    else if (run) report();
  };

  /** Whether an unsplit run's tags still follow its head. */
  const tagsFollow = (run: Run) => {
    if (run.over) return run.tags.every(overlays.holds);
    let next: ChildNode | null = run.head.nextSibling;
    for (const tag of run.tags) {
      if (next !== tag) return false;
      next = tag.nextSibling;
    }
    return true;
  };

  /**
   * Puts one planned run into the page: splits its text at each mention's end and places each tag
   * there; in a big table, leaves the text whole and draws the tags over the table.
   */
  const apply = ({ text, matches, split, tags }: Plan & { tags: HTMLElement[] }) => {
    const table = bigTableOf(text, overlayRows);
    const run: Run = {
      head: text,
      parent: text.parentNode!,
      split: split && !table,
      over: !!table,
      segments: [],
      pieces: [],
      tags,
      matches,
      written: false,
    };
    if (table) {
      tags.forEach((tag, i) => overlays.add(table, tag, { text, start: matches[i]!.start, end: matches[i]!.end }));
      run.segments.push(text.data);
    } else if (!run.split) {
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

  /** Resolves once every tag shows its view, or after READY_TIMEOUT_MS (they go in still loading). */
  const readyOrLate = async (readies: Promise<unknown>[]) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, READY_TIMEOUT_MS)));
    await Promise.race([Promise.allSettled(readies), late]);
    clearTimeout(timer);
  };

  /**
   * Writes every planned run: tags are made and mounted detached (in slices), their views awaited,
   * and then they go in a frame at a time; the last write shows their pills, so the page lays out
   * once for all of them.
   */
  const flush = async () => {
    const batch = [...plans.values()];
    plans.clear();
    const readies: Promise<unknown>[] = [];
    // A big table's layer goes in a frame ahead of the first write of its tags: putting it in costs a
    // walk over the page before paint, which a frame that also writes tags should not carry.
    let layered = false;
    for (const item of batch) {
      item.tags = item.matches.map((match) => makeTag(match, readies));
      if (overlays.prepare(bigTableOf(item.text, overlayRows))) layered = true;
      if (due()) await pause();
    }
    if (readies.length > 0) await readyOrLate(readies);
    if (layered) await beforeNextFrame();
    let changed = false;
    // Each write goes in just before a frame of its own, so the page lays out once per write (and,
    // while it is still loading, together with its own layout of that frame).
    for (let from = 0; from < batch.length && !stopped;) {
      await beforeNextFrame();
      if (stopped) return;
      let count = 0;
      let to = from;
      while (to < batch.length && (count === 0 || count + batch[to]!.matches.length <= tagsPerWrite))
        count += batch[to++]!.matches.length;
      const chunk = batch.slice(from, to);
      from = to;
      if (write(chunk, from >= batch.length)) changed = true;
    }
    sliceStart = performance.now();
    if (changed) report();
  };

  /**
   * Puts planned runs into the page in one write, and has their tags drawn in the same task (before
   * the page lays out again). Returns whether any went in.
   */
  const write = (items: Iterable<Plan>, final = true): boolean => {
    const placed: HTMLElement[] = [];
    ownWrites(() => {
      for (const item of items) {
        const { text } = item;
        // Planned again meanwhile: the newer plan goes in with a later write.
        if (plans.has(text) || unready.has(text)) continue;
        // The page changed the node while its tags were made: scan it again.
        if (text.data !== item.data || !text.isConnected || runs.has(text) || !root.contains(text)) {
          schedule(text);
          continue;
        }
        apply(item as Plan & { tags: HTMLElement[] });
        for (const tag of item.tags!) placed.push(tag);
      }
      overlays.commit();
    });
    // A last write that went in empty (its nodes changed meanwhile) still ends the scan's writes.
    if (placed.length > 0 || final) options.onPlaced?.(placed, final);
    return placed.length > 0;
  };

  /**
   * A walk over the text nodes under `top` long enough to name a model (two characters or more),
   * in document order: `next` returns the next, or null. The browser's walker goes over text alone:
   * a walker with a script filter calls into script for every element and text node. Whether a
   * node lies outside skipped elements is `inside`, with each parent's verdict kept (`verdicts`,
   * shared by walks of one batch).
   */
  const textWalk = (top: Node, verdicts: Map<Node, boolean>) => {
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
    return {
      next(): Text | null {
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).length >= 2) return node as Text;
        return null;
      },
      inside: (text: Text) => allowed(text.parentNode, top, verdicts),
    };
  };

  /** Whether no element from `node` up to `top` (both included) is skipped, remembering each verdict. */
  const allowed = (node: Node | null, top: Node, verdicts: Map<Node, boolean>): boolean => {
    const chain: Node[] = [];
    let verdict = true;
    for (let at = node; at; at = at.parentNode) {
      const known = verdicts.get(at);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      chain.push(at);
      if (at === top) break;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const at = chain[i]!;
      verdict &&= !(at.nodeType === Node.ELEMENT_NODE && isSkipped(at as Element));
      verdicts.set(at, verdict);
    }
    return verdict;
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
        await scanText(node as Text, isInside);
        if (due()) {
          await pause();
          await flushIfOld();
        }
        continue;
      }
      if (!node.isConnected || (node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element))) continue;
      const walk = textWalk(node, new Map());
      for (let text = walk.next(); text && !stopped; text = walk.next()) {
        // Only big text is awaited: a promise per node would cost a microtask each.
        const scanning = scanText(text, walk.inside);
        if (scanning) await scanning;
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

  /**
   * Notes what the page changed, to be tagged before the next frame. A page that builds itself by
   * script sends a record for every node it adds, so this stays lean: index loops, no copies.
   */
  function handleRecords(records: MutationRecord[]) {
    if (stopped) return;
    let removed = false;
    const before = fresh.length;
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      if (record.type === 'characterData') {
        const text = record.target as Text;
        busy.add(text);
        const owner = runs.get(text) ?? pieceOf.get(text);
        if (owner && owner.head === text && owner.split) owner.written = true;
        fresh.push(owner ? owner.head : text);
        continue;
      }
      const gone = record.removedNodes;
      for (let i = 0; i < gone.length; i++) {
        const node = gone[i]!;
        if (isOurs(node)) {
          // The page took a table's layer out: its tags go back over the table (found again from where the layer stood).
          if (node.nodeName === OVERLAY_NAME.toUpperCase()) fresh.push(record.target);
          continue;
        }
        const owner = pieceOf.get(node as Text);
        if (owner) fresh.push(owner.head);
        else removed = true;
      }
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        if (!isOurs(node)) fresh.push(node);
      }
    }
    if (removed) sweep();
    if (fresh.length > before) requestFrame();
  }

  /** Has what the page changed tagged, and ready plans written, just before the next frame. */
  function requestFrame() {
    frame ??= beforeNextFrame().then(() => {
      frame = undefined;
      if (stopped) return;
      const nodes = fresh;
      fresh = [];
      tagNow(nodes);
      const items = [...frameWrites.values()];
      frameWrites.clear();
      if (items.length > 0 && write(items)) report();
    });
  }

  /**
   * Finds the mentions in what the page has just added or changed, makes their tags and plans their
   * write for this frame (or, for tags still waiting for their views, the frame after they are ready),
   * so that the tags share the page's own layout of the change instead of causing another. Beyond a
   * budget (and for big text) the rest goes to the sliced scan.
   */
  function tagNow(nodes: Node[]) {
    if (stopped || nodes.length === 0) return;
    const started = performance.now();
    const found: Plan[] = [];
    /** Text scanned in this call: the parser adds a row, then each of its cells, then their text, each with a record. */
    const seen = new Set<Text>();
    /** Elements whose verdict is known in this call (the parents of text that named a model). */
    const verdicts = new Map<Node, boolean>();
    /** Elements walked in this call, so that a cell of a row already walked is not walked again. */
    const walked = new Set<Node>();
    const take = (text: Text, inside: Inside) => {
      if (seen.has(text)) return;
      seen.add(text);
      if (text.length > BIG_NODE) return schedule(text);
      // Synchronous for text of this size: scanText only awaits inside big nodes.
      void scanText(text, inside);
      const planned = plans.get(text);
      if (!planned) return;
      plans.delete(text);
      found.push(planned);
    };
    let i = 0;
    for (; i < nodes.length && performance.now() - started < FRAME_BUDGET_MS; i++) {
      const node = nodes[i]!;
      if (node.nodeType === Node.TEXT_NODE) {
        // Any length: text the page emptied loses its tags.
        take(node as Text, isInside);
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE || walked.has(node) || walked.has(node.parentNode!)) continue;
      if (verdicts.has(node) || !node.isConnected || isSkipped(node as Element) || !isInside(node)) continue;
      walked.add(node);
      const walk = textWalk(node, verdicts);
      for (let text = walk.next(); text; text = walk.next()) {
        take(text, walk.inside);
        if (performance.now() - started >= FRAME_BUDGET_MS) {
          // Over budget: the sliced scan takes this node again (what is tagged by then stays as it is).
          schedule(node);
          break;
        }
      }
    }
    for (; i < nodes.length; i++) schedule(nodes[i]!);
    for (const item of found) {
      const readies: Promise<unknown>[] = [];
      item.tags = item.matches.map((match) => makeTag(match, readies));
      if (readies.length === 0) {
        unready.delete(item.text);
        frameWrites.set(item.text, item);
        continue;
      }
      // Its tags wait for their views, so that they go in once, at their final size.
      unready.set(item.text, item);
      void readyOrLate(readies).then(() => {
        if (unready.get(item.text) !== item) return;
        unready.delete(item.text);
        if (stopped) return;
        frameWrites.set(item.text, item);
        requestFrame();
      });
    }
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
      overlays.stop();
      overlays = createTableOverlays();
      if (followBody) {
        if (document.body) root = document.body;
        watchBody();
      }
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      // A page still loading is tagged as it is parsed, frame by frame, like any change of the page's.
      if (document.readyState === 'loading') {
        fresh.push(root);
        requestFrame();
      } else schedule(root);
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
      fresh = [];
      frameWrites.clear();
      unready.clear();
      if (removeTags) for (const run of [...runs.values()]) restore(run);
      overlays.stop({ removeLayers: removeTags });
    },
    rescan() {
      if (stopped) return;
      schedule(root);
    },
    async idle() {
      while (running || frame || unready.size > 0) {
        if (running) await running;
        else if (frame) await frame;
        else await nextTask();
      }
    },
    tags() {
      const all: HTMLElement[] = [];
      for (const run of runs.values()) for (const tag of run.tags) all.push(tag);
      return all;
    },
    slices: () => pauses,
  };
}
