import type {LayoutMetrics} from "./metrics.js";
import type {RowSpace} from "./rowSpace.js";

/** Where a label goes beside its mark (`findLabelPlace`). */
export interface LabelPlace {
  /** On the span, after or before the mark in its row, or over it in the row above or below (joined by a leader). */
  side: "on" | "after" | "before" | "over";
  /** Where the label is anchored: its left edge, or its right edge when before the mark. */
  x: number;
  /** The row the label sits in. */
  row: number;
}

/** What the search needs of a mark: its extent along the time axis and its anchor. */
export interface MarkExtent {
  readonly kind: "point" | "span";
  readonly x0: number;
  readonly x1: number;
  readonly anchorX: number;
}

/**
 * The first place, in order of preference, for a label `width` wide beside a
 * mark in `row`: inside a wide span, after the mark, before it, or in the row
 * above or below over the anchor (annotated events keep the row above clear for
 * their callout's connector). Fills `place` and returns true, or returns false;
 * takes no space.
 *
 * A wider label fits in none of the places a narrower one does not: each place
 * of the wider label covers the same place of the narrower one (over the anchor,
 * clamped to the plot, included). So a lower bound on a title's width rules a
 * row out before the title is measured.
 */
export function findLabelPlace(
  mark: MarkExtent,
  row: number,
  width: number,
  annotated: boolean,
  rowAt: (row: number) => RowSpace,
  metrics: LayoutMetrics,
  left: number,
  right: number,
  place: LabelPlace
): boolean {
  const gap = metrics.gap;
  const space = rowAt(row);
  if (mark.kind === "span" && mark.x1 - mark.x0 >= width + 2 * gap) return fill(place, "on", mark.x0 + gap, row);
  const after = mark.x1 + gap;
  if (after + width <= right && space.fits(mark.x0, after + width, gap)) return fill(place, "after", after, row);
  const before = mark.x0 - gap;
  if (before - width >= left && space.fits(before - width, mark.x1, gap)) return fill(place, "before", before, row);
  for (const labelRow of annotated ? [row + 1] : [row - 1, row + 1]) {
    if (labelRow < 0 || labelRow >= metrics.maxRows) continue;
    const labelSpace = rowAt(labelRow);
    for (const offset of [gap, width / 2, width - gap]) {
      const start = Math.min(Math.max(mark.anchorX - offset, left), right - width);
      if (start > mark.anchorX || start + width < mark.anchorX || !labelSpace.fits(start, start + width, gap)) continue;
      return fill(place, "over", start, labelRow);
    }
  }
  return false;
}

function fill(place: LabelPlace, side: LabelPlace["side"], x: number, row: number): true {
  place.side = side;
  place.x = x;
  place.row = row;
  return true;
}
