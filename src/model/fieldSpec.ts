import {RELATION_TYPES} from "./types.js";

/**
 * The chronoline format as data: every object, its fields, their value types and
 * which are required. The readers take their lists of known fields from here (a
 * field missing from a list is reported as unknown), and the build generates the
 * JSON Schema (`dist/chronoline.schema.json`) from the same objects, so editors
 * check a data file against exactly what `parseTimeline` reads.
 */

/** What a field holds. The readers in readValues.ts, readSpan.ts and readEvent.ts give each its meaning. */
export type ValueType =
  /** One line of text: whitespace is folded, HTML is shown as text. */
  | {readonly kind: "text"}
  /** Text whose line breaks are kept (descriptions, notes). */
  | {readonly kind: "multilineText"}
  /** A date or interval: ISO 8601 or EDTF string, or epoch milliseconds. */
  | {readonly kind: "date"}
  /** An identifier: a non-blank string of at most 200 characters, or a number. */
  | {readonly kind: "id"}
  /** The id of a lane. */
  | {readonly kind: "laneRef"}
  /** The id of an event. */
  | {readonly kind: "eventRef"}
  /** A number from `min` to `max`, inclusive. */
  | {readonly kind: "numberRange"; readonly min: number; readonly max: number}
  /** A CSS colour: hex, rgb()/hsl()-style function or a named colour. */
  | {readonly kind: "color"}
  /** An absolute http, https or mailto URL. */
  | {readonly kind: "url"}
  /** An IANA time zone name. */
  | {readonly kind: "timeZone"}
  /** A BCP 47 locale. */
  | {readonly kind: "locale"}
  /** A reference to a JSON Schema, for editors; never read. */
  | {readonly kind: "schemaRef"}
  /** One of a fixed set of strings. */
  | {readonly kind: "enum"; readonly values: readonly string[]}
  /** An array of values of one type, at most `maxItems` long when given. */
  | {readonly kind: "list"; readonly of: ValueType; readonly maxItems?: number}
  /** A nested object. */
  | {readonly kind: "object"; readonly spec: ObjectSpec};

export interface FieldSpec {
  readonly type: ValueType;
  /** Without it the item is dropped (or, for the timeline, rejected). */
  readonly required?: boolean;
  /** For people: shown by editors, copied into the schema. */
  readonly description: string;
}

export interface ObjectSpec {
  /** The object's name in the schema's `$defs`. */
  readonly name: string;
  readonly description: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** The field names, in order: the readers' list of known fields. */
  readonly keys: readonly string[];
  /** Groups of fields of which at least one must be present (an annotation's anchor). */
  readonly requireOneOf?: readonly (readonly string[])[];
}

/** An object's definition, with its field names as literal types (for the type tests against the input types). */
export type DefinedObject<Fields> = ObjectSpec & {readonly fields: Fields; readonly keys: readonly (keyof Fields & string)[]};

function objectSpec<const Fields extends Readonly<Record<string, FieldSpec>>>(
  name: string,
  description: string,
  fields: Fields,
  requireOneOf?: readonly (readonly (keyof Fields & string)[])[]
): DefinedObject<Fields> {
  const keys = Object.freeze(Object.keys(fields)) as readonly (keyof Fields & string)[];
  return {name, description, fields, keys, ...(requireOneOf && {requireOneOf})};
}

/** The most items a list inside an event keeps; more are reported and ignored. */
const MAX_ITEMS = 100;

const text = {kind: "text"} as const;
const multilineText = {kind: "multilineText"} as const;
const date = {kind: "date"} as const;
const id = {kind: "id"} as const;
const color = {kind: "color"} as const;
const timeZone = {kind: "timeZone"} as const;
const list = <T extends ValueType>(of: T, maxItems?: number) => ({kind: "list", of, ...(maxItems !== undefined && {maxItems})}) as const;
const objects = <T extends ObjectSpec>(spec: T, maxItems?: number) => list({kind: "object", spec} as const, maxItems);

export const sourceSpec = objectSpec("source", "A link to where a fact comes from. Only http, https and mailto URLs are kept.", {
  url: {type: {kind: "url"}, required: true, description: "An absolute http, https or mailto URL."},
  title: {type: text, description: "The title of the page or document."},
  publisher: {type: text, description: "Who published it."},
  date: {type: date, description: "When the source was published."}
});

export const placeSpec = objectSpec("place", "A place where the event happened.", {
  name: {type: text, required: true, description: "The place's name."},
  lat: {type: {kind: "numberRange", min: -90, max: 90}, description: "Latitude in degrees, -90 to 90."},
  lon: {type: {kind: "numberRange", min: -180, max: 180}, description: "Longitude in degrees, -180 to 180."}
});

export const eventSpec = objectSpec("event", "One thing that happened, at a point or over a span of time.", {
  id: {type: id, description: "Stable identifier; derived from the event's content when absent."},
  title: {type: text, required: true, description: "What happened. HTML is shown literally, never interpreted."},
  start: {type: date, required: true, description: "When it happened, or began."},
  end: {type: date, description: "Inclusive end: \"2023-10-18\" ends at the end of that day."},
  timeZone: {type: timeZone, description: "IANA zone for this event's dates without an offset; default: the timeline's."},
  description: {type: multilineText, description: "Longer text, shown in the details; line breaks are kept."},
  lane: {type: {kind: "laneRef"}, description: "The id of a lane; lanes named only by events are added."},
  tags: {type: list(text, MAX_ITEMS), description: "Keywords."},
  actors: {type: list(text, MAX_ITEMS), description: "The people and organisations involved."},
  places: {type: objects(placeSpec, MAX_ITEMS), description: "Where it happened."},
  sources: {type: objects(sourceSpec, MAX_ITEMS), description: "Where the facts come from."},
  importance: {type: {kind: "numberRange", min: 1, max: 5}, description: "1 (minor) to 5 (headline); default 3."},
  color: {type: color, description: "The event's colour: hex, rgb()/hsl()-style function or a named colour."},
  dateLabel: {
    type: text,
    description: "How the source writes the date (\"Spring 1943\", \"c. 600 BC\"), shown instead of the formatted date; the start and end still place the event."
  }
});

export const laneSpec = objectSpec("lane", "A row of the timeline, e.g. one per country or actor.", {
  id: {type: text, required: true, description: "The id that events name in their \"lane\"."},
  title: {type: text, description: "The lane's heading; default: its id."},
  color: {type: color, description: "The colour of the lane's events."}
});

export const eraSpec = objectSpec("era", "A shaded background period with a title.", {
  id: {type: id, description: "Stable identifier; derived when absent."},
  title: {type: text, required: true, description: "The era's name."},
  start: {type: date, required: true, description: "When it began."},
  end: {type: date, description: "Inclusive end."},
  color: {type: color, description: "The band's colour."}
});

export const markerSpec = objectSpec("marker", "A rule across the timeline at a key date.", {
  id: {type: id, description: "Stable identifier; derived when absent."},
  title: {type: text, required: true, description: "The marker's label."},
  date: {type: date, required: true, description: "Where the rule is drawn."}
});

export const annotationSpec = objectSpec("annotation", "A note anchored to an event, a date or a span: it needs \"event\" or \"date\".", {
  id: {type: id, description: "Stable identifier; derived when absent."},
  text: {type: multilineText, required: true, description: "The note."},
  event: {type: {kind: "eventRef"}, description: "The id of the event it comments on."},
  date: {type: date, description: "A date or the start of a span it comments on, when not an event."},
  end: {type: date, description: "The inclusive end of the span, with \"date\"."}
}, [["event", "date"]]);

export const relationSpec = objectSpec("relation", "A typed link from one event to another, drawn as an arrow.", {
  from: {type: {kind: "eventRef"}, required: true, description: "The id of the event it starts at."},
  to: {type: {kind: "eventRef"}, required: true, description: "The id of the event it points at."},
  type: {type: {kind: "enum", values: RELATION_TYPES}, description: "The kind of link; default \"related\"."},
  label: {type: text, description: "Text drawn along the arrow."}
});

export const timelineSpec = objectSpec("timeline", "A chronoline timeline: events in lanes, with eras, markers, annotations and relations.", {
  $schema: {type: {kind: "schemaRef"}, description: "The JSON Schema of this file, for editors; chronoline ignores it."},
  title: {type: text, description: "The timeline's title."},
  description: {type: multilineText, description: "What the timeline shows; line breaks are kept."},
  events: {type: objects(eventSpec), required: true, description: "The events, in any order."},
  lanes: {type: objects(laneSpec), description: "The lanes, in display order."},
  eras: {type: objects(eraSpec), description: "Shaded background periods."},
  markers: {type: objects(markerSpec), description: "Rules at key dates."},
  annotations: {type: objects(annotationSpec), description: "Notes on events, dates or spans."},
  relations: {type: objects(relationSpec), description: "Arrows between events."},
  timeZone: {type: timeZone, description: "IANA zone for dates without an offset; default \"UTC\"."},
  locale: {type: {kind: "locale"}, description: "BCP 47 locale for labels; default \"en-GB\"."}
});

/** Every object of the format, the timeline first. */
export const objectSpecs: readonly ObjectSpec[] = [
  timelineSpec, eventSpec, laneSpec, eraSpec, markerSpec, annotationSpec, relationSpec, sourceSpec, placeSpec
];
