import {describeValue} from "../model/errors.js";
import {civilDateText, type CivilDate} from "./civilDateText.js";
import type {WarningList} from "./warningList.js";

/**
 * TimelineJS dates: the date objects of TimelineJS 3 (`{year, month, day, hour,
 * minute, second, millisecond}`, numbers or numeric strings) and of its
 * spreadsheets, and the comma strings of the legacy v2 format ("2011,12,10").
 * TimelineJS builds them with the viewer's local `Date`, so they are wall-clock
 * times: written floating, read in the timeline's zone.
 */

const DATE_FIELDS = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;
export type DateField = (typeof DATE_FIELDS)[number];
export type DateParts = Partial<Record<DateField, unknown>>;

/**
 * The date of the parts, at the precision of the finest field given in order:
 * a field after a missing one (a day without a month) is ignored, and so is a
 * field that is not a whole number, each with a warning. Ranges (month 13,
 * 30 February) are left to chronoline, which reports them with the event.
 */
export function readDateParts(parts: DateParts, pathOf: (field: DateField) => string, warnings: WarningList): string | undefined {
  const year = readWholeNumber(parts.year);
  if (year === undefined) {
    const missing = isBlank(parts.year);
    warnings.add(missing ? "MISSING_DATE" : "INVALID_DATE", pathOf("year"),
      missing ? "missing year" : `invalid year: ${describeValue(parts.year)} is not a whole number`);
    return undefined;
  }
  const date: CivilDate = {year};
  let gap: DateField | undefined;
  for (const field of DATE_FIELDS.slice(1)) {
    const value = parts[field];
    if (isBlank(value)) {
      gap ??= field;
      continue;
    }
    const number = readWholeNumber(value);
    if (gap !== undefined || number === undefined) {
      const why = number === undefined ? `${describeValue(value)} is not a whole number` : `no ${gap} is given`;
      warnings.add("DATE_FIELD_IGNORED", pathOf(field), `${field} ignored: ${why}`);
      gap ??= field;
      continue;
    }
    date[field] = number;
  }
  return civilDateText(date);
}

// "2011,12,10", "2011,12,10,14,30", "-13800000000,1"; empty trailing parts allowed.
const LEGACY_COMMA_DATE = /^([+-]?\d+)((?:,\s*\d*)*)$/;
// "196002152034": v2's compact form, year to day, then hour, minute and second.
const LEGACY_COMPACT_DATE = /^(\d{4})(\d\d)(\d\d)(\d\d)?(\d\d)?(\d\d)?$/;
const ISO_SHAPED = /^[+-]?\d{4,}-\d\d/;

/** A TimelineJS v2 date string, or `undefined` (reported) when it is none of v2's forms. */
export function readLegacyDate(value: unknown, path: string, warnings: WarningList): string | undefined {
  const text = typeof value === "number" && Number.isInteger(value) ? String(value) : typeof value === "string" ? value.trim() : undefined;
  if (text === undefined || text === "") {
    warnings.add(isBlank(value) ? "MISSING_DATE" : "INVALID_DATE", path,
      isBlank(value) ? "missing date" : `invalid date: ${describeValue(value)} is not a TimelineJS date`);
    return undefined;
  }
  // ISO dates pass through: chronoline reads (and checks) them itself.
  if (ISO_SHAPED.test(text)) return text;
  const compact = LEGACY_COMPACT_DATE.exec(text);
  if (compact) {
    const [, year, month, day, hour, minute, second] = compact.map((part) => (part === undefined ? undefined : Number(part)));
    return civilDateText({year: year!, month, day, hour, minute, second});
  }
  const comma = LEGACY_COMMA_DATE.exec(text);
  if (comma) {
    const [year, ...rest] = text.split(",").map((part) => part.trim());
    const parts: DateParts = {year};
    rest.forEach((part, i) => (parts[DATE_FIELDS[i + 1]!] = part));
    return readDateParts(parts, () => path, warnings);
  }
  warnings.add("INVALID_DATE", path, `invalid date: ${describeValue(value)} is not a TimelineJS date ("2011,12,10")`);
  return undefined;
}

function readWholeNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== "string" || !/^\s*[+-]?\d{1,16}\s*$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
