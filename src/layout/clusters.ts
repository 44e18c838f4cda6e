import type {TimelineEvent} from "../model/types.js";
import {deriveId} from "../model/ids.js";
import {formatSpan} from "../time/formatSpan.js";
import type {LayoutMetrics} from "./metrics.js";
import type {MeasureText} from "./measureText.js";
import type {LabelContext} from "./names.js";
import {makeLabel} from "./placeLabel.js";
import type {SceneCluster} from "./scene.js";
import type {TimeScale} from "./timeScale.js";

interface Group {
  events: TimelineEvent[];
  sumX: number;
  left: number;
  right: number;
}

const BADGE_PADDING = 6;

/**
 * Folds events that found no room into "+N" badges on one row, each at the mean
 * position of its events. Neighbouring badges that would touch merge (the count
 * adds up, the position is the weighted mean), so badges never overlap and every
 * event is in exactly one of them.
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
  const positioned = events.map((event) => ({event, x: positionOf(event, scale)})).sort((a, b) => a.x - b.x || compareIds(a.event, b.event));
  const groups: Group[] = [];
  const place = (group: Group) => {
    const width = badgeWidth(group.events.length, metrics, measure);
    const centre = Math.min(Math.max(group.sumX / group.events.length, left + width / 2), right - width / 2);
    group.left = centre - width / 2;
    group.right = centre + width / 2;
  };
  for (const {event, x} of positioned) {
    const group: Group = {events: [event], sumX: x, left: 0, right: 0};
    place(group);
    groups.push(group);
    // Merge backwards while the newest badge touches the one before it.
    while (groups.length > 1 && groups[groups.length - 1]!.left < groups[groups.length - 2]!.right + metrics.gap) {
      const last = groups.pop()!;
      const previous = groups[groups.length - 1]!;
      previous.events.push(...last.events);
      previous.sumX += last.sumX;
      place(previous);
    }
  }
  return groups.map((group) => {
    const members = [...group.events].sort((a, b) => a.span.start - b.span.start || compareIds(a, b));
    const ids = members.map((event) => event.id);
    let start = Infinity;
    let end = -Infinity;
    for (const event of members) {
      start = Math.min(start, event.span.start);
      end = Math.max(end, event.span.end);
    }
    const text = `+${members.length}`;
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
      start,
      end,
      name: clusterName(members.length, start, end, context),
      series
    };
  });
}

function badgeWidth(count: number, metrics: LayoutMetrics, measure: MeasureText): number {
  return measure(`+${count}`, metrics.labelFont) + 2 * BADGE_PADDING;
}

function positionOf(event: TimelineEvent, scale: TimeScale): number {
  const {start, end} = event.span;
  if (Number.isFinite(start) && Number.isFinite(end)) return scale((start + end) / 2);
  return scale(Number.isFinite(start) ? start : end);
}

function compareIds(a: TimelineEvent, b: TimelineEvent): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** "12 more events, 3 Jan – 14 Feb 2023". */
function clusterName(count: number, start: number, end: number, context: LabelContext): string {
  const finite = Number.isFinite(start) && Number.isFinite(end);
  const extent = finite
    ? formatSpan({start, end, precision: "day", approximate: false, uncertain: false, openStart: false, openEnd: false, unknownStart: false, unknownEnd: false}, context)
    : "";
  return `${count} more ${count === 1 ? "event" : "events"}${extent ? `, ${extent}` : ""}`;
}
