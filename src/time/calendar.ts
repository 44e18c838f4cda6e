/**
 * Proleptic Gregorian calendar arithmetic on plain numbers, valid for any integer
 * year: the algorithms count days in 400-year eras (146,097 days), so they never
 * touch `Date` and keep working for deep time, where the axis is simply the
 * average Gregorian year. Astronomical numbering: year 0 is 1 BCE.
 */

export const MS_PER_SECOND = 1000;
export const MS_PER_MINUTE = 60 * MS_PER_SECOND;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;
/** The average Gregorian year: 146,097 days every 400 years. */
export const MS_PER_AVERAGE_YEAR = (146097 / 400) * MS_PER_DAY;
/** `Date` can represent ±8.64e15 ms (±100,000,000 days) around the epoch. */
export const MAX_DATE_MS = 8.64e15;

/** Wall-clock fields; `month` is 1–12. */
export interface CivilFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a calendar date (month 1–12), for any integer year. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const marchBasedMonth = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * marchBasedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date of a day count since 1970-01-01; the inverse of `daysFromCivil`. */
export function civilFromDays(days: number): {year: number; month: number; day: number} {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchBasedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchBasedMonth + 2) / 5) + 1;
  const month = marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9;
  return {year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

/** Milliseconds since the epoch of wall-clock fields read as UTC. */
export function msFromCivil(f: Partial<CivilFields> & {year: number}): number {
  return (
    daysFromCivil(f.year, f.month ?? 1, f.day ?? 1) * MS_PER_DAY +
    (f.hour ?? 0) * MS_PER_HOUR +
    (f.minute ?? 0) * MS_PER_MINUTE +
    (f.second ?? 0) * MS_PER_SECOND +
    (f.millisecond ?? 0)
  );
}

/** Wall-clock fields of an instant read in UTC; the inverse of `msFromCivil`. */
export function civilFromMs(ms: number): CivilFields {
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  const hour = Math.floor(rest / MS_PER_HOUR);
  rest -= hour * MS_PER_HOUR;
  const minute = Math.floor(rest / MS_PER_MINUTE);
  rest -= minute * MS_PER_MINUTE;
  const second = Math.floor(rest / MS_PER_SECOND);
  const millisecond = rest - second * MS_PER_SECOND;
  // Named, not spread: spreading the date's object costs more than the arithmetic
  // (names and durations of thousands of events read dates on every layout).
  const {year, month, day} = civilFromDays(days);
  return {year, month, day, hour, minute, second, millisecond};
}

/** The first millisecond of a year (UTC). */
export function yearStart(year: number): number {
  return daysFromCivil(year, 1, 1) * MS_PER_DAY;
}

/**
 * The (fractional) astronomical year of an instant. Exact at year starts, linear
 * within a year; used where deep-time axes need a year number for any value.
 */
export function yearOf(ms: number): number {
  return civilFromDays(Math.floor(ms / MS_PER_DAY)).year;
}
