import type {TimeSpan} from "../time/span.js";
import type {TimelineWarning} from "./errors.js";

/**
 * A date as chronoline accepts it: an ISO 8601 or EDTF (level 0 and 1) string,
 * epoch milliseconds, or a valid `Date`. Strings are never handed to
 * the `Date` constructor, which invents dates; see `parseDate`.
 */
export type DateInput = string | number | Date;

/** A link to where a fact comes from. Only http, https and mailto URLs are kept. */
export interface SourceInput {
  url: string;
  title?: string;
  publisher?: string;
  /** When the source was published. */
  date?: DateInput;
}

export interface PlaceInput {
  name: string;
  lat?: number;
  lon?: number;
}

/** One thing that happened, at a point or over a span of time. */
export interface EventInput {
  /** Stable identifier; derived from the event's content when absent. */
  id?: string | number;
  title: string;
  start: DateInput;
  /** Inclusive end: "2023-10-18" ends at the end of that day. */
  end?: DateInput;
  /** IANA zone for this event's floating (offset-less) dates; default: the timeline's. */
  timeZone?: string;
  description?: string;
  /** The id of a lane; unknown lanes are reported. */
  lane?: string;
  tags?: string[];
  actors?: string[];
  places?: PlaceInput[];
  sources?: SourceInput[];
  /** 1 (minor) to 5 (headline); default 3. */
  importance?: number;
  /** A CSS colour: hex, rgb()/hsl() or a named colour. */
  color?: string;
  /**
   * How the source writes the date ("Spring 1943", "c. 600 BC"), shown instead of
   * the formatted span where a label is wanted; the span still places the event.
   */
  dateLabel?: string;
}

/** A row of the timeline, e.g. one per country or actor. */
export interface LaneInput {
  id: string;
  title?: string;
  color?: string;
}

/** A shaded background period with a title. */
export interface EraInput {
  id?: string;
  title: string;
  start: DateInput;
  end?: DateInput;
  color?: string;
}

/** A vertical rule at a key date. */
export interface MarkerInput {
  id?: string;
  title: string;
  date: DateInput;
}

/** A note anchored to an event, a date or a span. */
export interface AnnotationInput {
  id?: string;
  text: string;
  /** The id of the event it comments on. */
  event?: string;
  /** A date or span it comments on, when not an event. */
  date?: DateInput;
  end?: DateInput;
}

/** The kinds of link between events; others are reported and dropped. */
export const RELATION_TYPES = ["causes", "precedes", "responds-to", "anniversary-of", "part-of", "constrains", "related"] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A typed link from one event to another, drawn as an arrow. */
export interface RelationInput {
  from: string;
  to: string;
  type?: RelationType;
  label?: string;
}

export interface TimelineInput {
  title?: string;
  description?: string;
  events: EventInput[];
  lanes?: LaneInput[];
  eras?: EraInput[];
  markers?: MarkerInput[];
  annotations?: AnnotationInput[];
  relations?: RelationInput[];
  /** IANA zone for floating dates; default "UTC". */
  timeZone?: string;
  /** BCP 47 locale for labels; default "en-GB". */
  locale?: string;
}

export interface Source {
  readonly url: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly date?: TimeSpan;
}

export interface Place {
  readonly name: string;
  readonly lat?: number;
  readonly lon?: number;
}

/** A validated event: text cleaned, dates parsed, id assigned. */
export interface TimelineEvent {
  readonly id: string;
  /** Position of the event in the input's `events` array. */
  readonly index: number;
  readonly title: string;
  readonly span: TimeSpan;
  readonly description?: string;
  readonly lane: string;
  readonly tags: readonly string[];
  readonly actors: readonly string[];
  readonly places: readonly Place[];
  readonly sources: readonly Source[];
  readonly importance: number;
  readonly color?: string;
  /** The source's own wording of the date, when it had one. */
  readonly dateLabel?: string;
}

export interface Lane {
  readonly id: string;
  readonly title: string;
  readonly color?: string;
}

export interface Era {
  readonly id: string;
  readonly title: string;
  readonly span: TimeSpan;
  readonly color?: string;
}

export interface Marker {
  readonly id: string;
  readonly title: string;
  readonly span: TimeSpan;
}

export interface Annotation {
  readonly id: string;
  readonly text: string;
  /** The event it comments on, if any; otherwise `span` is the anchor. */
  readonly event?: string;
  readonly span: TimeSpan;
}

export interface Relation {
  readonly from: string;
  readonly to: string;
  readonly type: RelationType;
  readonly label?: string;
}

/** A validated, normalised timeline; immutable. Events are sorted by time. */
export interface Timeline {
  readonly title?: string;
  readonly description?: string;
  readonly events: readonly TimelineEvent[];
  /** Lanes in display order; the implicit default lane (id "") comes first when used. */
  readonly lanes: readonly Lane[];
  readonly eras: readonly Era[];
  readonly markers: readonly Marker[];
  readonly annotations: readonly Annotation[];
  readonly relations: readonly Relation[];
  readonly timeZone: string;
  readonly locale: string;
  /** Everything dropped or normalised, with its JSON path. */
  readonly warnings: readonly TimelineWarning[];
}
