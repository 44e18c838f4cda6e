import {describeValue} from "../model/errors.js";
import {civilFromMs, MAX_DATE_MS, type CivilFields, MS_PER_DAY, MS_PER_MINUTE, MS_PER_SECOND} from "./calendar.js";
import {invalidDate, outOfRange} from "./dateErrors.js";
import {isTimeOfDayPrecision, type CivilReading, type DateNotice} from "./dateReading.js";
import {endsWithLeapSecond} from "./leapSeconds.js";
import type {TimeSpan} from "./span.js";
import {civilInZone, wallTimeToUtc, type WallTimeResolution} from "./zone.js";

/**
 * Puts a reading on the UTC axis. A written offset is absolute; anything else is
 * a wall-clock time in `timeZone`. Days and coarser units run from the zone's
 * midnight to its next one (so a date keeps its calendar day in any zone, and a
 * day of a DST change is 23 or 25 hours); hours and finer are fixed lengths from
 * the instant their start maps to. Notices go to `notices`.
 */
export function placeReading(reading: CivilReading, timeZone: string, notices: DateNotice[]): TimeSpan {
  let start: number;
  let end: number;
  if (reading.offsetMinutes !== undefined) {
    const offset = reading.offsetMinutes * MS_PER_MINUTE;
    start = reading.wallStart - offset;
    end = reading.wallEnd - offset;
  } else if (timeZone === "UTC") {
    start = reading.wallStart;
    end = reading.wallEnd;
  } else if (isTimeOfDayPrecision(reading.precision)) {
    const placed = wallTimeToUtc(reading.wallStart, timeZone);
    start = placed.utc;
    end = start + (reading.wallEnd - reading.wallStart);
    if (placed.resolution !== "exact") notices.push(dstNotice(reading.text, placed.resolution, start, timeZone));
  } else {
    // A midnight in a gap only means that the day starts later: no notice.
    start = wallTimeToUtc(reading.wallStart, timeZone).utc;
    end = wallTimeToUtc(reading.wallEnd, timeZone).utc;
  }
  if (reading.leapSecond) notices.push(leapSecondNotice(reading.text, start));
  if (!isYearScale(reading) && (start < -MAX_DATE_MS || start > MAX_DATE_MS)) {
    throw outOfRange(
      reading.text,
      "is beyond the range of Date (years -271821 to 275760); give only the year (-300000 or Y-300000) for deep time"
    );
  }
  return {
    start,
    end,
    precision: reading.precision,
    approximate: reading.approximate,
    uncertain: reading.uncertain,
    openStart: false,
    openEnd: false,
    unknownStart: false,
    unknownEnd: false
  };
}

/** Years and coarser units are drawn on a year scale, so they may lie beyond `Date`. */
function isYearScale(reading: CivilReading): boolean {
  const p = reading.precision;
  return p === "year" || p === "decade" || p === "century" || p === "millennium" || p === "tenMillennia";
}

function dstNotice(text: string, resolution: Exclude<WallTimeResolution, "exact">, start: number, timeZone: string): DateNotice {
  if (resolution === "gap") {
    return {
      code: "DST_GAP",
      message: `${describeValue(text)} does not exist in ${timeZone} (the clocks skip it); read as ${formatTime(civilInZone(start, timeZone))} local time (${formatUtc(start)}), after the gap`
    };
  }
  return {
    code: "DST_OVERLAP",
    message: `${describeValue(text)} happens twice in ${timeZone} (the clocks repeat it); read as the earlier one, ${formatUtc(start)}`
  };
}

/** Second 60 stands only where UTC had a leap second; it becomes second 59, since the axis (like `Date`) has none. */
function leapSecondNotice(text: string, start: number): DateNotice {
  const startOfSecond = Math.floor(start / MS_PER_SECOND) * MS_PER_SECOND;
  const day = Math.floor(startOfSecond / MS_PER_DAY);
  if (startOfSecond - day * MS_PER_DAY !== MS_PER_DAY - MS_PER_SECOND || !endsWithLeapSecond(day)) {
    throw invalidDate(text, "has second 60, which exists only in a leap second (23:59:60 UTC at the end of a leap-second day)");
  }
  return {code: "LEAP_SECOND", message: `${describeValue(text)} is a leap second; read as ${formatUtc(start)}, since the time axis has no leap seconds`};
}

function formatUtc(ms: number): string {
  const f = civilFromMs(ms);
  const year = `${f.year < 0 ? "-" : ""}${String(Math.abs(f.year)).padStart(4, "0")}`;
  return `${year}-${pad(f.month)}-${pad(f.day)}T${formatTime(f)}Z`;
}

function formatTime(f: CivilFields): string {
  return `${pad(f.hour)}:${pad(f.minute)}${f.second || f.millisecond ? `:${pad(f.second)}` : ""}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
