import type {TimelineEvent} from "../model/types.js";

/**
 * The order in which events claim space: annotated events first (their callouts
 * point at them), then by importance, then longer spans, then earlier, then by
 * id. A total order on the events' content, so the layout never depends on the
 * order of the input.
 */
export function byPlacementPriority(annotated: ReadonlySet<string>): (a: TimelineEvent, b: TimelineEvent) => number {
  return (a, b) =>
    Number(annotated.has(b.id)) - Number(annotated.has(a.id)) ||
    b.importance - a.importance ||
    spanLength(b) - spanLength(a) ||
    a.span.start - b.span.start ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Open spans count as the longest; NaN never reaches the comparison. */
function spanLength(event: TimelineEvent): number {
  const length = event.span.end - event.span.start;
  return Number.isFinite(length) ? length : Number.MAX_VALUE;
}
