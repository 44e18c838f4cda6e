import {daysFromCivil, MS_PER_DAY, yearStart} from "./calendar.js";
import {invalidDate, outOfRange} from "./dateErrors.js";

/**
 * Years and the wall-clock bounds of calendar units, shared by the ISO and EDTF
 * readers. Bounds are on the `msFromCivil` axis (wall time read as UTC).
 */

/**
 * Beyond a quadrillion years the era arithmetic of `daysFromCivil` leaves the
 * range of exact integers; nothing on a timeline needs more.
 */
export const MAX_YEAR_MAGNITUDE = 1e15;

/** An astronomical year from its written sign and digits (`-0050` is -50, 51 BCE). */
export function readYear(sign: string, digits: string, text: string): number {
  if (sign === "" && digits.length > 4) {
    throw invalidDate(
      text,
      digits.length === 8
        ? `is not an extended ISO 8601 date; write dates with dashes (${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)})`
        : "has an unsigned year of more than four digits; write a sign (+012345) or an EDTF Y-year (Y12345)"
    );
  }
  const magnitude = Number(digits);
  if (sign === "-" && magnitude === 0) throw invalidDate(text, "has year -0; year 0 (1 BCE) is written 0000");
  if (magnitude >= MAX_YEAR_MAGNITUDE) throw outOfRange(text, "is more than a quadrillion years away");
  return sign === "-" ? -magnitude : magnitude;
}

/** First millisecond of a month; months past 12 run on into the next year (13 is January). */
export function monthStart(year: number, month: number): number {
  const yearsOver = Math.floor((month - 1) / 12);
  return daysFromCivil(year + yearsOver, month - 12 * yearsOver, 1) * MS_PER_DAY;
}

/**
 * EDTF level 1 seasons as their names say, in meteorological months of the
 * northern hemisphere: 21 spring is March–May, 22 summer June–August, 23 autumn
 * September–November, and 24 winter December to February of the next year (the
 * winter that begins in the year written). edtf.js uses calendar quarters
 * instead, which would label January–March "spring"; a span drawn under the name
 * "Spring 2001" should cover the spring. Hemisphere-specific seasons (25–32) are
 * EDTF level 2.
 */
export function seasonFirstMonth(season: 21 | 22 | 23 | 24): number {
  return (season - 21) * 3 + 3;
}

export function isLevel1Season(code: number): code is 21 | 22 | 23 | 24 {
  return code >= 21 && code <= 24;
}

/** EDTF level 2 divisions of a year (25–41: hemispheres, quarters, thirds, halves). */
export function isLevel2Season(code: number): boolean {
  return code >= 25 && code <= 41;
}
