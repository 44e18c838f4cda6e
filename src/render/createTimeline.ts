import {select} from "d3-selection";
import type {TimelineWarning} from "../model/errors.js";
import {TimelineError} from "../model/errors.js";
import {invalidOption, readOptions} from "../model/options.js";
import {Report} from "../model/report.js";
import type {MeasureText} from "../layout/measureText.js";
import {timeline, type TimelineData} from "./timeline.js";
import type {ThemeName} from "./theme.js";

export interface TimelineOptions {
  width?: number;
  height?: number;
  locale?: string;
  timeZone?: string;
  theme?: ThemeName;
  maxRows?: number;
  domain?: [number, number];
  strict?: boolean;
  onWarning?: (warning: TimelineWarning) => void;
  measureText?: MeasureText;
}

/** A timeline drawn into a container, for pages and frameworks that do not use d3 selections. */
export interface TimelineHandle {
  /** Redraws with new data, in place. */
  update(input: TimelineData): void;
  /** The warnings of the last draw. */
  warnings(): readonly TimelineWarning[];
  /** Removes the drawing; the handle cannot be used afterwards. */
  destroy(): void;
}

const OPTION_NAMES = ["width", "height", "locale", "timeZone", "theme", "maxRows", "domain", "strict", "onWarning", "measureText"] as const;

/**
 * Draws `input` into `container` with the `timeline()` component and returns a
 * handle. The same options as the component's accessors.
 */
export function createTimeline(container: Element, input: TimelineData, options?: TimelineOptions): TimelineHandle {
  if (!container || typeof (container as Element).appendChild !== "function") {
    throw invalidOption("container", container, "a DOM element");
  }
  const report = new Report();
  const opts = readOptions<TimelineOptions>(options, OPTION_NAMES, report, "createTimeline");
  const chart = timeline();
  for (const name of OPTION_NAMES) {
    const value = opts[name];
    if (value !== undefined) (chart[name] as (value: unknown) => unknown)(value);
  }
  for (const warning of report.warnings) opts.onWarning?.(warning);
  let destroyed = false;
  const alive = (method: string) => {
    if (destroyed) throw new TimelineError("DESTROYED", `${method}() called after destroy()`);
  };
  const draw = (data: TimelineData) => select(container).datum(data).call(chart);
  draw(input);
  return {
    update(data) {
      alive("update");
      draw(data);
    },
    warnings() {
      return chart.warnings();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      select(container).selectChild("svg.chronoline").remove();
    }
  };
}
