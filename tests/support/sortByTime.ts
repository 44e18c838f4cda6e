// The placement order spelled out plainly (annotated first, importance, longer
// spans, then the timeline's own order), as a reference for the fast index.
import type {Timeline, TimelineEvent} from "../../src/index.js";

export function sortByTimeForTest(timeline: Timeline): TimelineEvent[] {
  const annotated = new Set(timeline.annotations.flatMap((a) => (a.event === undefined ? [] : [a.event])));
  const position = new Map(timeline.events.map((event, i) => [event, i]));
  const length = (event: TimelineEvent) => {
    const span = event.span.end - event.span.start;
    return Number.isFinite(span) ? span : Number.MAX_VALUE;
  };
  return [...timeline.events].sort((a, b) =>
    Number(annotated.has(b.id)) - Number(annotated.has(a.id)) ||
    b.importance - a.importance ||
    length(b) - length(a) ||
    position.get(a)! - position.get(b)!
  );
}
