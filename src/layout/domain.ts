import type {Timeline} from "../model/types.js";
import type {TimeSpan} from "../time/span.js";
import {MS_PER_DAY} from "../time/calendar.js";

/**
 * The time extent to show when the user gave none: every finite bound of events,
 * eras, markers and annotations, padded so marks at the edges are not cut. Open
 * ends do not stretch it; they are drawn reaching the edge.
 */
export function dataDomain(timeline: Timeline): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  const include = (span: TimeSpan) => {
    for (const value of [span.start, span.end]) {
      if (Number.isFinite(value)) {
        if (value < low) low = value;
        if (value > high) high = value;
      }
    }
  };
  for (const event of timeline.events) include(event.span);
  for (const era of timeline.eras) include(era.span);
  for (const marker of timeline.markers) include(marker.span);
  for (const annotation of timeline.annotations) include(annotation.span);
  if (low > high) return [0, 365 * MS_PER_DAY]; // nothing dated: an arbitrary year, drawn empty
  const extent = high - low;
  if (extent === 0) return [low - MS_PER_DAY, high + MS_PER_DAY];
  const pad = extent * 0.04;
  return [low - pad, high + pad];
}
