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
