import {parse, parseHeader, type Event, type EventGroup} from "@markwhen/parser";
import {TimelineError, type EventInput, type TimelineInput} from "../index.js";
import {describeValue} from "../model/errors.js";
import {civilFromMs} from "../time/calendar.js";
import {isValidTimeZone, zoneOffsetAt} from "../time/zone.js";
import {civilDateText} from "./civilDateText.js";
import {LaneList} from "./laneList.js";
import {SourceList} from "./linkSources.js";
import {rewriteLegacyGroups} from "./markwhenLegacyGroups.js";
import {documentTimeZone} from "./markwhenZone.js";
import {rangeTexts, readIsoDateTime} from "./markwhenRange.js";
import {describeBlocks, eventTitle, placesIn} from "./markwhenText.js";
import {oneLine} from "./plainText.js";
import type {ImportResult} from "./types.js";
import {WarningList} from "./warningList.js";

export interface MarkwhenOptions {
  /** The instant that `now` (and dates relative to it) means; default: the clock. */
  now?: number | Date;
  /**
   * The zone of a document without a `timezone` header, whose dates are wall-clock
   * times: it is set as the input's `timeZone` and places `now`. Default: none
   * set (chronoline reads the dates in UTC, or the zone given to `parseTimeline`),
   * `now` placed in UTC.
   */
  timeZone?: string;
}

/**
 * Reads a markwhen document through the markwhen parser, so that its dates
 * mean what markwhen shows: ISO and EDTF ranges, casual and American dates,
 * BCE years, ISO weeks, durations and dates relative to other events or to
 * `now`, in the document's `timezone`.
 *
 * - Sections and groups become lanes, nested ones titled by their path
 *   ("All Projects / Project 1"); events outside any stay in the default lane.
 * - An event's first line is its title (Markdown links as text), the lines
 *   after it its description (lists and checklists as lines); links and images
 *   become sources, `[place](location)` places, `#tags` tags, `!id` the id.
 * - Ranges keep their precision: "2024" is the year 2024, "09/2024" that month.
 * - The header's `title` and `description` are the timeline's.
 *
 * The parser's own errors and warnings are passed on with their line
 * (`lines[12]`, counted from 0). Recurring events are imported once, at their
 * first occurrence, with a warning. Documents in markwhen's older group syntax
 * (`section`/`group` … `endSection`/`endGroup`) are read as their headings.
 */
export function fromMarkwhen(text: string, options?: MarkwhenOptions): ImportResult {
  if (typeof text !== "string") throw new TimelineError("INVALID_INPUT", `invalid markwhen: ${describeValue(text)}, expected a string`);
  const {now, timeZone} = readOptions(options);
  // Rewritten line for line: offsets move, line numbers stay the source's.
  const source = rewriteLegacyGroups(text);
  const documentZone = documentTimeZone(parseHeader(source).header);
  const document = parse(source, undefined, nowText(now, documentZone, timeZone));
  const warnings = new WarningList();
  const lineOf = lineIndex(source);
  for (const message of document.parseMessages) {
    const path = message.pos ? `lines[${lineOf(message.pos[0])}]` : "";
    warnings.add(`MARKWHEN_${message.type.toUpperCase()}`, path, `markwhen ${message.type} at line ${path ? lineOf(message.pos![0]) + 1 : "?"}: ${oneLine(message.message)}`);
  }
  for (const message of document.documentMessages) warnings.add(`MARKWHEN_${message.type.toUpperCase()}`, "", `markwhen ${message.type}: ${oneLine(message.message)}`);

  const input: TimelineInput = {events: []};
  const header: Record<string, unknown> = document.header ?? {};
  if (typeof header.title === "string" && header.title.trim()) input.title = oneLine(header.title);
  if (typeof header.description === "string" && header.description.trim()) input.description = header.description.trim();
  const zone = documentZone ?? timeZone;
  if (zone !== undefined) input.timeZone = zone;

  const lanes = new LaneList();
  const visit = (group: EventGroup, path: readonly string[]) => {
    for (const child of group.children) {
      if ("children" in child) {
        visit(child, [...path, oneLine(child.title)].filter(Boolean));
        continue;
      }
      const event = readEvent(child, source, lineOf, documentZone, warnings);
      if (!event) continue;
      const lane = lanes.add(path.join(" / "));
      if (lane !== undefined) event.lane = lane;
      input.events.push(event);
    }
  };
  visit(document.events, []);
  const laneList = lanes.list();
  if (laneList) input.lanes = laneList;
  return {input, warnings: warnings.warnings};
}

function readEvent(
  event: Event,
  text: string,
  lineOf: (offset: number) => number,
  documentZone: string | undefined,
  warnings: WarningList
): EventInput | undefined {
  const path = `lines[${lineOf(event.textRanges.whole.from)}]`;
  const from = readIsoDateTime(event.dateRangeIso.fromDateTimeIso);
  const to = readIsoDateTime(event.dateRangeIso.toDateTimeIso);
  if (!from || !to) {
    warnings.add("EVENT_SKIPPED", path, `event skipped: the parser gave no readable range (${describeValue(event.dateRangeIso.fromDateTimeIso)})`);
    return undefined;
  }
  const {start, end} = rangeTexts(from, to, documentZone);
  const title = eventTitle(event.firstLine.restTrimmed ?? "");
  const description = describeBlocks(event.supplemental ?? []);
  // An event may be only a date ("2023:"); markwhen shows it, so it keeps the date as its title.
  const result: EventInput = {title: title.text || oneLine(event.firstLine.datePart) || start, start};
  if (end !== undefined) result.end = end;
  if (event.id) result.id = event.id;
  if (description.text) result.description = description.text;
  if (event.tags?.length) result.tags = [...event.tags];
  const whole = text.slice(event.textRanges.whole.from, event.textRanges.whole.to);
  const places = placesIn(whole);
  if (places.length) result.places = places.map((name) => ({name}));
  const sources = new SourceList(warnings);
  for (const link of [...title.links, ...description.links]) sources.add(link, path);
  const sourceList = sources.list();
  if (sourceList) result.sources = sourceList;
  if (event.recurrence) warnings.add("RECURRENCE_NOT_EXPANDED", path, "a recurring event, imported once at its first occurrence");
  return result;
}

function readOptions(options: MarkwhenOptions | undefined): {now: number; timeZone: string | undefined} {
  const now = options?.now;
  const time = now instanceof Date ? now.getTime() : now;
  if (time !== undefined && (typeof time !== "number" || !Number.isFinite(time))) {
    throw new TimelineError("INVALID_OPTION", `invalid now: ${describeValue(now)}, expected epoch milliseconds or a valid Date`, "now");
  }
  const timeZone = options?.timeZone;
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    throw new TimelineError("INVALID_OPTION", `invalid timeZone: ${describeValue(timeZone)}, expected an IANA time zone`, "timeZone");
  }
  // The clock only when the caller gives no instant: markwhen's `now` is the moment of reading.
  return {now: time ?? Date.now(), timeZone};
}

/**
 * `now` as the parser should read it. In a zoned document an instant ("…Z"). In
 * a floating one the parser works in the process's zone, which must not
 * matter: it is given the wall-clock time of `now` in the zone the dates will
 * be read in, without an offset, so the wall clock it computes with is that one.
 */
function nowText(now: number, documentZone: string | undefined, timeZone: string | undefined): string {
  const zone = documentZone ?? timeZone ?? "UTC";
  const text = civilDateText(civilFromMs(documentZone === undefined ? now + zoneOffsetAt(now, zone) : now));
  return documentZone === undefined ? text : `${text}Z`;
}

/** The 0-based line of a character offset, by binary search over the line starts. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
}
