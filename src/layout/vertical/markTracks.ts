import type {TimelineEvent} from "../../model/types.js";
import {RowSpace} from "../rowSpace.js";
import type {TimeScale} from "../timeScale.js";

/** How far a chevron on an open or cut-off end reaches beyond its bar (see drawEvents). */
const CHEVRON = 8;
/** Kept between marks in one column. */
const MARK_GAP = 2;
/** Taken off each end of a bar that ends in view. */
const SPAN_INSET = 1;

/** An event's mark along the time axis, which runs down the plot. */
export interface MarkAlongY {
  kind: "point" | "span";
  /** Top and bottom of the mark: a dot's extent, or a bar's visible part. */
  y0: number;
  y1: number;
  /** Where leaders and connectors meet it: the dot's centre, or just inside the bar's start. */
  anchorY: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * Sets `mark` (reused, since most events of a crowded view are turned away) to
 * the event's mark: a bar where its span is at least a dot tall, else a dot at
 * its middle. Dots stay inside the plot, so marks never reach into the titles.
 */
export function setMarkAlongY(mark: MarkAlongY, event: TimelineEvent, scale: TimeScale, radius: number): void {
  const [top, bottom] = scale.range;
  const start = scale(event.span.start);
  const end = scale(event.span.end);
  if (end - start >= radius * 2) {
    // A pixel off each known end, so that back-to-back spans (one day after
    // another, zoomed in) read as two bars and can share a column.
    // (Never so much that a sliver of a bar in view would turn inside out.)
    const from = Math.max(start, top);
    const to = Math.min(end, bottom);
    const inset = Math.min(SPAN_INSET, Math.max(0, (to - from - 2) / 2));
    mark.kind = "span";
    mark.y0 = start < top ? from : from + inset;
    mark.y1 = end > bottom ? to : to - inset;
    mark.anchorY = Math.min(mark.y0 + 4, mark.y1);
    mark.clippedStart = start < top;
    mark.clippedEnd = end > bottom;
    return;
  }
  const middle = Number.isFinite(event.span.start) && Number.isFinite(event.span.end) ? (start + end) / 2 : start;
  const centre = Math.min(Math.max(middle, top), bottom);
  mark.kind = "point";
  mark.y0 = centre - radius;
  mark.y1 = centre + radius;
  mark.anchorY = centre;
  mark.clippedStart = false;
  mark.clippedEnd = false;
}

/** Where an event stands along time for clustering: the middle of its mark, which is inside the plot. */
export function markMiddle(mark: MarkAlongY): number {
  return (mark.y0 + mark.y1) / 2;
}

/** The middle of the event's mark, from scratch. */
export function middleAlongY(event: TimelineEvent, scale: TimeScale, radius: number): number {
  const mark: MarkAlongY = {kind: "point", y0: 0, y1: 0, anchorY: 0, clippedStart: false, clippedEnd: false};
  setMarkAlongY(mark, event, scale, radius);
  return markMiddle(mark);
}

/**
 * The columns of marks of every lane: in each, marks keep apart along y
 * (chevrons included), so no two marks overlap. A lane opens a new column only
 * when those it has are taken at that time, up to `perLane` columns, and while
 * the lanes have spare columns left between them (see `spareColumns`).
 */
export class MarkTracks {
  private readonly columns: RowSpace[][];

  constructor(laneCount: number, private readonly perLane: number, private spare: number) {
    this.columns = Array.from({length: laneCount}, () => [new RowSpace()]);
  }

  /** The first column of `lane` with room for the mark (perhaps a new one), or -1; nothing is taken. */
  columnFor(lane: number, mark: MarkAlongY, openStart: boolean, openEnd: boolean): number {
    const top = mark.y0 - (openStart ? CHEVRON : 0);
    const bottom = mark.y1 + (openEnd ? CHEVRON : 0);
    const columns = this.columns[lane]!;
    for (let column = 0; column < columns.length; column++) {
      if (columns[column]!.fits(top, bottom, MARK_GAP)) return column;
    }
    return columns.length < this.perLane && this.spare > 0 ? columns.length : -1;
  }

  take(lane: number, column: number, mark: MarkAlongY, openStart: boolean, openEnd: boolean): void {
    const columns = this.columns[lane]!;
    if (column === columns.length) {
      columns.push(new RowSpace());
      this.spare--;
    }
    columns[column]!.take(mark.y0 - (openStart ? CHEVRON : 0), mark.y1 + (openEnd ? CHEVRON : 0));
  }
}
