import type {Timeline, TimelineEvent} from "../../model/types.js";
import type {LayoutCache} from "../layoutCache.js";
import {placementOrder} from "../priority.js";

function spanLength(event: TimelineEvent): number {
  const length = event.span.end - event.span.start;
  return Number.isFinite(length) ? length : Number.MAX_VALUE;
}

/**
 * One list, most important first, from lists each already in that order (the
 * lanes' visible events): a k-way merge on a small binary heap of list heads,
 * so n events from k lanes cost n log k comparisons, not a sort. The order is
 * `placementOrder`'s (annotated events first, then more important, then
 * longer, open spans longest), ties broken as the model sorts by time (start,
 * end, id), so no ranks from the index are needed. Each head's keys are read
 * once into typed arrays, since every event is compared a few times.
 */
export function mergeByPriority(lists: readonly (readonly TimelineEvent[])[], annotated: ReadonlySet<string>): TimelineEvent[] {
  const sources = lists.filter((list) => list.length > 0);
  if (sources.length <= 1) return sources.length ? [...sources[0]!] : [];
  const k = sources.length;
  const positions = new Int32Array(k);
  const first = new Float64Array(k);
  const importance = new Float64Array(k);
  const length = new Float64Array(k);
  const start = new Float64Array(k);
  const end = new Float64Array(k);
  const readHead = (source: number) => {
    const event = sources[source]![positions[source]!]!;
    first[source] = annotated.size && annotated.has(event.id) ? 0 : 1;
    importance[source] = -event.importance;
    length[source] = -spanLength(event);
    start[source] = event.span.start;
    end[source] = event.span.end;
  };
  // The keys of `placementOrder`, then of the model's sort by time, in that order.
  const before = (a: number, b: number): boolean => {
    const order = first[a]! - first[b]! || importance[a]! - importance[b]! || length[a]! - length[b]! ||
      start[a]! - start[b]! || end[a]! - end[b]!;
    if (order) return order < 0;
    const idA = sources[a]![positions[a]!]!.id;
    const idB = sources[b]![positions[b]!]!.id;
    return idA < idB || (idA === idB && a < b);
  };
  const heap = new Int32Array(k);
  let size = k;
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < size && before(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < size && before(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) return;
      const swap = heap[i]!;
      heap[i] = heap[smallest]!;
      heap[smallest] = swap;
      i = smallest;
    }
  };
  for (let source = 0; source < k; source++) {
    heap[source] = source;
    readHead(source);
  }
  for (let i = (k >> 1) - 1; i >= 0; i--) siftDown(i);
  const merged: TimelineEvent[] = [];
  while (size) {
    const source = heap[0]!;
    merged.push(sources[source]![positions[source]!]!);
    positions[source]!++;
    if (positions[source]! === sources[source]!.length) heap[0] = heap[--size]!;
    else readHead(source);
    siftDown(0);
  }
  return merged;
}

/** The timeline in placement order, with the events' bounds by position, for filtering fast. */
interface PriorityOrder {
  order: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
}

/**
 * The visible events of all lanes, most important first, from the lanes' own
 * lists (`EventIndex.visibleByLane`). When little is in view, merging those
 * lists is cheapest. When most is, a pass over the whole timeline in priority
 * order beats merging: sorted once per timeline on numbers in typed arrays, it
 * costs less than the merge's comparisons even when the cache lives for one
 * layout only. Both give the same order.
 */
export function visibleInPriority(
  timeline: Timeline,
  lists: readonly (readonly TimelineEvent[])[],
  domain: [number, number],
  annotated: ReadonlySet<string>,
  cache: LayoutCache
): TimelineEvent[] {
  const visible = lists.reduce((sum, list) => sum + list.length, 0);
  if (visible <= timeline.events.length / 4) return mergeByPriority(lists, annotated);
  const events = timeline.events;
  const {order, starts, ends} = cache.perTimeline(timeline, "vertical: events by priority", (): PriorityOrder => {
    const starts = new Float64Array(events.length);
    const ends = new Float64Array(events.length);
    for (let i = 0; i < events.length; i++) {
      starts[i] = events[i]!.span.start;
      ends[i] = events[i]!.span.end;
    }
    return {order: placementOrder(events, annotated), starts, ends};
  });
  const [d0, d1] = domain;
  const result: TimelineEvent[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    // The same test as `visibleByLane`'s.
    if (ends[i]! > d0 && starts[i]! < d1) result.push(events[i]!);
  }
  return result;
}
