import {describe, expect, it} from "vitest";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {TimelineError} from "../../src/model/errors.js";
import {RADIX_FROM} from "../../src/model/orderByKeys.js";
import type {Timeline, TimelineWarning} from "../../src/index.js";

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

function lenient(input: unknown): Timeline {
  return parseTimeline(input, {strict: false});
}

function codes(warnings: readonly TimelineWarning[]): string[] {
  return warnings.map((w) => w.code);
}

function strictIssues(input: unknown): TimelineError {
  try {
    parseTimeline(input);
  } catch (error) {
    if (error instanceof TimelineError) return error;
    throw error;
  }
  throw new Error("expected parseTimeline to throw");
}

describe("parseTimeline: the normalised timeline", () => {
  it("parseTimeline(input) returns events sorted by time with parsed spans", () => {
    const timeline = parseTimeline({
      events: [
        {id: "b", title: "Later", start: "2023-10-17", end: "2023-10-18"},
        {id: "a", title: "Earlier", start: "2023-03-17"}
      ]
    });
    expect(timeline.events.map((e) => e.id)).toEqual(["a", "b"]);
    expect(timeline.events[1]!.span).toMatchObject({start: day(2023, 10, 17), end: day(2023, 10, 19), precision: "day"});
    expect(timeline.warnings).toEqual([]);
    expect(timeline.timeZone).toBe("UTC");
    expect(timeline.locale).toBe("en-GB");
  });

  // Below and above RADIX_FROM events the sort takes different paths (a comparator,
  // then radix passes on the keys' bits): both must give start, end, then id, with
  // open starts and ends (±Infinity) and many ties, whatever the input order.
  it.each([500, RADIX_FROM + 5_000])("parseTimeline sorts %i events by start, end and id, whatever their input order", (count) => {
    let state = count;
    const next = () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) | 0) >>> 0) / 2 ** 32;
    const date = () => `20${10 + Math.floor(next() * 3)}-0${1 + Math.floor(next() * 3)}-1${Math.floor(next() * 3)}`;
    const events = Array.from({length: count}, (_, i) => {
      const shape = next();
      // Few distinct dates: ties on start, and on start and end, are common.
      if (shape < 0.1) return {id: `e${i}`, title: "Open start", start: `../${date()}`};
      if (shape < 0.2) return {id: `e${i}`, title: "Open end", start: `${date()}/..`};
      if (shape < 0.6) return {id: `e${i}`, title: "Point", start: date()};
      const [a, b] = [date(), date()].sort();
      return {id: `e${i}`, title: "Span", start: a!, end: b!};
    });
    const reversed = parseTimeline({events: [...events].reverse()}).events;
    const timeline = parseTimeline({events});
    expect(timeline.events.map((e) => e.id)).toEqual(reversed.map((e) => e.id));
    for (let i = 1; i < count; i++) {
      const [a, b] = [timeline.events[i - 1]!, timeline.events[i]!];
      const inOrder = a.span.start < b.span.start || (a.span.start === b.span.start && (a.span.end < b.span.end || (a.span.end === b.span.end && a.id < b.id)));
      expect(inOrder, `${a.id} before ${b.id}`).toBe(true);
    }
  });

  it("parseTimeline reads an array as the events of an untitled timeline", () => {
    const timeline = parseTimeline([{title: "One", start: "2023"}]);
    expect(timeline.events).toHaveLength(1);
    expect(timeline.title).toBeUndefined();
  });

  it("parseTimeline derives the same id for the same event in every run", () => {
    const input = {events: [{title: "No id", start: "2023-03-17", lane: "x"}]};
    const first = parseTimeline(input).events[0]!.id;
    expect(parseTimeline(structuredClone(input)).events[0]!.id).toBe(first);
    expect(first).toMatch(/^e-[0-9a-z]+$/);
    const other = parseTimeline({events: [{title: "No id", start: "2023-03-18", lane: "x"}]}).events[0]!.id;
    expect(other).not.toBe(first);
  });

  it("parseTimeline makes derived ids unique and never takes an explicit one", () => {
    const derived = parseTimeline({events: [{title: "Same", start: "2023"}]}).events[0]!.id;
    const timeline = parseTimeline({
      events: [
        {title: "Same", start: "2023"},
        {title: "Same", start: "2023"},
        {id: derived, title: "Explicit", start: "2024"}
      ]
    });
    const ids = timeline.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
    expect(timeline.events.find((e) => e.title === "Explicit")!.id).toBe(derived);
  });

  it("parseTimeline combines start and inclusive end into one span", () => {
    const [event] = parseTimeline({events: [{title: "Visit", start: "2023-03-20", end: "2023-03-22"}]}).events;
    expect(event!.span.start).toBe(day(2023, 3, 20));
    expect(event!.span.end).toBe(day(2023, 3, 23));
  });

  it("parseTimeline reads floating dates in the timeline's zone and in an event's own zone", () => {
    const timeline = parseTimeline({
      timeZone: "Asia/Shanghai",
      events: [
        {id: "shanghai", title: "Midnight in Shanghai", start: "2023-10-17"},
        {id: "moscow", title: "Noon in Moscow", start: "2023-10-17T12:00", timeZone: "Europe/Moscow"}
      ]
    });
    const byId = new Map(timeline.events.map((e) => [e.id, e]));
    expect(byId.get("shanghai")!.span.start).toBe(Date.UTC(2023, 9, 16, 16));
    expect(byId.get("moscow")!.span.start).toBe(Date.UTC(2023, 9, 17, 9));
  });

  it("parseTimeline's timeZone option overrides the input's", () => {
    const timeline = parseTimeline({timeZone: "Asia/Shanghai", events: [{title: "A", start: "2023-10-17"}]}, {timeZone: "UTC"});
    expect(timeline.events[0]!.span.start).toBe(day(2023, 10, 17));
  });

  it("parseTimeline keeps lanes in declared order and adds lanes named only by events", () => {
    const timeline = parseTimeline({events: [{title: "A", start: "2023", lane: "z"}, {title: "B", start: "2023"}]});
    expect(timeline.lanes.map((l) => l.id)).toEqual(["", "z"]);
    const declared = parseTimeline({
      lanes: [{id: "b", title: "Bee"}, {id: "a"}],
      events: [{title: "A", start: "2023", lane: "a"}, {title: "B", start: "2023", lane: "b"}]
    });
    expect(declared.lanes).toEqual([{id: "b", title: "Bee"}, {id: "a", title: "a"}]);
  });

  it("parseTimeline reads eras, markers, annotations and relations", () => {
    const timeline = parseTimeline({
      events: [{id: "w", title: "Warrant", start: "2023-03-17"}, {id: "v", title: "Visit", start: "2023-10-17"}],
      eras: [{title: "Under warrant", start: "2023-03-17/.."}],
      markers: [{title: "Warrant", date: "2023-03-17"}],
      annotations: [{event: "v", text: "Second trip"}, {date: "2023-06", text: "A month"}],
      relations: [{from: "w", to: "v", type: "constrains"}]
    });
    expect(timeline.eras[0]!.span).toMatchObject({start: day(2023, 3, 17), end: Infinity, openEnd: true});
    expect(timeline.markers[0]!.span.start).toBe(day(2023, 3, 17));
    expect(timeline.annotations.map((a) => a.event)).toEqual(["v", undefined]);
    expect(timeline.annotations[0]!.span.start).toBe(day(2023, 10, 17));
    expect(timeline.annotations[1]!.span).toMatchObject({start: day(2023, 6, 1), end: day(2023, 7, 1)});
    expect(timeline.relations).toEqual([{from: "w", to: "v", type: "constrains"}]);
  });

  it("parseTimeline keeps only http, https and mailto source links, normalised", () => {
    const [event] = lenient({
      events: [{
        title: "Sourced",
        start: "2023",
        sources: [{url: "https://example.org/a b"}, {url: " JaVaScRiPt:alert(1)"}, {url: "mailto:desk@example.org"}]
      }]
    }).events;
    expect(event!.sources.map((s) => s.url)).toEqual(["https://example.org/a%20b", "mailto:desk@example.org"]);
  });
});

describe("parseTimeline: strict and lenient", () => {
  const bad = {events: [{title: "Good", start: "2023-03-17"}, {title: "Bad date", start: "2023-02-30"}, {start: "2023"}]};

  it("strict mode throws one TimelineError listing every problem with its path", () => {
    const error = strictIssues(bad);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("TimelineError");
    const paths = error.issues.map((i) => i.path);
    expect(paths).toContain("events[1].start");
    expect(paths).toContain("events[2].title");
    expect(error.code).toBe(error.issues[0]!.code);
    expect(error.issues.find((i) => i.path === "events[1].start")!.message).toMatch(/2023-02-30/);
  });

  it("lenient mode drops bad items, keeps the rest, and lists warnings with paths", () => {
    const timeline = lenient(bad);
    expect(timeline.events.map((e) => e.title)).toEqual(["Good"]);
    expect(timeline.warnings.map((w) => w.path)).toEqual(expect.arrayContaining(["events[1].start", "events[1]", "events[2].title", "events[2]"]));
  });

  it("onWarning receives each warning as it is found", () => {
    const seen: TimelineWarning[] = [];
    const timeline = parseTimeline(bad, {strict: false, onWarning: (w) => seen.push(w)});
    expect(seen).toEqual(timeline.warnings);
  });

  it("every input event is either kept or named by index in the warnings (conservation)", () => {
    const input = {events: [null, 7, [], {title: "ok", start: "2023"}, {title: "", start: "2023"}, {title: "x", start: "nope"}, "str"]};
    const timeline = lenient(input);
    const kept = new Set(timeline.events.map((e) => e.index));
    input.events.forEach((_, index) => {
      const warned = timeline.warnings.some((w) => w.path === `events[${index}]` || w.path.startsWith(`events[${index}].`));
      expect(kept.has(index) || warned, `event ${index}`).toBe(true);
    });
  });

  it("strict mode lets normalisations through as warnings (truncated text)", () => {
    const timeline = parseTimeline({events: [{title: "x".repeat(2000), start: "2023"}]});
    expect(codes(timeline.warnings)).toEqual(["TEXT_TRUNCATED"]);
  });

  it("relations and annotations that point at missing events are reported and dropped", () => {
    const timeline = lenient({
      events: [{id: "a", title: "A", start: "2023"}],
      relations: [{from: "a", to: "ghost"}, {from: "a", to: "a", type: "likes"}],
      annotations: [{event: "ghost", text: "Nobody"}, {text: "No anchor"}]
    });
    expect(timeline.relations).toEqual([{from: "a", to: "a", type: "related"}]);
    expect(timeline.annotations).toEqual([]);
    expect(timeline.warnings.map((w) => `${w.path} ${w.code}`)).toEqual([
      "annotations[0].event UNKNOWN_EVENT",
      "annotations[1] MISSING_ANCHOR",
      "relations[0].to UNKNOWN_EVENT",
      "relations[1].type INVALID_RELATION_TYPE"
    ]);
  });

  it("an event in an undeclared lane is reported, and its lane added after the declared ones", () => {
    const timeline = lenient({lanes: [{id: "russia"}], events: [{title: "t", start: "2023", lane: "rusia"}]});
    expect(timeline.lanes.map((l) => l.id)).toEqual(["russia", "rusia"]);
    expect(timeline.events).toHaveLength(1);
    expect(timeline.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["events[0].lane UNKNOWN_LANE"]);
  });

  it("events without a colour take their lane's", () => {
    const timeline = parseTimeline({
      lanes: [{id: "a", color: "#ff0000"}, {id: "b"}],
      events: [{id: "x", title: "x", start: "2023", lane: "a"}, {id: "y", title: "y", start: "2023", lane: "a", color: "blue"}, {id: "z", title: "z", start: "2023", lane: "b"}]
    });
    expect(Object.fromEntries(timeline.events.map((e) => [e.id, e.color]))).toEqual({x: "#ff0000", y: "blue", z: undefined});
  });
});
