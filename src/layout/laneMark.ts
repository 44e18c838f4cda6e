import type {TimelineEvent} from "../model/types.js";
import type {LayoutMetrics} from "./metrics.js";
import type {TimeScale} from "./timeScale.js";

/**
 * An event's mark in the current frame, as placement sees it. One record per
 * lane is refilled for each event: most events of a dense lane are turned away,
 * and allocating for each would cost more than the placement.
 */
export interface LaneMark {
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

/** Fills `mark` with the event's extent on screen, clipped to the plot. */
export function setMark(mark: LaneMark, spanStart: number, spanEnd: number, scale: TimeScale, metrics: LayoutMetrics, left: number, right: number): void {
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
