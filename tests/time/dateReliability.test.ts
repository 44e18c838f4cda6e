import {describe, expect, it} from "vitest";
import {TimelineError} from "../../src/model/errors.js";
import {msFromCivil, yearStart} from "../../src/time/calendar.js";
import {parseDate, readDate, type ParseDateOptions} from "../../src/time/parseDate.js";
import {civilInZone} from "../../src/time/zone.js";

// The "Dates" list of named bad inputs in RELIABILITY.md, for single values.
// parseDate throws where the model layer warns; the model turns these codes into warnings.

function codeOf(value: unknown, options?: ParseDateOptions): string {
  try {
    parseDate(value, options);
  } catch (error) {
    if (error instanceof TimelineError) return error.code;
    throw error;
  }
  return "no error";
}

describe("RELIABILITY.md dates", () => {
  it("parseDate(\"not a date\") throws INVALID_DATE", () => {
    expect(codeOf("not a date")).toBe("INVALID_DATE");
  });

  it.each(["2023-02-30", "2023-13-01", "2023-04-31"])("parseDate(%j) throws INVALID_DATE instead of rolling over as V8 does", (text) => {
    expect(codeOf(text)).toBe("INVALID_DATE");
  });

  it("parseDate(\"2024-02-29\") is valid", () => {
    expect(parseDate("2024-02-29").start).toBe(Date.UTC(2024, 1, 29));
  });

  it.each(["UTC", "America/New_York", "Asia/Kathmandu", "Pacific/Kiritimati", "Pacific/Niue"])(
    "parseDate(\"2023-03-17\", {timeZone: %j}) lands on 17 March in that zone",
    (timeZone) => {
      const span = parseDate("2023-03-17", {timeZone});
      expect(civilInZone(span.start, timeZone)).toMatchObject({year: 2023, month: 3, day: 17, hour: 0});
      expect(civilInZone(span.end - 1, timeZone)).toMatchObject({year: 2023, month: 3, day: 17, hour: 23});
    }
  );

  it("parseDate(\"2023-03-17\") is 17 March UTC whatever the process time zone", () => {
    expect(parseDate("2023-03-17")).toMatchObject({start: 1679011200000, end: 1679097600000});
  });

  it("parseDate reads local times in the given zone", () => {
    expect(parseDate("2023-10-17T09:30", {timeZone: "Asia/Shanghai"}).start).toBe(Date.UTC(2023, 9, 17, 1, 30));
    expect(parseDate("2023-10-17T09:30", {timeZone: "America/New_York"}).start).toBe(Date.UTC(2023, 9, 17, 13, 30));
  });

  it("readDate(\"2021-03-14T02:30\", New York) moves to 03:30 EDT with DST_GAP", () => {
    const {span, notices} = readDate("2021-03-14T02:30", {timeZone: "America/New_York"});
    expect(span.start).toBe(Date.UTC(2021, 2, 14, 7, 30));
    expect(civilInZone(span.start, "America/New_York")).toMatchObject({hour: 3, minute: 30});
    expect(notices[0]?.code).toBe("DST_GAP");
  });

  it("readDate(\"2021-11-07T01:30\", New York) takes the earlier instant (05:30Z) with DST_OVERLAP", () => {
    const {span, notices} = readDate("2021-11-07T01:30", {timeZone: "America/New_York"});
    expect(span.start).toBe(Date.UTC(2021, 10, 7, 5, 30));
    expect(notices[0]?.code).toBe("DST_OVERLAP");
  });

  it("readDate(\"2016-12-31T23:59:60Z\") is clamped to 23:59:59 with LEAP_SECOND", () => {
    const {span, notices} = readDate("2016-12-31T23:59:60Z");
    expect(span.start).toBe(Date.UTC(2016, 11, 31, 23, 59, 59));
    expect(notices[0]?.code).toBe("LEAP_SECOND");
  });

  it("parseDate(\"2023-03-17T24:00\") is the start of the next day", () => {
    expect(parseDate("2023-03-17T24:00").start).toBe(Date.UTC(2023, 2, 18));
  });

  it("parseDate(\"0000\") is year 0, that is 1 BCE", () => {
    expect(parseDate("0000")).toMatchObject({start: yearStart(0), end: yearStart(1)});
  });

  it("parseDate(\"-0050-04-20\") is year -50 (51 BCE), not 1950", () => {
    expect(parseDate("-0050-04-20").start).toBe(msFromCivil({year: -50, month: 4, day: 20}));
  });

  it("parseDate(\"-4000\") is year -4000", () => {
    expect(parseDate("-4000").start).toBe(yearStart(-4000));
  });

  it("parseDate(\"0050-01-01\") is year 50, not 1950", () => {
    expect(parseDate("0050-01-01").start).toBe(msFromCivil({year: 50}));
  });

  it("parseDate(\"Y-13800000000\") is finite at year precision, never NaN", () => {
    const span = parseDate("Y-13800000000");
    expect(span.start).toBe(yearStart(-13800000000));
    expect(Number.isFinite(span.start) && Number.isFinite(span.end)).toBe(true);
    expect(span.precision).toBe("year");
  });

  it("parseDate(\"+012345\") is year 12345", () => {
    expect(parseDate("+012345")).toMatchObject({start: yearStart(12345), end: yearStart(12346), precision: "year"});
  });

  it("parseDate(\"23-03-17\") throws INVALID_DATE: two-digit years are never guessed", () => {
    expect(codeOf("23-03-17")).toBe("INVALID_DATE");
  });

  it.each(["March 2023", "03/04/2023"])("parseDate(%j) throws INVALID_DATE", (text) => {
    expect(codeOf(text)).toBe("INVALID_DATE");
  });

  it.each([[Number.NaN], [Infinity], [true], [false], [null], [new Date(Number.NaN)]])("parseDate(%s) throws INVALID_DATE", (value) => {
    expect(codeOf(value)).toBe("INVALID_DATE");
  });

  it("parseDate(1e20) throws OUT_OF_RANGE", () => {
    expect(codeOf(1e20)).toBe("OUT_OF_RANGE");
  });

  it("parseDate(\"2023-03-18/2023-03-17\") throws REVERSED_RANGE", () => {
    expect(codeOf("2023-03-18/2023-03-17")).toBe("REVERSED_RANGE");
  });

  it("parseDate(\"2023-03-17/2023-03-17\") is that one day", () => {
    expect(parseDate("2023-03-17/2023-03-17")).toMatchObject({start: Date.UTC(2023, 2, 17), end: Date.UTC(2023, 2, 18)});
  });

  it("parseDate(\"../2023\") and parseDate(\"2023/..\") are open on one side", () => {
    expect(parseDate("../2023")).toMatchObject({start: -Infinity, end: yearStart(2024), openStart: true, openEnd: false});
    expect(parseDate("2023/..")).toMatchObject({start: yearStart(2023), end: Infinity, openStart: false, openEnd: true});
  });

  it("parseDate reads EDTF 2023-03~, 2023-XX and 19XX", () => {
    expect(parseDate("2023-03~")).toMatchObject({start: Date.UTC(2023, 2, 1), end: Date.UTC(2023, 3, 1), approximate: true});
    expect(parseDate("2023-XX")).toMatchObject({start: yearStart(2023), end: yearStart(2024), precision: "year"});
    expect(parseDate("19XX")).toMatchObject({start: yearStart(1900), end: yearStart(2000), precision: "century"});
  });

  it.each(["2023-03~~", "[2023"])("parseDate(%j) throws for malformed EDTF", (text) => {
    expect(codeOf(text)).toBe("INVALID_DATE");
  });

  it("parseDate(value, {timeZone: \"Mars/Olympus\"}) throws INVALID_TIME_ZONE", () => {
    expect(codeOf("2023-03-17", {timeZone: "Mars/Olympus"})).toBe("INVALID_TIME_ZONE");
  });
});
