// Tags of a big table drawn over it, from a layer beside the table: anything put into a table of thousands of rows makes the browser lay the whole table out again, one long task; a layer beside it does not.
import { important } from './important';
import type { TagPlace } from './tag-context';

/** The layer that holds a big table's tags, put right after the table. */
export const OVERLAY_NAME = 'tokentag-overlay';
/** One tag's positioned box in the layer. */
export const SPOT_NAME = 'tokentag-spot';
/**
 * Rows from which a table's tags are drawn over it. Putting one pill into one cell of the bench's
 * 3,000-row table lays the table out again in 57–105 ms (about 20–35 µs a row on a 2-core
 * machine), so from about 1,000 rows a tag put into a cell risks a long task (50 ms) of its own.
 */
export const OVERLAY_ROWS = 1_000;
/**
 * Most spots placed in one pass, a frame each. The frame that shows them lays out and paints each
 * pill (its own positioned box): the heavy bench page's 257 pills at once made a frame of 49–56 ms,
 * 100 at a time 35–43 ms. Reading where a name is takes about 10 µs.
 */
const SPOTS_PER_PASS = 100;

/** Where a tag's mention is: its text node and the name's range in it (UTF-16 offsets). */
export interface MentionPlace {
  text: Text;
  start: number;
  end: number;
}

/** The page's box of a name, or of the layer, in viewport pixels (a DOMRect's fields). */
export interface Box {
  left: number;
  top: number;
  right: number;
  height: number;
}

/** Where a spot goes in its layer, in CSS pixels: right after the name's last line, as tall as that line. */
export function spotPosition(name: Box, layer: Pick<Box, 'left' | 'top'>): { x: number; y: number; height: number } {
  return { x: name.right - layer.left, y: name.top - layer.top, height: name.height };
}

/** The mention of each tag drawn over a table, kept in the content script's own world. */
const places = new WeakMap<HTMLElement, MentionPlace>();

/**
 * What stands for a tag's place in the page (its section, whether it is in code or a link, its
 * order): the mention's text for a tag drawn over a table, else the tag itself.
 */
export const anchorOf = (tag: HTMLElement): TagPlace => places.get(tag)?.text ?? tag;

/** The first table around a node with at least `rows` rows, whose tags go over it; else undefined. */
export function bigTableOf(node: Node, rows = OVERLAY_ROWS): HTMLTableElement | undefined {
  for (let table = node.parentElement?.closest('table'); table; table = table.parentElement?.closest('table'))
    if (table.rows.length >= rows) return table;
  return undefined;
}

/**
 * Inline styles of our own elements, every declaration made `!important`, so that no style sheet of
 * the page changes them. (Not `all: initial`: the browser then writes out every longhand into each
 * spot's style attribute, thousands of them on a big table.)
 */
const BOX = 'margin:0;padding:0;';
/**
 * The layer: a box of no size right after the table. Absolutely positioned, where that box scrolls
 * with the table; in the page's flow when the table is in a scrolling element that an absolutely
 * positioned box would not scroll with (its containing block lies outside). In flow, showing pills
 * costs a walk over the whole page before paint (15 ms on the heavy bench page), so only there.
 */
const layerStyle = (inFlow: boolean) =>
  important(`${BOX}display:block;width:0;height:0;position:${inFlow ? 'relative' : 'absolute'};`);
/** Whether the layer must stand in the flow (see `layerStyle`): never in a flex or grid container, where even a box of no size takes a place. */
function needsFlow(table: HTMLTableElement): boolean {
  const parent = table.parentElement;
  if (!parent || /flex|grid/.test(getComputedStyle(parent).display)) return false;
  for (let element: Element | null = parent; element && element !== document.body; element = element.parentElement) {
    const style = getComputedStyle(element);
    if (style.position !== 'static') return false;
    if (style.overflow !== 'visible') return true;
  }
  return false;
}

/** A spot while its tag shows nothing, or its name is not rendered: no box, so no layout either. */
const HIDDEN_SPOT = important(`${BOX}display:none;`);
const spotStyle = ({ x, y, height }: { x: number; y: number; height: number }) =>
  important(
    `${BOX}display:flex;align-items:center;position:absolute;left:0;top:0;height:${height}px;transform:translate(${x}px,${y}px);`,
  );

interface Layer {
  table: HTMLTableElement;
  element: HTMLElement;
  /** Spots whose tag shows something: the ones to place. */
  shown: Set<HTMLElement>;
  /** Spots to place at the next pass; every shown one when `all`. */
  dirty: Set<HTMLElement>;
  all: boolean;
  /** Spots added since the last `commit`, put into the layer together. */
  incoming?: DocumentFragment;
  watchers: { disconnect(): void }[];
}

export interface TableOverlays {
  /**
   * Puts a table's layer in ahead of its tags (putting it in costs the page a walk over it before
   * paint: 15–34 ms on the heavy bench page). True if it went in now.
   */
  prepare(table: HTMLTableElement | undefined): boolean;
  /**
   * Puts a tag over a table, beside its mention (placed after the next frame, hidden until then);
   * it goes into the page with the next `commit`.
   */
  add(table: HTMLTableElement, tag: HTMLElement, place: MentionPlace): void;
  /**
   * Puts the tags added since the last commit into their layers, one insertion per layer: the page
   * and its mutation observers then see one change per write, not one per tag.
   */
  commit(): void;
  /** Whether a tag still stands in its table's layer, as put there. */
  holds(tag: HTMLElement): boolean;
  /** Takes a tag out of its layer; false for a tag that was not over a table. */
  remove(tag: HTMLElement): boolean;
  /** Stops following the page; with `removeLayers`, also takes the layers out. */
  stop(options?: { removeLayers?: boolean }): void;
}

export function createTableOverlays(): TableOverlays {
  const layers = new Map<HTMLTableElement, Layer>();
  /** Each tag's spot and layer. */
  const spots = new WeakMap<HTMLElement, { spot: HTMLElement; layer: Layer }>();
  let pending = false;
  let stopped = false;

  /** Places what is dirty after the next frame is laid out and painted, when reading the page's boxes costs nothing. */
  const schedule = () => {
    if (pending || stopped) return;
    pending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        pending = false;
        if (!stopped) layers.forEach(place);
      }),
    );
  };
  const markAll = (layer: Layer) => {
    layer.all = true;
    schedule();
  };
  const onResize = () => layers.forEach(markAll);
  /** Stops following a layer's table, and takes the layer out with `remove`. */
  const dispose = (layer: Layer, remove: boolean) => {
    for (const watcher of layer.watchers) watcher.disconnect();
    if (remove) layer.element.remove();
    layers.delete(layer.table);
    if (layers.size === 0) removeEventListener('resize', onResize);
  };

  /** The name's box: the last of its line boxes, where the tag goes; undefined when it is not rendered. */
  const nameBox = (tag: HTMLElement): Box | undefined => {
    const mention = places.get(tag);
    if (!mention?.text.isConnected || mention.end > mention.text.length) return undefined;
    const range = document.createRange();
    range.setStart(mention.text, mention.start);
    range.setEnd(mention.text, mention.end);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1];
    return last && (last.width > 0 || last.height > 0) ? last : undefined;
  };

  /** Every read, then every write, so that a pass costs one layout of our layer and nothing of the page's. */
  const place = (layer: Layer) => {
    const todo = [...(layer.all ? layer.shown : layer.dirty)].filter((spot) => layer.shown.has(spot));
    layer.all = false;
    layer.dirty = new Set(todo.splice(SPOTS_PER_PASS));
    if (layer.dirty.size > 0) schedule();
    const { table, element } = layer;
    if (todo.length === 0 || !table.isConnected) return;
    if (element.previousSibling !== table) table.after(element);
    const origin = element.getBoundingClientRect();
    const boxes = todo.map((spot) => nameBox(spot.firstElementChild as HTMLElement));
    todo.forEach((spot, i) => {
      const box = boxes[i];
      spot.style.cssText = box ? spotStyle(spotPosition(box, origin)) : HIDDEN_SPOT;
    });
  };

  /** Follows whether a tag shows something: the tag controller draws and redraws it (a reveal, a repeat, a setting). */
  const follow = (tag: HTMLElement) => {
    const found = spots.get(tag);
    if (!found) return;
    const { spot, layer } = found;
    const display = tag.getAttribute('data-display');
    if (display === 'pill' || display === 'marker') {
      layer.shown.add(spot);
      layer.dirty.add(spot);
      schedule();
    } else if (layer.shown.delete(spot)) spot.style.cssText = HIDDEN_SPOT;
  };

  const createLayer = (table: HTMLTableElement): Layer => {
    const element = document.createElement(OVERLAY_NAME);
    element.style.cssText = layerStyle(needsFlow(table));
    table.after(element);
    const layer: Layer = { table, element, shown: new Set(), dirty: new Set(), all: false, watchers: [] };
    // Its tags' looks; and the table's rows moving, growing or changing (sorting, appended rows, new text).
    const changes = new MutationObserver((records) => {
      for (const record of records)
        if (record.type === 'attributes') follow(record.target as HTMLElement);
        else markAll(layer);
    });
    changes.observe(element, { attributes: true, attributeFilter: ['data-display'], subtree: true });
    changes.observe(table, { childList: true, subtree: true, characterData: true });
    // The table resized (the window, a column, a web font).
    const sizes = new ResizeObserver(() => markAll(layer));
    sizes.observe(table);
    layer.watchers.push(changes, sizes);
    if (layers.size === 0) addEventListener('resize', onResize);
    layers.set(table, layer);
    return layer;
  };

  return {
    prepare: (table) => !!table && !layers.has(table) && !!createLayer(table),
    add(table, tag, place) {
      const layer = layers.get(table) ?? createLayer(table);
      if (!layer.element.isConnected) table.after(layer.element);
      places.set(tag, place);
      const spot = document.createElement(SPOT_NAME);
      spot.style.cssText = HIDDEN_SPOT;
      spot.append(tag);
      spots.set(tag, { spot, layer });
      (layer.incoming ??= document.createDocumentFragment()).append(spot);
    },
    commit() {
      for (const layer of layers.values()) {
        const { incoming } = layer;
        if (!incoming) continue;
        layer.incoming = undefined;
        // A tag drawn before it came here shows at once; later draws are followed by the layer's observer.
        for (const spot of incoming.children) follow(spot.firstElementChild as HTMLElement);
        layer.element.append(incoming);
      }
    },
    holds(tag) {
      const found = spots.get(tag);
      return !!found && found.spot.parentNode === found.layer.element && found.layer.element.isConnected;
    },
    remove(tag) {
      const found = spots.get(tag);
      if (!found) return false;
      spots.delete(tag);
      places.delete(tag);
      const { spot, layer } = found;
      layer.shown.delete(spot);
      spot.remove();
      tag.remove();
      // The page dropped the table: its last tag taken out, nothing keeps it (or its layer) alive.
      if (!layer.table.isConnected && !layer.element.firstChild) dispose(layer, true);
      return true;
    },
    stop({ removeLayers = false } = {}) {
      stopped = true;
      for (const layer of [...layers.values()]) dispose(layer, removeLayers);
    },
  };
}
