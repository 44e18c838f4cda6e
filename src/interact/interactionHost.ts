import type {Scene} from "../layout/scene.js";
import type {Timeline, TimelineEvent} from "../model/types.js";
import type {InteractionState} from "./decorate.js";

/**
 * The timeline as hover and the details card see it: what is drawn now, and
 * the one way to change what is highlighted (the interaction state, redrawn).
 */
export interface InteractionHost {
  scene(): Scene;
  timeline(): Timeline;
  state(): InteractionState;
  eventById(id: string): TimelineEvent | undefined;
  /** The event's date as the chart writes it. */
  dateLabel(event: TimelineEvent): string;
  /** Changes the interaction state and draws it, unless `redraw` is false (nothing drawn changes). */
  setState(change: Partial<InteractionState>, redraw?: boolean): void;
}
