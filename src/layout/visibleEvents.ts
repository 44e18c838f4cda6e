import type {Timeline, TimelineEvent} from "../model/types.js";
import {laneColumns, type LaneColumns, type LaneWindow} from "./laneColumns.js";
import {placementOrder} from "./priority.js";
import {scratchInt32} from "./scratch.js";

// The scratch slot of the ranks in view (see scratch.ts).
const WINDOW_RANKS = 8;

/**
 * Finds the events of a time window without visiting them all. Built once per
 * timeline: events are already sorted by start, so those starting before the
 * window's end are a prefix (binary search); a running maximum of ends bounds
 * where, in that prefix, events can still reach into the window. Each event
 * also gets its rank in placement priority, so a window's events are put in
 * that order by sorting integers, and each lane keeps its events in that order
 * as columns (`LaneColumns`).
 */
export class EventIndex {
  readonly annotated: ReadonlySet<string>;
  /** Each lane's events, most important first, as columns. */
  private readonly lanes = new Map<string, LaneColumns>();
  private readonly events: readonly TimelineEvent[];
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly maxEndSoFar: Float64Array;
  private readonly rank: Int32Array;
  /** By rank: the event's lane (an index into `laneList`) and its position in that lane's columns. */
  private readonly laneOfRank: Int32Array;
  private readonly positionOfRank: Int32Array;
  private readonly laneList: {id: string; columns: LaneColumns}[] = [];

  constructor(timeline: Timeline) {
    const events = timeline.events;
    const count = events.length;
    this.events = events;
    const annotated = new Set<string>();
    for (const annotation of timeline.annotations) if (annotation.event !== undefined) annotated.add(annotation.event);
    this.annotated = annotated;
    const order = placementOrder(events, annotated);
    this.rank = new Int32Array(count);
    this.laneOfRank = new Int32Array(count);
    this.positionOfRank = new Int32Array(count);
    const byLane = new Map<string, {index: number; events: TimelineEvent[]}>();
    for (let rank = 0; rank < count; rank++) {
      const at = order[rank]!;
      const event = events[at]!;
      this.rank[at] = rank;
      let lane = byLane.get(event.lane);
      if (!lane) byLane.set(event.lane, (lane = {index: byLane.size, events: []}));
      this.laneOfRank[rank] = lane.index;
      this.positionOfRank[rank] = lane.events.length;
      lane.events.push(event);
    }
    for (const [id, lane] of byLane) {
      const columns = laneColumns(lane.events, annotated);
      this.lanes.set(id, columns);
      this.laneList.push({id, columns});
    }
    this.starts = new Float64Array(count);
    this.ends = new Float64Array(count);
    this.maxEndSoFar = new Float64Array(count);
    let maxEnd = -Infinity;
    for (let i = 0; i < count; i++) {
      this.starts[i] = events[i]!.span.start;
      this.ends[i] = events[i]!.span.end;
      maxEnd = Math.max(maxEnd, events[i]!.span.end);
      this.maxEndSoFar[i] = maxEnd;
    }
  }

  /** The earliest start and the latest end of all events (infinite for open ones), or undefined with no events. */
  extent(): [number, number] | undefined {
    const count = this.events.length;
    return count ? [this.starts[0]!, this.maxEndSoFar[count - 1]!] : undefined;
  }

  /** The events overlapping (d0, d1), by lane, as positions in each lane's columns, most important first. */
  windowByLane(d0: number, d1: number): Map<string, LaneWindow> {
    const count = this.events.length;
    const last = lowerBound(this.starts, d1); // first event starting at or after d1
    const first = upperBound(this.maxEndSoFar, d0, last); // first whose prefix reaches past d0
    const windows = new Map<string, LaneWindow>();
    if (last - first > count / 4) {
      // Most of the timeline is in view: filtering each lane's columns in order is cheaper than sorting.
      for (const [lane, columns] of this.lanes) {
        const {starts, ends} = columns;
        const positions = new Int32Array(starts.length);
        let found = 0;
        for (let p = 0; p < starts.length; p++) if (ends[p]! > d0 && starts[p]! < d1) positions[found++] = p;
        windows.set(lane, {columns, positions: positions.subarray(0, found)});
      }
      return windows;
    }
    // The ranks of the events in view, sorted as plain numbers (no comparator),
    // give placement order; each rank knows its lane and its place in the lane.
    const ranks = scratchInt32(WINDOW_RANKS, last - first);
    let found = 0;
    for (let i = first; i < last; i++) if (this.ends[i]! > d0) ranks[found++] = this.rank[i]!;
    const inView = ranks.subarray(0, found).sort();
    const perLane = new Int32Array(this.laneList.length);
    for (const rank of inView) perLane[this.laneOfRank[rank]!]!++;
    const positions = this.laneList.map((_, lane) => new Int32Array(perLane[lane]!));
    perLane.fill(0);
    for (const rank of inView) {
      const lane = this.laneOfRank[rank]!;
      positions[lane]![perLane[lane]!++] = this.positionOfRank[rank]!;
    }
    this.laneList.forEach(({id, columns}, lane) => {
      if (positions[lane]!.length) windows.set(id, {columns, positions: positions[lane]!});
    });
    return windows;
  }

  /** The events overlapping (d0, d1) by lane, each lane's most important first. */
  visibleByLane(d0: number, d1: number): Map<string, TimelineEvent[]> {
    const byLane = new Map<string, TimelineEvent[]>();
    for (const [lane, {columns, positions}] of this.windowByLane(d0, d1)) {
      byLane.set(lane, Array.from(positions, (p) => columns.events[p]!));
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
