/** How finely a date is known. Masked years (`19XX`, `1XXX`) are wider than a year. */
export type Precision =
  | "millisecond"
  | "second"
  | "minute"
  | "hour"
  | "day"
  | "month"
  | "season"
  | "year"
  | "decade"
  | "century"
  | "millennium"
  | "tenMillennia";

/** Precisions from the finest to the coarsest. */
export const PRECISIONS_FINE_TO_COARSE: readonly Precision[] = [
  "millisecond", "second", "minute", "hour", "day", "month", "season", "year",
  "decade", "century", "millennium", "tenMillennia"
];

/** The finer of two precisions: an interval is known as finely as its finer end. */
export function finerPrecision(a: Precision, b: Precision): Precision {
  return PRECISIONS_FINE_TO_COARSE.indexOf(a) <= PRECISIONS_FINE_TO_COARSE.indexOf(b) ? a : b;
}

/**
 * A parsed date or interval on one numeric axis: milliseconds since
 * 1970-01-01T00:00Z, as plain numbers. Beyond the range of `Date` the same axis
 * continues (proleptic Gregorian, i.e. the average Gregorian year), so deep time
 * such as 13.8 billion years ago is a (large, negative) finite number.
 *
 * `start` is inclusive and `end` exclusive: "2023-03" covers the whole month.
 * An open or unknown end (EDTF `..` or an empty side of `a/b`) is infinite on
 * that side; `openStart`/`openEnd` say so and `unknownStart`/`unknownEnd`
 * distinguish "unknown" (empty) from "open" (`..`). A span has at least one
 * finite bound unless it came from `/` or `../..`.
 */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
  /** The precision of the finest known bound. */
  readonly precision: Precision;
  /** EDTF `~` (or `%`): "circa". */
  readonly approximate: boolean;
  /** EDTF `?` (or `%`): "possibly". */
  readonly uncertain: boolean;
  readonly openStart: boolean;
  readonly openEnd: boolean;
  readonly unknownStart: boolean;
  readonly unknownEnd: boolean;
}
