import type {TimelineEvent} from "../model/types.js";
import type {LaneWindow} from "./laneColumns.js";
import type {LaneTitles, LayoutCache} from "./layoutCache.js";
import type {LayoutMetrics} from "./metrics.js";
import type {MeasureText} from "./measureText.js";
import {findLabelPlace, type LabelPlace} from "./labelPlace.js";
import {makeLabel} from "./placeLabel.js";
import {RowRoom} from "./rowRoom.js";
import {RowSpace} from "./rowSpace.js";
import type {SceneLabel} from "./scene.js";
import type {TimeScale} from "./timeScale.js";

/** One event given a place: its mark in `row`, its label somewhere beside or next to it. */
export interface PlacedEvent {
  event: TimelineEvent;
  row: number;
  kind: "point" | "span";
  x0: number;
  x1: number;
  /** Centre line of the mark. */
  y: number;
  /** Where leaders, connectors and arrows meet the mark, along the time axis. */
  anchorX: number;
  /** The mark runs on past the view on that side. */
  clippedStart: boolean;
  clippedEnd: boolean;
  label: SceneLabel;
  /** The row the label sits in: the mark's, or the one above or below it. */
  labelRow: number;
  /** A short line from the mark to a label placed in the row above or below. */
  leader: [number, number][] | null;
}

export interface LanePlacement {
  placed: PlacedEvent[];
  /** Events with no room for mark and label, as positions in the lane's columns: they fold into clusters. */
  unplaced: number[];
  rowCount: number;
}

interface Mark {
  event: TimelineEvent;
  kind: "point" | "span";
  x0: number;
  x1: number;
  /** Where a leader or a connector meets the mark. */
  anchorX: number;
  clippedStart: boolean;
  clippedEnd: boolean;
  /** No label of this event can be narrower: a cheap bound, to turn events away before measuring. */
  leastLabelWidth: number;
  /** The event's position in its lane's columns. */
  position: number;
}

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

export interface LaneContext {
  scale: TimeScale;
  metrics: LayoutMetrics;
  measure: MeasureText;
  cache: LayoutCache;
  /** Centre line of a row of this lane. */
  rowCentre: (row: number) => number;
}

/**
 * Places a lane's events, most important first, each in the lowest row where
 * its mark fits together with its label (inside a wide span, after or before the
 * mark, or in the row above or below with a leader). Everything placed takes its
 * space in its row, so nothing placed later can overlap it. Events that find no
 * room within `maxRows` rows are returned as unplaced, for clustering.
 * `useRoomBounds: false` searches every row for every event: the slow reference
 * that the tests hold the bounded search to.
 */
export function placeLane(window: LaneWindow, context: LaneContext, useRoomBounds = true): LanePlacement {
  const {columns, positions} = window;
  const {metrics} = context;
  const left = context.scale.range[0];
  const right = context.scale.range[1];
  const rows = Array.from({length: metrics.maxRows}, () => new RowSpace());
  const room = new RowRoom(rows, left, right);
  const titles = context.cache.laneTitles(columns, Math.min(metrics.labelMaxWidth, right - left), metrics.labelFont, context.measure);
  // Events turned away since the last one placed: past a few, the lane is
  // crowded and the room bounds spare most searches. It stays crowded: placing
  // one more event only takes room, and in a dense view a few hundred events are
  // placed among a hundred thousand turned away.
  let turnedAway = 0;
  let crowded = false;
  const rowAt = (row: number) => rows[row]!;
  const placed: PlacedEvent[] = [];
  const unplaced: number[] = [];
  let rowCount = 0;
  // One mark record, refilled per event: most events of a dense lane are
  // rejected, and allocating for each would cost more than the placement.
  const mark: Mark = {event: columns.events[0]!, kind: "point", x0: 0, x1: 0, anchorX: 0, clippedStart: false, clippedEnd: false, leastLabelWidth: 0, position: 0};
  for (let k = 0; k < positions.length; k++) {
    const position = positions[k]!;
    setMark(mark, columns.starts[position]!, columns.ends[position]!, context.scale, metrics, left, right);
    mark.event = columns.events[position]!;
    mark.position = position;
    // Worked out only for events whose mark finds room.
    mark.leastLabelWidth = -1;
    if (turnedAway >= CROWDED) crowded = useRoomBounds;
    if (crowded && !mightFit(mark, window, titles, room, context, right - left)) {
      unplaced.push(position);
      continue;
    }
    const needsClearAbove = columns.annotated[position] === 1;
    let placement: PlacedEvent | null = null;
    for (let row = 0; row < metrics.maxRows && !placement; row++) {
      if (needsClearAbove && !clearAbove(rows, row, mark.anchorX)) continue;
      if (crowded && !markMightFit(mark, row, room, metrics)) continue;
      placement = tryRow(mark, window, titles, row, rowAt, context, left, right, useRoomBounds);
    }
    // A callout must have its event drawn: rather than fold it into a cluster, let
    // its connector cross what lies above.
    for (let row = 0; needsClearAbove && row < metrics.maxRows && !placement; row++) {
      if (crowded && !markMightFit(mark, row, room, metrics)) continue;
      placement = tryRow(mark, window, titles, row, rowAt, context, left, right, useRoomBounds);
    }
    if (!placement) {
      unplaced.push(position);
      turnedAway++;
      continue;
    }
    turnedAway = 0;
    if (needsClearAbove && clearAbove(rows, placement.row, mark.anchorX)) {
      for (let row = 0; row < placement.row; row++) rowAt(row).take(mark.anchorX - 1, mark.anchorX + 1);
    }
    placed.push(placement);
    rowCount = Math.max(rowCount, placement.row + 1, placement.labelRow + 1);
  }
  return {placed, unplaced, rowCount};
}

function setMark(mark: Mark, spanStart: number, spanEnd: number, scale: TimeScale, metrics: LayoutMetrics, left: number, right: number): void {
  const start = scale(spanStart);
  const end = scale(spanEnd);
  // Below a few pixels a span reads as a point; draw it as one, at its middle.
  if (end - start >= metrics.pointRadius * 2) {
    mark.kind = "span";
    mark.x0 = Math.max(start, left);
    mark.x1 = Math.min(end, right);
    mark.anchorX = Math.min(mark.x0 + 4, mark.x1);
    mark.clippedStart = start < left;
    mark.clippedEnd = end > right;
    return;
  }
  const centre = Number.isFinite(spanStart) && Number.isFinite(spanEnd) ? (start + end) / 2 : start;
  mark.kind = "point";
  mark.x0 = centre - metrics.pointRadius;
  mark.x1 = centre + metrics.pointRadius;
  mark.anchorX = centre;
  mark.clippedStart = false;
  mark.clippedEnd = false;
}

/**
 * Whether a label of the smallest plausible width (most of a font size) fits in
 * any position: a cheap test that spares measuring titles in crowded rows, where
 * most events of a dense timeline end up. Any real label of at least that width
 * that fits somewhere also passes it.
 */
function roomForAnyLabel(
  mark: Mark,
  window: LaneWindow,
  row: number,
  rowAt: (row: number) => RowSpace,
  context: LaneContext,
  left: number,
  right: number
): boolean {
  const {metrics} = context;
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

/** Rejections in a row after which a lane counts as crowded. */
const CROWDED = 16;

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
function mightFit(mark: Mark, window: LaneWindow, titles: LaneTitles, room: RowRoom, context: LaneContext, plotWidth: number): boolean {
  const {metrics} = context;
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
function markMightFit(mark: Mark, row: number, room: RowRoom, metrics: LayoutMetrics): boolean {
  return room.at(row, mark.anchorX) + SLACK >= mark.x1 - mark.x0 + 2 * metrics.gap;
}

/** The mark's leastLabelWidth, worked out on first use. */
function leastOf(mark: Mark, {columns}: LaneWindow, metrics: LayoutMetrics, plotWidth: number): number {
  if (mark.leastLabelWidth < 0) {
    const position = mark.position;
    mark.leastLabelWidth = leastLabelWidth(columns.titleLengths[position]!, columns.advancing[position] === 1, metrics, plotWidth);
  }
  return mark.leastLabelWidth;
}

/** Whether some row has room for the mark and a label `label` wide, by the room bounds. */
function roomFor(label: number, mark: Mark, room: RowRoom, metrics: LayoutMetrics): boolean {
  const gap = metrics.gap;
  const width = mark.x1 - mark.x0;
  const labelOnMark = mark.kind === "span" && width + SLACK >= label + 2 * gap;
  const labelAround = (row: number) => row >= 0 && row < metrics.maxRows && room.at(row, mark.anchorX) + SLACK >= label + 2 * gap;
  for (let row = 0; row < metrics.maxRows; row++) {
    const here = room.at(row, mark.anchorX);
    if (here + SLACK < width + 2 * gap) continue;
    if (labelOnMark || here + SLACK >= width + 3 * gap + label || labelAround(row - 1) || labelAround(row + 1)) return true;
  }
  return false;
}

function clearAbove(rows: readonly RowSpace[], row: number, x: number): boolean {
  for (let above = 0; above < row; above++) {
    const space = rows[above];
    if (space && !space.fits(x - 1, x + 1, 0)) return false;
  }
  return true;
}

/**
 * The first label position that fits with the mark in `row` (`findLabelPlace`),
 * taking the space; null if none. The title is measured only once a label of its
 * least width has a place: in a crowded view most events fail before that.
 */
function tryRow(
  mark: Mark,
  window: LaneWindow,
  titles: LaneTitles,
  row: number,
  rowAt: (row: number) => RowSpace,
  context: LaneContext,
  left: number,
  right: number,
  useBounds: boolean
): PlacedEvent | null {
  const {metrics, rowCentre} = context;
  const gap = metrics.gap;
  const space = rowAt(row);
  if (!space.fits(mark.x0, mark.x1, gap)) return null;
  if (!roomForAnyLabel(mark, window, row, rowAt, context, left, right)) return null;
  const annotated = window.columns.annotated[mark.position] === 1;
  const least = useBounds ? lowerBoundOf(mark, window, titles, metrics, right - left) : 0;
  if (useBounds && !findLabelPlace(mark, row, least, annotated, rowAt, metrics, left, right, PLACE)) return null;
  const {text, width} = titles.at(mark.position);
  if (!findLabelPlace(mark, row, width, annotated, rowAt, metrics, left, right, PLACE)) return null;
  const font = metrics.labelFont;
  const y = rowCentre(row);
  const result = (label: SceneLabel, leader: [number, number][] | null, labelRow = row): PlacedEvent => ({
    event: mark.event,
    row,
    kind: mark.kind,
    x0: mark.x0,
    x1: mark.x1,
    y,
    anchorX: mark.anchorX,
    clippedStart: mark.clippedStart,
    clippedEnd: mark.clippedEnd,
    label,
    labelRow,
    leader
  });
  const {side, x} = PLACE;
  if (side === "on") {
    space.take(mark.x0, mark.x1);
    return result({...makeLabel(text, x, y, "start", width, font), onMark: true}, null);
  }
  if (side === "after") {
    space.take(mark.x0, x + width);
    return result(makeLabel(text, x, y, "start", width, font), null);
  }
  if (side === "before") {
    space.take(x - width, mark.x1);
    return result(makeLabel(text, x, y, "end", width, font), null);
  }
  // In the row above or below, over the mark: the label covers the anchor's x,
  // so the leader joining them crosses nothing else.
  const labelRow = PLACE.row;
  space.take(mark.x0, mark.x1);
  rowAt(labelRow).take(x, x + width);
  const label = makeLabel(text, x, rowCentre(labelRow), "start", width, font);
  const markEdge = y + (labelRow < row ? -1 : 1) * (mark.kind === "point" ? metrics.pointRadius : metrics.barHeight / 2);
  const labelEdge = labelRow < row ? label.box.y + label.box.height : label.box.y;
  return result(label, [[mark.anchorX, markEdge], [mark.anchorX, labelEdge]], labelRow);
}

/** The search's answer, refilled by each call (placement allocates only for what it places). */
const PLACE: LabelPlace = {side: "on", x: 0, row: 0};

/** The greatest of the lower bounds on the event's label width: from its length, and for Latin titles from their advances. */
function lowerBoundOf(mark: Mark, window: LaneWindow, titles: LaneTitles, metrics: LayoutMetrics, plotWidth: number): number {
  const least = leastOf(mark, window, metrics, plotWidth);
  if (window.columns.advancing[mark.position] !== 1) return least;
  return Math.max(least, closeLabelWidth(titles.advanceSum(mark.position), metrics, plotWidth));
}
