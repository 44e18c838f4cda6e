import {civilFromDays, MS_PER_DAY, msFromCivil, yearStart} from "./calendar.js";
import type {TickStep} from "./tickSteps.js";
import {civilInZone, wallTimeToUtc, zoneOffsetAt} from "./zone.js";

/**
 * Tick instants on calendar boundaries as seen on a zone's wall clock: local
 * midnight, the 1st of the month, 1 January. Each tick keeps the wall-clock
 * time it stands for, which its label is chosen from (a midnight skipped by
 * a DST gap is still the start of its day). Values are strictly increasing,
 * inside [start, end], and at most `limit` of them.
 */

export interface CalendarTick {
  /** The instant, ms since the epoch (UTC). */
  readonly value: number;
  /** The wall-clock time it stands for, as `msFromCivil` of local fields. */
  readonly wall: number;
}

export function calendarTicks(start: number, end: number, step: TickStep, timeZone: string, limit: number): CalendarTick[] {
  switch (step.unit) {
    case "millisecond":
    case "second":
    case "minute":
    case "hour":
      return fixedLengthTicks(start, end, step.approximateMs, timeZone, limit);
    case "day":
      return dayTicks(start, end, step.every === 1 ? () => true : (day) => civilFromDays(day).day % step.every === 1, 1, timeZone, limit);
    case "week":
      return dayTicks(start, end, isMonday, 7, timeZone, limit);
    case "month":
      return monthTicks(start, end, step.every, timeZone, limit);
    case "year":
      return yearTicks(start, end, step.every, timeZone, limit);
  }
}

/** Collects ticks in order, keeping only those inside the domain and after the last one. */
class TickCollector {
  readonly ticks: CalendarTick[] = [];
  constructor(private readonly start: number, private readonly end: number, private readonly limit: number) {}

  get full(): boolean {
    return this.ticks.length >= this.limit;
  }

  add(value: number, wall: number): void {
    const previous = this.ticks[this.ticks.length - 1];
    if (value < this.start || value > this.end || (previous && value <= previous.value) || this.full) return;
    this.ticks.push({value, wall});
  }
}

/**
 * Sub-day steps (all divide a day) advance in absolute time, like the clock:
 * when clocks spring forward, 02:00 is skipped; when they fall back, 01:00
 * appears twice. After an offset change, ticks realign to the wall clock
 * (a zone moving from +05:30 to +05:45 keeps its hour ticks on the hour).
 */
function fixedLengthTicks(start: number, end: number, size: number, timeZone: string, limit: number): CalendarTick[] {
  const collector = new TickCollector(start, end, limit);
  let offset = zoneOffsetAt(start, timeZone);
  let value = alignToWallClock(start, size, offset);
  for (let guard = 0; value <= end && !collector.full && guard < 4 * limit + 16; guard++) {
    const offsetHere = zoneOffsetAt(value, timeZone);
    if (offsetHere !== offset) {
      offset = offsetHere;
      const aligned = alignToWallClock(value, size, offset);
      if (aligned !== value) {
        value = aligned;
        continue;
      }
    }
    collector.add(value, value + offset);
    value += size;
  }
  return collector.ticks;
}

/** The first instant at or after `ms` whose wall-clock time is a multiple of `size`. */
function alignToWallClock(ms: number, size: number, offset: number): number {
  return Math.ceil((ms + offset) / size) * size - offset;
}

/** 1970-01-01 was a Thursday; weeks start on Monday (ISO 8601), whatever the locale. */
function isMonday(day: number): boolean {
  return (((day + 3) % 7) + 7) % 7 === 0;
}

/** Local midnights of the days that pass `keep`, visiting every `stride`-th day. */
function dayTicks(
  start: number,
  end: number,
  keep: (day: number) => boolean,
  stride: number,
  timeZone: string,
  limit: number
): CalendarTick[] {
  const collector = new TickCollector(start, end, limit);
  const lastDay = Math.floor((end + zoneOffsetAt(end, timeZone)) / MS_PER_DAY);
  let day = Math.floor((start + zoneOffsetAt(start, timeZone)) / MS_PER_DAY);
  while (stride > 1 && !keep(day)) day++;
  for (; day <= lastDay && !collector.full; day += stride) {
    if (!keep(day)) continue;
    const wall = day * MS_PER_DAY;
    collector.add(wallTimeToUtc(wall, timeZone).utc, wall);
  }
  return collector.ticks;
}

/** Local midnight on the 1st of every `every`-th month, counted from January. */
function monthTicks(start: number, end: number, every: number, timeZone: string, limit: number): CalendarTick[] {
  const collector = new TickCollector(start, end, limit);
  const from = civilInZone(start, timeZone);
  const to = civilInZone(end, timeZone);
  const lastIndex = to.year * 12 + (to.month - 1);
  for (let index = from.year * 12 + (from.month - 1); index <= lastIndex && !collector.full; index++) {
    const monthOfYear = index - Math.floor(index / 12) * 12;
    if (monthOfYear % every !== 0) continue;
    const wall = msFromCivil({year: Math.floor(index / 12), month: monthOfYear + 1});
    collector.add(wallTimeToUtc(wall, timeZone).utc, wall);
  }
  return collector.ticks;
}

/** Local midnight on 1 January of the years `historicalTickYears` picks. */
function yearTicks(start: number, end: number, every: number, timeZone: string, limit: number): CalendarTick[] {
  const collector = new TickCollector(start, end, limit);
  const years = historicalTickYears(civilInZone(start, timeZone).year, civilInZone(end, timeZone).year, every, limit + 2);
  for (const year of years) {
    const wall = yearStart(year);
    collector.add(wallTimeToUtc(wall, timeZone).utc, wall);
  }
  return collector.ticks;
}

/**
 * Years as historians count them: every `every`-th year BC (100 BC, 200 BC)
 * and AD (100, 200), never astronomical multiples, which would label "101 BC"
 * and "1 BC". There is no year 0, so AD 1 stands in for it when steps are
 * 5 years or more: 100 BC, AD 1, AD 100 are spaced 100 and 99 years apart.
 */
export function historicalTickYears(firstYear: number, lastYear: number, every: number, limit: number): number[] {
  const years: number[] = [];
  if (firstYear <= 0) {
    // Astronomical year y is (1 - y) BC.
    const lowestBc = 1 - Math.min(lastYear, 0);
    for (let bc = Math.floor((1 - firstYear) / every) * every; bc >= lowestBc && bc >= 1 && years.length < limit; bc -= every) {
      years.push(1 - bc);
    }
  }
  if (every >= 5 && firstYear <= 1 && lastYear >= 1) years.push(1);
  if (lastYear >= 1) {
    for (let year = Math.ceil(Math.max(firstYear, 1) / every) * every; year <= lastYear && years.length < limit; year += every) {
      if (year >= 1) years.push(year);
    }
  }
  return years;
}
