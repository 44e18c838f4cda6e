import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {msFromCivil} from "../../src/time/calendar.js";
import {civilInZone, isValidTimeZone, wallTimeToUtc, zoneOffsetAt} from "../../src/time/zone.js";

/** The offset straight from Intl, without the cache: the reference. */
function referenceOffset(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric"
  }).formatToParts(utcMs);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const second = Math.floor(utcMs / 1000) * 1000;
  return msFromCivil({year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second")}) - second;
}

describe("zone", () => {
  it("zoneOffsetAt agrees with Intl at random instants, across DST transitions", () => {
    const zones = ["America/New_York", "Europe/Moscow", "Asia/Kathmandu", "Australia/Lord_Howe", "America/Santiago"];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({min: Date.UTC(1900, 0, 1), max: Date.UTC(2040, 0, 1)}), (zone, instant) => {
        expect(zoneOffsetAt(instant, zone)).toBe(referenceOffset(instant, zone));
      }),
      {seed: 7, numRuns: 3000}
    );
  });

  it("zoneOffsetAt switches at the transition's second", () => {
    const transition = Date.UTC(2021, 2, 14, 7); // 02:00 EST becomes 03:00 EDT
    expect(zoneOffsetAt(transition - 1000, "America/New_York")).toBe(-5 * 3600_000);
    expect(zoneOffsetAt(transition, "America/New_York")).toBe(-4 * 3600_000);
  });

  it("zoneOffsetAt is 0 for UTC and finite far outside the Date range", () => {
    expect(zoneOffsetAt(1e20, "UTC")).toBe(0);
    expect(Number.isFinite(zoneOffsetAt(-1e20, "Asia/Shanghai"))).toBe(true);
  });

  it("wallTimeToUtc moves a time in a gap forward and takes the earlier instant in an overlap", () => {
    const gap = wallTimeToUtc(msFromCivil({year: 2021, month: 3, day: 14, hour: 2, minute: 30}), "America/New_York");
    expect(gap).toEqual({utc: Date.UTC(2021, 2, 14, 7, 30), resolution: "gap"});
    const overlap = wallTimeToUtc(msFromCivil({year: 2021, month: 11, day: 7, hour: 1, minute: 30}), "America/New_York");
    expect(overlap).toEqual({utc: Date.UTC(2021, 10, 7, 5, 30), resolution: "overlap"});
    const plain = wallTimeToUtc(msFromCivil({year: 2023, month: 10, day: 17, hour: 9}), "Asia/Shanghai");
    expect(plain).toEqual({utc: Date.UTC(2023, 9, 17, 1), resolution: "exact"});
  });

  it("civilInZone reads the wall clock of an instant", () => {
    expect(civilInZone(Date.UTC(2023, 9, 16, 16), "Asia/Shanghai")).toMatchObject({year: 2023, month: 10, day: 17, hour: 0});
  });

  it("isValidTimeZone accepts IANA names and rejects others", () => {
    expect(isValidTimeZone("Europe/Moscow")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone(42)).toBe(false);
  });
});
