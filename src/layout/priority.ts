import {orderByKeys} from "../model/orderByKeys.js";
import type {TimelineEvent} from "../model/types.js";

/**
 * The order in which events claim space, as positions in `events`: annotated
 * events first (their callouts point at them), then by importance, then longer
 * spans, then earlier. Ties keep the timeline's own order (by start, end and
 * id), so the result never depends on the order of the input. All keys are
 * numbers in typed arrays, which keeps sorting 100,000 events fast.
 */
export function placementOrder(events: readonly TimelineEvent[], annotated: ReadonlySet<string>): Int32Array {
  const count = events.length;
  const first = new Float64Array(count);
  const importance = new Float64Array(count);
  const length = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const event = events[i]!;
    first[i] = annotated.size && annotated.has(event.id) ? 0 : 1;
    importance[i] = -event.importance;
    const span = event.span.end - event.span.start;
    // Open spans count as the longest.
    length[i] = Number.isFinite(span) ? -span : -Number.MAX_VALUE;
  }
  // Events are sorted by start already: the position breaks ties by start, end and id.
  return orderByKeys(count, [first, importance, length]);
}
