import {describeValue, TimelineError} from "../model/errors.js";

/**
 * The errors the date readers throw. Messages quote the offending text (cut by
 * `describeValue`, never echoed whole) and say what to write instead.
 */

export function invalidDate(value: unknown, problem: string): TimelineError {
  return new TimelineError("INVALID_DATE", `invalid date: ${describeValue(value)} ${problem}`);
}

export function notACalendarDate(text: string, why: string): TimelineError {
  return invalidDate(text, `is not a calendar date (${why})`);
}

export function unsupportedEdtf(text: string, feature: string): TimelineError {
  return new TimelineError(
    "UNSUPPORTED_EDTF",
    `unsupported date: ${describeValue(text)} uses ${feature}; chronoline reads EDTF levels 0 and 1`
  );
}

export function outOfRange(value: unknown, problem: string): TimelineError {
  return new TimelineError("OUT_OF_RANGE", `date out of range: ${describeValue(value)} ${problem}`);
}

export function reversedRange(text: string): TimelineError {
  return new TimelineError("REVERSED_RANGE", `invalid date range: ${describeValue(text)} ends before it starts`);
}

export function invalidTimeZone(timeZone: unknown): TimelineError {
  return new TimelineError(
    "INVALID_TIME_ZONE",
    `invalid time zone: ${describeValue(timeZone)} is not an IANA time zone name (such as "Europe/Paris" or "UTC")`
  );
}
