import {readDate} from "../time/parseDate.js";
import {finerPrecision, type TimeSpan} from "../time/span.js";
import {describeValue} from "./errors.js";
import {joinPath, type Report} from "./report.js";

/** Reads one date value in a zone; reports and returns `undefined` when it is not one. */
export function readSpanAt(value: unknown, path: string, timeZone: string, report: Report): TimeSpan | undefined {
  if (value === undefined || value === null || value === "") {
    report.warn("MISSING_DATE", path, "missing date");
    return undefined;
  }
  try {
    const {span, notices} = readDate(value, {timeZone});
    for (const notice of notices) report.warn(notice.code, path, notice.message);
    if (!Number.isFinite(span.start) && !Number.isFinite(span.end)) {
      report.warn("UNANCHORED_DATE", path, `invalid date: ${describeValue(value)} has no known start or end`);
      return undefined;
    }
    return span;
  } catch (error) {
    report.warnError(error, path);
    return undefined;
  }
}

/**
 * The span of an item with a `start` and an optional inclusive `end`: from the
 * start of the first to the end of the second. A reversed end is reported and
 * ignored, so the item stays, at its start.
 */
export function readStartEnd(
  start: unknown,
  end: unknown,
  path: string,
  timeZone: string,
  report: Report,
  keys: {start: string; end: string} = {start: "start", end: "end"}
): TimeSpan | undefined {
  const first = readSpanAt(start, joinPath(path, keys.start), timeZone, report);
  if (first === undefined) return undefined;
  if (end === undefined || end === null || end === "") return first;
  const endPath = joinPath(path, keys.end);
  const last = readSpanAt(end, endPath, timeZone, report);
  if (last === undefined) return first;
  if (last.end <= first.start) {
    report.warn("REVERSED_RANGE", endPath, `invalid range: end ${describeValue(end)} is before start ${describeValue(start)}, end ignored`);
    return first;
  }
  return combineSpans(first, last);
}

/** The span from the start of `first` to the end of `last`. */
export function combineSpans(first: TimeSpan, last: TimeSpan): TimeSpan {
  return {
    start: first.start,
    end: last.end,
    precision: finerPrecision(first.precision, last.precision),
    approximate: first.approximate || last.approximate,
    uncertain: first.uncertain || last.uncertain,
    openStart: first.openStart,
    openEnd: last.openEnd,
    unknownStart: first.unknownStart,
    unknownEnd: last.unknownEnd
  };
}
