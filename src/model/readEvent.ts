import {describeValue} from "./errors.js";
import {eventSpec} from "./fieldSpec.js";
import {isRecord, readFields} from "./fields.js";
import {joinPath, type Report} from "./report.js";
import {readSpanAt, readStartEnd} from "./readSpan.js";
import {
  MAX_DESCRIPTION_LENGTH,
  NONE,
  readColor,
  readNumber,
  readPlaces,
  readSources,
  readText,
  readTextList
} from "./readValues.js";
import {isValidTimeZone} from "../time/zone.js";
import type {TimelineEvent} from "./types.js";

const EVENT_FIELDS = eventSpec.keys;

export const DEFAULT_IMPORTANCE = 3;

/**
 * An event whose id is not settled yet: ids are assigned once every event is
 * read, so that a derived id never takes an explicit one.
 */
export interface EventDraft {
  event: {-readonly [K in keyof TimelineEvent]: TimelineEvent[K]};
  explicitId: string | undefined;
}

/** Reads one event, or reports why it is dropped. */
export function readEvent(value: unknown, index: number, timeZone: string, report: Report): EventDraft | undefined {
  const path = joinPath("events", index);
  if (!isRecord(value)) {
    report.warn("INVALID_EVENT", path, `invalid event: ${describeValue(value)} is not an object`);
    return undefined;
  }
  const fields = readFields(value, EVENT_FIELDS, path, report);
  const title = readText(fields.get("title"), joinPath(path, "title"), report, {required: true});
  // Optional fields are read only when present: most events have few of them, and
  // skipping the rest (and building their JSON paths) keeps 100,000 events fast.
  const zone = fields.has("timeZone") ? readEventZone(fields.get("timeZone"), joinPath(path, "timeZone"), timeZone, report) : timeZone;
  const span = readStartEnd(fields.get("start"), fields.get("end"), path, zone, report);
  const explicitId = fields.has("id") ? readId(fields.get("id"), joinPath(path, "id"), report) : undefined;
  if (title === undefined || span === undefined) {
    report.warn("EVENT_DROPPED", path, `event dropped: ${title === undefined ? "no usable title" : "no usable date"}`);
    return undefined;
  }
  const importance = fields.has("importance")
    ? readNumber(fields.get("importance"), joinPath(path, "importance"), report, {min: 1, max: 5})
    : undefined;
  const lane = (fields.has("lane") ? readText(fields.get("lane"), joinPath(path, "lane"), report) : undefined) ?? "";
  // Every event has the same fields in the same order (absent ones undefined), so
  // that 100,000 of them share one shape and stay fast to read.
  const event = {
    id: "",
    index,
    title,
    span,
    description: fields.has("description")
      ? readText(fields.get("description"), joinPath(path, "description"), report, {multiline: true, maxLength: MAX_DESCRIPTION_LENGTH})
      : undefined,
    lane,
    tags: fields.has("tags") ? readTextList(fields.get("tags"), joinPath(path, "tags"), report) : NONE,
    actors: fields.has("actors") ? readTextList(fields.get("actors"), joinPath(path, "actors"), report) : NONE,
    places: fields.has("places") ? readPlaces(fields.get("places"), joinPath(path, "places"), report) : NONE,
    sources: fields.has("sources")
      ? readSources(fields.get("sources"), joinPath(path, "sources"), report, (date, at) => readSpanAt(date, at, zone, report))
      : NONE,
    importance: importance === undefined ? DEFAULT_IMPORTANCE : Math.round(importance),
    color: fields.has("color") ? readColor(fields.get("color"), joinPath(path, "color"), report) : undefined,
    dateLabel: fields.has("dateLabel") ? readText(fields.get("dateLabel"), joinPath(path, "dateLabel"), report) : undefined
  };
  return {event, explicitId};
}

/** The parts a derived id is made from: the event's normalised content. */
export function eventContentKey(event: Pick<TimelineEvent, "title" | "span" | "lane">): string[] {
  return [event.title, String(event.span.start), String(event.span.end), event.lane];
}

// Ids reach attributes (data-id) exactly as written, so characters that XML cannot
// hold (controls, lone surrogates, U+FFFE, U+FFFF) or that an XML parser rewrites
// inside an attribute (tab, line breaks) would break the SVG or change the id.
const NOT_IN_ID = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Ids are strings; numbers are accepted and compared as strings, so `1` and `"1"` collide. */
export function readId(value: unknown, path: string, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if ((typeof value === "string" && value.trim() !== "") || (typeof value === "number" && Number.isFinite(value))) {
    const id = String(value);
    if (id.length <= 200 && !NOT_IN_ID.test(id)) return id;
  }
  report.warn("INVALID_ID", path, `invalid id: ${describeValue(value)}, a derived id is used`);
  return undefined;
}

function readEventZone(value: unknown, path: string, fallback: string, report: Report): string {
  if (value === undefined || value === null) return fallback;
  if (isValidTimeZone(value)) return value;
  report.warn("UNKNOWN_TIME_ZONE", path, `unknown time zone ${describeValue(value)}, using ${fallback}`);
  return fallback;
}
