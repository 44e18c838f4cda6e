import type {Annotation, Lane, Timeline, TimelineEvent} from "../model/types.js";
import type {LayoutCache} from "./layoutCache.js";
import type {LayoutMetrics} from "./metrics.js";
import type {MeasureText} from "./measureText.js";
import {isSoft, type LabelContext} from "./names.js";
import {fitText} from "./fitText.js";
import {laneColumns, type LaneWindow} from "./laneColumns.js";
import {clusterEvents, densityStrip} from "./clusters.js";
import {connectAnnotations, placeAnnotations} from "./placeAnnotations.js";
import {makeLabel} from "./placeLabel.js";
import {placeLane, type PlacedEvent} from "./placeLane.js";
import type {SceneAnnotation, SceneCluster, SceneDensity, SceneEvent, SceneLane} from "./scene.js";
import type {TimeScale} from "./timeScale.js";

/** Number of colours in the theme's categorical palette. */
export const SERIES_COUNT = 10;


export interface LanesLayout {
  lanes: SceneLane[];
  events: SceneEvent[];
  clusters: SceneCluster[];
  density: SceneDensity[];
  annotations: SceneAnnotation[];
  bottom: number;
}

/** Height of the density strip under a lane's clusters. */
const DENSITY_HEIGHT = 8;

interface LanesContext {
  scale: TimeScale;
  metrics: LayoutMetrics;
  measure: MeasureText;
  cache: LayoutCache;
  labels: LabelContext;
  /** The lowest y the lanes may reach (a drawing of fixed height); Infinity when the drawing grows to fit. */
  bottom: number;
}

/**
 * Lanes top to bottom. Each lane has its title, the callouts of its events,
 * then sub-rows where its visible events are placed most important first (see
 * `placeLane`), and a row of "+N" clusters for the events that found no room.
 */
export function placeEvents(timeline: Timeline, top: number, context: LanesContext): LanesLayout {
  const {scale, metrics} = context;
  const [d0, d1] = scale.domain;
  // Visible events come most important first, the order in which they claim space.
  const index = context.cache.eventIndex(timeline);
  const windows = index.windowByLane(d0, d1);
  const annotationsByEvent = new Map<string, Annotation[]>();
  for (const annotation of timeline.annotations) {
    if (annotation.event === undefined) continue;
    const list = annotationsByEvent.get(annotation.event) ?? [];
    list.push(annotation);
    annotationsByEvent.set(annotation.event, list);
  }

  const result: LanesLayout = {lanes: [], events: [], clusters: [], density: [], annotations: [], bottom: top};
  let y = top;
  const countWidth = (count: number) => context.cache.countWidth(count, metrics.labelFont, context.measure);
  const extents = context.cache.extentLabels(context.labels);
  // Only a drawing of fixed height limits the rows (most zoom frames have none).
  const leastBelow = Number.isFinite(context.bottom) ? leastHeightsBelow(timeline.lanes, metrics) : null;
  timeline.lanes.forEach((lane, index) => {
    const window = windows.get(lane.id) ?? NO_WINDOW;
    const laneTop = y;
    const title = laneTitle(lane, y, context);
    if (title) y += metrics.laneTitleHeight;
    const laneNotes = annotationsByEvent.size ? notesInWindow(window, annotationsByEvent) : [];
    const notes = placeAnnotations(laneNotes, scale, y, metrics, context.measure);
    if (notes.annotations.length) y = notes.bottom + metrics.gap;
    const rowsTop = y;
    const rowCentre = (row: number) => rowsTop + row * metrics.rowHeight + metrics.rowHeight / 2;
    const maxRows = leastBelow ? rowsWithin(context.bottom - rowsTop - leastBelow[index + 1]!, timeline.lanes.length - index, metrics) : metrics.maxRows;
    const placement = placeLane(window, {...context, metrics: maxRows === metrics.maxRows ? metrics : {...metrics, maxRows}, rowCentre});
    const series = index % SERIES_COUNT;
    const events = placement.placed.map((placed) => sceneEvent(placed, lane, series, context));
    const clusters = placement.unplaced.length
      ? clusterEvents(window.columns, placement.unplaced, lane.id, series, rowCentre(placement.rowCount), scale, metrics, countWidth, context.labels, extents)
      : [];
    const rowCount = placement.rowCount + (clusters.length ? 1 : 0);
    y = rowsTop + Math.max(rowCount, 1) * metrics.rowHeight;
    if (clusters.length) {
      const strip = {x: scale.range[0], y, width: scale.range[1] - scale.range[0], height: DENSITY_HEIGHT};
      result.density.push(densityStrip(clusters, lane.id, series, strip));
      y += DENSITY_HEIGHT;
    }
    result.lanes.push({id: lane.id, index, title, box: {x: scale.range[0], y: laneTop, width: scale.range[1] - scale.range[0], height: y - laneTop}});
    result.events.push(...events);
    result.clusters.push(...clusters);
    if (laneNotes.length) {
      const targets = new Map(events.map((e) => [e.id, e]));
      result.annotations.push(...connectAnnotations(notes.annotations, laneNotes, targets, clusterTargets(clusters, laneNotes), rowsTop, metrics));
    }
    y += metrics.laneGap;
  });
  result.bottom = y - metrics.laneGap;
  return result;
}

/**
 * For each lane, the least height that it and the lanes below it take: a lane
 * whose events all fold into clusters still has its title, its row of badges
 * and its density strip. `[lanes.length]` is 0.
 */
function leastHeightsBelow(lanes: readonly Lane[], metrics: LayoutMetrics): Float64Array {
  const heights = new Float64Array(lanes.length + 1);
  for (let i = lanes.length - 1; i >= 0; i--) {
    heights[i] = heights[i + 1]! + (lanes[i]!.title ? metrics.laneTitleHeight : 0) + metrics.rowHeight + DENSITY_HEIGHT + metrics.laneGap;
  }
  return heights;
}

/**
 * The rows a lane may use in a drawing of fixed height: an equal share of the
 * room left for the rows of this lane and the `lanesLeft - 1` below it, after
 * each has kept its least height; rows a lane leaves unused pass to the lanes
 * below. No rows when there is no room: the lane's events fold into clusters,
 * rather than be drawn past the bottom of the drawing.
 */
function rowsWithin(room: number, lanesLeft: number, metrics: LayoutMetrics): number {
  // This lane's own row of badges and strip come out of the room first.
  const rows = Math.floor((room - metrics.rowHeight - DENSITY_HEIGHT) / metrics.rowHeight);
  // Rows that do not divide evenly go to the lanes above.
  return Math.max(0, Math.min(metrics.maxRows, Math.ceil(rows / lanesLeft)));
}

const NO_WINDOW: LaneWindow = {columns: laneColumns([], new Set()), positions: new Int32Array(0)};

/** The callouts of the events in view, in placement order. */
function notesInWindow({columns, positions}: LaneWindow, annotationsByEvent: ReadonlyMap<string, readonly Annotation[]>): Annotation[] {
  const notes: Annotation[] = [];
  for (const position of positions) {
    if (columns.annotated[position] === 1) notes.push(...(annotationsByEvent.get(columns.ids[position]!) ?? []));
  }
  return notes;
}

function laneTitle(lane: Lane, y: number, {scale, metrics, measure}: LanesContext) {
  if (!lane.title) return null;
  const [left, right] = scale.range;
  const text = fitText(lane.title, right - left, metrics.laneTitleFont, measure);
  return makeLabel(text, left, y + metrics.laneTitleHeight / 2, "start", measure(text, metrics.laneTitleFont), metrics.laneTitleFont);
}

function sceneEvent(placed: PlacedEvent, lane: Lane, series: number, context: LanesContext): SceneEvent {
  const {event} = placed;
  const {name, dateLabel} = context.cache.name(event, context.labels);
  const markHeight = placed.kind === "point" ? 2 * context.metrics.pointRadius : context.metrics.barHeight;
  const soft = isSoft(event.span);
  return {
    id: event.id,
    laneId: lane.id,
    kind: placed.kind,
    mark: {x: placed.x0, y: placed.y - markHeight / 2, width: placed.x1 - placed.x0, height: markHeight},
    anchor: [placed.anchorX, placed.y],
    row: placed.row,
    soft,
    uncertain: event.span.uncertain,
    openStart: event.span.openStart || placed.clippedStart,
    openEnd: event.span.openEnd || placed.clippedEnd,
    ...(event.color !== undefined && {color: event.color}),
    series,
    // Text on a soft band keeps the normal colour; only solid bars need the inverse.
    label: placed.label.onMark ? {...placed.label, inverse: !soft} : placed.label,
    leader: placed.leader,
    title: event.title,
    name,
    dateLabel
  };
}

/** Where a connector to a clustered event ends: its cluster's badge. */
function clusterTargets(clusters: readonly SceneCluster[], notes: readonly Annotation[]): Map<string, SceneCluster> {
  const wanted = new Set(notes.map((note) => note.event));
  const targets = new Map<string, SceneCluster>();
  for (const cluster of clusters) for (const id of cluster.ids) if (wanted.has(id)) targets.set(id, cluster);
  return targets;
}
