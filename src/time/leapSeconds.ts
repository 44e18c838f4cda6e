import {daysFromCivil} from "./calendar.js";

/**
 * UTC days that ended with a (positive) leap second, 23:59:60, from IERS
 * Bulletin C. There has been none since 2016-12-31 and none is announced; leap
 * seconds are to be discontinued by 2035. No negative leap second has occurred.
 */
const LEAP_SECOND_DAYS: ReadonlyArray<readonly [number, number, number]> = [
  [1972, 6, 30], [1972, 12, 31], [1973, 12, 31], [1974, 12, 31], [1975, 12, 31], [1976, 12, 31],
  [1977, 12, 31], [1978, 12, 31], [1979, 12, 31], [1981, 6, 30], [1982, 6, 30], [1983, 6, 30],
  [1985, 6, 30], [1987, 12, 31], [1989, 12, 31], [1990, 12, 31], [1992, 6, 30], [1993, 6, 30],
  [1994, 6, 30], [1995, 12, 31], [1997, 6, 30], [1998, 12, 31], [2005, 12, 31], [2008, 12, 31],
  [2012, 6, 30], [2015, 6, 30], [2016, 12, 31]
];

let leapSecondDayNumbers: Set<number> | undefined;

/** Whether the UTC day (days since 1970-01-01) ended with a leap second. */
export function endsWithLeapSecond(dayNumber: number): boolean {
  leapSecondDayNumbers ??= new Set(LEAP_SECOND_DAYS.map(([year, month, day]) => daysFromCivil(year, month, day)));
  return leapSecondDayNumbers.has(dayNumber);
}
