// Where the pills drawn over a big table stand, read in the page: beside their names, on top, in the viewport.
import { modelRows, random } from '../fixtures/model-table';

/** A model table big enough (1,200 rows) to have its tags drawn over it; `wrap` puts it in an element (`<div …>`). */
export const bigTablePage = (title: string, wrap?: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head>
<body><h1>${title}</h1>${wrap ?? ''}<table><thead><tr><th>Model</th><th>API id</th><th>Input</th></tr></thead><tbody id="rows">
${modelRows(1_200, 1, random(11)).join('\n')}</tbody></table>${wrap ? '</div>' : ''}</body></html>`;

export interface PillSpot {
  /** Pixels from the end of its cell's text to the pill's left edge (the tag's 0.3em margin). */
  gap: number;
  /** Whether the pill's middle lies within the line box of the text's last line. */
  onLine: boolean;
  /** Whether the pill is what the page shows at its centre (not covered by the table). */
  onTop: boolean;
}

/**
 * Runs in the page: for every pill over a table that stands in the viewport (or in the element
 * `within` selects, a scrolling one), how it sits beside the name before it (found by what the page
 * shows just left of the pill). Self-contained, for `evaluate`.
 */
export function overlayPills(within: string | null): PillSpot[] {
  const spots: PillSpot[] = [];
  const view = within
    ? document.querySelector(within)!.getBoundingClientRect()
    : { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
  for (const tag of document.querySelectorAll('tokentag-overlay tokentag-badge[data-display="pill"]')) {
    const box = tag.getBoundingClientRect();
    if (box.width === 0 || box.top < view.top || box.bottom > view.bottom || box.left < view.left + 8 || box.right > view.right)
      continue;
    const middle = (box.top + box.bottom) / 2;
    const cell = document.elementsFromPoint(box.left - 6, middle).find((element) => element.tagName === 'TD');
    const range = document.createRange();
    if (cell) range.selectNodeContents(cell);
    const lines = cell ? range.getClientRects() : [];
    const last = lines[lines.length - 1];
    spots.push({
      gap: last ? box.left - last.right : Number.NaN,
      onLine: !!last && middle > last.top && middle < last.bottom,
      onTop: document.elementFromPoint(box.left + box.width / 2, middle) === tag,
    });
  }
  return spots;
}

/** Whether every pill in view stands right after its name (0–8 px), on its line and on top; and that some do. */
export const wellPlaced = (spots: PillSpot[]) =>
  spots.length >= 5 && spots.every((spot) => spot.gap >= 0 && spot.gap <= 8 && spot.onLine && spot.onTop);
