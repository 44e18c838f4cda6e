import {layoutTimeline, type LayoutView} from "../layout/layoutTimeline.js";
import type {Timeline, TimelineEvent} from "../model/types.js";
import {clampWindow, narrowestWindow} from "./zoomMath.js";

/**
 * A window around `event`, no wider than the `current` one (or than the event
 * needs), narrowed until the layout gives the event a label: trial layouts use
 * `viewOf`, the view the timeline would be drawn with.
 */
export function windowShowing(
  timeline: Timeline,
  event: TimelineEvent,
  current: [number, number],
  extent: [number, number],
  viewOf: (window: [number, number]) => LayoutView
): [number, number] {
  const {start, end} = event.span;
  const middle = Number.isFinite(start) && Number.isFinite(end) ? (start + end) / 2 : Number.isFinite(start) ? start : end;
  const length = Number.isFinite(end - start) ? end - start : 0;
  let width = Math.max(Math.min(current[1] - current[0], extent[1] - extent[0]), length * 1.5);
  const narrowest = narrowestWindow(timeline);
  for (let attempt = 0; attempt < 24; attempt++) {
    const window = clampWindow([middle - width / 2, middle + width / 2], extent);
    const scene = layoutTimeline(timeline, viewOf(window));
    if (scene.events.some((e) => e.id === event.id) || width <= narrowest) return window;
    width = Math.max(narrowest, width / 2, length * 1.2);
  }
  return clampWindow([middle - width / 2, middle + width / 2], extent);
}
