import {TimelineError, type TimelineInput} from "../index.js";
import {describeValue} from "../model/errors.js";
import {isRecord} from "../model/fields.js";
import type {CsvMapping} from "./csvColumns.js";
import {detectFormat, detectJsonFormat, looksLikeJson} from "./detectFormat.js";
import {fromCSV, type CsvOptions} from "./fromCSV.js";
import {fromMarkwhen, type MarkwhenOptions} from "./fromMarkwhen.js";
import {fromTimelineJS} from "./fromTimelineJS.js";
import {fromTimelineJSSheet} from "./fromTimelineJSSheet.js";
import {fromVisTimeline, type VisOptions} from "./fromVisTimeline.js";
import {readJsonText} from "./readJsonText.js";
import type {ImportFormat, ImportResult} from "./types.js";

const FORMATS: readonly ImportFormat[] = ["chronoline", "timelinejs", "timelinejs-sheet", "vis", "markwhen", "csv"];

/** Options of `importTimeline`: the format, and the options of the importer it picks. */
export interface ImportOptions extends MarkwhenOptions, VisOptions, CsvOptions {
  /** The format of the document; "auto" (default) tells it by `detectFormat`. */
  format?: ImportFormat | "auto";
  /** For CSV: which column holds which field (see `fromCSV`). */
  mapping?: CsvMapping;
}

export interface ImportTimelineResult extends ImportResult {
  /** The format the document was read as. */
  format: ImportFormat;
}

/**
 * Reads a document in any supported format: text (JSON, markwhen, CSV) or an
 * already parsed JSON value. JSON text that cannot be read throws a
 * `TimelineError` (INVALID_JSON) naming the line and column; a document whose
 * format cannot be told throws UNKNOWN_FORMAT. Chronoline documents pass
 * through unchanged: `parseTimeline` checks them.
 */
export function importTimeline(textOrJson: unknown, options: ImportOptions = {}): ImportTimelineResult {
  const requested = options.format ?? "auto";
  if (requested !== "auto" && !FORMATS.includes(requested)) {
    throw new TimelineError("INVALID_OPTION", `unknown format ${describeValue(requested)}; formats are auto, ${FORMATS.join(", ")}`, "format");
  }
  const isText = typeof textOrJson === "string";
  // JSON text is read once, here, so that a mistake in it is reported with its position.
  const value = isText && looksLikeJson(textOrJson) && requested !== "csv" && requested !== "markwhen" ? readJsonText(textOrJson) : textOrJson;
  const format = requested === "auto" ? (value === textOrJson ? detectFormat(value) : detectJsonFormat(value)) : requested;
  if (format === "unknown") {
    throw new TimelineError("UNKNOWN_FORMAT", "cannot tell the format of the document; name it with the format option (chronoline, timelinejs, timelinejs-sheet, vis, markwhen, csv)");
  }
  return {...read(format, value, options), format};
}

function read(format: ImportFormat, value: unknown, options: ImportOptions): ImportResult {
  switch (format) {
    case "chronoline":
      return {input: asChronoline(value), warnings: []};
    case "timelinejs":
      // TimelineJS from text that is not JSON can only be a sheet.
      return typeof value === "string" ? fromTimelineJSSheet(value) : fromTimelineJS(value);
    case "timelinejs-sheet":
      return fromTimelineJSSheet(value as string);
    case "vis": {
      const {template, groupOrder} = options;
      const visOptions = {...(template && {template}), ...(groupOrder !== undefined && {groupOrder})};
      if (Array.isArray(value)) return fromVisTimeline(value, undefined, visOptions);
      if (isRecord(value)) return fromVisTimeline(value.items, value.groups, visOptions);
      throw new TimelineError("INVALID_INPUT", `invalid vis-timeline data: ${describeValue(value)}, expected items or {items, groups}`);
    }
    case "markwhen":
      return fromMarkwhen(value as string, {...(options.now !== undefined && {now: options.now}), ...(options.timeZone !== undefined && {timeZone: options.timeZone})});
    case "csv":
      return fromCSV(value as string, options.mapping, {...(options.delimiter !== undefined && {delimiter: options.delimiter})});
  }
}

/** chronoline's own format: an object with events, or an array of events. */
function asChronoline(value: unknown): TimelineInput {
  if (Array.isArray(value)) return {events: value};
  if (isRecord(value)) return value as unknown as TimelineInput;
  throw new TimelineError("INVALID_INPUT", `invalid chronoline document: ${describeValue(value)}, expected an object with an "events" array`);
}
