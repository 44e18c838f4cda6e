// The "Structure" and "Dates" cases of RELIABILITY.md, at the model: each with
// its stated outcome (E: TimelineError, W: warning and drop/normalise, R: kept).
import {describe, expect, it} from "vitest";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {TimelineError} from "../../src/model/errors.js";
import type {Timeline} from "../../src/index.js";

const lenient = (input: unknown): Timeline => parseTimeline(input, {strict: false});
const one = (event: Record<string, unknown>) => lenient({events: [event]});
const warningAt = (timeline: Timeline, path: string) => timeline.warnings.filter((w) => w.path === path);

describe("structure", () => {
  it.each([["null", null], ["an empty object", {}], ["a string", "events"], ["a number", 42], ["events that are not an array", {events: {}}]])(
    "parseTimeline throws a TimelineError for %s, even in lenient mode",
    (_, input) => {
      expect(() => parseTimeline(input, {strict: false})).toThrow(TimelineError);
      expect(() => parseTimeline(input)).toThrow(TimelineError);
    }
  );

  it("parseTimeline([]) is an empty timeline, not an error", () => {
    const timeline = parseTimeline([]);
    expect(timeline.events).toEqual([]);
    expect(timeline.warnings).toEqual([]);
  });

  it.each([["null", null], ["a number", 3], ["an array", ["title", "2023"]], ["a string", "2023 event"]])(
    "an event that is %s is reported at its index and the others kept",
    (_, item) => {
      const timeline = lenient({events: [{title: "kept", start: "2023"}, item]});
      expect(timeline.events.map((e) => e.title)).toEqual(["kept"]);
      expect(warningAt(timeline, "events[1]").map((w) => w.code)).toEqual(["INVALID_EVENT"]);
    }
  );

  it.each([["missing", undefined], ["blank", "   "], ["empty", ""]])("a %s title is reported and the event dropped", (_, title) => {
    const timeline = one({title, start: "2023"});
    expect(timeline.events).toEqual([]);
    expect(warningAt(timeline, "events[0].title").map((w) => w.code)).toEqual(["MISSING_TEXT"]);
  });

  it.each([["an object", {text: "x"}], ["a Symbol", Symbol("x")], ["a function", () => "x"]])("a title that is %s is reported", (_, title) => {
    const timeline = one({title, start: "2023"});
    expect(timeline.events).toEqual([]);
    expect(warningAt(timeline, "events[0].title").map((w) => w.code)).toEqual(["INVALID_TEXT"]);
  });

  it("a getter that throws costs only its own field", () => {
    const event = {start: "2023", lane: "a"};
    Object.defineProperty(event, "description", {enumerable: true, get() { throw new Error("boom"); }});
    Object.defineProperty(event, "title", {enumerable: true, get: () => "Title"});
    const timeline = lenient({events: [event]});
    expect(timeline.events[0]).toMatchObject({title: "Title", lane: "a"});
    expect(timeline.events[0]!.description).toBeUndefined();
    expect(warningAt(timeline, "events[0].description").map((w) => w.code)).toEqual(["FIELD_THROWS"]);
  });

  it("a getter that throws on the title drops that event alone", () => {
    const event = {start: "2023"};
    Object.defineProperty(event, "title", {enumerable: true, get() { throw new Error("boom"); }});
    const timeline = lenient({events: [event, {title: "ok", start: "2024"}]});
    expect(timeline.events.map((e) => e.title)).toEqual(["ok"]);
    expect(warningAt(timeline, "events[0].title")[0]!.code).toBe("FIELD_THROWS");
  });

  it("duplicate ids are reported and the first keeps its id; 1 and \"1\" are the same id", () => {
    const timeline = lenient({events: [{id: 1, title: "first", start: "2023"}, {id: "1", title: "second", start: "2024"}]});
    const byTitle = new Map(timeline.events.map((e) => [e.title, e.id]));
    expect(byTitle.get("first")).toBe("1");
    expect(byTitle.get("second")).not.toBe("1");
    expect(warningAt(timeline, "events[1].id").map((w) => w.code)).toEqual(["DUPLICATE_ID"]);
    expect(() => parseTimeline({events: [{id: 1, title: "a", start: "2023"}, {id: "1", title: "b", start: "2023"}]})).toThrow(TimelineError);
  });

  it("hostile ids are kept as data, exactly", () => {
    const ids = ['x" onfocus=alert(1)', "#a .b", "__proto__"];
    const timeline = lenient({events: ids.map((id, i) => ({id, title: `t${i}`, start: "2023"}))});
    expect(timeline.events.map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a 1,000,000-character title is truncated on a grapheme boundary, with one warning", () => {
    const family = "👨‍👩‍👧‍👦";
    const title = family.repeat(1_000_000 / family.length);
    const timeline = one({title, start: "2023"});
    const kept = timeline.events[0]!.title;
    expect(kept.length).toBeLessThanOrEqual(300);
    expect(kept.endsWith("…")).toBe(true);
    expect(kept.slice(0, -1).length % family.length).toBe(0); // whole families only
    expect(timeline.warnings.map((w) => w.code)).toEqual(["TEXT_TRUNCATED"]);
  });

  it("control characters are removed and lone surrogates replaced", () => {
    const timeline = one({title: "a\u0000b\u0007c\u001b\ud800d\udc00e\u007f", start: "2023"});
    expect(timeline.events[0]!.title).toBe("abc\ufffdd\ufffde");
    expect(timeline.warnings.map((w) => w.code)).toEqual(["TEXT_CLEANED"]);
  });

  it("bidi overrides are closed and isolated so they cannot reorder neighbouring text", () => {
    const timeline = one({title: "abc\u202Edef", start: "2023"});
    const title = timeline.events[0]!.title;
    expect(title.startsWith("\u2068")).toBe(true);
    expect(title.endsWith("\u202C\u2069")).toBe(true);
    const unmatched = one({title: "x\u202Cy\u2069z", start: "2023"}).events[0]!.title;
    expect(unmatched).toBe("\u2068xyz\u2069");
  });

  it("HTML in text fields is kept as literal text", () => {
    const html = '<img src=x onerror="alert(1)">';
    const timeline = one({title: html, description: html, start: "2023", tags: [html], actors: [html]});
    expect(timeline.events[0]).toMatchObject({title: html, description: html, tags: [html], actors: [html]});
  });

  it("__proto__, constructor and prototype keys are ignored with FORBIDDEN_KEY", () => {
    const event = JSON.parse('{"title": "t", "start": "2023", "__proto__": {"polluted": true}, "constructor": 1}');
    const timeline = lenient({events: [event]});
    expect(timeline.events).toHaveLength(1);
    expect(timeline.warnings.map((w) => w.code)).toEqual(["FORBIDDEN_KEY", "FORBIDDEN_KEY"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("unknown fields are reported, so typos surface", () => {
    const timeline = one({title: "t", start: "2023", dat: "2024"});
    expect(warningAt(timeline, "events[0].dat").map((w) => w.code)).toEqual(["UNKNOWN_FIELD"]);
  });
});

describe("dates", () => {
  const startWarning = (start: unknown) => {
    const timeline = one({title: "t", start});
    expect(timeline.events).toEqual([]);
    return warningAt(timeline, "events[0].start");
  };

  it("a missing start is reported", () => {
    expect(startWarning(undefined).map((w) => w.code)).toEqual(["MISSING_DATE"]);
  });

  it.each(["not a date", "2023-02-30", "2023-13-01", "2023-04-31", "March 2023", "03/04/2023", "23-03-17", "2023-03~~", "[2023"])(
    "%j is reported, never rolled over or guessed",
    (value) => {
      const warnings = startWarning(value);
      expect(warnings).toHaveLength(1);
      expect(["INVALID_DATE", "UNSUPPORTED_EDTF"]).toContain(warnings[0]!.code);
    }
  );

  it.each([["NaN", NaN], ["Infinity", Infinity], ["1e20", 1e20], ["true", true], ["null", null], ["an invalid Date", new Date(NaN)]])(
    "a start that is %s is reported",
    (_, value) => {
      expect(startWarning(value)).toHaveLength(1);
    }
  );

  it("2024-02-29 is a valid date", () => {
    expect(one({title: "leap", start: "2024-02-29"}).events[0]!.span.start).toBe(Date.UTC(2024, 1, 29));
  });

  it("a date-only string lands on its calendar day whatever the process time zone", () => {
    const {start, end} = one({title: "t", start: "2023-03-17"}).events[0]!.span;
    expect([start, end]).toEqual([Date.UTC(2023, 2, 17), Date.UTC(2023, 2, 18)]);
  });

  it("a time in a DST gap moves forward, with a warning", () => {
    const timeline = one({title: "t", start: "2021-03-14T02:30", timeZone: "America/New_York"});
    expect(timeline.events[0]!.span.start).toBe(Date.UTC(2021, 2, 14, 7, 30)); // 03:30 EDT
    expect(warningAt(timeline, "events[0].start").map((w) => w.code)).toEqual(["DST_GAP"]);
  });

  it("a time in a DST overlap takes the earlier offset, with a warning", () => {
    const timeline = one({title: "t", start: "2021-11-07T01:30", timeZone: "America/New_York"});
    expect(timeline.events[0]!.span.start).toBe(Date.UTC(2021, 10, 7, 5, 30)); // 01:30 EDT
    expect(warningAt(timeline, "events[0].start").map((w) => w.code)).toEqual(["DST_OVERLAP"]);
  });

  it("a leap second is clamped, with a warning", () => {
    const timeline = one({title: "t", start: "2016-12-31T23:59:60Z"});
    expect(timeline.events[0]!.span.start).toBe(Date.UTC(2016, 11, 31, 23, 59, 59));
    expect(warningAt(timeline, "events[0].start").map((w) => w.code)).toEqual(["LEAP_SECOND"]);
  });

  it("T24:00 is the start of the next day", () => {
    expect(one({title: "t", start: "2023-03-17T24:00Z"}).events[0]!.span.start).toBe(Date.UTC(2023, 2, 18));
  });

  it("astronomical years: 0000 is 1 BCE, -0050-04-20 is 51 BCE, -4000 and 0050 are what they say", () => {
    const timeline = lenient({events: [
      {id: "zero", title: "t", start: "0000"},
      {id: "minus50", title: "t", start: "-0050-04-20"},
      {id: "minus4000", title: "t", start: "-4000"},
      {id: "fifty", title: "t", start: "0050-01-01"}
    ]});
    const start = (id: string) => timeline.events.find((e) => e.id === id)!.span.start;
    const utcYear = (year: number, month = 0, date = 1) => new Date(0).setUTCFullYear(year, month, date);
    expect(start("zero")).toBe(utcYear(0));
    expect(start("minus50")).toBe(utcYear(-50, 3, 20));
    expect(start("minus4000")).toBe(utcYear(-4000));
    expect(start("fifty")).toBe(utcYear(50));
  });

  it("years beyond the range of Date stay finite, with year precision", () => {
    const timeline = lenient({events: [{title: "Big Bang", start: "Y-13800000000"}, {title: "Far future", start: "Y300000"}]});
    expect(timeline.warnings).toEqual([]);
    for (const event of timeline.events) {
      expect(Number.isFinite(event.span.start)).toBe(true);
      expect(event.span.precision).toBe("year");
    }
    expect(timeline.events[0]!.title).toBe("Big Bang");
  });

  it("a reversed range is reported and the event kept at its start", () => {
    const timeline = one({title: "t", start: "2023-10-18", end: "2023-10-17"});
    expect(timeline.events[0]!.span).toMatchObject({start: Date.UTC(2023, 9, 18), end: Date.UTC(2023, 9, 19)});
    expect(warningAt(timeline, "events[0].end").map((w) => w.code)).toEqual(["REVERSED_RANGE"]);
  });

  it("a zero-length range is one unit long", () => {
    const timeline = one({title: "t", start: "2023-10-17T10:00Z", end: "2023-10-17T10:00Z"});
    expect(timeline.warnings).toEqual([]);
    const {start, end} = timeline.events[0]!.span;
    expect(end - start).toBe(60_000);
  });

  it("open ends are kept open", () => {
    const timeline = lenient({events: [{id: "a", title: "t", start: "../2023"}, {id: "b", title: "t", start: "2023/.."}]});
    const byId = new Map(timeline.events.map((e) => [e.id, e.span]));
    expect(byId.get("a")).toMatchObject({start: -Infinity, openStart: true, end: Date.UTC(2024, 0, 1)});
    expect(byId.get("b")).toMatchObject({start: Date.UTC(2023, 0, 1), openEnd: true, end: Infinity});
  });

  it("an interval with no known bound is reported", () => {
    const timeline = one({title: "t", start: "../.."});
    expect(timeline.events).toEqual([]);
    expect(warningAt(timeline, "events[0].start").map((w) => w.code)).toEqual(["UNANCHORED_DATE"]);
  });

  it("EDTF 2023-03~, 2023-XX and 19XX are read with their precision and qualifiers", () => {
    const timeline = lenient({events: [
      {id: "approx", title: "t", start: "2023-03~"},
      {id: "month", title: "t", start: "2023-XX"},
      {id: "century", title: "t", start: "19XX"}
    ]});
    const byId = new Map(timeline.events.map((e) => [e.id, e.span]));
    expect(byId.get("approx")).toMatchObject({approximate: true, precision: "month", start: Date.UTC(2023, 2, 1)});
    expect(byId.get("month")).toMatchObject({start: Date.UTC(2023, 0, 1), end: Date.UTC(2024, 0, 1)});
    expect(byId.get("century")).toMatchObject({start: Date.UTC(1900, 0, 1), end: Date.UTC(2000, 0, 1), precision: "century"});
  });

  it("an unknown time zone is reported and UTC used instead", () => {
    const timeline = lenient({timeZone: "Mars/Olympus", events: [{title: "t", start: "2023-03-17T12:00", timeZone: "Mars/Olympus"}]});
    expect(timeline.timeZone).toBe("UTC");
    expect(timeline.events[0]!.span.start).toBe(Date.UTC(2023, 2, 17, 12));
    expect(timeline.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["timeZone UNKNOWN_TIME_ZONE", "events[0].timeZone UNKNOWN_TIME_ZONE"]);
  });

  it("an unknown time zone in the options is a programmer error", () => {
    expect(() => parseTimeline([], {timeZone: "Mars/Olympus"})).toThrow(TimelineError);
  });
});
