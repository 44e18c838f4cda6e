import type {Annotation} from "../../model/types.js";
import {wrapText} from "../fitText.js";
import type {LayoutMetrics} from "../metrics.js";
import type {MeasureText} from "../measureText.js";
import {makeLabel} from "../placeLabel.js";
import type {Point, SceneAnnotation, SceneEvent} from "../scene.js";
import type {TimeScale} from "../timeScale.js";
import type {Badge, ColumnItem, LabelColumn} from "./labelColumn.js";

/** A note wrapped to the label column, waiting for its place down it. */
export interface NoteItem {
  annotation: Annotation;
  lines: string[];
  widths: number[];
  width: number;
  height: number;
}

/** A note and its room in the label column: under its event's label, or on its own. */
export interface ColumnNote {
  note: NoteItem;
  item: ColumnItem;
  /** How far below the item's top the note starts (it may share the item with its event's label). */
  offset: number;
}

/**
 * Wraps each note to `columnWidth` (the narrowest the label column can turn
 * out to be, so the box fits whatever the lanes take) and the note width.
 */
export function wrapNotes(annotations: readonly Annotation[], columnWidth: number, metrics: LayoutMetrics, measure: MeasureText): NoteItem[] {
  const font = metrics.noteFont;
  const maxText = Math.max(Math.min(metrics.noteMaxWidth, columnWidth) - 2 * metrics.notePadding, 20);
  return annotations.map((annotation) => {
    const lines = wrapText(annotation.text, maxText, font, measure);
    const widths = lines.map((line) => measure(line, font));
    return {
      annotation,
      lines,
      widths,
      width: Math.max(...widths, 0) + 2 * metrics.notePadding,
      height: lines.length * metrics.noteLineHeight + 2 * metrics.notePadding
    };
  });
}

/**
 * Notes wrapped again once the label column's width is known: at least as
 * wide as the one they were placed for, so no note grows taller, and the
 * items holding them shrink to fit (an event's label keeps its notes under it).
 */
export function rewrapNotes(
  notes: readonly ColumnNote[],
  columnWidth: number,
  slot: number,
  gap: number,
  metrics: LayoutMetrics,
  measure: MeasureText
): ColumnNote[] {
  const wrapped = wrapNotes(notes.map(({note}) => note.annotation), columnWidth, metrics, measure);
  const next = new Map<ColumnItem, number>();
  return notes.map(({item, offset}, i) => {
    const note = wrapped[i]!;
    // An item with a label starts with it; notes follow one under the other.
    const top = next.get(item) ?? (offset === 0 ? 0 : slot + gap);
    next.set(item, top + note.height + gap);
    item.size = top + note.height;
    return {note, item, offset: top};
  });
}

/** Where a note's connector leaves its box: level with the first line. */
export function connectorStartOffset(metrics: LayoutMetrics): number {
  return metrics.notePadding + metrics.noteLineHeight / 2;
}

/**
 * The note as drawn at `x`, its connector leaving the box level with the first
 * line, turning at the first point of `route` and following it to what the
 * note points at (a mark, through its label's leader; a badge; a date).
 */
function sceneNote(note: NoteItem, top: number, x: number, route: readonly Point[], metrics: LayoutMetrics): SceneAnnotation {
  const font = metrics.noteFont;
  const box = {x, y: top, width: note.width, height: note.height};
  const lines = note.lines.map((line, i) =>
    makeLabel(line, x + metrics.notePadding, top + metrics.notePadding + (i + 0.5) * metrics.noteLineHeight, "start", note.widths[i]!, font)
  );
  const startY = top + connectorStartOffset(metrics);
  const [turnX, turnY] = route[0]!;
  const connector: Point[] = [[x, startY], ...(turnY === startY ? [] : [[turnX, startY] as Point]), ...route];
  return {id: note.annotation.id, lines, box, connector, name: note.annotation.text};
}

/**
 * The notes as drawn, each connected to what it explains: its event's mark
 * (running along the label's leader, so the two read as one line), or the
 * badge its event folded into, or, for a note on a date, the axis at that date.
 * Connectors turn just left of the label column.
 */
export function connectNotes(
  notes: readonly ColumnNote[],
  events: ReadonlyMap<string, SceneEvent>,
  column: LabelColumn,
  geometry: {axisX: number; labelLeft: number; slot: number},
  scale: TimeScale,
  metrics: LayoutMetrics
): SceneAnnotation[] {
  const {axisX, labelLeft, slot} = geometry;
  const turnX = labelLeft - 5;
  const badges = badgesOf(notes, events, column);
  return notes.map(({note, item, offset}) => {
    const eventId = note.annotation.event;
    const event = eventId === undefined ? undefined : events.get(eventId);
    const badge = eventId === undefined ? undefined : badges.get(eventId);
    let route: Point[];
    if (event) {
      const anchorY = event.anchor[1];
      const labelY = event.label.box.y + event.label.box.height / 2;
      route = [[turnX, labelY], [event.mark.x + event.mark.width + 1, anchorY]];
    } else if (badge) {
      const badgeY = badge.item.top + slot / 2;
      route = [[turnX, badgeY], [labelLeft - 1, badgeY]];
    } else {
      const [top, bottom] = scale.range;
      const y = Math.min(Math.max(scale(noteTime(note.annotation)), top), bottom);
      route = [[turnX, y], [axisX, y]];
    }
    return sceneNote(note, item.top + offset, labelLeft, route, metrics);
  });
}

/** The badges of the clustered events that notes point at: few, so one pass over the clustered looks them up. */
function badgesOf(notes: readonly ColumnNote[], events: ReadonlyMap<string, SceneEvent>, column: LabelColumn): Map<string, Badge> {
  const wanted = new Set<string>();
  for (const {note} of notes) {
    const eventId = note.annotation.event;
    if (eventId !== undefined && !events.has(eventId)) wanted.add(eventId);
  }
  const badges = new Map<string, Badge>();
  if (!wanted.size) return badges;
  column.clustered.forEach((id, i) => {
    if (wanted.has(id)) badges.set(id, column.clusteredBadges[i]!);
  });
  return badges;
}

/** Where a note stands in time: the middle of its span, or its known end. */
export function noteTime(annotation: Annotation): number {
  const {start, end} = annotation.span;
  if (Number.isFinite(start) && Number.isFinite(end)) return (start + end) / 2;
  return Number.isFinite(start) ? start : end;
}
