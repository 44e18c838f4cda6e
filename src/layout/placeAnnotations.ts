import type {Annotation} from "../model/types.js";
import type {LayoutMetrics} from "./metrics.js";
import type {MeasureText} from "./measureText.js";
import {packRows} from "./packRows.js";
import {makeLabel} from "./placeLabel.js";
import type {Box, SceneAnnotation, SceneCluster, SceneEvent} from "./scene.js";
import type {TimeScale} from "./timeScale.js";
import {wrapText} from "./fitText.js";

interface NoteItem {
  key: string;
  left: number;
  right: number;
  annotation: Annotation;
  lines: string[];
  widths: number[];
  height: number;
  anchorX: number;
}

export interface AnnotationsLayout {
  annotations: SceneAnnotation[];
  bottom: number;
}

/**
 * Callout notes in a band of their own above the lanes: each note is wrapped to
 * the maximum width, placed over its anchor (kept inside the plot), and notes are
 * packed into rows so none overlap. Connectors are drawn once the anchors' marks
 * are placed (see `connectAnnotations`).
 */
export function placeAnnotations(
  annotations: readonly Annotation[],
  scale: TimeScale,
  top: number,
  metrics: LayoutMetrics,
  measure: MeasureText
): AnnotationsLayout {
  const [left, right] = scale.range;
  const [d0, d1] = scale.domain;
  const font = metrics.noteFont;
  const maxText = Math.max(Math.min(metrics.noteMaxWidth, right - left) - 2 * metrics.notePadding, 20);
  const items: NoteItem[] = annotations
    .filter((a) => a.span.end >= d0 && a.span.start <= d1)
    .map((annotation) => {
      const lines = wrapText(annotation.text, maxText, font, measure);
      const widths = lines.map((line) => measure(line, font));
      const boxWidth = Math.max(...widths, 0) + 2 * metrics.notePadding;
      const anchorX = anchorTime(annotation);
      const x = Math.min(Math.max(scale(anchorX) - 12, left), right - boxWidth);
      return {
        key: annotation.id,
        left: x,
        right: x + boxWidth,
        annotation,
        lines,
        widths,
        height: lines.length * metrics.noteLineHeight + 2 * metrics.notePadding,
        anchorX: scale(anchorX)
      };
    });
  const rows = packRows(items, metrics.gap * 2);
  // Rows are as tall as their tallest note.
  const rowHeights: number[] = [];
  for (const item of items) {
    const row = rows.get(item)!;
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, item.height);
  }
  const rowTops: number[] = [];
  let y = top;
  for (const height of rowHeights) {
    rowTops.push(y);
    y += height + metrics.gap * 2;
  }
  const placed = items.map((item): SceneAnnotation => {
    const box: Box = {x: item.left, y: rowTops[rows.get(item)!]!, width: item.right - item.left, height: item.height};
    const lines = item.lines.map((line, i) =>
      makeLabel(line, box.x + metrics.notePadding, box.y + metrics.notePadding + (i + 0.5) * metrics.noteLineHeight, "start", item.widths[i]!, font)
    );
    return {id: item.annotation.id, lines, box, connector: [[item.anchorX, box.y + box.height]], name: item.annotation.text};
  });
  return {annotations: placed, bottom: rowHeights.length ? y - metrics.gap * 2 : top};
}

/**
 * Draws each note's connector: down from the note's bottom edge to the top of its
 * event's mark (or of the cluster badge the event folded into), or to `fallbackY`
 * for a note on a date. Elbowed so it leaves the note from within its width.
 */
export function connectAnnotations(
  annotations: readonly SceneAnnotation[],
  source: readonly Annotation[],
  events: ReadonlyMap<string, SceneEvent>,
  clusters: ReadonlyMap<string, SceneCluster>,
  fallbackY: number,
  metrics: LayoutMetrics
): SceneAnnotation[] {
  const byId = new Map(source.map((a) => [a.id, a]));
  return annotations.map((note) => {
    const annotation = byId.get(note.id)!;
    const [[anchorX]] = note.connector as [[number, number]];
    const target = targetOf(annotation, events, clusters);
    const endX = target?.x ?? anchorX;
    const endY = target?.y ?? fallbackY;
    const startX = Math.min(Math.max(endX, note.box.x + 4), note.box.x + note.box.width - 4);
    const startY = note.box.y + note.box.height;
    const bendY = startY + metrics.gap / 2;
    const connector: [number, number][] = startX === endX
      ? [[startX, startY], [endX, endY]]
      : [[startX, startY], [startX, bendY], [endX, bendY], [endX, endY]];
    return {...note, connector};
  });
}

/** The top middle of what the note points at, if it is drawn. */
function targetOf(
  annotation: Annotation,
  events: ReadonlyMap<string, SceneEvent>,
  clusters: ReadonlyMap<string, SceneCluster>
): {x: number; y: number} | undefined {
  if (annotation.event === undefined) return undefined;
  const event = events.get(annotation.event);
  // Connectors come down from the notes above: they end on the mark's top edge.
  if (event) return {x: event.anchor[0], y: event.mark.y - 1};
  const cluster = clusters.get(annotation.event);
  return cluster && {x: cluster.x, y: cluster.box.y - 1};
}

function anchorTime(annotation: Annotation): number {
  const {start, end} = annotation.span;
  if (Number.isFinite(start) && Number.isFinite(end)) return (start + end) / 2;
  return Number.isFinite(start) ? start : end;
}
