import type {Relation, Timeline, TimelineEvent} from "../../model/types.js";
import type {LayoutCache} from "../layoutCache.js";
import type {LayoutMetrics} from "../metrics.js";
import type {MeasureText} from "../measureText.js";
import type {LabelContext} from "../names.js";
import {makeLabel} from "../placeLabel.js";
import type {Point, Scene, SceneEvent} from "../scene.js";
import {timeScale} from "../timeScale.js";
import {LabelColumn, type LabelledEvent} from "./labelColumn.js";
import {MarkTracks, middleAlongY} from "./markTracks.js";
import {visibleInPriority} from "./mergeByPriority.js";
import {placeColumnEvents} from "./placeColumnEvents.js";
import {AXIS_TO_TRACKS, GUTTER, TITLE_ROW, columnCentre, laneEdges, sceneLanes, spareColumns, titleRows, widestTracks} from "./tracks.js";
import {verticalAxis} from "./verticalAxis.js";
import {sceneClusters} from "./verticalClusters.js";
import {eraBands, reserveMarkers, sceneEras, sceneMarkers} from "./verticalDecor.js";
import {placeEraTitles} from "./eraTitles.js";
import {sceneEvents} from "./verticalEvents.js";
import {connectNotes, connectorStartOffset, noteTime, rewrapNotes, wrapNotes, type ColumnNote, type NoteItem} from "./verticalNotes.js";
import {placeVerticalRelations} from "./verticalRelations.js";

/** What the vertical layout needs, resolved by `layoutTimeline`. */
export interface VerticalView {
  width: number;
  height?: number;
  domain: [number, number];
  metrics: LayoutMetrics;
  measure: MeasureText;
  cache: LayoutCache;
  labels: LabelContext;
  /** The timeline's accessible name. */
  name: string;
  /** The accessible name of a relation between two drawn events. */
  relationName: (relation: Relation, from: SceneEvent, to: SceneEvent) => string;
}

/**
 * The drawing's height when none is given: room for the visible events (a
 * row and a half each, since events bunch in time and labels move aside for
 * each other) and their notes (three lines each), at least 480 px, so a short
 * story still reads as a timeline, and at most 2,400 px, about three phone
 * screens; beyond that, events fold into clusters that open on zoom.
 */
const MIN_HEIGHT = 480;
const MAX_HEIGHT = 2400;
/** However small a given height, the plot keeps this much length. */
const MIN_PLOT = 60;
/** Kept between items down the label column. */
const COLUMN_GAP = 3;
/** Narrower than this, the label column could not show a letter and an ellipsis. */
const MIN_LABEL_WIDTH = 24;

/**
 * Time runs down, for narrow containers (240–560 px): the axis down the left
 * with its labels left of it, then one narrow column per lane holding the
 * marks (more columns where a lane's marks crowd, as width allows), then one label
 * column shared by all lanes. Labels sit level with their marks when free,
 * else move up or down (see `labelReach`) and a leader joins them; events with
 * no room fold into "+N" badges in the same column; notes, and era and marker
 * titles, take their places in it too, so nothing in it can overlap. Lane
 * titles stand over the lanes like a staircase.
 *
 * Everything is placed along y first (the label column only needs heights),
 * then the lanes take the width their marks used and the label column the
 * rest, and text is fitted to it.
 */
export function layoutVertical(timeline: Timeline, view: VerticalView): Scene {
  const {metrics, measure, cache, labels: context, width, domain} = view;
  const [d0, d1] = domain;
  const padding = metrics.padding;
  const slot = Math.round(metrics.labelFont.size * 1.25);
  const lanes = timeline.lanes;
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));

  // Visible events, most important first across all lanes: they share the label column.
  const index = cache.eventIndex(timeline);
  const visibleByLane = index.visibleByLane(d0, d1);
  const lists = lanes.map((lane) => visibleByLane.get(lane.id) ?? []);
  const visibleCount = lists.reduce((sum, list) => sum + list.length, 0);
  const visibleNotes = timeline.annotations.filter((a) => a.span.end >= d0 && a.span.start <= d1);

  // Down the page: lane titles, then the plot.
  const titles = titleRows(lanes);
  const headerTop = padding;
  const plotTop = headerTop + titles.count * TITLE_ROW + (titles.count ? 12 : 8);
  const bottomMargin = padding + slot / 2;
  const noteAllowance = 3 * metrics.noteLineHeight + 2 * metrics.notePadding;
  const wanted = plotTop + visibleCount * 1.5 * metrics.rowHeight + visibleNotes.length * noteAllowance + bottomMargin;
  const totalHeight = view.height ?? Math.min(Math.max(wanted, MIN_HEIGHT), MAX_HEIGHT);
  const plotBottom = Math.max(totalHeight - bottomMargin, plotTop + MIN_PLOT);
  const scale = timeScale(domain, [plotTop, plotBottom]);

  // Across the page: tick labels, axis, lanes, gutter, label column.
  const axis = verticalAxis(scale, metrics, measure, context);
  const axisX = padding + axis.width;
  const right = width - padding;
  const spare = spareColumns(lanes.length, right - axisX);
  const narrowestColumn = right - (axisX + AXIS_TO_TRACKS + widestTracks(lanes.length, spare) + GUTTER);

  const limit = labelReach(visibleCount, plotBottom - plotTop, metrics);
  const isAnnotated = (event: TimelineEvent) => index.annotated.has(event.id);
  // News crowds towards "now", at the bottom: unless the height is fixed, labels
  // may run on below the plot's end (as far as they may move), and the drawing grows.
  const columnBottom = plotBottom + slot / 2 + (view.height === undefined ? limit : 0);
  const column = new LabelColumn(
    {top: plotTop - slot / 2, bottom: columnBottom, slot, gap: COLUMN_GAP, limit, reach: Math.max(2 * limit, ((plotBottom - plotTop) * lanes.length) / 48)},
    isAnnotated,
    (event) => middleAlongY(event, scale, metrics.pointRadius)
  );
  const markerPlaces = reserveMarkers(timeline.markers, scale, column, slot, limit);
  const notes = wrapNotes(visibleNotes, narrowestColumn, metrics, measure);
  const notesByEvent = new Map<string, NoteItem[]>();
  const columnNotes: ColumnNote[] = [];
  for (const note of notes) {
    const eventId = note.annotation.event;
    if (eventId !== undefined) {
      notesByEvent.set(eventId, [...(notesByEvent.get(eventId) ?? []), note]);
      continue;
    }
    const y = clampTo(scale(noteTime(note.annotation)), scale.range);
    columnNotes.push({note, item: column.takeAnywhere(y - connectorStartOffset(metrics), note.height), offset: 0});
  }
  const placement = placeColumnEvents(visibleInPriority(timeline, lists, domain, index.annotated, cache), {
    scale,
    radius: metrics.pointRadius,
    laneIndex,
    tracks: new MarkTracks(lanes.length, metrics.maxRows, spare),
    column,
    slot,
    gap: COLUMN_GAP,
    limit,
    labelsFit: narrowestColumn >= MIN_LABEL_WIDTH,
    notesByEvent
  });
  columnNotes.push(...placement.notes);

  // Titles are fitted once the label column's width is known; one with no room gives way to a badge.
  const columnsUsed = lanes.map(() => 1);
  for (const mark of placement.marks) {
    if (!mark.labelled.evicted) columnsUsed[mark.labelled.lane] = Math.max(columnsUsed[mark.labelled.lane]!, mark.column + 1);
  }
  const edges = laneEdges(axisX + AXIS_TO_TRACKS, columnsUsed);
  const labelLeft = edges.right + GUTTER;
  const labelWidth = Math.min(metrics.labelMaxWidth, right - labelLeft);
  const titleOf = new Map<LabelledEvent, {text: string; width: number}>();
  for (const mark of placement.marks) {
    if (mark.labelled.evicted) continue;
    const fitted = cache.title(mark.labelled.event, labelWidth, metrics.labelFont, measure);
    if (fitted.text) titleOf.set(mark.labelled, fitted);
    else column.giveUp(mark.labelled);
  }
  const notesInColumn = rewrapNotes(columnNotes, right - labelLeft, slot, COLUMN_GAP, metrics, measure);
  // Where a label's leader leaves its mark (as `sceneEvents` draws it): a dot's
  // centre; a bar level with the label, or its nearer end.
  const markOf = new Map(placement.marks.map((mark) => [mark.labelled, mark]));
  const leaderFrom = (labelled: LabelledEvent, labelY: number): Point => {
    const mark = markOf.get(labelled)!;
    const x = columnCentre(edges.lefts[labelled.lane]!, mark.column) + (mark.kind === "point" ? metrics.pointRadius : metrics.barHeight / 2) + 1;
    return [x, mark.kind === "point" ? mark.anchorY : Math.min(Math.max(labelY, mark.y0), mark.y1)];
  };
  column.arrange(leaderFrom, labelLeft - 3);
  const drawn = placement.marks.filter((mark) => !mark.labelled.evicted);
  const geometry = {lefts: edges.lefts, labelLeft, slot};
  const events = sceneEvents(drawn, titleOf, geometry, metrics, cache, context);
  const clusters = sceneClusters(column, lanes, scale, geometry, metrics, measure, context);
  const eventsById = new Map<string, SceneEvent>(events.map((event) => [event.id, event]));
  const annotations = connectNotes(notesInColumn, eventsById, column, {axisX, labelLeft, slot}, scale, metrics);
  const markers = sceneMarkers(markerPlaces, axisX, right, right - labelLeft, slot, metrics, measure, context);
  const bands = eraBands(timeline.eras, scale);
  const eraTitles = placeEraTitles(
    bands.map(({era, top, bottom}) => ({title: era.title, top, bottom})),
    [
      ...events.map((event) => ({box: event.label.box, shareable: true})),
      ...clusters.map((cluster) => ({box: cluster.box, shareable: true})),
      ...annotations.map((note) => ({box: note.box, shareable: false})),
      ...markers.map((marker) => ({box: {...marker.label.box, x: labelLeft, width: right - labelLeft}, shareable: false}))
    ],
    {top: plotTop - slot / 2, bottom: plotBottom + slot / 2, left: labelLeft, right, gap: COLUMN_GAP},
    slot,
    metrics,
    measure
  );
  const isEmpty = timeline.events.length === 0;
  const contentBottom = Math.max(plotBottom + bottomMargin, column.bottom() + padding);

  return {
    orientation: "vertical",
    width,
    // A given height holds unless what must be drawn needs more (the plot's least
    // length, labels pushed down): then the drawing grows rather than cut it off.
    height: Math.max(view.height ?? 0, contentBottom),
    plot: {x: axisX, y: plotTop, width: right - axisX, height: plotBottom - plotTop},
    domain,
    axis: {line: [[axisX, plotTop], [axisX, plotBottom]], ticks: axis.ticks(axisX)},
    lanes: sceneLanes(lanes, edges.lefts, columnsUsed, titles.rows, headerTop, {top: plotTop, bottom: plotBottom, right}, metrics, measure),
    eras: sceneEras(bands, eraTitles, axisX, right, context),
    markers,
    events,
    clusters,
    // The label column's badges count their events; no strip is drawn beside them yet.
    density: [],
    annotations,
    relations: placeVerticalRelations(timeline.relations, eventsById, axisX + 3, view.relationName),
    name: view.name,
    emptyMessage: isEmpty
      ? makeLabel("No events", (axisX + right) / 2, (plotTop + plotBottom) / 2, "middle", measure("No events", metrics.labelFont), metrics.labelFont)
      : null
  };
}

/**
 * How far a label may move from its mark: far when few events share the plot
 * (a sparse story keeps every label, with long leaders if need be), little
 * when many do (a crowded view keeps its leaders short and folds the rest into
 * badges): four times the plot's length per visible event, from three rows up to
 * `maxRows` rows (which plays the part of the rows a lane may use when time
 * runs across).
 */
function labelReach(visibleCount: number, plotLength: number, metrics: LayoutMetrics): number {
  const most = metrics.maxRows * metrics.rowHeight;
  const least = Math.min(3 * metrics.rowHeight, most);
  return Math.min(Math.max((4 * plotLength) / Math.max(visibleCount, 1), least), most);
}

function clampTo(y: number, [low, high]: [number, number]): number {
  return Math.min(Math.max(y, low), high);
}
