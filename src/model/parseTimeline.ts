import {TimelineError, describeValue, type TimelineWarning} from "./errors.js";
import {timelineSpec} from "./fieldSpec.js";
import {isRecord, readFields} from "./fields.js";
import {IdRegistry, deriveId} from "./ids.js";
import {readAnnotations, readEras, readMarkers, readRelations} from "./readAnnotations.js";
import {eventContentKey, readEvent, type EventDraft} from "./readEvent.js";
import {readLanes, settleLanes} from "./readLanes.js";
import {MAX_DESCRIPTION_LENGTH, readText} from "./readValues.js";
import {invalidOption, readOptions} from "./options.js";
import {Report} from "./report.js";
import {orderByKeys} from "./orderByKeys.js";
import {isValidTimeZone} from "../time/zone.js";
import type {Lane, Timeline, TimelineEvent, TimelineInput, EventInput} from "./types.js";

export interface ParseOptions {
  /** Throw a `TimelineError` listing every problem (default), or keep what is valid and list warnings. */
  strict?: boolean;
  /** IANA zone for floating dates; overrides the input's `timeZone`. */
  timeZone?: string;
  /** BCP 47 locale for labels; overrides the input's `locale`. */
  locale?: string;
  /** Called with each warning as it is found (also in strict mode, before the throw). */
  onWarning?: (warning: TimelineWarning) => void;
}

export const DEFAULT_TIME_ZONE = "UTC";
export const DEFAULT_LOCALE = "en-GB";

// "$schema" is among them: data files name their JSON Schema for editors.
const TIMELINE_FIELDS = timelineSpec.keys;

/**
 * Validates and normalises timeline input: text cleaned, dates parsed into
 * `TimeSpan`s, ids assigned, events sorted by time. Strict mode (the default)
 * throws one `TimelineError` listing every problem with its JSON path; lenient
 * mode drops bad items and lists them in `warnings`, keeping everything valid.
 * An array is read as the events of an untitled timeline.
 */
export function parseTimeline(input: TimelineInput | readonly EventInput[], options?: ParseOptions): Timeline;
export function parseTimeline(input: unknown, options?: ParseOptions): Timeline;
export function parseTimeline(input: unknown, options?: ParseOptions): Timeline {
  const optionReport = new Report();
  const opts = readOptions<ParseOptions>(options, ["strict", "timeZone", "locale", "onWarning"], optionReport, "parseTimeline");
  if (opts.onWarning !== undefined && typeof opts.onWarning !== "function") throw invalidOption("onWarning", opts.onWarning, "a function");
  if (opts.strict !== undefined && typeof opts.strict !== "boolean") throw invalidOption("strict", opts.strict, "a boolean");
  if (opts.timeZone !== undefined && !isValidTimeZone(opts.timeZone)) throw invalidOption("timeZone", opts.timeZone, "an IANA time zone");
  if (opts.locale !== undefined && !isValidLocale(opts.locale)) throw invalidOption("locale", opts.locale, "a BCP 47 locale");

  const report = new Report(opts.onWarning);
  for (const warning of optionReport.warnings) report.warn(warning.code, warning.path, warning.message);

  const top = Array.isArray(input) ? {events: input} : input;
  if (!isRecord(top)) {
    throw new TimelineError("INVALID_INPUT", `invalid timeline: ${describeValue(input)}, expected an object with an "events" array`);
  }
  const fields = readFields(top, TIMELINE_FIELDS, "", report);
  const events = fields.get("events");
  if (!Array.isArray(events)) {
    throw new TimelineError("INVALID_INPUT", `invalid timeline: "events" is ${describeValue(events)}, expected an array`, "events");
  }

  const timeZone = opts.timeZone ?? readZone(fields.get("timeZone"), report);
  const locale = opts.locale ?? readLocale(fields.get("locale"), report);
  const drafts: EventDraft[] = [];
  events.forEach((value, index) => {
    const draft = readEvent(value, index, timeZone, report);
    if (draft) drafts.push(draft);
  });
  const timelineEvents = sortByTime(assignEventIds(drafts, report));
  // Only annotations and relations look events up by id; most timelines have neither.
  const annotations = fields.get("annotations");
  const relations = fields.get("relations");
  const eventSpans = annotations === undefined && relations === undefined
    ? new Map<string, TimelineEvent["span"]>()
    : new Map(timelineEvents.map((event) => [event.id, event.span]));
  const title = readText(fields.get("title"), "title", report);
  const description = readText(fields.get("description"), "description", report, {multiline: true, maxLength: MAX_DESCRIPTION_LENGTH});

  const lanes = settleLanes(readLanes(fields.get("lanes"), report), timelineEvents, report);
  colourByLane(timelineEvents, lanes);
  const timeline: Timeline = {
    ...(title !== undefined && {title}),
    ...(description !== undefined && {description}),
    events: timelineEvents,
    lanes,
    eras: readEras(fields.get("eras"), timeZone, report),
    markers: readMarkers(fields.get("markers"), timeZone, report),
    annotations: readAnnotations(annotations, timeZone, eventSpans, report),
    relations: readRelations(relations, new Set(eventSpans.keys()), report),
    timeZone,
    locale,
    warnings: report.warnings
  };
  if (opts.strict ?? true) {
    // Warnings about option names come first; like renderToSVG's, they never make the parse throw.
    const error = report.strictError(optionReport.warnings.length);
    if (error) throw error;
  }
  return timeline;
}

/**
 * Explicit ids first, in input order (the first of duplicates keeps its id), then
 * derived ids for the rest, so that a derived id never takes an explicit one.
 */
function assignEventIds(drafts: readonly EventDraft[], report: Report): TimelineEvent[] {
  const ids = new IdRegistry();
  for (const draft of drafts) {
    if (draft.explicitId === undefined) continue;
    if (ids.has(draft.explicitId)) {
      report.warn("DUPLICATE_ID", `events[${draft.event.index}].id`,
        `duplicate id ${describeValue(draft.explicitId)}, the first is kept, this event gets a derived id`);
    } else {
      ids.add(draft.explicitId);
      draft.event.id = draft.explicitId;
    }
  }
  for (const draft of drafts) {
    if (draft.event.id === "") draft.event.id = ids.unique(deriveId("e", eventContentKey(draft.event)));
  }
  return drafts.map((draft) => draft.event);
}

/**
 * Events by start, then end, then id: an order that does not depend on the order
 * of the input, so neither does anything derived from it. Sorting compares
 * numbers in typed arrays (several times faster than reading them through the
 * events); ids are compared only within runs of equal times, afterwards.
 */
function sortByTime(events: readonly TimelineEvent[]): TimelineEvent[] {
  const count = events.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    starts[i] = events[i]!.span.start;
    ends[i] = events[i]!.span.end;
  }
  const order = orderByKeys(count, [starts, ends]);
  const sorted = Array.from(order, (i) => events[i]!);
  for (let from = 0; from < count; ) {
    let to = from + 1;
    while (to < count && sameTime(sorted[from]!, sorted[to]!)) to++;
    if (to - from > 1) sortRunById(sorted, from, to);
    from = to;
  }
  return sorted;
}

function sameTime(a: TimelineEvent, b: TimelineEvent): boolean {
  return Object.is(a.span.start, b.span.start) && Object.is(a.span.end, b.span.end);
}

function sortRunById(events: TimelineEvent[], from: number, to: number): void {
  const run = events.slice(from, to).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = from; i < to; i++) events[i] = run[i - from]!;
}

/** Events without a colour of their own take their lane's, when the lane has one. */
function colourByLane(events: readonly TimelineEvent[], lanes: readonly Lane[]): void {
  const colours = new Map(lanes.flatMap((lane) => (lane.color === undefined ? [] : [[lane.id, lane.color] as const])));
  if (!colours.size) return;
  for (const event of events) {
    const colour = colours.get(event.lane);
    // The events were made by this parse a moment ago; nothing else holds them yet.
    if (event.color === undefined && colour !== undefined) (event as {color?: string}).color = colour;
  }
}

function readZone(value: unknown, report: Report): string {
  if (value === undefined || value === null) return DEFAULT_TIME_ZONE;
  if (isValidTimeZone(value)) return value;
  report.warn("UNKNOWN_TIME_ZONE", "timeZone", `unknown time zone ${describeValue(value)}, using ${DEFAULT_TIME_ZONE}`);
  return DEFAULT_TIME_ZONE;
}

function readLocale(value: unknown, report: Report): string {
  if (value === undefined || value === null) return DEFAULT_LOCALE;
  if (isValidLocale(value)) return value;
  report.warn("INVALID_LOCALE", "locale", `invalid locale ${describeValue(value)}, using ${DEFAULT_LOCALE}`);
  return DEFAULT_LOCALE;
}

function isValidLocale(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 100) return false;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([value]).length > 0 || new Intl.Locale(value).language !== "";
  } catch {
    return false;
  }
}
