import type {Era, Marker} from "../model/types.js";
import {fitText} from "./fitText.js";
import type {LayoutMetrics} from "./metrics.js";
import type {MeasureText} from "./measureText.js";
import {accessibleName, type LabelContext} from "./names.js";
import {packRows} from "./packRows.js";
import {makeLabel} from "./placeLabel.js";
import type {SceneEra, SceneLabel, SceneMarker} from "./scene.js";
import type {TimeScale} from "./timeScale.js";

export interface HeaderLayout {
  /** Eras and markers with their labels placed; their height is set later, once the lanes are known. */
  eras: SceneEra[];
  markers: SceneMarker[];
  bottom: number;
}

interface HeaderItem {
  key: string;
  left: number;
  right: number;
  text: string;
  width: number;
  anchorX: number;
}

/**
 * Era titles and marker labels share rows under the axis, packed so that none
 * overlap. An era's title starts at its visible left edge; a marker's label
 * starts beside its rule.
 */
export function placeHeader(
  eras: readonly Era[],
  markers: readonly Marker[],
  scale: TimeScale,
  top: number,
  metrics: LayoutMetrics,
  measure: MeasureText,
  context: LabelContext
): HeaderLayout {
  const [left, right] = scale.range;
  const [d0, d1] = scale.domain;
  const font = metrics.labelFont;
  const items: HeaderItem[] = [];
  const item = (key: string, title: string, anchorX: number): HeaderItem => {
    const x = Math.min(Math.max(anchorX, left), right);
    const text = fitText(title, Math.min(metrics.labelMaxWidth, right - left), font, measure);
    const width = measure(text, font);
    // Keep labels inside the plot: one that would run past the right edge ends there.
    const start = Math.max(left, Math.min(x + metrics.gap, right - width));
    return {key, left: start, right: start + width, text, width, anchorX: start};
  };
  const visibleEras = eras.filter((era) => era.span.end >= d0 && era.span.start <= d1);
  const visibleMarkers = markers.filter((marker) => markerTime(marker) >= d0 && markerTime(marker) <= d1);
  const eraItems = visibleEras.map((era) => item(`era:${era.id}`, era.title, scale(era.span.start)));
  const markerItems = visibleMarkers.map((marker) => item(`marker:${marker.id}`, marker.title, scale(markerTime(marker))));
  items.push(...eraItems, ...markerItems);
  const rows = packRows(items, metrics.gap * 2);
  const rowCount = items.length ? Math.max(...rows.values()) + 1 : 0;
  const labelOf = (header: HeaderItem): SceneLabel => {
    const centre = top + rows.get(header)! * metrics.headerRowHeight + metrics.headerRowHeight / 2;
    return makeLabel(header.text, header.anchorX, centre, "start", header.width, font);
  };
  return {
    eras: visibleEras.map((era, i) => ({
      id: era.id,
      box: {x: scale(era.span.start), y: top, width: Math.max(scale(era.span.end) - scale(era.span.start), 1), height: 0},
      openStart: era.span.openStart,
      openEnd: era.span.openEnd,
      ...(era.color !== undefined && {color: era.color}),
      label: labelOf(eraItems[i]!),
      name: accessibleName(era.title, era.span, context).name
    })),
    markers: visibleMarkers.map((marker, i) => ({
      id: marker.id,
      line: [[scale(markerTime(marker)), top], [scale(markerTime(marker)), top]],
      label: labelOf(markerItems[i]!),
      name: accessibleName(marker.title, marker.span, context).name
    })),
    bottom: top + rowCount * metrics.headerRowHeight
  };
}

/** A marker stands where a point event of the same date is drawn: the middle of its span. */
function markerTime(marker: Marker): number {
  const {start, end} = marker.span;
  return Number.isFinite(start) && Number.isFinite(end) ? (start + end) / 2 : Number.isFinite(start) ? start : end;
}
