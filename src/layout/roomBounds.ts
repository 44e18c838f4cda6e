import type {LaneWindow} from "./laneColumns.js";
import type {LaneMark} from "./laneMark.js";
import type {LaneTitles} from "./layoutCache.js";
import type {LayoutMetrics} from "./metrics.js";
import type {RowRoom} from "./rowRoom.js";
import type {RowSpace} from "./rowSpace.js";

// Bounds that let placement turn an event away without searching rows or
// measuring its title: lower bounds on its label's width, and upper bounds on
// the room about its mark (RowRoom). Each only ever turns away what the full
// search would (placeLane's `useRoomBounds: false` is the reference the tests
// hold them to).

// The narrowest advance there is the apostrophe's, 0.191 em in Liberation Sans; a
// little less allows for browsers' own metrics.
const NARROWEST_ADVANCE_EM = 0.18;

/**
 * A lower bound on the width of an event's label, without measuring it, from
 * its title's length and whether every character of it advances (LaneColumns):
 * a title of other scripts may hold marks of no width, and bounds nothing.
 */
function leastLabelWidth(titleLength: number, advancing: boolean, metrics: LayoutMetrics, plotWidth: number): number {
  if (!advancing) return 0;
  return Math.min(titleLength * NARROWEST_ADVANCE_EM * metrics.labelFont.size, cutLabelWidth(metrics, plotWidth));
}

/**
 * The least width of a label cut to the maximum width: it keeps all but at most
 * one character of the title and adds the ellipsis, each under an em wide in the
 * Latin text the bounds are used for.
 */
function cutLabelWidth(metrics: LayoutMetrics, plotWidth: number): number {
  return Math.max(0, Math.min(metrics.labelMaxWidth, plotWidth) - 2 * metrics.labelFont.size);
}

// Kerning and ligatures make a text narrower than its characters' advances
// added up, by a few per cent in Latin text; a fifth leaves a wide margin.
const KERNING_ALLOWANCE = 0.8;

/**
 * A lower bound on the width of a Latin title's label from the sum of its
 * characters' advances: the label is the title, or cut to within about two
 * characters of the maximum width.
 */
function closeLabelWidth(advanceSum: number, metrics: LayoutMetrics, plotWidth: number): number {
  return Math.min(KERNING_ALLOWANCE * advanceSum, cutLabelWidth(metrics, plotWidth));
}

/** Rounding room for the bounds below: they must never turn away what fits. */
const SLACK = 1e-6;

/**
 * Whether some row might hold the mark and its label, judged by the room bounds
 * alone. Each test is implied by one that tryRow makes (the mark needs its width
 * and 2 gaps of free row; a label beside it 3 gaps and both widths; a label on a
 * span 2 gaps more than its width; a label in the row above or below its width
 * and 2 gaps around the anchor), so false proves that tryRow fails in every row:
 * the event goes to a cluster as it would after the search, only sooner. The
 * label's width is the one tryRow uses, fitted and measured once per event and
 * kept in the layout cache across zoom frames; until then, lower bounds stand in.
 */
export function mightFit(mark: LaneMark, window: LaneWindow, titles: LaneTitles, room: RowRoom, metrics: LayoutMetrics, plotWidth: number): boolean {
  const least = leastOf(mark, window, metrics, plotWidth);
  // The most room of any row first: roomFor needs at least that much in some row
  // for the mark, and for a label beside or around it unless it sits on the span.
  const most = room.most(mark.anchorX) + SLACK;
  const width = mark.x1 - mark.x0;
  if (most < width + 2 * metrics.gap) return false;
  if (most < least + 2 * metrics.gap && !(mark.kind === "span" && width + SLACK >= least + 2 * metrics.gap)) return false;
  // Then the lower bound row by row, as roomForAnyLabel does: most crowded events
  // fail even that and are never measured.
  if (!roomFor(least, mark, room, metrics)) return false;
  // A Latin title's advances, each measured once per timeline, bound its width
  // closely: most of the rest are turned away without measuring the title.
  const close = lowerBoundOf(mark, window, titles, metrics, plotWidth);
  if (close > least && !roomFor(close, mark, room, metrics)) return false;
  // The real width only when it is known already: measuring is left to tryRow,
  // which does it once a label of the bound's width has a place.
  const known = titles.measured(mark.position);
  return known === undefined || roomFor(known.width, mark, room, metrics);
}

/**
 * Whether the row's room bound leaves space for the mark and a gap each side,
 * as tryRow's first test needs: most rows of a crowded lane fail here, without
 * searching the row.
 */
export function markMightFit(mark: LaneMark, row: number, room: RowRoom, metrics: LayoutMetrics): boolean {
  return room.at(row, mark.anchorX) + SLACK >= mark.x1 - mark.x0 + 2 * metrics.gap;
}

/** The mark's leastLabelWidth, worked out on first use. */
function leastOf(mark: LaneMark, {columns}: LaneWindow, metrics: LayoutMetrics, plotWidth: number): number {
  if (mark.leastLabelWidth < 0) {
    const position = mark.position;
    mark.leastLabelWidth = leastLabelWidth(columns.titleLengths[position]!, columns.advancing[position] === 1, metrics, plotWidth);
  }
  return mark.leastLabelWidth;
}

/** Whether some row has room for the mark and a label `label` wide, by the room bounds. */
function roomFor(label: number, mark: LaneMark, room: RowRoom, metrics: LayoutMetrics): boolean {
  const gap = metrics.gap;
  const width = mark.x1 - mark.x0;
  const labelOnMark = mark.kind === "span" && width + SLACK >= label + 2 * gap;
  const labelAround = (row: number) => row >= 0 && row < metrics.maxRows && room.at(row, mark.anchorX) + SLACK >= label + 2 * gap;
  for (let row = 0; row < metrics.maxRows; row++) {
    if (!markMightFit(mark, row, room, metrics)) continue;
    const here = room.at(row, mark.anchorX);
    if (labelOnMark || here + SLACK >= width + 3 * gap + label || labelAround(row - 1) || labelAround(row + 1)) return true;
  }
  return false;
}

/** The greatest of the lower bounds on the event's label width: from its length, and for Latin titles from their advances. */
export function lowerBoundOf(mark: LaneMark, window: LaneWindow, titles: LaneTitles, metrics: LayoutMetrics, plotWidth: number): number {
  const least = leastOf(mark, window, metrics, plotWidth);
  if (window.columns.advancing[mark.position] !== 1) return least;
  return Math.max(least, closeLabelWidth(titles.advanceSum(mark.position), metrics, plotWidth));
}

/**
 * Whether a label of the smallest plausible width (most of a font size) fits in
 * any position: a cheap test that spares measuring titles in crowded rows, where
 * most events of a dense timeline end up. Any real label of at least that width
 * that fits somewhere also passes it.
 */
export function roomForAnyLabel(
  mark: LaneMark,
  window: LaneWindow,
  row: number,
  rowAt: (row: number) => RowSpace,
  metrics: LayoutMetrics,
  left: number,
  right: number
): boolean {
  const gap = metrics.gap;
  const least = leastOf(mark, window, metrics, right - left);
  const space = rowAt(row);
  if (mark.kind === "span" && mark.x1 - mark.x0 >= least + 2 * gap) return true;
  if (mark.x1 + gap + least <= right && space.fits(mark.x0, mark.x1 + gap + least, gap)) return true;
  if (mark.x0 - gap - least >= left && space.fits(mark.x0 - gap - least, mark.x1, gap)) return true;
  for (const labelRow of [row - 1, row + 1]) {
    if (labelRow < 0 || labelRow >= metrics.maxRows) continue;
    // A label there must cover the anchor.
    if (rowAt(labelRow).fits(mark.anchorX, mark.anchorX, gap)) return true;
  }
  return false;
}
