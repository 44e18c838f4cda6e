import type {Lane} from "../../model/types.js";
import {fitText} from "../fitText.js";
import type {LayoutMetrics} from "../metrics.js";
import type {MeasureText} from "../measureText.js";
import {makeLabel} from "../placeLabel.js";
import type {SceneLane} from "../scene.js";

/** Between the axis line and the first lane's rule. */
export const AXIS_TO_TRACKS = 5;
/** Between a lane's rule and its first column of marks. */
const TRACK_INSET = 3;
/** From one column of marks to the next: a 10 px mark and a little air. */
const COLUMN_PITCH = 12;
/** Between the last lane and the label column: room for leaders and connectors to come in. */
export const GUTTER = 14;
/**
 * Share of the width right of the axis that the label column keeps at least,
 * whatever the lanes take: less, and titles are cut short; more, and a lane
 * busy with long spans folds its events into badges even when zoomed in.
 */
const LABELS_SHARE = 0.45;
/** Height of a row of lane titles over the plot. */
export const TITLE_ROW = 18;

/**
 * How many columns of marks the lanes may open between them beyond one each:
 * as many as leave the label column 45 % of the width right of the axis. They
 * go to whichever lanes crowd, most important events first (a lane also stops
 * at `maxRows` columns, which plays the part of rows when time runs across),
 * so one busy lane can widen while quiet ones stay one column wide. At 400 px
 * three lanes have nine to share, at 320 px six.
 */
export function spareColumns(laneCount: number, widthRightOfAxis: number): number {
  const forLanes = widthRightOfAxis * (1 - LABELS_SHARE) - AXIS_TO_TRACKS - GUTTER;
  return Math.max(0, Math.floor((forLanes - laneCount * trackWidth(1)) / COLUMN_PITCH));
}

/** The widest the lanes can get: one column each and all the spare ones. */
export function widestTracks(laneCount: number, spare: number): number {
  return laneCount * trackWidth(1) + spare * COLUMN_PITCH;
}

/** Width of a lane holding `columns` columns of marks. */
export function trackWidth(columns: number): number {
  return TRACK_INSET + Math.max(1, columns) * COLUMN_PITCH;
}

/** Centre x of a column of marks in a lane whose rule is at `laneX`. */
export function columnCentre(laneX: number, column: number): number {
  return laneX + TRACK_INSET + column * COLUMN_PITCH + COLUMN_PITCH / 2;
}

/** The lanes' left edges, left to right from `firstX`, and where the last one ends. */
export function laneEdges(firstX: number, columnsUsed: readonly number[]): {lefts: number[]; right: number} {
  const lefts: number[] = [];
  let x = firstX;
  for (const columns of columnsUsed) {
    lefts.push(x);
    x += trackWidth(columns);
  }
  return {lefts, right: x};
}

/**
 * Titled lanes get a row each over the plot, in lane order, like a staircase:
 * a lane's rule runs up to its title, which starts just right of it. Titles
 * are wider than lanes, so a title runs on over the lanes to its right; their
 * rules start in the rows below, so no rule crosses a title and no two titles
 * share a row. The row index of each lane, or -1 for a lane without a title.
 */
export function titleRows(lanes: readonly Lane[]): {rows: number[]; count: number} {
  let count = 0;
  const rows = lanes.map((lane) => (lane.title ? count++ : -1));
  return {rows, count};
}

/** The lanes as columns: rule down the left side from the title (or the plot's top) to the plot's bottom. */
export function sceneLanes(
  lanes: readonly Lane[],
  lefts: readonly number[],
  columnsUsed: readonly number[],
  rows: readonly number[],
  headerTop: number,
  plot: {top: number; bottom: number; right: number},
  metrics: LayoutMetrics,
  measure: MeasureText
): SceneLane[] {
  const font = metrics.laneTitleFont;
  return lanes.map((lane, index) => {
    const x = lefts[index]!;
    const row = rows[index]!;
    const top = row < 0 ? plot.top : headerTop + row * TITLE_ROW;
    const text = row < 0 ? "" : fitText(lane.title, Math.max(0, plot.right - x - TRACK_INSET), font, measure);
    const title = text ? makeLabel(text, x + TRACK_INSET, top + TITLE_ROW / 2, "start", measure(text, font), font) : null;
    return {id: lane.id, index, title, box: {x, y: top, width: trackWidth(columnsUsed[index]!), height: plot.bottom - top}};
  });
}
