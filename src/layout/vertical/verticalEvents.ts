import type {LayoutCache} from "../layoutCache.js";
import type {LayoutMetrics} from "../metrics.js";
import {isSoft, type LabelContext} from "../names.js";
import {SERIES_COUNT} from "../placeEvents.js";
import {makeLabel} from "../placeLabel.js";
import type {Point, SceneEvent} from "../scene.js";
import type {LabelledEvent} from "./labelColumn.js";
import type {PlacedMark} from "./placeColumnEvents.js";
import {columnCentre} from "./tracks.js";

// The same rule as the horizontal layout's (placeEvents.ts): month or coarser is drawn soft.
/** A label this close to level with its dot needs no leader. */
const LEVEL = 3;

/**
 * No leader for a label level with its dot or with the start of its bar,
 * unless another mark is level with it too (then which is meant would be a
 * guess); a label further down beside its bar points straight across at it;
 * any other leader runs straight from the mark (a bar's nearer end) to the
 * label. (A leader that
 * first ran across to the gutter would lie on top of the leaders of marks
 * level with it, and a fan from one point says nothing about which is whose.)
 */
function leaderOf(mark: PlacedMark, labelY: number, markRight: number, geometry: EventGeometry, alone: boolean): Point[] | null {
  // A dot's leader leaves its centre; a bar's leaves it level with the label, or from its nearer end.
  const startY = mark.kind === "point" ? mark.anchorY : Math.min(Math.max(labelY, mark.y0), mark.y1);
  const level = Math.abs(labelY - startY) <= LEVEL;
  const nearStart = mark.kind === "point" || labelY <= Math.min(mark.y1, mark.y0 + geometry.slot) + LEVEL;
  if (level && nearStart && alone) return null;
  return [[markRight, startY], [geometry.labelLeft - 3, labelY]];
}

/** How many marks (with their chevrons) meet the band of a label's centre line. */
function marksLevelWith(marks: readonly PlacedMark[], labelY: number): number {
  let count = 0;
  for (const mark of marks) {
    if (mark.y0 - (mark.openStart ? 8 : 0) <= labelY + LEVEL && mark.y1 + (mark.openEnd ? 8 : 0) >= labelY - LEVEL) count++;
  }
  return count;
}

/** Where things stand across the page once the lanes have taken their width. */
export interface EventGeometry {
  /** Each lane's left edge (its rule). */
  lefts: readonly number[];
  labelLeft: number;
  slot: number;
}

/**
 * The placed events as drawn: dots and bars in their lane's columns, labels at
 * the left of the label column, and leaders where a label alone would not say
 * which mark it names (see `leaderOf`). Lane by lane, most important first.
 */
export function sceneEvents(
  marks: readonly PlacedMark[],
  titles: ReadonlyMap<LabelledEvent, {text: string; width: number}>,
  geometry: EventGeometry,
  metrics: LayoutMetrics,
  cache: LayoutCache,
  context: LabelContext
): SceneEvent[] {
  const font = metrics.labelFont;
  const events: SceneEvent[] = [];
  const byLane = [...marks].sort((a, b) => a.labelled.lane - b.labelled.lane || a.labelled.order - b.labelled.order);
  for (const mark of byLane) {
    const title = titles.get(mark.labelled);
    if (!title) continue;
    const {event, lane, item} = mark.labelled;
    const x = columnCentre(geometry.lefts[lane]!, mark.column);
    const half = mark.kind === "point" ? metrics.pointRadius : metrics.barHeight / 2;
    const labelY = item.top + geometry.slot / 2;
    const leader = leaderOf(mark, labelY, x + half + 1, geometry, marksLevelWith(byLane, labelY) <= 1);
    const {name, dateLabel} = cache.name(event, context);
    const span = event.span;
    events.push({
      id: event.id,
      laneId: event.lane,
      kind: mark.kind,
      mark: {x: x - half, y: mark.y0, width: 2 * half, height: mark.y1 - mark.y0},
      anchor: [x, mark.anchorY],
      row: mark.column,
      soft: isSoft(span),
      uncertain: span.uncertain,
      openStart: mark.openStart,
      openEnd: mark.openEnd,
      ...(event.color !== undefined && {color: event.color}),
      series: lane % SERIES_COUNT,
      label: makeLabel(title.text, geometry.labelLeft, labelY, "start", title.width, font),
      leader,
      title: event.title,
      name,
      dateLabel
    });
  }
  return events;
}
