import type {Scene, SceneEvent} from "../layout/scene.js";
import type {TimelineEvent} from "../model/types.js";

/**
 * Where the arrow keys lead. Pure functions of the timeline and the scene, so
 * they are tested without a browser.
 */

/** The event before (-1) or after (+1) `id` in time order; undefined at the ends. */
export function stepInTime(events: readonly TimelineEvent[], id: string, direction: 1 | -1): TimelineEvent | undefined {
  const index = events.findIndex((event) => event.id === id);
  if (index === -1) return events[0];
  return events[index + direction];
}

/**
 * The drawn event in the nearest lane above (-1) or below (+1) that has one,
 * closest in time (by position along the time axis) to the current event.
 */
export function stepAcrossLanes(scene: Scene, id: string, direction: 1 | -1): SceneEvent | undefined {
  const current = scene.events.find((event) => event.id === id);
  if (!current) return undefined;
  const laneIndex = scene.lanes.findIndex((lane) => lane.id === current.laneId);
  const along = (event: SceneEvent) => (scene.orientation === "horizontal" ? event.anchor[0] : event.anchor[1]);
  for (let lane = laneIndex + direction; lane >= 0 && lane < scene.lanes.length; lane += direction) {
    const laneId = scene.lanes[lane]!.id;
    let best: SceneEvent | undefined;
    for (const event of scene.events) {
      if (event.laneId !== laneId) continue;
      if (!best || Math.abs(along(event) - along(current)) < Math.abs(along(best) - along(current))) best = event;
    }
    if (best) return best;
  }
  return undefined;
}
