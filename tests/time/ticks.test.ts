import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {MS_PER_AVERAGE_YEAR, MS_PER_HOUR, msFromCivil, yearStart, type CivilFields} from "../../src/time/calendar.js";
import {timeTicks, type AxisTick} from "../../src/time/ticks.js";
import {civilInZone, wallTimeToUtc} from "../../src/time/zone.js";

// Every expectation names its zone: results must not depend on the process TZ,
// which this suite runs under as UTC, America/New_York and Asia/Kathmandu.

type Fields = Partial<CivilFields> & {year: number};

function at(fields: Fields, timeZone = "UTC"): number {
  return wallTimeToUtc(msFromCivil(fields), timeZone).utc;
}

function labels(ticks: readonly AxisTick[]): string[] {
  return ticks.map((tick) => tick.label);
}

/** ICU puts thin and no-break spaces in some labels; compare them as spaces. */
function spaced(label: string): string {
  return label.replace(/[\u00a0\u2009\u202f]/gu, " ");
}

/** Invariants every axis keeps, whatever the domain. */
function expectWellFormed(ticks: readonly AxisTick[], start: number, end: number, count = 8): void {
  expect(ticks.length).toBeLessThanOrEqual(Math.ceil(2.5 * count) + 2);
  ticks.forEach((tick, index) => {
    expect(Number.isFinite(tick.value)).toBe(true);
    expect(tick.value).toBeGreaterThanOrEqual(start);
    expect(tick.value).toBeLessThanOrEqual(end);
    if (index > 0) expect(tick.value).toBeGreaterThan(ticks[index - 1]!.value);
    expect(tick.label).not.toBe("");
    expect(tick.label).not.toMatch(/NaN|Infinity|undefined|-0\b|(^|\s)0 (AD|BC)|^0$/u);
    expect(typeof tick.major).toBe("boolean");
  });
}

const ZONES = ["UTC", "Asia/Kathmandu", "America/New_York"] as const;

interface Scale {
  name: string;
  from: Fields;
  /** Domain length in ms. */
  length: number;
  /** Whether a tick's wall-clock fields in the zone sit on a boundary of this scale. */
  onBoundary: (fields: CivilFields) => boolean;
}

const midnight = (f: CivilFields): boolean => f.hour === 0 && f.minute === 0 && f.second === 0 && f.millisecond === 0;
const yearBoundary = (f: CivilFields): boolean => midnight(f) && f.month === 1 && f.day === 1;

const CALENDAR_SCALES: readonly Scale[] = [
  {name: "milliseconds", from: {year: 2023, month: 10, day: 17, hour: 10, minute: 30, second: 15, millisecond: 3}, length: 40,
    onBoundary: (f) => f.millisecond % 5 === 0},
  {name: "seconds", from: {year: 2023, month: 10, day: 17, hour: 10, minute: 30, second: 7}, length: 100_000,
    onBoundary: (f) => f.millisecond === 0 && f.second % 15 === 0},
  {name: "minutes", from: {year: 2023, month: 10, day: 17, hour: 10, minute: 7}, length: 40 * 60_000,
    onBoundary: (f) => f.millisecond === 0 && f.second === 0 && f.minute % 5 === 0},
  {name: "hours", from: {year: 2023, month: 10, day: 17, hour: 7, minute: 10}, length: 20 * MS_PER_HOUR,
    onBoundary: (f) => f.minute === 0 && f.second === 0 && f.millisecond === 0 && f.hour % 3 === 0},
  {name: "days", from: {year: 2023, month: 10, day: 17, hour: 7}, length: 9 * 24 * MS_PER_HOUR, onBoundary: midnight},
  {name: "weeks", from: {year: 2023, month: 10, day: 17, hour: 7}, length: 60 * 24 * MS_PER_HOUR,
    onBoundary: (f) => midnight(f) && (civilDayOfWeek(f) === 1)},
  {name: "months", from: {year: 2023, month: 3, day: 17}, length: 300 * 24 * MS_PER_HOUR,
    onBoundary: (f) => midnight(f) && f.day === 1},
  {name: "quarters", from: {year: 2023, month: 3, day: 17}, length: 2 * 365 * 24 * MS_PER_HOUR,
    onBoundary: (f) => midnight(f) && f.day === 1 && (f.month - 1) % 3 === 0},
  {name: "years", from: {year: 2016, month: 5}, length: 8 * MS_PER_AVERAGE_YEAR, onBoundary: yearBoundary},
  {name: "decades", from: {year: 1923, month: 5}, length: 80 * MS_PER_AVERAGE_YEAR,
    onBoundary: (f) => yearBoundary(f) && f.year % 10 === 0},
  {name: "centuries", from: {year: 1250}, length: 800 * MS_PER_AVERAGE_YEAR,
    onBoundary: (f) => yearBoundary(f) && f.year % 100 === 0},
  {name: "millennia", from: {year: 9100}, length: 8000 * MS_PER_AVERAGE_YEAR,
    onBoundary: (f) => yearBoundary(f) && f.year % 1000 === 0}
];

/** ISO weekday, Monday = 1, from the calendar (1970-01-01 was a Thursday). */
function civilDayOfWeek(f: CivilFields): number {
  const days = Math.floor(msFromCivil({year: f.year, month: f.month, day: f.day}) / (24 * MS_PER_HOUR));
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

describe("timeTicks on calendar boundaries", () => {
  for (const scale of CALENDAR_SCALES) {
    for (const timeZone of ZONES) {
      it(`timeTicks puts ${scale.name} ticks on ${scale.name} boundaries of the wall clock in ${timeZone}`, () => {
        const start = at(scale.from, timeZone);
        const end = start + scale.length;
        const ticks = timeTicks(start, end, {timeZone});
        expect(ticks.length).toBeGreaterThanOrEqual(4);
        expectWellFormed(ticks, start, end);
        for (const tick of ticks) expect(scale.onBoundary(civilInZone(tick.value, timeZone))).toBe(true);
      });
    }
  }

  it("timeTicks puts month ticks in Asia/Kathmandu at local midnight on the 1st (18:15 UTC the day before)", () => {
    const timeZone = "Asia/Kathmandu";
    const ticks = timeTicks(at({year: 2023, month: 1, day: 10}, timeZone), at({year: 2023, month: 9, day: 10}, timeZone), {timeZone});
    expect(ticks.map((tick) => tick.value)).toEqual([2, 3, 4, 5, 6, 7, 8, 9].map((month) => at({year: 2023, month}, timeZone)));
    expect(new Date(ticks[0]!.value).toISOString()).toBe("2023-01-31T18:15:00.000Z");
  });

  it("timeTicks puts millions of years on round numbers of years ago", () => {
    const ticks = timeTicks(yearStart(-66_000_000), yearStart(2000));
    expectWellFormed(ticks, yearStart(-66_000_000), yearStart(2000));
    expect(labels(ticks)).toContain("60 million years ago");
    expect(labels(ticks)).toContain("10 million years ago");
  });

  it("timeTicks puts billions of years on round numbers of years ago", () => {
    const start = yearStart(-13.8e9);
    const end = yearStart(2025);
    const ticks = timeTicks(start, end);
    expectWellFormed(ticks, start, end);
    expect(labels(ticks)).toEqual([
      "12 billion years ago",
      "10 billion years ago",
      "8 billion years ago",
      "6 billion years ago",
      "4 billion years ago",
      "2 billion years ago",
      "0 years ago"
    ]);
    expect(ticks.filter((tick) => tick.major).map((tick) => tick.label)).toEqual(["10 billion years ago", "0 years ago"]);
  });
});

describe("timeTicks labels", () => {
  it("timeTicks labels day ticks as \"17 Oct\"", () => {
    const ticks = timeTicks(at({year: 2023, month: 10, day: 14}), at({year: 2023, month: 10, day: 21}));
    expect(labels(ticks)).toEqual(["14 Oct", "15 Oct", "16 Oct", "17 Oct", "18 Oct", "19 Oct", "20 Oct", "21 Oct"]);
    expect(ticks.some((tick) => tick.major)).toBe(false);
  });

  it("timeTicks names a new month among day ticks and marks it major", () => {
    const ticks = timeTicks(at({year: 2023, month: 9, day: 27}), at({year: 2023, month: 10, day: 4}));
    expect(labels(ticks)).toEqual(["27 Sept", "28 Sept", "29 Sept", "30 Sept", "Oct", "2 Oct", "3 Oct", "4 Oct"]);
    expect(ticks.map((tick) => tick.major)).toEqual([false, false, false, false, true, false, false, false]);
  });

  it("timeTicks names a new year among month ticks and marks it major", () => {
    const ticks = timeTicks(at({year: 2023, month: 9, day: 15}), at({year: 2024, month: 4, day: 15}));
    expect(labels(ticks)).toEqual(["Oct", "Nov", "Dec", "2024", "Feb", "Mar", "Apr"]);
    expect(ticks.filter((tick) => tick.major).map((tick) => tick.label)).toEqual(["2024"]);
  });

  it("timeTicks labels midnight among hour ticks with its date", () => {
    const ticks = timeTicks(at({year: 2023, month: 10, day: 17, hour: 13}), at({year: 2023, month: 10, day: 18, hour: 11}));
    expect(labels(ticks)).toEqual(["15:00", "18:00", "21:00", "18 Oct", "03:00", "06:00", "09:00"]);
    expect(ticks.filter((tick) => tick.major).map((tick) => tick.label)).toEqual(["18 Oct"]);
  });

  it("timeTicks labels minute ticks as \"10:30\" on the zone's wall clock", () => {
    const timeZone = "Asia/Shanghai";
    const start = at({year: 2023, month: 10, day: 17, hour: 10, minute: 20}, timeZone);
    const ticks = timeTicks(start, start + 40 * 60_000, {timeZone});
    expect(labels(ticks)).toEqual(["10:20", "10:25", "10:30", "10:35", "10:40", "10:45", "10:50", "10:55", "11:00"]);
    expect(ticks.filter((tick) => tick.major).map((tick) => tick.label)).toEqual(["11:00"]);
  });

  it("timeTicks labels millisecond ticks with fractional seconds and whole seconds as times", () => {
    const start = at({year: 2023, month: 10, day: 17, hour: 10, minute: 30, second: 14, millisecond: 100});
    const ticks = timeTicks(start, start + 2000, {count: 4});
    expect(labels(ticks)).toEqual(["14.500", "10:30:15", "15.500", "10:30:16"]);
    expect(ticks.map((tick) => tick.major)).toEqual([false, true, false, true]);
  });

  it("timeTicks labels year 12345 as \"12345\" (d3's %Y would print \"2345\")", () => {
    const ticks = timeTicks(yearStart(12340), yearStart(12350), {count: 10});
    expect(labels(ticks)).toContain("12345");
    expect(labels(ticks)).not.toContain("2345");
  });

  it("timeTicks labels astronomical year -43 as \"44 BC\"", () => {
    const ticks = timeTicks(yearStart(-50), yearStart(-40), {count: 10});
    expect(labels(ticks)).toContain("44 BC");
    expect(labels(ticks).join(" ")).not.toMatch(/-0?0?43/u);
  });

  it("timeTicks goes from 1 BC to 1 AD with no year 0", () => {
    const ticks = timeTicks(yearStart(-3), yearStart(4), {count: 8});
    expect(labels(ticks)).toEqual(["4 BC", "3 BC", "2 BC", "1 BC", "1 AD", "2 AD", "3 AD", "4 AD"]);
  });

  it("timeTicks counts BC centuries as historians do, with AD 1 standing in for year 0", () => {
    const ticks = timeTicks(yearStart(-499), yearStart(500));
    expect(labels(ticks)).toEqual(["500 BC", "400 BC", "300 BC", "200 BC", "100 BC", "1 AD", "100 AD", "200 AD", "300 AD", "400 AD", "500 AD"]);
  });

  it("timeTicks labels years 1–99 with their era, never as 19xx", () => {
    const ticks = timeTicks(yearStart(40), yearStart(60), {count: 4});
    expect(labels(ticks)).toEqual(["40 AD", "45 AD", "50 AD", "55 AD", "60 AD"]);
  });

  it("timeTicks labels years from 1000 on without an era", () => {
    expect(labels(timeTicks(yearStart(1900), yearStart(2000)))).toEqual([
      "1900", "1910", "1920", "1930", "1940", "1950", "1960", "1970", "1980", "1990", "2000"
    ]);
  });

  it("timeTicks localizes labels in ru and zh", () => {
    const start = at({year: 2023, month: 9, day: 15});
    const end = at({year: 2024, month: 4, day: 15});
    const english = labels(timeTicks(start, end));
    const russian = labels(timeTicks(start, end, {locale: "ru"}));
    const chinese = labels(timeTicks(start, end, {locale: "zh"}));
    expect(russian).toEqual(["окт.", "нояб.", "дек.", "2024", "февр.", "март", "апр."]);
    expect(chinese).toEqual(["10月", "11月", "12月", "2024年", "2月", "3月", "4月"]);
    expect(russian).not.toEqual(english);
  });

  it("timeTicks labels Gregorian years in locales whose default calendar differs (th, fa)", () => {
    expect(labels(timeTicks(yearStart(2020), yearStart(2028), {locale: "th"}))).toContain("2024");
    expect(labels(timeTicks(yearStart(2020), yearStart(2028), {locale: "fa"}))).toContain("۲۰۲۴");
  });

  it("timeTicks labels 44 BC in ru and zh with their own era names", () => {
    const ticks = (locale: string): string[] => labels(timeTicks(yearStart(-50), yearStart(-40), {locale, count: 10})).map(spaced);
    expect(ticks("ru")).toContain("44 г. до н. э.");
    expect(ticks("zh")).toContain("公元前44年");
  });

  it("timeTicks falls back to en-GB and UTC for a bad locale and zone", () => {
    const start = at({year: 2023, month: 10, day: 14});
    const end = at({year: 2023, month: 10, day: 21});
    expect(timeTicks(start, end, {locale: "not a locale!", timeZone: "Mars/Olympus"})).toEqual(timeTicks(start, end));
  });
});

describe("timeTicks across DST in America/New_York", () => {
  const timeZone = "America/New_York";
  const hoursOf = (ticks: readonly AxisTick[]): number[] => ticks.map((tick) => civilInZone(tick.value, timeZone).hour);

  it("timeTicks skips only 02:00 on the day clocks spring forward", () => {
    const start = at({year: 2021, month: 3, day: 14}, timeZone);
    const end = at({year: 2021, month: 3, day: 15}, timeZone);
    const ticks = timeTicks(start, end, {timeZone, count: 24});
    expectWellFormed(ticks, start, end, 24);
    expect(hoursOf(ticks)).toEqual([0, 1, ...Array.from({length: 21}, (_, i) => i + 3), 0]);
    expect(new Set(labels(ticks)).size).toBe(ticks.length);
    expect(labels(ticks).slice(0, 3)).toEqual(["14 Mar", "01:00", "03:00"]);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.value - ticks[i - 1]!.value).toBe(MS_PER_HOUR);
  });

  it("timeTicks repeats only 01:00 on the day clocks fall back", () => {
    const start = at({year: 2021, month: 11, day: 7}, timeZone);
    const end = at({year: 2021, month: 11, day: 8}, timeZone);
    const ticks = timeTicks(start, end, {timeZone, count: 24});
    expectWellFormed(ticks, start, end, 24);
    expect(hoursOf(ticks)).toEqual([0, 1, 1, ...Array.from({length: 22}, (_, i) => i + 2), 0]);
    expect(labels(ticks).filter((label) => label === "01:00")).toHaveLength(2);
    expect(new Set(labels(ticks)).size).toBe(ticks.length - 1);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.value - ticks[i - 1]!.value).toBe(MS_PER_HOUR);
  });

  it("timeTicks keeps day ticks at local midnight across a DST change", () => {
    const start = at({year: 2021, month: 3, day: 10}, timeZone);
    const end = at({year: 2021, month: 3, day: 17}, timeZone);
    for (const tick of timeTicks(start, end, {timeZone})) expect(midnight(civilInZone(tick.value, timeZone))).toBe(true);
  });
});

describe("timeTicks bounds", () => {
  it("timeTicks gives a bounded axis for the domain from year -271821 to +275760", () => {
    const start = yearStart(-271821);
    const end = yearStart(275760);
    const ticks = timeTicks(start, end);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expectWellFormed(ticks, start, end);
  });

  it("timeTicks gives a bounded axis for the whole range Date holds, labelled in eras", () => {
    const ticks = timeTicks(yearStart(-271820), yearStart(275759));
    expectWellFormed(ticks, yearStart(-271820), yearStart(275759));
    expect(labels(ticks)).toEqual(["200000 BC", "100000 BC", "1 AD", "100000 AD", "200000 AD"]);
  });

  it("timeTicks gives no ticks for an empty, reversed, infinite or NaN domain", () => {
    expect(timeTicks(1000, 1000)).toEqual([]);
    expect(timeTicks(2000, 1000)).toEqual([]);
    expect(timeTicks(-Infinity, 1000)).toEqual([]);
    expect(timeTicks(0, Infinity)).toEqual([]);
    expect(timeTicks(Number.NaN, 1000)).toEqual([]);
  });

  it("timeTicks stays bounded and finite for a domain of ±1e308 ms", () => {
    const ticks = timeTicks(-1e308, 1e308);
    expectWellFormed(ticks, -1e308, 1e308);
    for (const tick of ticks) expect(tick.label.length).toBeLessThan(40);
  });

  it("timeTicks gives more ticks for a larger count, never more than about twice the count", () => {
    const start = at({year: 2023, month: 1});
    const end = at({year: 2024, month: 1});
    const few = timeTicks(start, end, {count: 3});
    const many = timeTicks(start, end, {count: 30});
    expect(many.length).toBeGreaterThan(few.length);
    expect(few.length).toBeLessThanOrEqual(6);
    expect(many.length).toBeLessThanOrEqual(60);
  });

  it("timeTicks treats a missing, zero, negative or NaN count sanely", () => {
    const start = at({year: 2023, month: 1});
    const end = at({year: 2024, month: 1});
    expect(timeTicks(start, end, {count: Number.NaN})).toEqual(timeTicks(start, end));
    for (const count of [0, -5, 0.5]) {
      const ticks = timeTicks(start, end, {count});
      expect(ticks.length).toBeLessThanOrEqual(4);
      expectWellFormed(ticks, start, end, 1);
    }
  });

  it("timeTicks keeps its invariants for any domain, zone and count (property)", () => {
    const zones = ["UTC", "Asia/Kathmandu", "America/New_York", "Australia/Lord_Howe", "Pacific/Kiritimati", "Asia/Shanghai"];
    fc.assert(
      fc.property(
        fc.double({min: -8e15, max: 8e15, noNaN: true}),
        fc.double({min: 0, max: 17, noNaN: true}),
        fc.constantFrom(...zones),
        fc.integer({min: 1, max: 30}),
        (start, logLength, timeZone, count) => {
          const end = start + 10 ** logLength;
          const ticks = timeTicks(start, end, {timeZone, count});
          expectWellFormed(ticks, start, end, count);
        }
      ),
      {seed: 20231017, numRuns: 400}
    );
  });
});
