import {yearStart} from "./calendar.js";
import {monthStart, readYear} from "./civilBounds.js";
import {invalidDate, notACalendarDate, unsupportedEdtf} from "./dateErrors.js";
import {civilReading, type CivilReading} from "./dateReading.js";
import type {Precision} from "./span.js";

/**
 * The EDTF forms that are not ISO 8601 calendar dates: unspecified digits
 * (`201X`, `2016-05-XX`), Y-years (`Y-170000`) and the level 0 century (`19`).
 * Qualifiers and seasons share the ISO shape and are read by `parseIsoDate`.
 */

const MASKED_DATE = /^(-?)([\dX]{4})(?:-([\dX]{2})(?:-([\dX]{2}))?)?([?~%])?$/;
const Y_YEAR = /^Y(-?)(\d+)([?~%])?$/;
const CENTURY = /^(-?)(\d\d)$/;

const MASKED_YEAR_PRECISION: readonly Precision[] = ["decade", "century", "millennium", "tenMillennia"];

/** Reads an EDTF-only form; `undefined` when the text has none of their shapes. */
export function parseEdtfDate(text: string, inInterval: boolean): CivilReading | undefined {
  if (text.charCodeAt(0) === 89 /* Y */) return parseYYear(text);
  if (text.includes("X")) return parseMaskedDate(text);
  return parseCentury(text, inInterval);
}

/**
 * `Y170002`, `Y-13800000000`: years of five or more digits. Far beyond the range
 * of `Date` they stay finite on the same axis, at year precision. A trailing
 * qualifier (`Y-170000~`) is read too, although edtf.js has no such form.
 */
function parseYYear(text: string): CivilReading | undefined {
  const fields = Y_YEAR.exec(text);
  if (fields === null) return undefined;
  const digits = fields[2] ?? "";
  if (digits.length <= 4 || digits[0] === "0") {
    throw invalidDate(
      text,
      "is not an EDTF Y-year: Y is for years of five or more digits without leading zeros (Y10000, Y-170000); write shorter years as 2023 or -0043"
    );
  }
  const year = readYear(fields[1] === "-" ? "-" : "+", digits, text);
  return civilReading(text, yearStart(year), yearStart(year + 1), "year", fields[3]);
}

/**
 * Unspecified digits from the right, as EDTF level 1 allows them: a masked year
 * stands alone (`201X`, `19XX`, `XXXX`; `1XXX`, a millennium, is accepted too),
 * a known year may have an unspecified month and day (`2016-XX`, `2016-XX-XX`),
 * a known month an unspecified day (`2016-05-XX`). Other positions are level 2.
 */
function parseMaskedDate(text: string): CivilReading | undefined {
  const fields = MASKED_DATE.exec(text);
  if (fields === null) return undefined;
  const negative = fields[1] === "-";
  const yearMask = fields[2] ?? "";
  const monthMask = fields[3];
  const dayMask = fields[4];
  const qualifier = fields[5];

  const knownDigits = yearMask.replace(/X+$/, "");
  const maskedDigits = yearMask.length - knownDigits.length;
  if (knownDigits.includes("X")) throw unsupportedEdtf(text, "unspecified digits inside a year (EDTF level 2)");
  if (maskedDigits === 0) return parseMaskedMonthOrDay(text, readYear(negative ? "-" : "", yearMask, text), monthMask, dayMask, qualifier);

  const wholeYearsUnknown = maskedDigits === 4 && monthMask === "XX" && (dayMask === undefined || dayMask === "XX");
  if (monthMask !== undefined && !wholeYearsUnknown) {
    throw unsupportedEdtf(text, "a month or day after a year with unspecified digits (EDTF level 2)");
  }
  if (maskedDigits === 4 && negative) throw unsupportedEdtf(text, "a negative fully unspecified year (EDTF level 2)");
  const size = 10 ** maskedDigits;
  const base = Number(knownDigits || "0") * size;
  const [firstYear, lastYear] = negative ? [-(base + size - 1), -base] : [base, base + size - 1];
  const precision = MASKED_YEAR_PRECISION[maskedDigits - 1] ?? "tenMillennia";
  return civilReading(text, yearStart(firstYear), yearStart(lastYear + 1), precision, qualifier);
}

function parseMaskedMonthOrDay(
  text: string,
  year: number,
  monthMask: string | undefined,
  dayMask: string | undefined,
  qualifier: string | undefined
): CivilReading | undefined {
  if (monthMask === undefined) return undefined;
  if (monthMask === "XX") {
    if (dayMask !== undefined && dayMask !== "XX") throw unsupportedEdtf(text, "a known day in an unspecified month (EDTF level 2)");
    return civilReading(text, yearStart(year), yearStart(year + 1), "year", qualifier);
  }
  if (monthMask.includes("X")) throw unsupportedEdtf(text, "unspecified digits inside a month (EDTF level 2)");
  if (dayMask !== "XX") throw unsupportedEdtf(text, "unspecified digits inside a day (EDTF level 2)");
  const month = Number(monthMask);
  if (month < 1 || month > 12) throw notACalendarDate(text, `there is no month ${month}`);
  return civilReading(text, monthStart(year, month), monthStart(year, month + 1), "month", qualifier);
}

/**
 * The ISO 8601 century of EDTF level 0, with edtf.js's meaning: `19` is the
 * years 1900–1999, `00` the years 0–99, and `-04` the years -400 to -301.
 */
function parseCentury(text: string, inInterval: boolean): CivilReading | undefined {
  const fields = CENTURY.exec(text);
  if (fields === null) return undefined;
  const negative = fields[1] === "-";
  const number = Number(fields[2]);
  if (negative && number === 0) throw invalidDate(text, "is century -00; the century of the years 0 to 99 is 00");
  // "19/20" is far more often a slashed day and month than two centuries.
  if (inInterval) throw invalidDate(text, "is a two-digit century, which is not read as an interval end; write years (1900/2099)");
  const firstYear = (negative ? -number : number) * 100;
  return civilReading(text, yearStart(firstYear), yearStart(firstYear + 100), "century", undefined);
}
