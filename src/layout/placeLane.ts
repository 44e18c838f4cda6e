import type {TimelineEvent} from "../model/types.js";
import type {LaneWindow} from "./laneColumns.js";
import {setMark, type LaneMark} from "./laneMark.js";
import type {LaneTitles, LayoutCache} from "./layoutCache.js";
import type {LayoutMetrics} from "./metrics.js";
import type {MeasureText} from "./measureText.js";
import {findLabelPlace, type LabelPlace} from "./labelPlace.js";
import {makeLabel} from "./placeLabel.js";
import {RowRoom} from "./rowRoom.js";
import {lowerBoundOf, markMightFit, mightFit, roomForAnyLabel} from "./roomBounds.js";
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
  // One record, refilled per event (see LaneMark).
  const mark: LaneMark = {event: columns.events[0]!, kind: "point", x0: 0, x1: 0, anchorX: 0, clippedStart: false, clippedEnd: false, leastLabelWidth: 0, position: 0};
  for (let k = 0; k < positions.length; k++) {
    const position = positions[k]!;
    setMark(mark, columns.starts[position]!, columns.ends[position]!, context.scale, metrics, left, right);
    mark.event = columns.events[position]!;
    mark.position = position;
    // Worked out only for events whose mark finds room.
    mark.leastLabelWidth = -1;
    if (useRoomBounds && turnedAway >= CROWDED) crowded = true;
    if (crowded && !mightFit(mark, window, titles, room, metrics, right - left)) {
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

/** Rejections in a row after which a lane counts as crowded. */
const CROWDED = 16;

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
  mark: LaneMark,
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
  if (!roomForAnyLabel(mark, window, row, rowAt, metrics, left, right)) return null;
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

