import {describeValue} from "./errors.js";
import {isRecord, readFields} from "./fields.js";
import {joinPath, type Report} from "./report.js";
import {readSpanAt, readStartEnd} from "./readSpan.js";
import {
  MAX_DESCRIPTION_LENGTH,
  readColor,
  readNumber,
  readPlaces,
  readSources,
  readText,
  readTextList
} from "./readValues.js";
import {isValidTimeZone} from "../time/zone.js";
import type {TimelineEvent} from "./types.js";

const EVENT_FIELDS = [
  "id", "title", "start", "end", "timeZone", "description", "lane", "tags", "actors", "places", "sources", "importance", "color"
] as const;

export const DEFAULT_IMPORTANCE = 3;

/** An event before its id is settled: ids are assigned once every event is read. */
export type EventDraft = Omit<TimelineEvent, "id"> & {explicitId?: string; idPath: string; contentKey: string[]};

/** Reads one event, or reports why it is dropped. */
export function readEvent(value: unknown, index: number, timeZone: string, report: Report): EventDraft | undefined {
  const path = joinPath("events", index);
  if (!isRecord(value)) {
    report.warn("INVALID_EVENT", path, `invalid event: ${describeValue(value)} is not an object`);
    return undefined;
  }
  const fields = readFields(value, EVENT_FIELDS, path, report);
  const title = readText(fields.get("title"), joinPath(path, "title"), report, {required: true});
  const zone = readEventZone(fields.get("timeZone"), joinPath(path, "timeZone"), timeZone, report);
  const span = readStartEnd(fields.get("start"), fields.get("end"), path, zone, report);
  const explicitId = readId(fields.get("id"), joinPath(path, "id"), report);
  if (title === undefined || span === undefined) {
    report.warn("EVENT_DROPPED", path, `event dropped: ${title === undefined ? "no usable title" : "no usable date"}`);
    return undefined;
  }
  const description = readText(fields.get("description"), joinPath(path, "description"), report, {
    multiline: true,
    maxLength: MAX_DESCRIPTION_LENGTH
  });
  const importance = readNumber(fields.get("importance"), joinPath(path, "importance"), report, {min: 1, max: 5});
  const color = readColor(fields.get("color"), joinPath(path, "color"), report);
  const lane = readText(fields.get("lane"), joinPath(path, "lane"), report) ?? "";
  return {
    index,
    title,
    span,
    ...(description !== undefined && {description}),
    lane,
    tags: readTextList(fields.get("tags"), joinPath(path, "tags"), report),
    actors: readTextList(fields.get("actors"), joinPath(path, "actors"), report),
    places: readPlaces(fields.get("places"), joinPath(path, "places"), report),
    sources: readSources(fields.get("sources"), joinPath(path, "sources"), report, (date, datePath) =>
      readSpanAt(date, datePath, zone, report)
    ),
    importance: importance === undefined ? DEFAULT_IMPORTANCE : Math.round(importance),
    ...(color !== undefined && {color}),
    ...(explicitId !== undefined && {explicitId}),
    idPath: joinPath(path, "id"),
    contentKey: [title, String(span.start), String(span.end), lane]
  };
}

/** Ids are strings; numbers are accepted and compared as strings, so `1` and `"1"` collide. */
export function readId(value: unknown, path: string, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if ((typeof value === "string" && value.trim() !== "") || (typeof value === "number" && Number.isFinite(value))) {
    const id = String(value);
    if (id.length <= 200) return id;
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
