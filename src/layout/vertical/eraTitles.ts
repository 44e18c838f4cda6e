import {fitText} from "../fitText.js";
import type {LayoutMetrics} from "../metrics.js";
import type {MeasureText} from "../measureText.js";
import {makeLabel} from "../placeLabel.js";
import type {Box, SceneLabel} from "../scene.js";

/** Narrower than this, a shortened era title would say too little to be worth showing. */
const LEAST_TITLE_WIDTH = 60;
/** Between a label and an era title sharing its row: wide enough to read as two things. */
const SHARED_ROW_GAP = 16;

/** What is in the label column once it is arranged: boxes, and whether a title may share the row. */
export interface ColumnRow {
  box: Box;
  /** A label or a badge, one line tall: a title may stand right of it. */
  shareable: boolean;
}

/**
 * Era titles go last, so that no event loses its label to one: right-aligned
 * in the label column, inside the era's band, in the first free row there; or
 * else on the row of the label or badge in the band with most room to its
 * right (shortened to that room if need be). An era with neither is drawn
 * untitled.
 * Titles never leave their band, so a title always names the band it is in.
 */
export function placeEraTitles(
  bands: readonly {title: string; top: number; bottom: number}[],
  rows: readonly ColumnRow[],
  column: {top: number; bottom: number; left: number; right: number; gap: number},
  slot: number,
  metrics: LayoutMetrics,
  measure: MeasureText
): (SceneLabel | null)[] {
  const font = metrics.labelFont;
  const taken = rows.map((row) => ({...row, box: {...row.box}})).sort((a, b) => a.box.y - b.box.y);
  const {gap, right} = column;
  return bands.map(({title, top, bottom}) => {
    const low = Math.max(top + 2, column.top);
    const high = Math.min(bottom, column.bottom) - slot;
    if (!(low <= high)) return null;
    const full = fitText(title, Math.min(metrics.labelMaxWidth, right - column.left), font, measure);
    if (!full) return null;
    const label = (text: string, rowTop: number) => makeLabel(text, right, rowTop + slot / 2, "end", measure(text, font), font);
    // A free row in the band: between the boxes, a slot and a gap either side.
    let previousBottom = -Infinity;
    for (const row of [...taken, {box: {x: 0, y: Infinity, width: 0, height: 0}, shareable: false}]) {
      const rowTop = Math.max(previousBottom + gap, low);
      if (rowTop <= high && rowTop + slot + gap <= row.box.y) {
        const placed = label(full, rowTop);
        insert(taken, {box: placed.box, shareable: false});
        return placed;
      }
      previousBottom = Math.max(previousBottom, row.box.y + row.box.height);
      if (previousBottom + gap > high) break;
    }
    // Else beside the label or badge in the band with the most room to its right.
    let best: ColumnRow | undefined;
    for (const row of taken) {
      if (!row.shareable || row.box.y < low - gap || row.box.y > high) continue;
      if (!best || row.box.x + row.box.width < best.box.x + best.box.width) best = row;
    }
    if (best) {
      const text = fitText(full, right - (best.box.x + best.box.width) - SHARED_ROW_GAP, font, measure);
      if (text && measure(text, font) >= Math.min(LEAST_TITLE_WIDTH, measure(full, font))) {
        best.shareable = false;
        return label(text, best.box.y + best.box.height / 2 - slot / 2);
      }
    }
    return null;
  });
}

function insert(rows: ColumnRow[], row: ColumnRow): void {
  let i = 0;
  while (i < rows.length && rows[i]!.box.y < row.box.y) i++;
  rows.splice(i, 0, row);
}
