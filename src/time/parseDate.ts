import {invalidTimeZone} from "./dateErrors.js";
import type {DateReading} from "./dateReading.js";
import {readDateText} from "./readDateText.js";
import {readDateValue} from "./readDateValue.js";
import type {TimeSpan} from "./span.js";
import {isValidTimeZone} from "./zone.js";

export type {DateNotice, DateReading} from "./dateReading.js";

export interface ParseDateOptions {
  /**
   * IANA zone for floating (offset-less) values, date-only strings and bare years
   * included: in "Asia/Shanghai", "2023-10-17" starts at 2023-10-16T16:00Z.
   * Values with `Z` or an offset are absolute. Default "UTC"; the process time
   * zone never matters.
   */
  timeZone?: string;
}

/**
 * Reads a date: an ISO 8601 date or date-time (extended years such as
 * `-000043-03-15` and `+012345` included), EDTF level 0 or 1 (`2023-03~`,
 * `19XX`, `Y-170000`, `2023-03-17/2023-10-18`, `../2023`), epoch milliseconds or
 * a `Date`. The span runs from the first millisecond to the one after the last:
 * `"2023-03"` is the whole month. `notices` report DST gaps and overlaps and
 * leap seconds, where the reading had to move a time.
 *
 * Throws a `TimelineError` with code INVALID_DATE, UNSUPPORTED_EDTF (EDTF level
 * 2 or 3 syntax), OUT_OF_RANGE, REVERSED_RANGE or INVALID_TIME_ZONE (a bad
 * `options.timeZone`).
 */
export function readDate(value: unknown, options?: ParseDateOptions): DateReading {
  const timeZone = readTimeZoneOption(options);
  if (typeof value === "string") return readDateText(value, timeZone);
  return {span: readDateValue(value), notices: []};
}

/** `readDate(value, options).span`: the parsed date without its notices. */
export function parseDate(value: unknown, options?: ParseDateOptions): TimeSpan {
  return readDate(value, options).span;
}

function readTimeZoneOption(options: ParseDateOptions | undefined): string {
  const timeZone: unknown = options?.timeZone;
  if (timeZone === undefined || timeZone === "UTC") return "UTC";
  if (!isValidTimeZone(timeZone)) throw invalidTimeZone(timeZone);
  return timeZone;
}
