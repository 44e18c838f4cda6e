import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {EventIndex} from "../../src/layout/visibleEvents.js";
import {sortByTimeForTest} from "../support/sortByTime.js";
import {parseTimeline} from "../../src/model/parseTimeline.js";

const day = 86_400_000;
const events = fc.array(
  fc.record({
    start: fc.integer({min: 0, max: 3650}),
    length: fc.oneof(fc.constant(0), fc.integer({min: 1, max: 800})),
    lane: fc.constantFrom("a", "b", "c"),
    importance: fc.integer({min: 1, max: 5}),
    open: fc.constantFrom("none", "start", "end")
  }),
  {maxLength: 300}
);

function iso(days: number): string {
  return new Date(Date.UTC(2000, 0, 1) + days * day).toISOString().slice(0, 10);
}

describe("EventIndex", () => {
  it("visibleByLane(d0, d1) returns exactly the events overlapping the window, most important first, as a brute-force filter does", () => {
    fc.assert(fc.property(events, fc.integer({min: -100, max: 3800}), fc.integer({min: 1, max: 4000}), (list, from, width) => {
      const timeline = parseTimeline({
        events: list.map((e, i) => ({
          id: `e${i}`,
          title: `t${i}`,
          start: e.open === "start" ? `../${iso(e.start)}` : e.length ? `${iso(e.start)}/${e.open === "end" ? ".." : iso(e.start + e.length)}` : iso(e.start),
          lane: e.lane,
          importance: e.importance
        }))
      });
      const index = new EventIndex(timeline);
      const d0 = Date.UTC(2000, 0, 1) + from * day;
      const d1 = d0 + width * day;
      const found = index.visibleByLane(d0, d1);
      const byPriority = sortByTimeForTest(timeline);
      for (const lane of ["a", "b", "c"]) {
        const expected = byPriority.filter((event) => event.lane === lane && event.span.end > d0 && event.span.start < d1).map((event) => event.id);
        expect((found.get(lane) ?? []).map((event) => event.id)).toEqual(expected);
      }
    }), {seed: 11, numRuns: 300});
  });
});
