import {describe, expect, it} from "vitest";
import {MS_PER_DAY, MS_PER_HOUR, msFromCivil, yearStart, type CivilFields} from "../../src/time/calendar.js";
import {formatDuration, formatSpan} from "../../src/time/formatSpan.js";
import type {Precision, TimeSpan} from "../../src/time/span.js";
import {wallTimeToUtc} from "../../src/time/zone.js";

// Spans are built with calendar.ts (never Date parsing), in UTC unless a zone is named.

function span(start: number, end: number, precision: Precision, flags: Partial<TimeSpan> = {}): TimeSpan {
  return {
    start,
    end,
    precision,
    approximate: false,
    uncertain: false,
    openStart: false,
    openEnd: false,
    unknownStart: false,
    unknownEnd: false,
    ...flags
  };
}

type Fields = Partial<CivilFields> & {year: number};

/** The instant of wall-clock fields in a zone. */
function at(fields: Fields, timeZone = "UTC"): number {
  return wallTimeToUtc(msFromCivil(fields), timeZone).utc;
}

function days(year: number, month: number, day: number, count = 1, timeZone = "UTC"): TimeSpan {
  const start = at({year, month, day}, timeZone);
  return span(start, at({year, month, day: day + count}, timeZone), "day");
}

function month(year: number, monthOfYear: number): TimeSpan {
  return span(at({year, month: monthOfYear}), at({year, month: monthOfYear + 1}), "month");
}

function years(first: number, count: number, precision: Precision = "year", flags: Partial<TimeSpan> = {}): TimeSpan {
  return span(yearStart(first), yearStart(first + count), precision, flags);
}

function year(value: number, flags: Partial<TimeSpan> = {}): TimeSpan {
  return years(value, 1, "year", flags);
}

/** ICU puts thin and no-break spaces in some labels ("30 Oct\u2009–\u20092 Nov"); compare them as spaces. */
function spaced(label: string): string {
  return label.replace(/[\u00a0\u2009\u202f]/gu, " ");
}

describe("formatSpan at each precision", () => {
  it("formatSpan labels a day-precision span as \"17 Mar 2023\"", () => {
    expect(formatSpan(days(2023, 3, 17))).toBe("17 Mar 2023");
  });

  it("formatSpan labels a two-day span as \"17–18 Oct 2023\"", () => {
    expect(formatSpan(days(2023, 10, 17, 2))).toBe("17–18 Oct 2023");
  });

  it("formatSpan keeps the spaces around a dash between longer phrases", () => {
    expect(spaced(formatSpan(days(2023, 10, 30, 4)))).toBe("30 Oct – 2 Nov 2023");
  });

  it("formatSpan labels a month-precision span as \"March 2023\"", () => {
    expect(formatSpan(month(2023, 3))).toBe("March 2023");
  });

  it("formatSpan labels a range of months as \"March – May 2023\"", () => {
    expect(spaced(formatSpan(span(at({year: 2023, month: 3}), at({year: 2023, month: 6}), "month")))).toBe("March – May 2023");
  });

  it("formatSpan labels a year-precision span as \"2023\"", () => {
    expect(formatSpan(year(2023))).toBe("2023");
  });

  it("formatSpan labels a range of years as \"2016–2018\"", () => {
    expect(formatSpan(years(2016, 3))).toBe("2016–2018");
  });

  it("formatSpan labels a minute-precision span as \"17 Oct 2023, 10:30\"", () => {
    const start = at({year: 2023, month: 10, day: 17, hour: 10, minute: 30});
    expect(formatSpan(span(start, start + 60_000, "minute"))).toBe("17 Oct 2023, 10:30");
  });

  it("formatSpan labels a second-precision span with its seconds", () => {
    const start = at({year: 2023, month: 10, day: 17, hour: 10, minute: 30, second: 15});
    expect(formatSpan(span(start, start + 1000, "second"))).toBe("17 Oct 2023, 10:30:15");
  });

  it("formatSpan labels an hour-precision span by the hour, not its last minute", () => {
    const start = at({year: 2023, month: 10, day: 17, hour: 10});
    expect(formatSpan(span(start, start + MS_PER_HOUR, "hour"))).toBe("17 Oct 2023, 10:00");
  });

  it("formatSpan labels a range of times on one day once: \"17 Oct 2023, 10:00–15:00\"", () => {
    const start = at({year: 2023, month: 10, day: 17, hour: 10});
    const end = at({year: 2023, month: 10, day: 17, hour: 15, minute: 1});
    expect(formatSpan(span(start, end, "minute"))).toBe("17 Oct 2023, 10:00–15:00");
  });

  it("formatSpan labels a season as \"Spring 2001\"", () => {
    expect(formatSpan(span(at({year: 2001, month: 3}), at({year: 2001, month: 6}), "season"))).toBe("Spring 2001");
  });

  it("formatSpan names winter by the year it starts in", () => {
    expect(formatSpan(span(at({year: 2001, month: 12}), at({year: 2002, month: 3}), "season"))).toBe("Winter 2001");
  });

  it("formatSpan labels a decade as \"the 1980s\"", () => {
    expect(formatSpan(years(1980, 10, "decade"))).toBe("the 1980s");
  });

  it("formatSpan labels a century (19XX) as \"the 1900s\"", () => {
    expect(formatSpan(years(1900, 100, "century"))).toBe("the 1900s");
  });

  it("formatSpan labels a millennium (1XXX) as \"the 1000s\"", () => {
    expect(formatSpan(years(1000, 1000, "millennium"))).toBe("the 1000s");
  });

  it("formatSpan labels a BCE decade as a year range", () => {
    expect(formatSpan(years(-199, 10, "decade"))).toBe("200–191 BC");
  });
});

describe("formatSpan qualifiers", () => {
  it("formatSpan labels an approximate year as \"c. 2023\"", () => {
    expect(formatSpan(year(2023, {approximate: true}))).toBe("c. 2023");
  });

  it("formatSpan labels an uncertain year as \"2023?\"", () => {
    expect(formatSpan(year(2023, {uncertain: true}))).toBe("2023?");
  });

  it("formatSpan labels an approximate and uncertain year as \"c. 2023?\"", () => {
    expect(formatSpan(year(2023, {approximate: true, uncertain: true}))).toBe("c. 2023?");
  });

  it("formatSpan qualifies with language-neutral marks outside English: \"~2023?\"", () => {
    expect(formatSpan(year(2023, {approximate: true, uncertain: true}), {locale: "ru"})).toBe("~2023?");
  });

  it("formatSpan qualifies a range as a whole: \"c. 17–18 Oct 2023?\"", () => {
    expect(formatSpan({...days(2023, 10, 17, 2), approximate: true, uncertain: true})).toBe("c. 17–18 Oct 2023?");
  });
});

describe("formatSpan eras and unusual years", () => {
  it("formatSpan labels astronomical year -43 as \"44 BC\"", () => {
    const label = formatSpan(year(-43));
    expect(label).toBe("44 BC");
    expect(label).not.toContain("-");
  });

  it("formatSpan labels year 0 as \"1 BC\", never year 0", () => {
    expect(formatSpan(year(0))).toBe("1 BC");
  });

  it("formatSpan labels the Ides of March as \"15 Mar 44 BC\"", () => {
    expect(formatSpan(days(-43, 3, 15))).toBe("15 Mar 44 BC");
  });

  it("formatSpan labels a range across the eras as \"44 BC – 14 AD\"", () => {
    expect(spaced(formatSpan(span(yearStart(-43), yearStart(15), "year")))).toBe("44 BC – 14 AD");
  });

  it("formatSpan labels year 50 with its era, never as 1950", () => {
    const label = formatSpan(year(50));
    expect(label).toBe("50 AD");
    expect(label).not.toContain("1950");
  });

  it("formatSpan labels a day in year 5 with its era", () => {
    expect(formatSpan(days(5, 6, 1))).toBe("1 Jun 5 AD");
  });

  it("formatSpan labels year 12345 as \"12345\"", () => {
    expect(formatSpan(year(12345))).toBe("12345");
  });

  it("formatSpan labels the last whole year Date holds, 275759", () => {
    expect(formatSpan(year(275759))).toBe("275759");
  });
});

describe("formatSpan open and unknown ends", () => {
  it("formatSpan labels an open end as \"from March 2023\"", () => {
    expect(formatSpan(span(at({year: 2023, month: 3}), Infinity, "month", {openEnd: true}))).toBe("from March 2023");
  });

  it("formatSpan labels an open start as \"until 2016\"", () => {
    expect(formatSpan(span(-Infinity, yearStart(2017), "year", {openStart: true}))).toBe("until 2016");
  });

  it("formatSpan labels an unknown start as \"? – 2016\"", () => {
    expect(formatSpan(span(-Infinity, yearStart(2017), "year", {unknownStart: true}))).toBe("? – 2016");
  });

  it("formatSpan labels an unknown end as \"March 2023 – ?\"", () => {
    expect(formatSpan(span(at({year: 2023, month: 3}), Infinity, "month", {unknownEnd: true}))).toBe("March 2023 – ?");
  });

  it("formatSpan labels open ends with a neutral mark outside English", () => {
    expect(formatSpan(span(-Infinity, yearStart(2017), "year", {openStart: true}), {locale: "ru"})).toBe("… – 2016");
  });

  it("formatSpan qualifies the known date of a half-open span: \"from c. 2016\"", () => {
    expect(formatSpan(span(yearStart(2016), Infinity, "year", {openEnd: true, approximate: true}))).toBe("from c. 2016");
  });

  it("formatSpan labels a span with no known date as \"? – ?\"", () => {
    expect(formatSpan(span(-Infinity, Infinity, "year", {unknownStart: true, unknownEnd: true}))).toBe("? – ?");
  });

  it("formatSpan never shows NaN, treating a NaN bound as unknown", () => {
    expect(formatSpan(span(Number.NaN, Number.NaN, "day"))).toBe("? – ?");
    expect(formatSpan(span(yearStart(2016), Number.NaN, "year"))).toBe("2016 – ?");
  });
});

describe("formatSpan deep time", () => {
  it("formatSpan labels 13.8 billion years ago as \"13.8 billion years ago\"", () => {
    expect(formatSpan(year(-13.8e9))).toBe("13.8 billion years ago");
  });

  it("formatSpan labels a deep-time range in one frame: \"4.6 billion – 4 billion years ago\"", () => {
    expect(formatSpan(span(yearStart(-4.6e9), yearStart(-4.0e9), "year"))).toBe("4.6 billion – 4 billion years ago");
  });

  it("formatSpan labels the deep future as \"in 2 million years\"", () => {
    expect(formatSpan(year(2_000_000))).toBe("in 2 million years");
  });

  it("formatSpan switches to years ago just outside the years Date holds", () => {
    expect(formatSpan(year(-271821))).toBe("274 thousand years ago");
    expect(formatSpan(year(-271820))).toBe("271821 BC");
  });

  it("formatSpan labels a span from deep time to a calendar date with both styles", () => {
    expect(formatSpan(span(yearStart(-300_000), yearStart(2024), "year"))).toBe("302 thousand years ago – 2023");
  });

  it("formatSpan localizes deep time in ru and zh", () => {
    expect(formatSpan(year(-13.8e9), {locale: "ru"})).toBe("13,8 миллиарда лет назад");
    expect(formatSpan(year(-13.8e9), {locale: "zh"})).toBe("138亿年前");
  });

  it("formatSpan keeps absurdly remote years short with scientific notation", () => {
    const label = formatSpan(span(-1e300, -1e300 + 1e290, "year"));
    expect(label.length).toBeLessThan(40);
    expect(label).toMatch(/E\d+ years ago$/);
  });
});

describe("formatSpan locales", () => {
  for (const locale of ["ru", "zh", "ar"]) {
    it(`formatSpan labels in ${locale}: non-empty, different from English, with the year's digits`, () => {
      for (const item of [days(2023, 3, 17), days(2023, 10, 17, 2), month(2023, 3)]) {
        const label = formatSpan(item, {locale});
        expect(label).not.toBe("");
        expect(label).not.toBe(formatSpan(item));
        expect(label).toMatch(/2023|٢٠٢٣/);
      }
    });
  }

  it("formatSpan labels 17 Mar 2023 in ru as \"17 мар. 2023 г.\" and in zh as \"2023年3月17日\"", () => {
    expect(formatSpan(days(2023, 3, 17), {locale: "ru"})).toBe("17 мар. 2023 г.");
    expect(formatSpan(days(2023, 3, 17), {locale: "zh"})).toBe("2023年3月17日");
  });

  it("formatSpan labels 44 BC in ru and zh with their own era names", () => {
    expect(spaced(formatSpan(year(-43), {locale: "ru"}))).toBe("44 г. до н. э.");
    expect(formatSpan(year(-43), {locale: "zh"})).toBe("公元前44年");
  });

  it("formatSpan labels seasons and decades outside English as Intl ranges", () => {
    expect(spaced(formatSpan(span(at({year: 2001, month: 3}), at({year: 2001, month: 6}), "season"), {locale: "ru"}))).toBe(
      "март 2001 г. – май 2001 г."
    );
    expect(formatSpan(years(1980, 10, "decade"), {locale: "de"})).toBe("1980–1989");
  });

  it("formatSpan keeps Gregorian years in locales whose default calendar differs (th, fa)", () => {
    expect(formatSpan(days(2023, 10, 17, 2), {locale: "th"})).toMatch(/2023$/u);
    expect(formatSpan(year(2023), {locale: "fa"})).toBe("۲۰۲۳");
  });

  it("formatSpan follows the locale's order in en-US: \"Oct 17–18, 2023\"", () => {
    expect(formatSpan(days(2023, 10, 17, 2), {locale: "en-US"})).toBe("Oct 17–18, 2023");
  });

  it("formatSpan falls back to en-GB for an unsupported or malformed locale", () => {
    expect(formatSpan(days(2023, 3, 17), {locale: "xx"})).toBe("17 Mar 2023");
    expect(formatSpan(days(2023, 3, 17), {locale: "not a locale!"})).toBe("17 Mar 2023");
  });
});

describe("formatSpan time zones", () => {
  it("formatSpan reads a day starting 2023-10-16T16:00Z in Asia/Shanghai as \"17 Oct 2023\"", () => {
    const start = msFromCivil({year: 2023, month: 10, day: 16, hour: 16});
    expect(formatSpan(span(start, start + MS_PER_DAY, "day"), {timeZone: "Asia/Shanghai"})).toBe("17 Oct 2023");
  });

  it("formatSpan labels the same instant on different days in UTC and Asia/Shanghai", () => {
    const instant = msFromCivil({year: 2023, month: 10, day: 16, hour: 17, minute: 30});
    const point = span(instant, instant + 60_000, "minute");
    expect(formatSpan(point)).toBe("16 Oct 2023, 17:30");
    expect(formatSpan(point, {timeZone: "Asia/Shanghai"})).toBe("17 Oct 2023, 01:30");
  });

  it("formatSpan reads a UTC day in Asia/Shanghai as the two local days it touches", () => {
    expect(formatSpan(days(2023, 10, 17), {timeZone: "Asia/Shanghai"})).toBe("17–18 Oct 2023");
  });

  it("formatSpan reads a year parsed in Asia/Shanghai as that year on a UTC timeline", () => {
    const start = at({year: 2023}, "Asia/Shanghai");
    expect(formatSpan(span(start, at({year: 2024}, "Asia/Shanghai"), "year"))).toBe("2023");
  });

  it("formatSpan falls back to UTC for an unknown zone", () => {
    const instant = at({year: 2023, month: 10, day: 17, hour: 10, minute: 30});
    expect(formatSpan(span(instant, instant + 60_000, "minute"), {timeZone: "Mars/Olympus"})).toBe("17 Oct 2023, 10:30");
  });

  it("formatSpan labels a month in Asia/Kathmandu from local midnight on the 1st", () => {
    const start = at({year: 2023, month: 3}, "Asia/Kathmandu");
    const end = at({year: 2023, month: 4}, "Asia/Kathmandu");
    expect(formatSpan(span(start, end, "month"), {timeZone: "Asia/Kathmandu"})).toBe("March 2023");
  });
});

describe("formatDuration", () => {
  it("formatDuration gives \"2 days\" for a two-day span", () => {
    expect(formatDuration(days(2023, 10, 17, 2))).toBe("2 days");
  });

  it("formatDuration gives \"3 hours\" for three hours", () => {
    const start = at({year: 2023, month: 10, day: 17, hour: 10});
    expect(formatDuration(span(start, start + 3 * MS_PER_HOUR, "hour"))).toBe("3 hours");
  });

  it("formatDuration gives \"1.5 hours\" for ninety minutes that start mid-hour", () => {
    const start = at({year: 2023, month: 10, day: 17, hour: 10, minute: 15, second: 30});
    expect(formatDuration(span(start, start + 1.5 * MS_PER_HOUR + 1, "millisecond"))).toBe("1.5 hours");
  });

  it("formatDuration gives \"5 years\", \"1 month\" and \"10 years\" for calendar units", () => {
    expect(formatDuration(years(2016, 5))).toBe("5 years");
    expect(formatDuration(month(2023, 2))).toBe("1 month");
    expect(formatDuration(years(1980, 10, "decade"))).toBe("10 years");
  });

  it("formatDuration counts the day clocks spring forward in America/New_York as \"1 day\"", () => {
    expect(formatDuration(days(2021, 3, 14, 1, "America/New_York"), {timeZone: "America/New_York"})).toBe("1 day");
  });

  it("formatDuration gives \"13.8 billion years\" in deep time", () => {
    expect(formatDuration(span(yearStart(-13.8e9), yearStart(2000), "year"))).toBe("13.8 billion years");
  });

  it("formatDuration localizes through Intl.NumberFormat: \"2 дня\"", () => {
    expect(formatDuration(days(2023, 10, 17, 2), {locale: "ru"})).toBe("2 дня");
  });

  it("formatDuration gives \"\" for open, unknown and empty spans", () => {
    expect(formatDuration(span(yearStart(2016), Infinity, "year", {openEnd: true}))).toBe("");
    expect(formatDuration(span(yearStart(2016), yearStart(2016), "year"))).toBe("");
    expect(formatDuration(span(Number.NaN, yearStart(2016), "year"))).toBe("");
  });

  it("formatDuration and formatSpan make the accessible name \"17–18 Oct 2023, 2 days\"", () => {
    const visit = days(2023, 10, 17, 2);
    expect(`${formatSpan(visit)}, ${formatDuration(visit)}`).toBe("17–18 Oct 2023, 2 days");
  });
});
