import {TimelineError, type TimelineWarning} from "../model/errors.js";
import {invalidOption, readOptions} from "../model/options.js";
import {Report} from "../model/report.js";
import type {MeasureText} from "../layout/measureText.js";
import {TimelineDispatcher, type TimelineEventType, type TimelineListener} from "../interact/dispatcher.js";
import {TimelineInstance} from "../interact/instance.js";
import {instanceOptionsOf, reportingMeasureText, timeline, type TimelineData} from "./timeline.js";
import type {ThemeName} from "./theme.js";
import {svgToPNG, type ToPNGOptions} from "../export/toPNG.js";

export interface TimelineOptions {
  width?: number;
  height?: number;
  locale?: string;
  timeZone?: string;
  theme?: ThemeName;
  maxRows?: number;
  domain?: [number, number];
  strict?: boolean;
  /** Which way time runs; by default vertical below `breakpoint`. */
  orientation?: "horizontal" | "vertical";
  /** Below this width in px time runs down the screen; default 560. */
  breakpoint?: number;
  /** Show the overview band with its brush; default true. */
  overview?: boolean;
  onWarning?: (warning: TimelineWarning) => void;
  measureText?: MeasureText;
}

/** An interactive timeline in a container, for dashboards and frameworks. */
export interface TimelineHandle {
  /** Redraws with new data, in place, keeping the view where it still applies. */
  update(input: TimelineData): void;
  /** Shows a time window ([start, end] epoch ms) or an event, animated unless `animate: false` or reduced motion. */
  zoomTo(target: [number, number] | string, options?: {animate?: boolean}): void;
  /** Opens an event's details card (`null` closes it). */
  select(id: string | null): void;
  /** Moves keyboard focus to an event, bringing it into view. */
  focus(id: string): void;
  /** Adds a listener: "select", "hover", "focus", "zoom", "warning", optionally namespaced ("zoom.list"). */
  on<T extends TimelineEventType>(typename: T | `${T}.${string}`, listener: TimelineListener<T>): this;
  /** Removes the listener of a type or a namespaced type. */
  off(typename: TimelineEventType | `${TimelineEventType}.${string}`): this;
  /** The current view as a standalone SVG string. */
  toSVG(): string;
  /** The visible window of time, [start, end] in epoch ms. */
  domain(): [number, number];
  /** The current view as a PNG image (`toSVG()` drawn into a canvas), `scale` image pixels per px (default 1). */
  toPNG(options?: ToPNGOptions): Promise<Blob>;
  /** The warnings of the last update. */
  warnings(): readonly TimelineWarning[];
  /** Removes everything the timeline added: nodes, listeners, observers, animation frames. A second call does nothing. */
  destroy(): void;
}

const OPTION_NAMES = [
  "width", "height", "locale", "timeZone", "theme", "maxRows", "domain", "strict", "orientation", "breakpoint", "overview", "onWarning", "measureText"
] as const;

/**
 * Draws `input` into `container` as an interactive timeline and returns a handle.
 * The options are those of the `timeline()` component's accessors.
 */
export function createTimeline(container: Element, input: TimelineData, options?: TimelineOptions): TimelineHandle {
  if (!container || typeof (container as Element).appendChild !== "function") {
    throw invalidOption("container", container, "a DOM element");
  }
  const report = new Report();
  const opts = readOptions<TimelineOptions>(options, OPTION_NAMES, report, "createTimeline");
  // The component's accessors check every option the same way.
  const settings = timeline();
  for (const name of OPTION_NAMES) {
    const value = opts[name];
    if (value !== undefined && name !== "onWarning") (settings[name] as (value: unknown) => unknown)(value);
  }
  if (opts.onWarning !== undefined && typeof opts.onWarning !== "function") throw invalidOption("onWarning", opts.onWarning, "a function");
  const dispatcher = new TimelineDispatcher();
  if (opts.onWarning) dispatcher.on("warning.onWarning", opts.onWarning);
  for (const warning of report.warnings) opts.onWarning?.(warning);
  const measure = opts.measureText && reportingMeasureText(opts.measureText, (warning) => dispatcher.emit("warning", warning));
  const instanceOptions = () => ({...instanceOptionsOf(settings, container), ...(measure && {measureText: measure})});
  const instance = new TimelineInstance(container, dispatcher);
  try {
    instance.update(input, instanceOptions());
  } catch (error) {
    // No handle is returned, so nothing else could ever remove the frame, its
    // listeners and its observer: leave the container as it was.
    instance.destroy();
    throw error;
  }
  let destroyed = false;
  const alive = (method: string) => {
    if (destroyed) throw new TimelineError("DESTROYED", `${method}() called after destroy()`);
  };
  const handle: TimelineHandle = {
    update(data) {
      alive("update");
      instance.update(data, instanceOptions());
    },
    zoomTo(target, zoomOptions) {
      alive("zoomTo");
      instance.zoomTo(target, zoomOptions);
    },
    select(id) {
      alive("select");
      instance.select(id);
    },
    focus(id) {
      alive("focus");
      instance.focus(id);
    },
    on(typename, listener) {
      alive("on");
      if (typeof listener !== "function") throw invalidOption("listener", listener, "a function");
      dispatcher.on(typename, listener);
      return handle;
    },
    off(typename) {
      alive("off");
      dispatcher.off(typename);
      return handle;
    },
    domain() {
      alive("domain");
      return instance.domain();
    },
    toSVG() {
      alive("toSVG");
      return instance.toSVG();
    },
    async toPNG(pngOptions) {
      alive("toPNG");
      return svgToPNG(instance.toSVG(), container.ownerDocument, pngOptions);
    },
    warnings() {
      return instance.warningsOfLastUpdate();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      instance.destroy();
      dispatcher.clear();
    }
  };
  return handle;
}
