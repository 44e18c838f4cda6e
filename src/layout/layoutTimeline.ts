import type {Timeline} from "../model/types.js";
import {dataDomain} from "./domain.js";
import {defaultMetrics, type LayoutMetrics} from "./metrics.js";
import {guardMeasureText, measureTextWithTable, type MeasureText} from "./measureText.js";
import {makeLabel} from "./placeLabel.js";
import {placeAxis} from "./placeAxis.js";
import {placeHeader} from "./placeHeader.js";
import {connectAnnotations, placeAnnotations} from "./placeAnnotations.js";
import {LayoutCache} from "./layoutCache.js";
import {placeEvents} from "./placeEvents.js";
import {placeRelations} from "./placeRelations.js";
import type {Orientation, Scene, SceneEvent} from "./scene.js";
import {timeScale} from "./timeScale.js";
import {layoutVertical} from "./vertical/layoutVertical.js";
import {formatSpan} from "../time/formatSpan.js";
import type {Relation} from "../model/types.js";

/** What to lay out: the size of the drawing and the visible time window. */
export interface LayoutView {
  width: number;
  /**
   * Fixed height; by default the drawing is as tall as its content (when time
   * runs down: room for the visible events, from 480 to 2,400 px). Across, the
   * lanes share the rows that fit, and what finds no row folds into clusters;
   * only when the lanes' titles and clusters alone need more does the drawing
   * grow past it.
   */
  height?: number;
  /** Visible time window; by default the data's extent, padded. */
  domain?: [number, number];
  measureText?: MeasureText;
  metrics?: Partial<LayoutMetrics>;
  /** Keeps label widths and names between layouts of the same timeline (zoom frames). */
  cache?: LayoutCache;
  /**
   * Which way time runs: "horizontal" (the default) across the page, or
   * "vertical" down it, for narrow containers (about 240–560 px wide). The
   * Scene says which, and holds screen coordinates either way.
   */
  orientation?: Orientation;
}

/**
 * Timeline and view in, Scene out: a pure function. No DOM, no clock, no globals,
 * so it runs the same in Node, jsdom and the browser.
 */
export function layoutTimeline(timeline: Timeline, view: LayoutView): Scene {
  const metrics = {...defaultMetrics, ...view.metrics};
  // An injected measure that fails falls back to the table here, silently: the
  // components guard it first, with a warning (guardMeasureText).
  const measure = view.measureText ? guardMeasureText(view.measureText) : measureTextWithTable;
  const context = {locale: timeline.locale, timeZone: timeline.timeZone};
  const width = view.width;
  const domain = view.domain ?? dataDomain(timeline);
  const cache = view.cache ?? new LayoutCache();
  const name = () => cache.perTimeline(timeline, "name", () => timelineName(timeline, cache.eventIndex(timeline).extent(), context));
  if (view.orientation === "vertical") {
    return layoutVertical(timeline, {
      width,
      ...(view.height !== undefined && {height: view.height}),
      domain,
      metrics,
      measure,
      cache,
      labels: context,
      name: name(),
      relationName
    });
  }
  const plot = {left: metrics.padding, right: width - metrics.padding};
  const scale = timeScale(domain, [plot.left, plot.right]);

  const axisY = metrics.padding + metrics.axisHeight;
  const ticks = placeAxis(scale, axisY, metrics, measure, context);
  const header = placeHeader(timeline.eras, timeline.markers, scale, axisY + metrics.gap, metrics, measure, context);
  // Notes on a date, not on an event, get a band above all lanes; event notes go in their event's lane.
  const dateAnnotations = timeline.annotations.filter((annotation) => annotation.event === undefined);
  const notes = placeAnnotations(dateAnnotations, scale, header.bottom + metrics.gap, metrics, measure);
  const lanesTop = notes.bottom + metrics.gap * 2;
  const bottomLimit = view.height === undefined ? Infinity : view.height - metrics.padding;
  const lanes = placeEvents(timeline, lanesTop, {scale, metrics, measure, cache, labels: context, bottom: bottomLimit});
  const eventsById = new Map<string, SceneEvent>(lanes.events.map((event) => [event.id, event]));
  const isEmpty = timeline.events.length === 0;
  // An empty timeline keeps room for its message.
  const bottom = isEmpty ? Math.max(lanes.bottom, lanesTop + 2 * metrics.rowHeight) : lanes.bottom;
  const contentHeight = bottom + metrics.padding;
  // A fixed height limits the lanes' rows (placeEvents); when the lanes' titles
  // and badges alone need more, the drawing grows rather than cut lanes off.
  const height = Math.max(view.height ?? 0, contentHeight);

  return {
    width,
    height,
    plot: {x: plot.left, y: axisY, width: plot.right - plot.left, height: bottom - axisY},
    domain,
    orientation: "horizontal",
    axis: {line: [[plot.left, axisY], [plot.right, axisY]], ticks},
    lanes: lanes.lanes,
    eras: header.eras.map((era) => ({...era, box: {...era.box, y: axisY, height: bottom - axisY}})),
    markers: header.markers.map((marker) => ({...marker, line: [[marker.line[0][0], axisY], [marker.line[0][0], bottom]]})),
    events: lanes.events,
    clusters: lanes.clusters,
    density: lanes.density,
    annotations: [...connectAnnotations(notes.annotations, dateAnnotations, new Map(), new Map(), lanesTop, metrics), ...lanes.annotations],
    relations: placeRelations(timeline.relations, eventsById, relationName),
    name: name(),
    emptyMessage: isEmpty
      ? makeLabel("No events", (plot.left + plot.right) / 2, lanesTop + metrics.rowHeight, "middle", measure("No events", metrics.labelFont), metrics.labelFont)
      : null
  };
}

/** "Putin's state visit to China constrains …": a relation's accessible name. */
function relationName(relation: Relation, from: SceneEvent, to: SceneEvent): string {
  return `${from.title} ${relation.type.replace(/-/g, " ")} ${to.title}`;
}

/** "Russia and China, 2013–2023, 13 events": title, the events' extent, count. */
function timelineName(timeline: Timeline, extent: [number, number] | undefined, context: {locale: string; timeZone: string}): string {
  const count = `${timeline.events.length} ${timeline.events.length === 1 ? "event" : "events"}`;
  const first = timeline.events[0]?.span;
  if (!extent || !first || !Number.isFinite(extent[0]) || !Number.isFinite(extent[1])) return `${timeline.title ?? "Timeline"}, ${count}`;
  const label = formatSpan({...first, end: extent[1], openStart: false, openEnd: false, unknownStart: false, unknownEnd: false}, context);
  return `${timeline.title ?? "Timeline"}, ${label}, ${count}`;
}
