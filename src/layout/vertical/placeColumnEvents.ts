import type {TimelineEvent} from "../../model/types.js";
import type {TimeScale} from "../timeScale.js";
import type {LabelColumn, LabelledEvent} from "./labelColumn.js";
import {markMiddle, setMarkAlongY, type MarkAlongY, type MarkTracks} from "./markTracks.js";
import type {ColumnNote, NoteItem} from "./verticalNotes.js";

/** An event given a mark in a column of its lane and a label down the label column. */
export interface PlacedMark extends MarkAlongY {
  labelled: LabelledEvent;
  /** The column of marks within the lane. */
  column: number;
  openStart: boolean;
  openEnd: boolean;
}

export interface ColumnEventsContext {
  scale: TimeScale;
  radius: number;
  /** Lane index of a lane id. */
  laneIndex: ReadonlyMap<string, number>;
  tracks: MarkTracks;
  column: LabelColumn;
  slot: number;
  gap: number;
  limit: number;
  /** False when the label column is too narrow for any text: every event is clustered. */
  labelsFit: boolean;
  notesByEvent: ReadonlyMap<string, readonly NoteItem[]>;
}

const NO_NOTES: readonly NoteItem[] = [];

/**
 * Places events most important first: each takes the first column of its lane
 * where its mark fits and the room down the label column nearest its time
 * (within `limit`; a span's label may sit anywhere beside its bar). An event
 * without room for both is clustered (see `LabelColumn.cluster`). An event's
 * notes go under its label, as one item, so a callout never drifts from the
 * label of what it explains; the notes of a clustered event go near its time.
 */
export function placeColumnEvents(events: readonly TimelineEvent[], context: ColumnEventsContext): {marks: PlacedMark[]; notes: ColumnNote[]} {
  const {scale, column, tracks, slot, gap} = context;
  const marks: PlacedMark[] = [];
  const notes: ColumnNote[] = [];
  const mark: MarkAlongY = {kind: "point", y0: 0, y1: 0, anchorY: 0, clippedStart: false, clippedEnd: false};
  for (const event of events) {
    const lane = context.laneIndex.get(event.lane) ?? 0;
    setMarkAlongY(mark, event, scale, context.radius);
    const openStart = event.span.openStart || mark.clippedStart;
    const openEnd = event.span.openEnd || mark.clippedEnd;
    const eventNotes = context.notesByEvent.size ? context.notesByEvent.get(event.id) ?? NO_NOTES : NO_NOTES;
    let size = slot;
    for (const note of eventNotes) size += gap + note.height;
    const markColumn = context.labelsFit ? tracks.columnFor(lane, mark, openStart, openEnd) : -1;
    const room = markColumn < 0 ? undefined : findLabelRoom(mark, column, slot, size, context.limit);
    if (!room) {
      const y = markMiddle(mark);
      column.cluster(event, lane, y);
      for (const note of eventNotes) notes.push({note, item: column.takeAnywhere(y, note.height), offset: 0});
      continue;
    }
    tracks.take(lane, markColumn, mark, openStart, openEnd);
    const labelled = column.takeLabel(event, lane, room.top, room.target, size);
    marks.push({...mark, labelled, column: markColumn, openStart, openEnd});
    let offset = slot + gap;
    for (const note of eventNotes) {
      notes.push({note, item: labelled.item, offset});
      offset += note.height + gap;
    }
  }
  return {marks, notes};
}

/**
 * Room for the label (with its notes under it, `size` in all): level with a
 * dot, or beside a bar (from its start down to its end), else the nearest
 * within `limit`. The target is where the label would rather be: level with
 * the dot, or the nearest place beside the bar.
 */
function findLabelRoom(mark: MarkAlongY, column: LabelColumn, slot: number, size: number, limit: number): {top: number; target: number} | undefined {
  if (mark.kind === "point") {
    const target = mark.anchorY - slot / 2;
    const top = column.findRoom(target, target - limit, target + limit, size);
    return top === undefined ? undefined : {top, target};
  }
  const last = Math.max(mark.y0, mark.y1 - slot);
  const top = column.findRoom(mark.y0, mark.y0, last, size) ?? column.findRoom(mark.y0, mark.y0 - limit, last + limit, size);
  return top === undefined ? undefined : {top, target: Math.min(Math.max(top, mark.y0), last)};
}
