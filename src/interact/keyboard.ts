import type {Scene} from "../layout/scene.js";
import type {Timeline} from "../model/types.js";
import {stepAcrossLanes, stepInTime} from "./navigation.js";
import {timeRange} from "./timeWindow.js";

/** The timeline as a key press finds it. */
export interface KeyboardView {
  timeline: Timeline;
  scene: Scene;
  focusedId: string | null;
  detailsOpen: boolean;
}

/** What the keys do. */
export interface KeyboardActions {
  focus(id: string): void;
  select(id: string): void;
  /** Zooms in (factor > 1) or out around a point of the drawing. */
  zoomBy(factor: number, point: [number, number]): void;
  closeDetails(): void;
}

/**
 * Keyboard navigation on the drawing, from the focused event (or the first
 * one): the arrows step in time (left, right) and across lanes (up, down), Home
 * and End go to the first and last events, + and - zoom around it, Enter and
 * Space open its details, Escape closes them. The keys it knows do not also
 * scroll the page, even where there is no further event to go to.
 */
export function navigateByKey(event: KeyboardEvent, view: KeyboardView, actions: KeyboardActions): void {
  const current = view.focusedId ?? view.scene.events[0]?.id ?? view.timeline.events[0]?.id;
  if (current === undefined) return;
  let handled = true;
  switch (event.key) {
    case "ArrowRight":
    case "ArrowLeft": {
      const next = stepInTime(view.timeline.events, current, event.key === "ArrowRight" ? 1 : -1);
      if (next) actions.focus(next.id);
      break;
    }
    case "ArrowDown":
    case "ArrowUp": {
      const next = stepAcrossLanes(view.scene, current, event.key === "ArrowDown" ? 1 : -1);
      if (next) actions.focus(next.id);
      break;
    }
    case "Home":
    case "End": {
      const events = view.timeline.events;
      const next = event.key === "Home" ? events[0] : events[events.length - 1];
      if (next) actions.focus(next.id);
      break;
    }
    case "+":
    case "=":
    case "-":
    case "_":
      actions.zoomBy(event.key === "+" || event.key === "=" ? 2 : 0.5, zoomCentre(view.scene, current));
      break;
    case "Enter":
    case " ":
      actions.select(current);
      break;
    case "Escape":
      if (view.detailsOpen) actions.closeDetails();
      else handled = false;
      break;
    default:
      handled = false;
  }
  if (handled) event.preventDefault();
}

/** Where + and - zoom: on the event, or in the middle of the plot when it is not drawn. */
function zoomCentre(scene: Scene, id: string): [number, number] {
  const drawn = scene.events.find((e) => e.id === id);
  if (drawn) return drawn.anchor;
  const [a, b] = timeRange(scene);
  return [(a + b) / 2, (a + b) / 2];
}
