import type {Timeline, TimelineEvent} from "../model/types.js";
import {placementOrder} from "./priority.js";

/**
 * Finds the events of a time window without visiting them all. Built once per
 * timeline: events are already sorted by start, so those starting before the
 * window's end are a prefix (binary search); a running maximum of ends bounds
 * where, in that prefix, events can still reach into the window. Each event
 * also gets its rank in placement priority, so a window's events are put in
 * that order by sorting integers.
 */
export class EventIndex {
  readonly annotated: ReadonlySet<string>;
  /** Each lane's events, most important first. */
  private readonly laneByPriority = new Map<string, TimelineEvent[]>();
  private readonly events: readonly TimelineEvent[];
  private readonly starts: Float64Array;
  private readonly maxEndSoFar: Float64Array;
  private readonly rank: Int32Array;

  constructor(timeline: Timeline) {
    const events = timeline.events;
    const count = events.length;
    this.events = events;
    const annotated = new Set<string>();
    for (const annotation of timeline.annotations) if (annotation.event !== undefined) annotated.add(annotation.event);
    this.annotated = annotated;
    const order = placementOrder(events, annotated);
    this.rank = new Int32Array(count);
    for (let rank = 0; rank < count; rank++) {
      const event = events[order[rank]!]!;
      this.rank[order[rank]!] = rank;
      const lane = this.laneByPriority.get(event.lane);
      if (lane) lane.push(event);
      else this.laneByPriority.set(event.lane, [event]);
    }
    this.starts = new Float64Array(count);
    this.maxEndSoFar = new Float64Array(count);
    let maxEnd = -Infinity;
    for (let i = 0; i < count; i++) {
      this.starts[i] = events[i]!.span.start;
      maxEnd = Math.max(maxEnd, events[i]!.span.end);
      this.maxEndSoFar[i] = maxEnd;
    }
  }

  /** The earliest start and the latest end of all events (infinite for open ones), or undefined with no events. */
  extent(): [number, number] | undefined {
    const count = this.events.length;
    return count ? [this.starts[0]!, this.maxEndSoFar[count - 1]!] : undefined;
  }

  /** The events overlapping (d0, d1) by lane, each lane's most important first. */
  visibleByLane(d0: number, d1: number): Map<string, TimelineEvent[]> {
    const count = this.events.length;
    const last = lowerBound(this.starts, d1); // first event starting at or after d1
    const first = upperBound(this.maxEndSoFar, d0, last); // first whose prefix reaches past d0
    const byLane = new Map<string, TimelineEvent[]>();
    if (last - first > count / 4) {
      // Most of the timeline is in view: filtering the priority order is cheaper than sorting.
      for (const [lane, events] of this.laneByPriority) {
        const visible: TimelineEvent[] = [];
        for (const event of events) if (event.span.end > d0 && event.span.start < d1) visible.push(event);
        byLane.set(lane, visible);
      }
      return byLane;
    }
    const indices: number[] = [];
    for (let i = first; i < last; i++) if (this.events[i]!.span.end > d0) indices.push(i);
    indices.sort((a, b) => this.rank[a]! - this.rank[b]!);
    for (const i of indices) {
      const event = this.events[i]!;
      const lane = byLane.get(event.lane);
      if (lane) lane.push(event);
      else byLane.set(event.lane, [event]);
    }
    return byLane;
  }
}

/** First index whose value is >= x. */
function lowerBound(values: Float64Array, x: number, end = values.length): number {
  let low = 0;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** First index whose value is > x. */
function upperBound(values: Float64Array, x: number, end = values.length): number {
  let low = 0;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= x) low = middle + 1;
    else high = middle;
  }
  return low;
}
