// RELIABILITY.md "Named bad inputs", dates, through renderToSVG: each case drawn
// next to a good event (one bad date never takes the others down), with its
// lenient outcome (kept or dropped, the warning codes at its path, the date as
// the reader sees it in the accessible name) and its strict outcome (a
// TimelineError with that code, or kept when the warning is a normalisation).
// The parsing of each case is tested in tests/time and tests/model; this suite
// runs under three process time zones, like them.
import {describe, expect, it} from "vitest";
import {TimelineError, type TimelineWarning} from "../../src/model/errors.js";
import {renderToSVG} from "../../src/render/renderToSVG.js";
import {byClass, renderChecked} from "../support/checkedRender.js";

interface DateCase {
  name: string;
  event: Record<string, unknown>;
  /** Warning codes at events[0] and under it, in order. */
  codes: string[];
  /** The accessible name's date part when kept; null when dropped. */
  label: string | null;
  /** The strict outcome: the first issue's code, or "keeps". */
  strict: string;
}

const at = (start: unknown, more: Record<string, unknown> = {}) => ({start, ...more});

const cases: DateCase[] = [
  {name: "a missing start", event: {}, codes: ["MISSING_DATE", "EVENT_DROPPED"], label: null, strict: "MISSING_DATE"},
  {name: "\"not a date\"", event: at("not a date"), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "\"2023-02-30\" (not rolled over to 2 March)", event: at("2023-02-30"), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "\"2023-13-01\"", event: at("2023-13-01"), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "\"2023-04-31\" (not rolled over to 1 May)", event: at("2023-04-31"), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "\"2024-02-29\"", event: at("2024-02-29"), codes: [], label: "29 Feb 2024", strict: "keeps"},
  {name: "a date-only string, in any process time zone", event: at("2023-03-17"), codes: [], label: "17 Mar 2023", strict: "keeps"},
  {name: "a local time in the event's zone", event: at("2023-03-17T10:30", {timeZone: "Asia/Shanghai"}), codes: [], label: "17 Mar 2023, 02:30", strict: "keeps"},
  {name: "a time in the DST gap (moved to 03:30 EDT)", event: at("2021-03-14T02:30", {timeZone: "America/New_York"}), codes: ["DST_GAP"], label: "14 Mar 2021, 07:30", strict: "DST_GAP"},
  {name: "a time in the DST overlap (the earlier offset)", event: at("2021-11-07T01:30", {timeZone: "America/New_York"}), codes: ["DST_OVERLAP"], label: "7 Nov 2021, 05:30", strict: "keeps"},
  {name: "a leap second (clamped)", event: at("2016-12-31T23:59:60Z"), codes: ["LEAP_SECOND"], label: "31 Dec 2016, 23:59:59", strict: "keeps"},
  {name: "T24:00 (the next day)", event: at("2023-03-17T24:00Z"), codes: [], label: "18 Mar 2023, 00:00", strict: "keeps"},
  {name: "year 0 (1 BC, never \"0 AD\")", event: at("0000"), codes: [], label: "1 BC", strict: "keeps"},
  {name: "\"-0050-04-20\" (51 BC, not 1950)", event: at("-0050-04-20"), codes: [], label: "20 Apr 51 BC", strict: "keeps"},
  {name: "\"-4000\" (year -4000)", event: at("-4000"), codes: [], label: "4001 BC", strict: "keeps"},
  {name: "\"0050-01-01\" (year 50, not 1950)", event: at("0050-01-01"), codes: [], label: "1 Jan 50 AD", strict: "keeps"},
  {name: "a year before -271,821 (year precision on a year scale)", event: at("Y-300000"), codes: [], label: "302 thousand years ago", strict: "keeps"},
  {name: "a year after 275,760 (year precision on a year scale)", event: at("Y300000"), codes: [], label: "in 298 thousand years", strict: "keeps"},
  {name: "13.8 billion years ago", event: at("Y-13800000000"), codes: [], label: "13.8 billion years ago, 1 year", strict: "keeps"},
  {name: "a year past a quadrillion (OUT_OF_RANGE)", event: at("Y-100000000000000000000"), codes: ["OUT_OF_RANGE", "EVENT_DROPPED"], label: null, strict: "OUT_OF_RANGE"},
  {name: "year 12345 (not \"2345\")", event: at("+012345"), codes: [], label: "12345", strict: "keeps"},
  {name: "a two-digit year", event: at("23-03-17"), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "\"March 2023\"", event: at("March 2023"), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "\"03/04/2023\"", event: at("03/04/2023"), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "NaN", event: at(Number.NaN), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "Infinity", event: at(Infinity), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "1e20", event: at(1e20), codes: ["OUT_OF_RANGE", "EVENT_DROPPED"], label: null, strict: "OUT_OF_RANGE"},
  {name: "a boolean", event: at(true), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "null", event: at(null), codes: ["MISSING_DATE", "EVENT_DROPPED"], label: null, strict: "MISSING_DATE"},
  {name: "new Date(NaN)", event: at(new Date(Number.NaN)), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "a reversed range (kept at its start)", event: at("2023-10-18", {end: "2023-10-17"}), codes: ["REVERSED_RANGE"], label: "18 Oct 2023", strict: "REVERSED_RANGE"},
  {name: "a zero-length range", event: at("2023-10-17T10:00Z", {end: "2023-10-17T10:00Z"}), codes: [], label: "17 Oct 2023, 10:00", strict: "keeps"},
  {name: "an open start \"../2023\"", event: at("../2023"), codes: [], label: "until 2023", strict: "keeps"},
  {name: "an open end \"2023/..\"", event: at("2023/.."), codes: [], label: "from 2023", strict: "keeps"},
  {name: "EDTF \"2023-03~\"", event: at("2023-03~"), codes: [], label: "c. March 2023", strict: "keeps"},
  {name: "EDTF \"2023-XX\"", event: at("2023-XX"), codes: [], label: "2023", strict: "keeps"},
  {name: "EDTF \"19XX\"", event: at("19XX"), codes: [], label: "the 1900s", strict: "keeps"},
  {name: "malformed EDTF \"2023-03~~\"", event: at("2023-03~~"), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "malformed EDTF \"[2023\"", event: at("[2023"), codes: ["INVALID_DATE", "EVENT_DROPPED"], label: null, strict: "INVALID_DATE"},
  {name: "an unknown time zone \"Mars/Olympus\" (UTC instead)", event: at("2023-03-17T12:00", {timeZone: "Mars/Olympus"}), codes: ["UNKNOWN_TIME_ZONE"], label: "17 Mar 2023, 12:00", strict: "UNKNOWN_TIME_ZONE"}
];

/** The case as events[0], with a good event beside it. */
const inputOf = (event: Record<string, unknown>) => ({
  events: [{id: "case", title: "The case", ...event}, {id: "good", title: "A good event", start: "2023-06-01"}]
});

const codesUnder = (warnings: readonly TimelineWarning[], prefix: string) =>
  warnings.filter((w) => w.path === prefix || w.path.startsWith(`${prefix}.`)).map((w) => w.code);

describe("dates, lenient", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, {event, codes, label}) => {
    const {root, warnings} = renderChecked(inputOf(event));
    expect(codesUnder(warnings, "events[0]")).toEqual(codes);
    const drawn = new Map([...byClass(root, "chronoline-event"), ...byClass(root, "chronoline-cluster")].map((g) => [g.getAttribute("data-id") ?? "cluster", g.getAttribute("aria-label")!]));
    expect(drawn.has("good")).toBe(true);
    if (label === null) {
      expect(drawn.has("case")).toBe(false);
    } else {
      const name = drawn.get("case")!;
      expect(name.slice(0, name.lastIndexOf(": The case"))).toBe(label);
      expect(name).not.toMatch(/\b0 AD\b|NaN|Infinity|undefined/);
    }
  });
});

describe("dates, strict", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, {event, strict}) => {
    const input = inputOf(event);
    if (strict === "keeps") {
      expect(() => renderToSVG(input, {strict: true})).not.toThrow();
      return;
    }
    let thrown: unknown;
    try {
      renderToSVG(input, {strict: true});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TimelineError);
    expect((thrown as TimelineError).code).toBe(strict);
    expect((thrown as TimelineError).path.startsWith("events[0]")).toBe(true);
  });
});

describe("dates as drawn", () => {
  it("a zero-length range is drawn as a point, not as an empty bar", () => {
    const {root} = renderChecked({events: [
      {id: "zero", title: "Zero", start: "2023-10-17T10:00Z", end: "2023-10-17T10:00Z"},
      {id: "a", title: "A", start: "2023-01-01"}, {id: "b", title: "B", start: "2023-12-31"}
    ]});
    const zero = byClass(root, "chronoline-event").find((g) => g.getAttribute("data-id") === "zero")!;
    expect(byClass(zero, "chronoline-mark")[0]!.nodeName).toBe("circle");
  });

  it("open ends are drawn open (a chevron) inside a finite domain", () => {
    const {root} = renderChecked({events: [
      {id: "until", title: "Until", start: "../2023-03"}, {id: "from", title: "From", start: "2023-09/.."}, {id: "mid", title: "Mid", start: "2023-06-01"}
    ]});
    for (const id of ["until", "from"]) {
      const group = byClass(root, "chronoline-event").find((g) => g.getAttribute("data-id") === id)!;
      expect(byClass(group, "chronoline-open-end"), id).toHaveLength(1);
    }
    const [, , width, height] = root.getAttribute("viewBox")!.split(" ").map(Number);
    expect(Number.isFinite(width) && Number.isFinite(height)).toBe(true);
    const ticks = byClass(root, "chronoline-tick-label").map((t) => t.textContent);
    expect(ticks.length).toBeGreaterThan(1);
  });

  it("a timeline from 13.8 billion years ago to year 300,000 draws finite ticks, never year 0 or NaN", () => {
    const {root} = renderChecked({events: [
      {id: "bang", title: "Big Bang", start: "Y-13800000000"}, {id: "zero", title: "Year 0", start: "0000"},
      {id: "future", title: "Far future", start: "Y300000"}
    ]});
    const ticks = byClass(root, "chronoline-tick-label").map((t) => t.textContent!);
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick).not.toMatch(/NaN|Infinity|\b0 AD\b|^-/);
  });
});
