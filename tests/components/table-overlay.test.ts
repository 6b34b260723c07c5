// The layer over a big table in a DOM: where its spots go (from the names' boxes, stubbed here), which it places, and in how many passes.
// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTableOverlays, OVERLAY_NAME, SPOT_NAME, type TableOverlays } from '../../content/table-overlay';

let overlays: TableOverlays;
/** How many names' boxes were read. */
let reads: number;

/**
 * A table of `rows` cells, each naming a model, with a tag over each; the name's box is 100 px wide,
 * on row i's line (20 px a row). The tags go into the page unless `commit` is false.
 */
function setUp(rows: number, commit = true) {
  document.body.innerHTML = `<table>${Array.from({ length: rows }, (_, i) => `<tr><td>gpt-5.2 ${i}</td></tr>`).join('')}</table>`;
  reads = 0;
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    reads++;
    const row = Number((this.startContainer as Text).data.split(' ')[1]);
    if (Number.isNaN(row) || this.startContainer.parentElement?.hidden) return [] as unknown as DOMRectList;
    return [{ left: 10, right: 110, top: 20 * row, bottom: 20 * row + 18, width: 100, height: 18 }] as unknown as DOMRectList;
  });
  overlays = createTableOverlays();
  const table = document.querySelector('table')!;
  const tags = [...document.querySelectorAll('td')].map((cell) => {
    const tag = document.createElement('tokentag-badge');
    overlays.add(table, tag, { text: cell.firstChild as Text, start: 0, end: 7 });
    return tag;
  });
  if (commit) overlays.commit();
  return tags;
}

const spotOf = (tag: HTMLElement) => tag.parentElement!;
/** Waits for a condition (a pass runs after the next frame), with room for a busy machine. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000 });
const placed = () =>
  [...document.querySelectorAll(SPOT_NAME)].filter((spot) => spot.getAttribute('style')!.includes('translate')).length;
/** Frames asked for and not yet run: the test runs them, one at a time, so that each pass is seen alone. */
let frames: FrameRequestCallback[];
/** Runs the frame the overlays asked for (once they have asked), then their pass, which follows it in a task of its own. */
const nextPass = async () => {
  await until(() => expect(frames.length).toBeGreaterThan(0));
  for (const frame of frames.splice(0)) frame(0);
  await new Promise((resolve) => setTimeout(resolve));
};

beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 1000 } as DOMRect);
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
});

afterEach(() => {
  overlays.stop({ removeLayers: true });
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('createTableOverlays', () => {
  it('puts the tags added since the last commit into the layer in one insertion, seen by the page as one change', async () => {
    const tags = setUp(2, false);
    // Drawn before they go in (tags the controller had drawn already): they show once committed.
    for (const tag of tags) tag.setAttribute('data-display', 'pill');
    // Not in the page until the commit: the layer stands ready, empty.
    expect(tags.some((tag) => tag.isConnected)).toBe(false);
    expect(tags.some((tag) => overlays.holds(tag))).toBe(false);
    // One insertion into the layer (a fragment), so the page's observers get one record, not one per tag.
    const layer = document.querySelector(OVERLAY_NAME)!;
    const append = vi.spyOn(layer, 'append');
    overlays.commit();
    expect(append).toHaveBeenCalledTimes(1);
    expect(append.mock.calls[0]![0]).toBeInstanceOf(DocumentFragment);
    expect(layer.children).toHaveLength(2);
    expect(tags.every((tag) => overlays.holds(tag))).toBe(true);
    await nextPass();
    expect(placed()).toBe(2);
    // A tag taken out before its commit never goes in.
    const late = document.createElement('tokentag-badge');
    overlays.add(document.querySelector('table')!, late, { text: document.querySelector('td')!.firstChild as Text, start: 0, end: 7 });
    expect(overlays.remove(late)).toBe(true);
    overlays.commit();
    expect(document.querySelectorAll(SPOT_NAME)).toHaveLength(2);
  });

  it('puts each spot at the end of its name, on its line, once its tag shows something', async () => {
    const tags = setUp(3);
    expect(document.querySelector('table')!.nextElementSibling!.tagName).toBe(OVERLAY_NAME.toUpperCase());
    // Nothing shows yet: every spot is out of the layout.
    expect(tags.every((tag) => spotOf(tag).style.display === 'none')).toBe(true);
    tags[1]!.setAttribute('data-display', 'pill');
    tags[2]!.setAttribute('data-display', 'none');
    await nextPass();
    expect(reads).toBe(1);
    expect(placed()).toBe(1);
    // 110 px from the layer's left, 20 px down from the layer (at 1,000 px) to row 1's line: −980 px.
    expect(spotOf(tags[1]!).style.transform).toBe('translate(110px,-980px)');
    expect(spotOf(tags[1]!).style.height).toBe('18px');
    expect(spotOf(tags[0]!).style.display).toBe('none');
    // A tag that stops showing (a repeat now) takes its spot out of the layout.
    tags[1]!.setAttribute('data-display', 'none');
    await until(() => expect(spotOf(tags[1]!).style.display).toBe('none'));
  });

  it('hides the pill of a name that is not rendered, and places every shown pill again when the table changes', async () => {
    const tags = setUp(3);
    for (const tag of tags) tag.setAttribute('data-display', 'pill');
    await nextPass();
    expect(placed()).toBe(3);
    const readsBefore = reads;
    // The page hides a row (a filter) and rewrites a cell: every shown pill is placed again.
    document.querySelectorAll('td')[0]!.hidden = true;
    (document.querySelectorAll('td')[2]!.firstChild as Text).appendData(' (new)');
    await nextPass();
    expect(reads).toBe(readsBefore + 3);
    expect(spotOf(tags[0]!).style.display).toBe('none');
    expect(placed()).toBe(2);
  });

  it('places a table’s shown pills over several passes, at most 100 a pass', async () => {
    const tags = setUp(250);
    for (const tag of tags) tag.setAttribute('data-display', 'pill');
    await nextPass();
    expect(reads).toBe(100);
    await nextPass();
    expect(reads).toBe(200);
    await nextPass();
    expect(reads).toBe(250);
    expect(placed()).toBe(250);
  });

  it('takes a tag out with its spot, and its layers when stopped', async () => {
    const tags = setUp(2);
    expect(overlays.holds(tags[0]!)).toBe(true);
    expect(overlays.remove(tags[0]!)).toBe(true);
    expect(overlays.holds(tags[0]!)).toBe(false);
    expect(overlays.remove(tags[0]!)).toBe(false);
    expect(document.querySelectorAll(SPOT_NAME)).toHaveLength(1);
    overlays.stop({ removeLayers: true });
    expect(document.querySelector(OVERLAY_NAME)).toBeNull();
  });

  it('drops a table’s layer once the page dropped the table and the last of its tags is taken out', () => {
    const tags = setUp(2);
    document.querySelector('table')!.remove();
    overlays.remove(tags[0]!);
    expect(document.querySelector(OVERLAY_NAME)).not.toBeNull();
    overlays.remove(tags[1]!);
    expect(document.querySelector(OVERLAY_NAME)).toBeNull();
  });
});
