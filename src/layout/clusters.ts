import type {LaneColumns} from "./laneColumns.js";
import {deriveId} from "../model/ids.js";
import {formatSpan} from "../time/formatSpan.js";
import {MS_PER_DAY, msFromCivil} from "../time/calendar.js";
import {civilInZone, wallTimeToUtc} from "../time/zone.js";
import type {LayoutMetrics} from "./metrics.js";
import type {MeasureText} from "./measureText.js";
import type {LabelContext} from "./names.js";
import {makeLabel} from "./placeLabel.js";
import {scratchFloat64, scratchInt32} from "./scratch.js";
import type {Box, SceneCluster, SceneDensity} from "./scene.js";
import type {TimeScale} from "./timeScale.js";

const BADGE_PADDING = 6;

// Slots of the scratch buffers held at once (clusters copy out what they keep).
const [GROUP_FROM, GROUP_TO, EVENT_PIXEL, BUCKET_START, SORTED_POSITION] = [0, 1, 2, 3, 4];
const [GROUP_SUM_X, GROUP_LEFT, GROUP_RIGHT, EVENT_X, SORTED_X] = [0, 1, 2, 3, 4];

/**
 * Folds events that found no room into "+N" badges on one row, each at the mean
 * position of its events. Neighbouring badges that would touch merge (the count
 * adds up, the position is the weighted mean), so badges never overlap and every
 * event is in exactly one of them. Groups are runs of the events sorted by x, so
 * merging two is adding up numbers, however many events they hold.
 */
export function clusterEvents(
  columns: LaneColumns,
  positions: readonly number[],
  laneId: string,
  series: number,
  y: number,
  scale: TimeScale,
  metrics: LayoutMetrics,
  /** The width of the text "+N" (LayoutCache.countWidth keeps them across frames). */
  countWidth: (count: number) => number,
  context: LabelContext,
  /** Extent labels from earlier frames (`LayoutCache.extentLabels`). */
  extents?: Map<string, string>
): SceneCluster[] {
  const [left, right] = scale.range;
  const {sorted, xs} = byPosition(columns, positions, scale);
  // Groups as parallel typed arrays used as a stack: a dense view folds tens of
  // thousands of events, and an object per event would be most of the frame.
  const count = sorted.length;
  const from = scratchInt32(GROUP_FROM, count);
  const to = scratchInt32(GROUP_TO, count);
  const sumX = scratchFloat64(GROUP_SUM_X, count);
  const lefts = scratchFloat64(GROUP_LEFT, count);
  const rights = scratchFloat64(GROUP_RIGHT, count);
  // Every event starts as a badge of its own and merges: the widths of "+1",
  // "+2" … up to thousands are asked for.
  const place = (group: number) => {
    const size = to[group]! - from[group]!;
    const width = countWidth(size) + 2 * BADGE_PADDING;
    const centre = Math.min(Math.max(sumX[group]! / size, left + width / 2), right - width / 2);
    lefts[group] = centre - width / 2;
    rights[group] = centre + width / 2;
  };
  let groups = 0;
  for (let i = 0; i < count; i++) {
    from[groups] = i;
    to[groups] = i + 1;
    sumX[groups] = xs[i]!;
    place(groups++);
    // Merge backwards while the newest badge touches the one before it.
    while (groups > 1 && lefts[groups - 1]! < rights[groups - 2]! + metrics.gap) {
      groups--;
      to[groups - 1] = to[groups]!;
      sumX[groups - 1]! += sumX[groups]!;
      place(groups - 1);
    }
  }
  const clusters: SceneCluster[] = [];
  for (let group = 0; group < groups; group++) {
    const first = from[group]!;
    const last = to[group]!;
    const ids = new Array<string>(last - first);
    const positions = new Array<number>(last - first);
    let start = Infinity;
    let end = -Infinity;
    for (let i = first; i < last; i++) {
      const position = sorted[i]!;
      ids[i - first] = columns.ids[position]!;
      positions[i - first] = xs[i]!;
      start = Math.min(start, columns.starts[position]!);
      end = Math.max(end, columns.ends[position]!);
    }
    const text = `+${ids.length}`;
    const font = metrics.labelFont;
    const centre = (lefts[group]! + rights[group]!) / 2;
    const label = {...makeLabel(text, centre, y, "middle", countWidth(ids.length), font), onMark: true};
    const height = metrics.rowHeight - 6;
    clusters.push({
      id: deriveId("cluster", [laneId, ids[0]!, ids[ids.length - 1]!]),
      laneId,
      x: centre,
      y,
      box: {x: lefts[group]!, y: y - height / 2, width: rights[group]! - lefts[group]!, height},
      label,
      ids,
      positions,
      start,
      end,
      name: clusterName(ids.length, start, end, context, extents),
      series
    });
  }
  return clusters;
}

/** The strip under a lane's clusters: their events counted per pixel column. */
export function densityStrip(clusters: readonly SceneCluster[], laneId: string, series: number, box: Box): SceneDensity {
  // Counted in an array of pixel columns across the strip: no sorting, no map.
  const origin = Math.floor(box.x);
  const counts = new Int32Array(Math.ceil(box.width) + 2);
  for (const cluster of clusters) {
    for (const x of cluster.positions) {
      const column = Math.min(counts.length - 1, Math.max(0, Math.floor(x) - origin));
      counts[column]!++;
    }
  }
  const columns: {x: number; count: number}[] = [];
  counts.forEach((count, column) => {
    if (count) columns.push({x: origin + column, count});
  });
  return {laneId, series, box, columns};
}

export function badgeWidth(count: number, metrics: LayoutMetrics, measure: MeasureText): number {
  return measure(`+${count}`, metrics.labelFont) + 2 * BADGE_PADDING;
}

/**
 * The events (positions in the lane's columns) and their x, left to right. A
 * counting sort on whole pixels (the badges are many pixels wide, so finer order
 * does not change the clusters); within a pixel, events keep their given order,
 * which is placement priority.
 */
function byPosition(columns: LaneColumns, positions: readonly number[], scale: TimeScale): {sorted: Int32Array; xs: Float64Array} {
  const [left, right] = scale.range;
  const count = positions.length;
  const buckets = Math.max(1, Math.ceil(right - left) + 1);
  const x = scratchFloat64(EVENT_X, count);
  const pixel = scratchInt32(EVENT_PIXEL, count);
  const starts = scratchInt32(BUCKET_START, buckets + 1).fill(0);
  for (let i = 0; i < count; i++) {
    const position = positions[i]!;
    x[i] = Math.min(Math.max(positionOf(columns.starts[position]!, columns.ends[position]!, scale), left), right);
    pixel[i] = Math.min(buckets - 1, Math.floor(x[i]! - left));
    starts[pixel[i]! + 1]!++;
  }
  for (let b = 1; b <= buckets; b++) starts[b]! += starts[b - 1]!;
  const sorted = scratchInt32(SORTED_POSITION, count);
  const xs = scratchFloat64(SORTED_X, count);
  for (let i = 0; i < count; i++) {
    const at = starts[pixel[i]!]!++;
    sorted[at] = positions[i]!;
    xs[at] = x[i]!;
  }
  return {sorted, xs};
}

/** Where an event stands for clustering: the middle of a closed span, else its known end. */
function positionOf(start: number, end: number, scale: TimeScale): number {
  if (Number.isFinite(start) && Number.isFinite(end)) return scale((start + end) / 2);
  return scale(Number.isFinite(start) ? start : end);
}

/** "12 more events, 3 Jan – 14 Feb 2023". */
export function clusterName(count: number, start: number, end: number, context: LabelContext, extents?: Map<string, string>): string {
  if (!(Number.isFinite(start) && Number.isFinite(end))) return `${count} more ${count === 1 ? "event" : "events"}`;
  // Zooming names much the same clusters frame after frame; the dates cost most.
  const key = `${start} ${end}`;
  let extent = extents?.get(key);
  if (extent === undefined) {
    extent = clusterExtent(start, end, context);
    if (extents && extents.size >= MAX_CACHED_EXTENTS) extents.clear();
    extents?.set(key, extent);
  }
  return `${count} more ${count === 1 ? "event" : "events"}, ${extent}`;
}

const MAX_CACHED_EXTENTS = 50_000;

/**
 * "3 Jan 2023 – 14 Feb 2023": the first and last day, each formatted on its own.
 * A zoom frame names every cluster anew, and two plain date formats cost a tenth
 * of one range format.
 */
function clusterExtent(start: number, end: number, context: LabelContext): string {
  const day = (at: number) => {
    // The whole calendar day holding the instant, in the timeline's zone.
    const {year, month, day: date} = civilInZone(at, context.timeZone);
    const dayStart = wallTimeToUtc(msFromCivil({year, month, day: date}), context.timeZone).utc;
    const dayEnd = wallTimeToUtc(msFromCivil({year, month, day: date}) + MS_PER_DAY, context.timeZone).utc;
    return formatSpan({start: dayStart, end: dayEnd, precision: "day", approximate: false, uncertain: false, openStart: false, openEnd: false, unknownStart: false, unknownEnd: false}, context);
  };
  const first = day(start);
  const last = day(Math.max(start, end - 1));
  return first === last ? first : `${first} – ${last}`;
}
