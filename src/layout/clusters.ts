import type {TimelineEvent} from "../model/types.js";
import {deriveId} from "../model/ids.js";
import {formatSpan} from "../time/formatSpan.js";
import {MS_PER_DAY, msFromCivil} from "../time/calendar.js";
import {civilInZone, wallTimeToUtc} from "../time/zone.js";
import type {LayoutMetrics} from "./metrics.js";
import type {MeasureText} from "./measureText.js";
import type {LabelContext} from "./names.js";
import {makeLabel} from "./placeLabel.js";
import type {Box, SceneCluster, SceneDensity} from "./scene.js";
import type {TimeScale} from "./timeScale.js";

/** A run of neighbouring events in left-to-right order: positions [from, to) of the sorted list. */
interface Group {
  from: number;
  to: number;
  sumX: number;
  left: number;
  right: number;
}

const BADGE_PADDING = 6;

/**
 * Folds events that found no room into "+N" badges on one row, each at the mean
 * position of its events. Neighbouring badges that would touch merge (the count
 * adds up, the position is the weighted mean), so badges never overlap and every
 * event is in exactly one of them. Groups are runs of the events sorted by x, so
 * merging two is adding up numbers, however many events they hold.
 */
export function clusterEvents(
  events: readonly TimelineEvent[],
  laneId: string,
  series: number,
  y: number,
  scale: TimeScale,
  metrics: LayoutMetrics,
  measure: MeasureText,
  context: LabelContext
): SceneCluster[] {
  const [left, right] = scale.range;
  const {sorted, xs} = byPosition(events, scale);
  const groups: Group[] = [];
  // Every event starts as a badge of its own and merges: thousands of widths of
  // "+1", "+2" … asked for, few different ones.
  const widths: number[] = [];
  const place = (group: Group) => {
    const count = group.to - group.from;
    const width = (widths[count] ??= badgeWidth(count, metrics, measure));
    const centre = Math.min(Math.max(group.sumX / count, left + width / 2), right - width / 2);
    group.left = centre - width / 2;
    group.right = centre + width / 2;
  };
  for (let i = 0; i < sorted.length; i++) {
    const group: Group = {from: i, to: i + 1, sumX: xs[i]!, left: 0, right: 0};
    place(group);
    groups.push(group);
    // Merge backwards while the newest badge touches the one before it.
    while (groups.length > 1 && groups[groups.length - 1]!.left < groups[groups.length - 2]!.right + metrics.gap) {
      const last = groups.pop()!;
      const previous = groups[groups.length - 1]!;
      previous.to = last.to;
      previous.sumX += last.sumX;
      place(previous);
    }
  }
  return groups.map((group) => {
    const ids: string[] = [];
    const positions: number[] = [];
    let start = Infinity;
    let end = -Infinity;
    for (let i = group.from; i < group.to; i++) {
      const event = sorted[i]!;
      ids.push(event.id);
      positions.push(xs[i]!);
      start = Math.min(start, event.span.start);
      end = Math.max(end, event.span.end);
    }
    const text = `+${ids.length}`;
    const font = metrics.labelFont;
    const centre = (group.left + group.right) / 2;
    const label = {...makeLabel(text, centre, y, "middle", measure(text, font), font), onMark: true};
    const height = metrics.rowHeight - 6;
    return {
      id: deriveId("cluster", [laneId, ids[0]!, ids[ids.length - 1]!]),
      laneId,
      x: centre,
      y,
      box: {x: group.left, y: y - height / 2, width: group.right - group.left, height},
      label,
      ids,
      positions,
      start,
      end,
      name: clusterName(ids.length, start, end, context),
      series
    };
  });
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
 * The events and their x, left to right. A counting sort on whole pixels (the
 * badges are many pixels wide, so finer order does not change the clusters);
 * within a pixel, events keep their given order, which is placement priority.
 */
function byPosition(events: readonly TimelineEvent[], scale: TimeScale): {sorted: TimelineEvent[]; xs: Float64Array} {
  const [left, right] = scale.range;
  const buckets = Math.max(1, Math.ceil(right - left) + 1);
  const x = new Float64Array(events.length);
  const pixel = new Int32Array(events.length);
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < events.length; i++) {
    x[i] = Math.min(Math.max(positionOf(events[i]!, scale), left), right);
    pixel[i] = Math.min(buckets - 1, Math.floor(x[i]! - left));
    starts[pixel[i]! + 1]!++;
  }
  for (let b = 1; b <= buckets; b++) starts[b]! += starts[b - 1]!;
  const sorted = new Array<TimelineEvent>(events.length);
  const xs = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const at = starts[pixel[i]!]!++;
    sorted[at] = events[i]!;
    xs[at] = x[i]!;
  }
  return {sorted, xs};
}

function positionOf(event: TimelineEvent, scale: TimeScale): number {
  const {start, end} = event.span;
  if (Number.isFinite(start) && Number.isFinite(end)) return scale((start + end) / 2);
  return scale(Number.isFinite(start) ? start : end);
}

/** "12 more events, 3 Jan – 14 Feb 2023". */
export function clusterName(count: number, start: number, end: number, context: LabelContext): string {
  const finite = Number.isFinite(start) && Number.isFinite(end);
  return `${count} more ${count === 1 ? "event" : "events"}${finite ? `, ${clusterExtent(start, end, context)}` : ""}`;
}

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
