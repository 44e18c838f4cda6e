import type {TimelineEvent} from "../model/types.js";

/**
 * One lane's events in placement order, with what placement reads of each kept
 * in typed arrays: start, end, whether a callout points at it, and what bounds
 * its label's width. A dense zoom frame turns away tens of thousands of events;
 * reading numbers in order from these arrays, rather than following a pointer
 * to each event and its span scattered over the heap, is most of what keeps
 * that cheap. Built once per timeline (`EventIndex`).
 */
export interface LaneColumns {
  readonly events: readonly TimelineEvent[];
  readonly ids: readonly string[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** 1 where a callout points at the event. */
  readonly annotated: Uint8Array;
  /** The title's length in UTF-16 code units. */
  readonly titleLengths: Int32Array;
  /** 1 where every character of the title advances (Latin without combining marks or soft hyphens). */
  readonly advancing: Uint8Array;
}

/** The events of one lane in a time window: positions in its columns, most important first. */
export interface LaneWindow {
  readonly columns: LaneColumns;
  readonly positions: Int32Array;
}

// Latin text without combining marks or soft hyphens: every character has an advance.
const ADVANCING_TEXT = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF]*$/;

/** The columns of `events`, given in placement order. */
export function laneColumns(events: readonly TimelineEvent[], annotated: ReadonlySet<string>): LaneColumns {
  const count = events.length;
  const columns = {
    events,
    ids: events.map((event) => event.id),
    starts: new Float64Array(count),
    ends: new Float64Array(count),
    annotated: new Uint8Array(count),
    titleLengths: new Int32Array(count),
    advancing: new Uint8Array(count)
  };
  for (let i = 0; i < count; i++) {
    const event = events[i]!;
    columns.starts[i] = event.span.start;
    columns.ends[i] = event.span.end;
    columns.annotated[i] = annotated.has(event.id) ? 1 : 0;
    columns.titleLengths[i] = event.title.length;
    columns.advancing[i] = ADVANCING_TEXT.test(event.title) ? 1 : 0;
  }
  return columns;
}
