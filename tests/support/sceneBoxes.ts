// The boxes of a Scene that must never overlap, for the layout's tests.
import type {Box, Scene, SceneEvent} from "../../src/layout/scene.js";

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every text box: event labels, clusters, lane titles, era and marker labels, tick labels, note boxes. */
export function labelledBoxes(scene: Scene): {what: string; box: Box}[] {
  return [
    ...scene.events.map((e) => ({what: `label ${e.id}`, box: e.label.box})),
    ...scene.clusters.map((c) => ({what: `cluster ${c.id}`, box: c.box})),
    ...scene.lanes.flatMap((l) => (l.title ? [{what: `lane ${l.id}`, box: l.title.box}] : [])),
    ...scene.eras.flatMap((e) => (e.label ? [{what: `era ${e.id}`, box: e.label.box}] : [])),
    ...scene.markers.map((m) => ({what: `marker ${m.id}`, box: m.label.box})),
    ...scene.axis.ticks.flatMap((t) => (t.label ? [{what: `tick ${t.label.text}`, box: t.label.box}] : [])),
    ...scene.annotations.map((a) => ({what: `note ${a.id}`, box: a.box}))
  ];
}

/** The space a mark takes: a dot's or a bar's bounding box. */
export function markBox(event: SceneEvent): Box {
  return event.mark;
}

/** Where the time axis is: its y when time runs across, its x when down. */
export function axisPosition(scene: Scene): number {
  return scene.orientation === "horizontal" ? scene.axis.line[0][1] : scene.axis.line[0][0];
}

/** Where a box stands across the time axis: its y when time runs across, its x when down. */
export function acrossAxis(scene: Scene, box: Box): number {
  return scene.orientation === "horizontal" ? box.y : box.x;
}

/** Where a box stands along the time axis: its x when time runs across, its y when down. */
export function alongTime(scene: Scene, box: Box): number {
  return scene.orientation === "horizontal" ? box.x : box.y;
}

/** Pairs of events whose leaders cross (segments meeting at a point inside both). */
export function crossingLeaders(scene: Scene): [string, string][] {
  const segments = scene.events.flatMap((event) =>
    event.leader ? event.leader.slice(1).map((point, i) => ({id: event.id, from: event.leader![i]!, to: point})) : []
  );
  const pairs: [string, string][] = [];
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const a = segments[i]!;
      const b = segments[j]!;
      if (a.id !== b.id && segmentsCross(a.from, a.to, b.from, b.to)) pairs.push([a.id, b.id]);
    }
  }
  return pairs;
}

function segmentsCross([x1, y1]: [number, number], [x2, y2]: [number, number], [x3, y3]: [number, number], [x4, y4]: [number, number]): boolean {
  const d = (x2 - x1) * (y4 - y3) - (y2 - y1) * (x4 - x3);
  if (Math.abs(d) < 1e-9) return false;
  const t = ((x3 - x1) * (y4 - y3) - (y3 - y1) * (x4 - x3)) / d;
  const u = ((x3 - x1) * (y2 - y1) - (y3 - y1) * (x2 - x1)) / d;
  return t > 1e-6 && t < 1 - 1e-6 && u > 1e-6 && u < 1 - 1e-6;
}
