import type {Era, Marker} from "../../model/types.js";
import {fitText} from "../fitText.js";
import type {LayoutMetrics} from "../metrics.js";
import type {MeasureText} from "../measureText.js";
import {accessibleName, type LabelContext} from "../names.js";
import {makeLabel} from "../placeLabel.js";
import type {SceneEra, SceneLabel, SceneMarker} from "../scene.js";
import type {TimeScale} from "../timeScale.js";
import type {ColumnItem, LabelColumn} from "./labelColumn.js";

/** A marker's rule down the plot and its title's room in the label column. */
export interface MarkerPlace {
  marker: Marker;
  y: number;
  title: ColumnItem;
}

/** An era's band down the plot, as far as it is in view. */
export interface EraBand {
  era: Era;
  top: number;
  bottom: number;
}

/**
 * Marker titles claim their room in the label column before any event, just
 * above their rule (moved at most `limit`, else anywhere), and hold on to it
 * when the column is arranged, so a title stays with its rule. A marker whose
 * title finds no room anywhere is left out, since a rule without a name says
 * nothing.
 */
export function reserveMarkers(markers: readonly Marker[], scale: TimeScale, column: LabelColumn, slot: number, limit: number): MarkerPlace[] {
  const [d0, d1] = scale.domain;
  const places: MarkerPlace[] = [];
  for (const marker of markers) {
    const time = markerTime(marker);
    if (!(time >= d0 && time <= d1)) continue;
    const y = clampTo(scale(time), scale.range);
    const target = y - 3 - slot;
    const title = column.takeTitle(target, target - limit, target + limit) ?? column.takeTitle(target, -Infinity, Infinity);
    if (title) places.push({marker, y, title});
  }
  return places;
}

/** The eras in view, as bands down the plot (open ends reach its edge). */
export function eraBands(eras: readonly Era[], scale: TimeScale): EraBand[] {
  const [d0, d1] = scale.domain;
  return eras
    .filter((era) => era.span.end >= d0 && era.span.start <= d1)
    .map((era) => ({era, top: clampTo(scale(era.span.start), scale.range), bottom: clampTo(scale(era.span.end), scale.range)}));
}

/** Markers as rules across the plot from `left` to `right`, titles right-aligned at `right`, fitted to `titleWidth`. */
export function sceneMarkers(
  places: readonly MarkerPlace[],
  left: number,
  right: number,
  titleWidth: number,
  slot: number,
  metrics: LayoutMetrics,
  measure: MeasureText,
  context: LabelContext
): SceneMarker[] {
  const font = metrics.labelFont;
  return places.flatMap(({marker, y, title}) => {
    const text = fitText(marker.title, Math.max(0, Math.min(titleWidth, metrics.labelMaxWidth)), font, measure);
    if (!text) return [];
    const label = makeLabel(text, right, title.top + slot / 2, "end", measure(text, font), font);
    return [{id: marker.id, line: [[left, y], [right, y]], label, name: accessibleName(marker.title, marker.span, context).name}];
  });
}

/** Eras as bands across the plot from `left` to `right`, with the titles placed for them. */
export function sceneEras(bands: readonly EraBand[], titles: readonly (SceneLabel | null)[], left: number, right: number, context: LabelContext): SceneEra[] {
  return bands.map(({era, top, bottom}, i) => ({
    id: era.id,
    box: {x: left, y: top, width: right - left, height: Math.max(bottom - top, 1)},
    openStart: era.span.openStart,
    openEnd: era.span.openEnd,
    ...(era.color !== undefined && {color: era.color}),
    label: titles[i] ?? null,
    name: accessibleName(era.title, era.span, context).name
  }));
}

/** A marker stands where a point event of the same date is drawn: the middle of its span. */
function markerTime(marker: Marker): number {
  const {start, end} = marker.span;
  return Number.isFinite(start) && Number.isFinite(end) ? (start + end) / 2 : Number.isFinite(start) ? start : end;
}

function clampTo(y: number, [low, high]: [number, number]): number {
  return Math.min(Math.max(y, low), high);
}
