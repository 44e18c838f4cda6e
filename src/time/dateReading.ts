import type {Precision, TimeSpan} from "./span.js";

/** Something a date reader changed or chose on the way, worth a warning. */
export interface DateNotice {
  code: "DST_GAP" | "DST_OVERLAP" | "LEAP_SECOND";
  message: string;
}

/** A parsed date and what happened while reading it. */
export interface DateReading {
  span: TimeSpan;
  notices: DateNotice[];
}

/**
 * One date as written, before any time zone is applied: wall-clock bounds on the
 * `msFromCivil` axis. Keeping the zone out of the text readers lets ISO and EDTF
 * forms share one placement step (`placeReading`).
 */
export interface CivilReading {
  /** The text this reading came from, for messages. */
  text: string;
  /** First wall-clock millisecond (inclusive). */
  wallStart: number;
  /** First wall-clock millisecond after the date (exclusive). */
  wallEnd: number;
  precision: Precision;
  /** Minutes east of UTC written in the text (`Z` is 0); `undefined` for floating values. */
  offsetMinutes: number | undefined;
  approximate: boolean;
  uncertain: boolean;
  /** The text said second 60; `wallStart` already holds second 59. */
  leapSecond: boolean;
}

/** A floating (offset-less) reading of whole calendar units, with the flags of an EDTF qualifier (`?`, `~`, `%`). */
export function civilReading(
  text: string,
  wallStart: number,
  wallEnd: number,
  precision: Precision,
  qualifier: string | undefined
): CivilReading {
  return {
    text,
    wallStart,
    wallEnd,
    precision,
    offsetMinutes: undefined,
    approximate: qualifier === "~" || qualifier === "%",
    uncertain: qualifier === "?" || qualifier === "%",
    leapSecond: false
  };
}


/** Hours and finer have a fixed length; days and coarser follow the calendar in a zone. */
export function isTimeOfDayPrecision(precision: Precision): boolean {
  return precision === "hour" || precision === "minute" || precision === "second" || precision === "millisecond";
}
