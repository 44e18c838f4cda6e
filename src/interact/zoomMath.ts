import {TimelineError} from "../model/errors.js";
import {zoomIdentity, type ZoomTransform} from "d3-zoom";
import type {Timeline} from "../model/types.js";
import {PRECISIONS_FINE_TO_COARSE, type Precision} from "../time/span.js";
import {MS_PER_AVERAGE_YEAR, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND} from "../time/calendar.js";

/**
 * The arithmetic between a visible time window and d3-zoom's transform. The
 * transform applies to a base scale from the whole extent onto the plot's range
 * [a, b] along the time axis; the window is what that scale, rescaled, shows.
 */

const UNIT: Record<Precision, number> = {
  millisecond: 1,
  second: MS_PER_SECOND,
  minute: MS_PER_MINUTE,
  hour: MS_PER_HOUR,
  day: MS_PER_DAY,
  month: 30 * MS_PER_DAY,
  season: 91 * MS_PER_DAY,
  year: MS_PER_AVERAGE_YEAR,
  decade: 10 * MS_PER_AVERAGE_YEAR,
  century: 100 * MS_PER_AVERAGE_YEAR,
  millennium: 1000 * MS_PER_AVERAGE_YEAR,
  tenMillennia: 10_000 * MS_PER_AVERAGE_YEAR
};

/** How narrow the window may get: a few units of the finest precision among the events. */
export function narrowestWindow(timeline: Timeline): number {
  let finest = PRECISIONS_FINE_TO_COARSE.length - 1;
  for (const event of timeline.events) finest = Math.min(finest, PRECISIONS_FINE_TO_COARSE.indexOf(event.span.precision));
  return 4 * UNIT[PRECISIONS_FINE_TO_COARSE[finest]!];
}

/** The window a transform shows; `vertical` when time runs along y. */
export function windowOf(transform: ZoomTransform, extent: [number, number], range: [number, number], vertical: boolean): [number, number] {
  const [a, b] = range;
  const [t0, t1] = extent;
  const toTime = (position: number) => {
    const base = vertical ? transform.invertY(position) : transform.invertX(position);
    return t0 + ((base - a) / (b - a)) * (t1 - t0);
  };
  return [toTime(a), toTime(b)];
}

/** The transform that shows a window: scale k and a shift that puts its start at `a`. */
export function transformFor(window: [number, number], extent: [number, number], range: [number, number], vertical: boolean): ZoomTransform {
  const [a, b] = range;
  const [t0, t1] = extent;
  const k = (t1 - t0) / (window[1] - window[0]);
  const startOnBase = a + ((window[0] - t0) / (t1 - t0)) * (b - a);
  const shift = a - k * startOnBase;
  return vertical ? zoomIdentity.translate(0, shift).scale(k) : zoomIdentity.translate(shift, 0).scale(k);
}

/** A window asked for by zoomTo(), checked: finite epoch milliseconds, start before end. */
export function checkWindow(window: unknown): [number, number] {
  if (Array.isArray(window) && window.length === 2) {
    const [start, end] = window.map(Number) as [number, number];
    if (Number.isFinite(start) && Number.isFinite(end) && start < end) return [start, end];
  }
  throw new TimelineError("INVALID_OPTION", "zoomTo(): expected [start, end] epoch milliseconds with start < end, or an event id");
}

/** The window moved (not stretched) to lie within the extent, and no wider than it. */
export function clampWindow(window: [number, number], extent: [number, number]): [number, number] {
  const width = Math.min(window[1] - window[0], extent[1] - extent[0]);
  const start = Math.min(Math.max(window[0], extent[0]), extent[1] - width);
  return [start, start + width];
}

/** A little room around a range, so its edges are not on the plot's edges. */
export function padWindow([start, end]: [number, number]): [number, number] {
  const pad = (end - start) * 0.1;
  return [start - pad, end + pad];
}

