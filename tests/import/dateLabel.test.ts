import {describe, expect, it} from "vitest";
import {parseTimeline} from "../../src/index.js";

describe("events[].dateLabel: the source's wording of a date", () => {
  it("parseTimeline(input) keeps an event's dateLabel as one line of text", () => {
    const timeline = parseTimeline({events: [{title: "A", start: "1943", dateLabel: "  Spring\n1943 "}]});
    expect(timeline.events[0]!.dateLabel).toBe("Spring 1943");
    expect(timeline.warnings).toEqual([]);
  });

  it("parseTimeline(input) leaves dateLabel out when absent and reports one that is not text", () => {
    const timeline = parseTimeline({events: [{title: "A", start: "1943"}, {title: "B", start: "1944", dateLabel: {}}]}, {strict: false});
    expect(timeline.events.map((event) => event.dateLabel)).toEqual([undefined, undefined]);
    expect(timeline.warnings.map((w) => [w.code, w.path])).toEqual([["INVALID_TEXT", "events[1].dateLabel"]]);
  });
});
