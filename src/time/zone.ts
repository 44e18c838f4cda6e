import {civilFromMs, MAX_DATE_MS, MS_PER_DAY, msFromCivil, type CivilFields} from "./calendar.js";

/**
 * IANA time zones through `Intl.DateTimeFormat`, which ships the tz database with
 * every engine: no zone files to bundle. Offsets are in milliseconds (local wall
 * time minus UTC), so local mean time offsets with seconds stay exact.
 */

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** Whether the engine knows this IANA zone name (or "UTC"). */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== "string" || timeZone === "") return false;
  try {
    offsetFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

function isUtc(timeZone: string): boolean {
  return timeZone === "UTC" || timeZone === "Etc/UTC" || timeZone === "Z";
}

/**
 * The zone's offset at an instant. Outside the range of `Date` the offset at the
 * nearest representable instant applies (local mean time, for every zone).
 *
 * Asking Intl costs microseconds, so offsets are cached per UTC day: a day whose
 * two ends share an offset has it throughout (zones never change twice within a
 * day); a day with a transition stores the transition's instant, found to the
 * second by bisection.
 */
export function zoneOffsetAt(utcMs: number, timeZone: string): number {
  if (isUtc(timeZone)) return 0;
  let days = offsetCache.get(timeZone);
  if (!days) offsetCache.set(timeZone, (days = new Map()));
  const day = Math.floor(utcMs / MS_PER_DAY);
  let entry = days.get(day);
  if (entry === undefined) {
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    entry = offsetsOfDay(day, timeZone);
    days.set(day, entry);
  }
  if (typeof entry === "number") return entry;
  return utcMs < entry.at ? entry.before : entry.after;
}

type DayOffsets = number | {at: number; before: number; after: number};

const offsetCache = new Map<string, Map<number, DayOffsets>>();
const MAX_CACHED_DAYS = 200_000;

function offsetsOfDay(day: number, timeZone: string): DayOffsets {
  let low = day * MS_PER_DAY;
  let high = low + MS_PER_DAY - 1000;
  const before = intlOffsetAt(low, timeZone);
  const after = intlOffsetAt(high, timeZone);
  if (before === after) return before;
  // Bisect on whole seconds for the first instant with the new offset.
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (intlOffsetAt(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return {at: high, before, after};
}

function intlOffsetAt(utcMs: number, timeZone: string): number {
  const instant = Math.max(-MAX_DATE_MS, Math.min(MAX_DATE_MS, Math.floor(utcMs / 1000) * 1000));
  const fields: Partial<CivilFields> & {year: number} = {year: 0};
  let bce = false;
  for (const part of offsetFormat(timeZone).formatToParts(instant)) {
    switch (part.type) {
      case "era": bce = part.value === "BC" || part.value === "B"; break;
      case "year": fields.year = Number(part.value); break;
      case "month": fields.month = Number(part.value); break;
      case "day": fields.day = Number(part.value); break;
      case "hour": fields.hour = Number(part.value); break;
      case "minute": fields.minute = Number(part.value); break;
      case "second": fields.second = Number(part.value); break;
    }
  }
  if (bce) fields.year = 1 - fields.year;
  return msFromCivil(fields) - instant;
}

/** Wall-clock fields of an instant in a zone. */
export function civilInZone(utcMs: number, timeZone: string): CivilFields {
  return civilFromMs(utcMs + zoneOffsetAt(utcMs, timeZone));
}

/** How a wall-clock time mapped to an instant. */
export type WallTimeResolution = "exact" | "gap" | "overlap";

/**
 * The instant of a wall-clock time (given as `msFromCivil(fields)`) in a zone.
 * A time skipped by a forward transition (DST gap) moves forward by the gap, as
 * clocks do; a time that occurs twice (overlap) takes the earlier offset, i.e.
 * the first occurrence. The resolution says which happened, for a warning.
 */
export function wallTimeToUtc(wallMs: number, timeZone: string): {utc: number; resolution: WallTimeResolution} {
  if (isUtc(timeZone)) return {utc: wallMs, resolution: "exact"};
  const offsetBefore = zoneOffsetAt(wallMs - MS_PER_DAY, timeZone);
  const offsetAfter = zoneOffsetAt(wallMs + MS_PER_DAY, timeZone);
  const early = wallMs - offsetBefore;
  const late = wallMs - offsetAfter;
  const earlyFits = zoneOffsetAt(early, timeZone) === offsetBefore;
  const lateFits = zoneOffsetAt(late, timeZone) === offsetAfter;
  if (earlyFits && lateFits) {
    return early === late ? {utc: early, resolution: "exact"} : {utc: Math.min(early, late), resolution: "overlap"};
  }
  if (earlyFits) return {utc: early, resolution: "exact"};
  if (lateFits) return {utc: late, resolution: "exact"};
  // In a gap neither offset fits; reading the time with the offset before the
  // transition lands after it, moved forward by the length of the gap.
  return {utc: early, resolution: "gap"};
}
