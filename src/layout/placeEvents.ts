import type {Timeline, TimelineEvent} from "../model/types.js";
import type {LayoutMetrics} from "./metrics.js";
import type {MeasureText} from "./measureText.js";
import {accessibleName, type LabelContext} from "./names.js";
import {packRows} from "./packRows.js";
import {fitText} from "./fitText.js";
import {makeLabel, placeMarkLabel, shiftLabel, type MarkLabelPlacement} from "./placeLabel.js";
import type {SceneEvent, SceneLane} from "./scene.js";
import type {TimeScale} from "./timeScale.js";

/** Number of colours in the theme's categorical palette. */
export const SERIES_COUNT = 10;

const SOFT_PRECISIONS = new Set(["month", "season", "year", "decade", "century", "millennium", "tenMillennia"]);

interface PlacedEvent extends MarkLabelPlacement {
  key: string;
  event: TimelineEvent;
  x0: number;
  x1: number;
  kind: SceneEvent["kind"];
}

export interface LanesLayout {
  lanes: SceneLane[];
  events: SceneEvent[];
  bottom: number;
}

/**
 * Lanes top to bottom; inside a lane, each event's mark and label are packed into
 * sub-rows so that no two overlap, and the lane grows with its rows.
 */
export function placeEvents(
  timeline: Timeline,
  scale: TimeScale,
  top: number,
  metrics: LayoutMetrics,
  measure: MeasureText,
  context: LabelContext
): LanesLayout {
  const [left, right] = scale.range;
  const [d0, d1] = scale.domain;
  const byLane = new Map<string, TimelineEvent[]>(timeline.lanes.map((lane) => [lane.id, []]));
  for (const event of timeline.events) {
    if (event.span.end >= d0 && event.span.start <= d1) byLane.get(event.lane)?.push(event);
  }
  const lanes: SceneLane[] = [];
  const events: SceneEvent[] = [];
  let y = top;
  timeline.lanes.forEach((lane, index) => {
    const laneEvents = byLane.get(lane.id) ?? [];
    const laneTop = y;
    let title = null;
    if (lane.title) {
      const text = fitText(lane.title, right - left, metrics.laneTitleFont, measure);
      const width = measure(text, metrics.laneTitleFont);
      title = makeLabel(text, left, y + metrics.laneTitleHeight / 2, "start", width, metrics.laneTitleFont);
      y += metrics.laneTitleHeight;
    }
    const placed = laneEvents.map((event) => placeOne(event, scale, {left, right}, metrics, measure));
    const rows = packRows(placed, metrics.gap * 2);
    let rowCount = 0;
    for (const item of placed) {
      const row = rows.get(item)!;
      rowCount = Math.max(rowCount, row + 1);
      const centre = y + row * metrics.rowHeight + metrics.rowHeight / 2;
      const {name, dateLabel} = accessibleName(item.event.title, item.event.span, context);
      const soft = isSoft(item.event);
      // Text on a soft band keeps the normal colour; only solid bars need the inverse.
      const label = item.label && shiftLabel({...item.label, inverse: Boolean(item.label.inverse) && !soft}, centre);
      events.push({
        id: item.event.id,
        laneId: lane.id,
        kind: item.kind,
        x0: item.x0,
        x1: item.x1,
        y: centre,
        soft,
        uncertain: item.event.span.uncertain,
        openStart: item.event.span.openStart,
        openEnd: item.event.span.openEnd,
        ...(item.event.color !== undefined && {color: item.event.color}),
        series: index % SERIES_COUNT,
        label,
        name,
        dateLabel
      });
    }
    y += Math.max(rowCount, 1) * metrics.rowHeight;
    lanes.push({id: lane.id, index, title, y: laneTop, height: y - laneTop});
    y += metrics.laneGap;
  });
  return {lanes, events, bottom: y - metrics.laneGap};
}

function placeOne(
  event: TimelineEvent,
  scale: TimeScale,
  plot: {left: number; right: number},
  metrics: LayoutMetrics,
  measure: MeasureText
): PlacedEvent {
  const start = scale(event.span.start);
  const end = scale(event.span.end);
  // Below a few pixels a span reads as a point; draw it as one, at its middle.
  const isSpan = end - start >= metrics.pointRadius * 2;
  const middle = Number.isFinite(event.span.start) && Number.isFinite(event.span.end) ? (start + end) / 2 : start;
  const x0 = isSpan ? start : middle - metrics.pointRadius;
  const x1 = isSpan ? end : middle + metrics.pointRadius;
  const placement = placeMarkLabel(event.title, {x0, x1, y: 0, isSpan}, plot, metrics.labelFont, metrics.labelMaxWidth, metrics.gap, measure);
  return {...placement, key: event.id, event, x0, x1, kind: isSpan ? "span" : "point"};
}

function isSoft(event: TimelineEvent): boolean {
  return event.span.approximate || event.span.uncertain || SOFT_PRECISIONS.has(event.span.precision);
}
