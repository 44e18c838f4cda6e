import {runInNewContext} from "node:vm";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {TimelineError} from "../../src/model/errors.js";
import {daysInMonth, MS_PER_DAY, MS_PER_HOUR, msFromCivil, yearStart} from "../../src/time/calendar.js";
import {parseDate, readDate} from "../../src/time/parseDate.js";
import {readIsoFields, readPlainDay} from "../../src/time/parseIso.js";
import {civilInZone} from "../../src/time/zone.js";

const utc = (year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0, millisecond = 0) =>
  msFromCivil({year, month, day, hour, minute, second, millisecond});

function errorOf(run: () => unknown): TimelineError {
  try {
    run();
  } catch (error) {
    if (error instanceof TimelineError) return error;
    throw error;
  }
  throw new Error("expected a TimelineError");
}

const codeOf = (value: unknown, timeZone?: string) =>
  errorOf(() => parseDate(value, timeZone === undefined ? undefined : {timeZone})).code;

describe("parseDate: units and precision", () => {
  it("parseDate(\"2023-03\") covers the whole month", () => {
    const span = parseDate("2023-03");
    expect(span.start).toBe(Date.UTC(2023, 2, 1));
    expect(span.end).toBe(Date.UTC(2023, 3, 1));
    expect(span.precision).toBe("month");
  });

  it("parseDate(\"2023\") covers the whole year", () => {
    expect(parseDate("2023")).toMatchObject({start: Date.UTC(2023, 0, 1), end: Date.UTC(2024, 0, 1), precision: "year"});
  });

  it("parseDate(\"2023-12\") ends at the start of the next year", () => {
    expect(parseDate("2023-12").end).toBe(Date.UTC(2024, 0, 1));
  });

  it("parseDate(\"2023-03-17\") covers one day", () => {
    expect(parseDate("2023-03-17")).toMatchObject({start: Date.UTC(2023, 2, 17), end: Date.UTC(2023, 2, 18), precision: "day"});
  });

  it("parseDate reads hours, minutes, seconds and milliseconds with a span of one unit", () => {
    const start = Date.UTC(2023, 2, 17, 10, 30, 15, 250);
    expect(parseDate("2023-03-17T10Z")).toMatchObject({start: Date.UTC(2023, 2, 17, 10), precision: "hour"});
    expect(parseDate("2023-03-17T10Z").end).toBe(Date.UTC(2023, 2, 17, 11));
    expect(parseDate("2023-03-17T10:30Z")).toMatchObject({start: Date.UTC(2023, 2, 17, 10, 30), precision: "minute"});
    expect(parseDate("2023-03-17T10:30:15Z")).toMatchObject({start: start - 250, end: start + 750, precision: "second"});
    expect(parseDate("2023-03-17T10:30:15.25Z")).toMatchObject({start, end: start + 1, precision: "millisecond"});
  });

  it("parseDate truncates fractional seconds of any length to milliseconds", () => {
    expect(parseDate("2016-05-02T16:54:59.0429999Z").start).toBe(Date.UTC(2016, 4, 2, 16, 54, 59, 42));
    expect(parseDate("2016-05-02T16:54:59.4Z").start).toBe(Date.UTC(2016, 4, 2, 16, 54, 59, 400));
    expect(parseDate("2016-05-02T16:54:59,5Z").start).toBe(Date.UTC(2016, 4, 2, 16, 54, 59, 500));
  });

  it("parseDate accepts a space between date and time, as RFC 3339 does", () => {
    expect(parseDate("2023-03-17 10:30:00Z").start).toBe(parseDate("2023-03-17T10:30:00Z").start);
  });

  it("parseDate(\"a/b\") ends at the end of the last unit of b", () => {
    const span = parseDate("2023-10-17/2023-10-18");
    expect(span.start).toBe(Date.UTC(2023, 9, 17));
    expect(span.end).toBe(Date.UTC(2023, 9, 19));
  });

  it("parseDate of an interval has the finer precision of its two ends", () => {
    expect(parseDate("2023/2024-05-06").precision).toBe("day");
    expect(parseDate("2023-05/2024").precision).toBe("month");
  });
});

describe("parseDate: time zones and offsets", () => {
  it("parseDate reads floating values in options.timeZone, date-only strings included", () => {
    expect(parseDate("2023-10-17", {timeZone: "Asia/Shanghai"}).start).toBe(Date.UTC(2023, 9, 16, 16));
    expect(parseDate("2023", {timeZone: "America/New_York"}).start).toBe(Date.UTC(2023, 0, 1, 5));
    expect(parseDate("2023-10-17T09:00", {timeZone: "Asia/Kathmandu"}).start).toBe(Date.UTC(2023, 9, 17, 3, 15));
  });

  it("parseDate defaults to UTC for floating values", () => {
    expect(parseDate("2014-06-28T13:00:00").start).toBe(Date.UTC(2014, 5, 28, 13));
    expect(parseDate("2023-03", {timeZone: "UTC"}).start).toBe(Date.UTC(2023, 2, 1));
  });

  it("parseDate reads values with Z or an offset as absolute, whatever options.timeZone says", () => {
    const expected = Date.UTC(2023, 2, 17, 5);
    for (const text of ["2023-03-17T05:00Z", "2023-03-17T10:30+05:30", "2023-03-17T10:30+0530", "2023-03-17T00:00-05"]) {
      expect(parseDate(text, {timeZone: "Asia/Tokyo"}).start).toBe(expected);
    }
  });

  it("parseDate accepts offsets from -12:00 to +14:00 only, and not -00:00", () => {
    expect(parseDate("2023-03-17T12:00-12:00").start).toBe(Date.UTC(2023, 2, 18, 0));
    expect(parseDate("2023-03-17T14:00+14:00").start).toBe(Date.UTC(2023, 2, 17, 0));
    for (const text of ["2023-03-17T12:00-12:01", "2023-03-17T12:00+14:01", "2023-03-17T12:00+15", "2023-03-17T12:00-00:00", "2023-03-17T12:00-00", "2023-03-17T12:00+05:60"]) {
      expect(codeOf(text), text).toBe("INVALID_DATE");
    }
  });

  it("parseDate makes a day as long as the zone's calendar day (23 hours when DST starts)", () => {
    const span = parseDate("2021-03-14", {timeZone: "America/New_York"});
    expect(span.start).toBe(Date.UTC(2021, 2, 14, 5));
    expect(span.end - span.start).toBe(23 * MS_PER_HOUR);
  });

  it("readDate moves a time in a DST gap forward and says so with DST_GAP", () => {
    const {span, notices} = readDate("2021-03-14T02:30", {timeZone: "America/New_York"});
    expect(span.start).toBe(Date.UTC(2021, 2, 14, 7, 30));
    expect(notices.map((n) => n.code)).toEqual(["DST_GAP"]);
    expect(notices[0]?.message).toContain("03:30 local time");
  });

  it("readDate takes the earlier instant of a repeated time and says so with DST_OVERLAP", () => {
    const {span, notices} = readDate("2021-11-07T01:30", {timeZone: "America/New_York"});
    expect(span.start).toBe(Date.UTC(2021, 10, 7, 5, 30));
    expect(notices.map((n) => n.code)).toEqual(["DST_OVERLAP"]);
  });

  it("readDate gives no notice for a day whose midnight falls in a DST gap: the day starts later", () => {
    const {span, notices} = readDate("2021-09-05", {timeZone: "America/Santiago"});
    expect(span.start).toBe(Date.UTC(2021, 8, 5, 4));
    expect(notices).toEqual([]);
  });

  it("readDate gives no notices for ordinary values", () => {
    expect(readDate("2023-03-17T10:30", {timeZone: "Europe/Paris"}).notices).toEqual([]);
    expect(readDate(0).notices).toEqual([]);
  });

  it("parseDate throws INVALID_TIME_ZONE for an unknown options.timeZone, whatever the value", () => {
    expect(codeOf("2023", "Mars/Olympus")).toBe("INVALID_TIME_ZONE");
    expect(codeOf(0, "Mars/Olympus")).toBe("INVALID_TIME_ZONE");
    expect(errorOf(() => parseDate("2023", {timeZone: ""})).code).toBe("INVALID_TIME_ZONE");
    expect(errorOf(() => parseDate("2023", {timeZone: 5 as unknown as string})).code).toBe("INVALID_TIME_ZONE");
  });
});

describe("parseDate: times of day", () => {
  it("parseDate reads T24:00 and T24:00:00 as the start of the next day", () => {
    expect(parseDate("2016-05-02T24:00").start).toBe(Date.UTC(2016, 4, 3));
    expect(parseDate("2016-05-02T24:00:00").start).toBe(Date.UTC(2016, 4, 3));
    expect(parseDate("2016-12-31T24:00:00Z").start).toBe(Date.UTC(2017, 0, 1));
  });

  it("parseDate rejects times past 24:00:00 and out-of-range fields", () => {
    for (const text of ["2016-05-02T24:00:01", "2016-05-02T24:01", "2016-05-02T24:00:00.001", "2016-05-02T25:00", "2016-05-02T00:61:00", "2016-05-02T10:00:61"]) {
      expect(codeOf(text), text).toBe("INVALID_DATE");
    }
  });

  it("readDate clamps a real leap second to 23:59:59 with a LEAP_SECOND notice", () => {
    const {span, notices} = readDate("2016-12-31T23:59:60Z");
    expect(span.start).toBe(Date.UTC(2016, 11, 31, 23, 59, 59));
    expect(span.end).toBe(Date.UTC(2017, 0, 1));
    expect(notices.map((n) => n.code)).toEqual(["LEAP_SECOND"]);
  });

  it("readDate accepts a leap second written with an offset or in a zone", () => {
    expect(readDate("2017-01-01T05:29:60+05:30").span.start).toBe(Date.UTC(2016, 11, 31, 23, 59, 59));
    expect(readDate("2016-12-31T18:59:60", {timeZone: "America/New_York"}).span.start).toBe(Date.UTC(2016, 11, 31, 23, 59, 59));
    expect(readDate("2015-06-30T23:59:60.5Z").span.start).toBe(Date.UTC(2015, 5, 30, 23, 59, 59, 500));
  });

  it("parseDate rejects second 60 where UTC had no leap second", () => {
    for (const text of ["2016-05-02T01:01:60", "2017-12-31T23:59:60Z", "2016-12-31T23:59:60+01:00", "2016-12-31T23:58:60Z"]) {
      expect(errorOf(() => parseDate(text)).message, text).toContain("leap second");
    }
  });

  it("parseDate rejects qualifiers on date-times", () => {
    expect(codeOf("2023-03-17T10:00~")).toBe("INVALID_DATE");
  });
});

describe("parseDate: years", () => {
  it("parseDate reads signed extended years in astronomical numbering", () => {
    expect(parseDate("-000043-03-15").start).toBe(utc(-43, 3, 15));
    expect(parseDate("-0050-04-20").start).toBe(utc(-50, 4, 20));
    expect(parseDate("+012345").start).toBe(yearStart(12345));
    expect(parseDate("+2023-03").start).toBe(Date.UTC(2023, 2, 1));
    expect(parseDate("0000").start).toBe(yearStart(0));
    expect(parseDate("-4000").start).toBe(yearStart(-4000));
  });

  it("parseDate reads years 0-99 as written, never as 1900s", () => {
    expect(parseDate("0050-01-01").start).toBe(utc(50));
    expect(parseDate("0099-12-31").start).toBe(utc(99, 12, 31));
    expect(new Date(parseDate("0023").start).getUTCFullYear()).toBe(23);
  });

  it("parseDate rejects unsigned years of five or more digits and -0000", () => {
    expect(errorOf(() => parseDate("12345")).message).toContain("+012345");
    expect(codeOf("-0000")).toBe("INVALID_DATE");
    expect(codeOf("-000000")).toBe("INVALID_DATE");
  });

  it("parseDate reads years beyond the range of Date at year precision, finite", () => {
    const span = parseDate("Y-13800000000");
    expect(span.start).toBe(yearStart(-13800000000));
    expect(span.end).toBe(yearStart(-13799999999));
    expect(span.precision).toBe("year");
    expect(parseDate("-300000").start).toBe(yearStart(-300000));
  });

  it("parseDate throws OUT_OF_RANGE for days beyond the range of Date and for absurd years", () => {
    expect(codeOf("-300000-01-01")).toBe("OUT_OF_RANGE");
    expect(codeOf("+300000-01-01T00:00Z")).toBe("OUT_OF_RANGE");
    expect(codeOf(`Y1${"0".repeat(400)}`)).toBe("OUT_OF_RANGE");
  });
});

describe("parseDate: calendar validity", () => {
  it.each(["2023-02-30", "2023-13-01", "2023-04-31", "2023-00-10", "2023-01-00", "2023-01-32", "2100-02-29"])(
    "parseDate(%j) throws INVALID_DATE: not a calendar date",
    (text) => {
      const error = errorOf(() => parseDate(text));
      expect(error.code).toBe("INVALID_DATE");
      expect(error.message).toContain("is not a calendar date");
    }
  );

  it("parseDate(\"2024-02-29\") is a leap day, and so is 2000-02-29", () => {
    expect(parseDate("2024-02-29").start).toBe(Date.UTC(2024, 1, 29));
    expect(parseDate("2000-02-29").start).toBe(Date.UTC(2000, 1, 29));
  });

  it("parseDate reads error messages like 'invalid date: \"2023-02-30\" is not a calendar date'", () => {
    expect(errorOf(() => parseDate("2023-02-30")).message).toMatch(/^invalid date: "2023-02-30" is not a calendar date/);
  });
});

describe("parseDate: EDTF level 1", () => {
  it("parseDate reads ?, ~ and % as uncertain, approximate and both", () => {
    expect(parseDate("2023-03?")).toMatchObject({uncertain: true, approximate: false, precision: "month"});
    expect(parseDate("2023-03~")).toMatchObject({uncertain: false, approximate: true, start: Date.UTC(2023, 2, 1)});
    expect(parseDate("2023-03-17%")).toMatchObject({uncertain: true, approximate: true});
  });

  it("parseDate reads unspecified digits as the whole range they allow", () => {
    expect(parseDate("201X")).toMatchObject({start: yearStart(2010), end: yearStart(2020), precision: "decade"});
    expect(parseDate("19XX")).toMatchObject({start: yearStart(1900), end: yearStart(2000), precision: "century"});
    expect(parseDate("1XXX")).toMatchObject({start: yearStart(1000), end: yearStart(2000), precision: "millennium"});
    expect(parseDate("XXXX")).toMatchObject({start: yearStart(0), end: yearStart(10000), precision: "tenMillennia"});
    expect(parseDate("XXXX-XX-XX")).toMatchObject({start: yearStart(0), end: yearStart(10000)});
    expect(parseDate("2016-XX")).toMatchObject({start: yearStart(2016), end: yearStart(2017), precision: "year"});
    expect(parseDate("2016-XX-XX").precision).toBe("year");
    expect(parseDate("2016-05-XX")).toMatchObject({start: Date.UTC(2016, 4, 1), end: Date.UTC(2016, 5, 1), precision: "month"});
    expect(parseDate("-03XX")).toMatchObject({start: yearStart(-399), end: yearStart(-299)});
    expect(parseDate("201X~").approximate).toBe(true);
  });

  it("parseDate reads seasons 21-24 as the meteorological seasons their names say", () => {
    expect(parseDate("2001-21")).toMatchObject({start: Date.UTC(2001, 2, 1), end: Date.UTC(2001, 5, 1), precision: "season"});
    expect(parseDate("2001-22")).toMatchObject({start: Date.UTC(2001, 5, 1), end: Date.UTC(2001, 8, 1)});
    expect(parseDate("2001-23")).toMatchObject({start: Date.UTC(2001, 8, 1), end: Date.UTC(2001, 11, 1)});
    expect(parseDate("2001-24")).toMatchObject({start: Date.UTC(2001, 11, 1), end: Date.UTC(2002, 2, 1)});
  });

  it("parseDate reads Y-years of five or more digits", () => {
    expect(parseDate("Y170002")).toMatchObject({start: yearStart(170002), precision: "year"});
    expect(parseDate("Y-170002").start).toBe(yearStart(-170002));
    expect(codeOf("Y9999")).toBe("INVALID_DATE");
    expect(codeOf("Y00001")).toBe("INVALID_DATE");
    expect(codeOf("Y-9999")).toBe("INVALID_DATE");
  });

  it("parseDate reads two-digit centuries as edtf.js does", () => {
    expect(parseDate("19")).toMatchObject({start: yearStart(1900), end: yearStart(2000), precision: "century"});
    expect(parseDate("00")).toMatchObject({start: yearStart(0), end: yearStart(100)});
    expect(parseDate("-04")).toMatchObject({start: yearStart(-400), end: yearStart(-300)});
    expect(codeOf("-00")).toBe("INVALID_DATE");
  });

  it("parseDate reads open (..) and unknown (empty) interval ends as infinite", () => {
    expect(parseDate("../2016")).toMatchObject({start: -Infinity, end: yearStart(2017), openStart: true, unknownStart: false, openEnd: false});
    expect(parseDate("2016-05/..")).toMatchObject({start: Date.UTC(2016, 4, 1), end: Infinity, openEnd: true, unknownEnd: false});
    expect(parseDate("/2016-05")).toMatchObject({start: -Infinity, openStart: true, unknownStart: true});
    expect(parseDate("2016/")).toMatchObject({end: Infinity, openEnd: true, unknownEnd: true});
    expect(parseDate("../..")).toMatchObject({start: -Infinity, end: Infinity, unknownStart: false, unknownEnd: false});
    expect(parseDate("/")).toMatchObject({start: -Infinity, end: Infinity, unknownStart: true, unknownEnd: true});
  });

  it("parseDate gives an interval the qualifiers of either end", () => {
    expect(parseDate("1980?/1994~")).toMatchObject({uncertain: true, approximate: true});
    expect(parseDate("1980/1994")).toMatchObject({uncertain: false, approximate: false});
  });

  it("parseDate reads intervals of date-times with offsets", () => {
    const span = parseDate("2023-03-17T10:00+01:00/2023-03-17T12:00+01:00");
    expect(span.start).toBe(Date.UTC(2023, 2, 17, 9));
    expect(span.end).toBe(Date.UTC(2023, 2, 17, 11, 1));
  });

  it("parseDate throws REVERSED_RANGE when an interval ends before it starts", () => {
    expect(codeOf("2023-03-18/2023-03-17")).toBe("REVERSED_RANGE");
    expect(codeOf("2023-03-17T10:00:01Z/2023-03-17T10:00:00Z")).toBe("REVERSED_RANGE");
    expect(parseDate("2023-03-17/2023-03").end).toBe(Date.UTC(2023, 3, 1));
  });

  it.each([
    "?2001", "2001~-09", "2004?-06-~11", "156X-12-31", "15XX-XX-25", "1XXX-12", "1XX3", "19XX-XX", "2016-XX-05", "-XXXX",
    "Y17E7", "1950S2", "Y17101000S3", "2001-25", "2001-41", "193", "-019", "197~", "19~", "-04%",
    "[1667, 1672-12]", "{1760..}", "2018-21/2018-23", "2001-21~", "2001?-23", "20XX-41", "1800/1X01"
  ])("parseDate(%j) throws UNSUPPORTED_EDTF for EDTF level 2 and 3 syntax", (text) => {
    const error = errorOf(() => parseDate(text));
    expect(error.code).toBe("UNSUPPORTED_EDTF");
    expect(error.message).toContain("EDTF level");
  });

  it.each([
    "not a date", "March 2023", "2023-03~~", "[2023", "2023]", "{1999]", "2023-42", "2016-13-XX", "201x", "19/20", "2023/2024/2025",
    "20230317", "2023-W11", "2023-076", "T10:00", "2023-03-17T10", "2023-03-17T1030", "--", "-", "/2023/", "2023-3-7", "P1D/2023"
  ])("parseDate(%j) throws INVALID_DATE, not UNSUPPORTED_EDTF, for text that is no EDTF at any level", (text) => {
    if (text === "2023-03-17T10") {
      // Hour-only date-times are ISO 8601: the control case.
      expect(parseDate(text).precision).toBe("hour");
      return;
    }
    expect(codeOf(text)).toBe("INVALID_DATE");
  });
});

describe("parseDate: values other than strings", () => {
  it("parseDate reads finite epoch milliseconds as a one-millisecond instant", () => {
    expect(parseDate(0)).toMatchObject({start: 0, end: 1, precision: "millisecond"});
    expect(parseDate(-1).start).toBe(-1);
    expect(parseDate(8.64e15).start).toBe(8.64e15);
    expect(parseDate(1.9).start).toBe(1);
    expect(Object.is(parseDate(-0).start, 0)).toBe(true);
  });

  it("parseDate rejects NaN and infinities with INVALID_DATE and numbers beyond Date with OUT_OF_RANGE", () => {
    expect(codeOf(Number.NaN)).toBe("INVALID_DATE");
    expect(codeOf(Infinity)).toBe("INVALID_DATE");
    expect(codeOf(-Infinity)).toBe("INVALID_DATE");
    expect(codeOf(1e20)).toBe("OUT_OF_RANGE");
    expect(codeOf(8.64e15 + 1)).toBe("OUT_OF_RANGE");
  });

  it("parseDate reads a Date as its time value, from any realm", () => {
    expect(parseDate(new Date(Date.UTC(2023, 2, 17)))).toMatchObject({start: Date.UTC(2023, 2, 17), precision: "millisecond"});
    expect(parseDate(runInNewContext("new Date(86400000)")).start).toBe(MS_PER_DAY);
    expect(codeOf(new Date(Number.NaN))).toBe("INVALID_DATE");
  });

  it("parseDate rejects objects that only look like dates, without calling them", () => {
    let called = false;
    const impostor = {getTime: () => ((called = true), 0), [Symbol.toStringTag]: "Date"};
    expect(codeOf(impostor)).toBe("INVALID_DATE");
    expect(called).toBe(false);
  });

  it.each([[true], [false], [null], [undefined], [{}], [[]], [Symbol("x")], [() => 0], [10n]])(
    "parseDate(%s) throws INVALID_DATE",
    (value) => {
      expect(codeOf(value)).toBe("INVALID_DATE");
    }
  );
});

describe("parseDate: strings", () => {
  it("parseDate trims strings and rejects empty ones", () => {
    expect(parseDate("  2023-03-17\n").start).toBe(Date.UTC(2023, 2, 17));
    expect(codeOf("")).toBe("INVALID_DATE");
    expect(codeOf("   ")).toBe("INVALID_DATE");
  });

  it("parseDate says slashed dates are ambiguous and asks for ISO 8601", () => {
    const message = errorOf(() => parseDate("03/04/2023")).message;
    expect(message).toContain("ambiguous");
    expect(message).toContain("ISO 8601");
    expect(errorOf(() => parseDate("17.03.2023")).message).toContain("ambiguous");
  });

  it("parseDate says two-digit years are never guessed", () => {
    expect(errorOf(() => parseDate("23-03-17")).message).toContain("two-digit years are never guessed");
  });

  it("parseDate says natural language is not read", () => {
    expect(errorOf(() => parseDate("March 2023")).message).toContain("natural-language");
  });

  it("parseDate quotes long input cut short in its messages", () => {
    expect(errorOf(() => parseDate("x".repeat(10_000))).message.length).toBeLessThan(300);
  });
});

describe("parseDate: determinism", () => {
  it("parseDate gives the same numbers whatever the process time zone", () => {
    // Fixed numbers: this file runs under TZ=UTC, America/New_York and Asia/Kathmandu.
    expect(parseDate("2023-03-17").start).toBe(1679011200000);
    expect(parseDate("2014-06-28T13:00:00").start).toBe(1403960400000);
    expect(parseDate("0050-01-01").start).toBe(-60589296000000);
    expect(parseDate("2021-03-14T02:30", {timeZone: "America/New_York"}).start).toBe(1615707000000);
  });

  it("parseDate(ISO string of random fields) is msFromCivil(fields), and start < end", () => {
    const fields = fc
      .record({
        year: fc.integer({min: -9999, max: 9999}),
        month: fc.integer({min: 1, max: 12}),
        day: fc.integer({min: 1, max: 31}),
        hour: fc.integer({min: 0, max: 23}),
        minute: fc.integer({min: 0, max: 59}),
        second: fc.integer({min: 0, max: 59})
      })
      .map((f) => ({...f, day: Math.min(f.day, daysInMonth(f.year, f.month))}));
    fc.assert(
      fc.property(fields, (f) => {
        const text = `${formatYear(f.year)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
        const span = parseDate(text);
        expect(span.start).toBe(msFromCivil(f));
        expect(span.start).toBeLessThan(span.end);
        expect(parseDate(text.slice(0, text.indexOf("T"))).start).toBeLessThan(parseDate(text.slice(0, text.indexOf("T"))).end);
      }),
      {seed: 42}
    );
  });

  it("civilInZone of a date-only start in any zone is that date's midnight", () => {
    for (const timeZone of ["UTC", "America/New_York", "Asia/Kathmandu", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      const span = parseDate("2023-03-17", {timeZone});
      expect(civilInZone(span.start, timeZone)).toMatchObject({year: 2023, month: 3, day: 17, hour: 0, minute: 0});
      expect(civilInZone(span.end, timeZone)).toMatchObject({year: 2023, month: 3, day: 18, hour: 0, minute: 0});
    }
  });
});

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function formatYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, "0");
  return year < 0 ? `-${digits}` : digits;
}

describe("the plain-day fast path", () => {
  const digits = (length: number) => fc.string({unit: fc.constantFrom(..."0123456789"), minLength: length, maxLength: length});
  const dayShaped = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);

  it("reads every YYYY-MM-DD exactly as the ISO pattern does, and leaves invalid days to it", () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(dayShaped, fc.string({minLength: 10, maxLength: 10})), (text) => {
        const fast = readPlainDay(text);
        let general: unknown;
        try {
          general = readIsoFields(text, false);
        } catch {
          general = "throws";
        }
        if (fast === undefined) return;
        read++;
        expect(fast).toEqual(general);
      }),
      {seed: 7, numRuns: 3000}
    );
    // Most day-shaped strings are real days (months 01-12 come up often enough).
    expect(read).toBeGreaterThan(50);
    expect(readPlainDay("2023-02-29")).toBeUndefined();
    expect(readPlainDay("2024-02-29")).toEqual(readIsoFields("2024-02-29", false));
    expect(readPlainDay("0000-01-01")!.wallStart).toBe(yearStart(0));
    expect(readPlainDay("2023-10-1x")).toBeUndefined();
  });
});
