import type {Lane} from "../../model/types.js";
import {deriveId} from "../../model/ids.js";
import {badgeWidth, clusterName} from "../clusters.js";
import type {LayoutMetrics} from "../metrics.js";
import type {MeasureText} from "../measureText.js";
import type {LabelContext} from "../names.js";
import {SERIES_COUNT} from "../placeEvents.js";
import {makeLabel} from "../placeLabel.js";
import type {SceneCluster} from "../scene.js";
import type {TimeScale} from "../timeScale.js";
import type {LabelColumn} from "./labelColumn.js";

/**
 * The badges of the label column as drawn, at its left edge, lane by lane and
 * top to bottom. Each lists its events in time order: a counting sort of all
 * clustered events on whole pixels down the plot (a badge is many pixels
 * tall, so finer order changes nothing), keeping placement order within a
 * pixel, so a view of 100,000 events costs no comparison sort. The time
 * extent of open events is cut to the view, so it stays a finite range to zoom to.
 */
export function sceneClusters(
  column: LabelColumn,
  lanes: readonly Lane[],
  scale: TimeScale,
  geometry: {labelLeft: number; slot: number},
  metrics: LayoutMetrics,
  measure: MeasureText,
  context: LabelContext
): SceneCluster[] {
  const {clustered, clusteredBadges, clusteredY} = column;
  const [top, bottom] = scale.range;
  const [d0, d1] = scale.domain;
  const buckets = Math.max(1, Math.ceil(bottom - top) + 1);
  const pixel = new Int32Array(clustered.length);
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < clustered.length; i++) {
    pixel[i] = Math.min(buckets - 1, Math.max(0, Math.floor(clusteredY[i]! - top)));
    starts[pixel[i]! + 1]!++;
  }
  for (let b = 1; b <= buckets; b++) starts[b]! += starts[b - 1]!;
  const byPixel = new Int32Array(clustered.length);
  for (let i = 0; i < clustered.length; i++) byPixel[starts[pixel[i]!]!++] = i;
  // Then a stable counting sort on the badge: each badge's events in a run, in time order.
  const badgeCount = column.badges.length;
  const runStarts = new Int32Array(badgeCount + 1);
  for (let i = 0; i < clustered.length; i++) runStarts[clusteredBadges[i]!.index + 1]!++;
  for (let b = 1; b <= badgeCount; b++) runStarts[b]! += runStarts[b - 1]!;
  const next = runStarts.slice(0, badgeCount);
  const grouped = new Int32Array(clustered.length);
  for (const i of byPixel) grouped[next[clusteredBadges[i]!.index]!++] = i;

  const badges = column.badges
    .filter((badge) => badge.count > 0)
    .sort((a, b) => a.lane - b.lane || a.item.top - b.item.top);
  const font = metrics.labelFont;
  return badges.map((badge): SceneCluster => {
    const from = runStarts[badge.index]!;
    const to = runStarts[badge.index + 1]!;
    const ids = new Array<string>(to - from);
    const positions = new Array<number>(to - from);
    for (let k = from; k < to; k++) {
      ids[k - from] = clustered[grouped[k]!]!;
      positions[k - from] = clusteredY[grouped[k]!]!;
    }
    const start = Math.max(badge.start, d0);
    const end = Math.min(badge.end, d1);
    const laneId = lanes[badge.lane]?.id ?? "";
    const text = `+${ids.length}`;
    const width = badgeWidth(ids.length, metrics, measure);
    const x = geometry.labelLeft + width / 2;
    const centre = badge.item.top + geometry.slot / 2;
    return {
      id: deriveId("cluster", [laneId, ids[0]!, ids[ids.length - 1]!]),
      laneId,
      x,
      y: centre,
      box: {x: geometry.labelLeft, y: badge.item.top, width, height: geometry.slot},
      label: {...makeLabel(text, x, centre, "middle", measure(text, font), font), onMark: true},
      ids,
      positions,
      start,
      end,
      name: clusterName(ids.length, start, end, context),
      series: badge.lane % SERIES_COUNT
    };
  });
}
