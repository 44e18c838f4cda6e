import {MAX_DATE_MS} from "./calendar.js";
import {invalidDate, outOfRange} from "./dateErrors.js";
import type {TimeSpan} from "./span.js";

/**
 * Reads a date given as a value rather than text: epoch milliseconds or a `Date`.
 * Both are instants, one millisecond long. Anything else is not a date.
 */
export function readDateValue(value: unknown): TimeSpan {
  if (typeof value === "number") return instantSpan(readEpochMilliseconds(value));
  if (typeof value === "object" && value !== null) {
    const time = timeValueOfDate(value);
    if (time !== undefined) {
      if (Number.isNaN(time)) throw invalidDate(value, "whose time value is NaN (an Invalid Date)");
      return instantSpan(time);
    }
  }
  throw invalidDate(value, "is not a date; expected an ISO 8601 or EDTF string, epoch milliseconds or a Date");
}

function readEpochMilliseconds(value: number): number {
  if (Number.isNaN(value)) throw invalidDate(value, "is not a number of milliseconds");
  if (!Number.isFinite(value)) throw invalidDate(value, "is not a finite number of milliseconds");
  if (Math.abs(value) > MAX_DATE_MS) {
    throw outOfRange(value, "is beyond the range of Date (±8.64e15 ms around 1970); write deep time as a year (Y-170000)");
  }
  // As the Date constructor does with a number (TimeClip), drop fractions toward zero; `+ 0` turns -0 into 0.
  return Math.trunc(value) + 0;
}

/**
 * The time value of a `Date` from any realm (an iframe's `Date` fails
 * `instanceof`). `getTime` reads an internal slot, so no user code (getters,
 * proxies, `Symbol.toStringTag`) runs; it throws for anything else.
 */
function timeValueOfDate(value: object): number | undefined {
  if (value instanceof Date) return value.getTime();
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

function instantSpan(time: number): TimeSpan {
  return {
    start: time,
    end: time + 1,
    precision: "millisecond",
    approximate: false,
    uncertain: false,
    openStart: false,
    openEnd: false,
    unknownStart: false,
    unknownEnd: false
  };
}
