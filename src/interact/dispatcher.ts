import {dispatch, type Dispatch} from "d3-dispatch";
import {TimelineError, type TimelineWarning} from "../model/errors.js";
import type {TimelineEvent} from "../model/types.js";

/** What each event type hands its listeners. */
export interface TimelineEventMap {
  /** An event was selected (details opened), or the selection cleared (`event` null). */
  select: {event: TimelineEvent | null};
  /** The pointer entered an event (or left it: `event` null). */
  hover: {event: TimelineEvent | null};
  /** Keyboard focus moved to an event. */
  focus: {event: TimelineEvent};
  /** The visible time window changed, by user input or `zoomTo`. */
  zoom: {domain: [number, number]; userInput: boolean};
  /** A warning from reading the data or the options. */
  warning: TimelineWarning;
}

export type TimelineEventType = keyof TimelineEventMap;
export type TimelineListener<T extends TimelineEventType> = (detail: TimelineEventMap[T]) => void;

const TYPES: readonly TimelineEventType[] = ["select", "hover", "focus", "zoom", "warning"];

/**
 * One d3 dispatcher behind a typed map. Listeners take a type, optionally
 * namespaced ("zoom.summary"), as d3's do; registering a name again replaces its
 * listener, and `off("zoom.summary")` removes just that one.
 */
export class TimelineDispatcher {
  private inner: Dispatch<object> = dispatch(...TYPES);

  on<T extends TimelineEventType>(typename: T | `${T}.${string}`, listener: TimelineListener<T>): void {
    this.inner.on(checkTypename(typename), (detail: unknown) => listener(detail as TimelineEventMap[T]));
  }

  off(typename: TimelineEventType | `${TimelineEventType}.${string}`): void {
    this.inner.on(checkTypename(typename), null);
  }

  emit<T extends TimelineEventType>(type: T, detail: TimelineEventMap[T]): void {
    this.inner.call(type, undefined, detail);
  }

  /** Removes every listener, namespaced or not. */
  clear(): void {
    this.inner = dispatch(...TYPES);
  }
}

function checkTypename(typename: string): string {
  const type = typename.split(".")[0];
  if (!TYPES.includes(type as TimelineEventType)) {
    throw new TimelineError("INVALID_EVENT_TYPE", `unknown event type ${JSON.stringify(String(type).slice(0, 40))}, expected one of ${TYPES.join(", ")}`);
  }
  return typename;
}
