import type {Selection} from "d3-selection";
import type {TimelineWarning} from "../model/errors.js";
import {invalidOption} from "../model/options.js";
import {parseTimeline} from "../model/parseTimeline.js";
import type {EventInput, TimelineInput} from "../model/types.js";
import {layoutTimeline} from "../layout/layoutTimeline.js";
import {canvasMeasureText, guardMeasureText, measureTextWithTable, type MeasureText} from "../layout/measureText.js";
import {defaultMetrics} from "../layout/metrics.js";
import {TimelineDispatcher, type TimelineEventType, type TimelineListener} from "../interact/dispatcher.js";
import {TimelineInstance, type InstanceOptions} from "../interact/instance.js";
import {isValidTimeZone} from "../time/zone.js";
import {drawScene} from "./drawScene.js";
import {renderInto} from "./reconcile.js";
import {DEFAULT_WIDTH, checkMaxRows, checkOrientation, checkSize, checkTheme} from "./renderOptions.js";
import type {Orientation} from "../layout/scene.js";
import {lightTheme, type ThemeName} from "./theme.js";

export type TimelineData = TimelineInput | readonly EventInput[];

/**
 * The reusable D3 component: configure it with chained accessors, then
 * `d3.select(container).datum(input).call(chart)`. It draws synchronously into
 * the container; calling it again updates the drawing in place through keyed
 * joins. Interactive by default: zoom and pan, an overview band, keyboard
 * navigation, a details card and a table alternative (see `interactive`).
 */
export interface TimelineComponent {
  <E extends Element, D extends TimelineData>(context: Selection<E, D, any, any>): void;
  /** Width in px; `null` (default) takes the container's width, or 900 when it has none. */
  width(): number | null;
  width(value: number | null): this;
  /** Height in px; `null` (default) fits the content. */
  height(): number | null;
  height(value: number | null): this;
  /** BCP 47 locale for labels; `null` (default) uses the data's, else en-GB. */
  locale(): string | null;
  locale(value: string | null): this;
  /** IANA zone for floating dates and labels; `null` (default) uses the data's, else UTC. */
  timeZone(): string | null;
  timeZone(value: string | null): this;
  /** Sub-rows a lane may use before its other events fold into "+N" clusters; default 8. */
  maxRows(): number;
  maxRows(value: number): this;
  /** "light" (default) or "dark". */
  theme(): ThemeName;
  theme(value: ThemeName): this;
  /** Visible time window as epoch ms; `null` (default) shows all the data. */
  domain(): [number, number] | null;
  domain(value: [number, number] | null): this;
  /** `false` (default) draws what is valid and reports the rest; `true` throws a `TimelineError`. */
  strict(): boolean;
  strict(value: boolean): this;
  /** Receives every warning of each render. */
  onWarning(): ((warning: TimelineWarning) => void) | null;
  onWarning(value: ((warning: TimelineWarning) => void) | null): this;
  /** Text measurement for layout; default: canvas `measureText` in browsers, the built-in width table elsewhere. */
  measureText(): MeasureText | null;
  measureText(value: MeasureText | null): this;
  /** `true` (default): zoom, keyboard, details and the rest; `false`: a static drawing, as `renderToSVG` makes. */
  interactive(): boolean;
  interactive(value: boolean): this;
  /** Which way time runs: "horizontal", "vertical", or `null` (default) for vertical below `breakpoint`. */
  orientation(): Orientation | null;
  orientation(value: Orientation | null): this;
  /** Below this width in px time runs down the screen (when `orientation` is null); default 560. */
  breakpoint(): number;
  breakpoint(value: number): this;
  /** Whether an interactive timeline shows the overview band with its brush; default true. */
  overview(): boolean;
  overview(value: boolean): this;
  /** Adds (or with `null` removes) a listener: "select", "hover", "focus", "zoom", "warning", optionally namespaced ("zoom.list"). */
  on<T extends TimelineEventType>(typename: T | `${T}.${string}`, listener: TimelineListener<T> | null): this;
  /** Removes the interactive timeline from each element of the selection. */
  destroy(context: Selection<Element, unknown, any, any>): void;
  /** The warnings of the last render. */
  warnings(): readonly TimelineWarning[];
}

export function timeline(): TimelineComponent {
  let width: number | null = null;
  let height: number | null = null;
  let locale: string | null = null;
  let timeZone: string | null = null;
  let theme: ThemeName = "light";
  let maxRows = defaultMetrics.maxRows;
  let domain: [number, number] | null = null;
  let strict = false;
  let onWarning: ((warning: TimelineWarning) => void) | null = null;
  let measureText: MeasureText | null = null;
  let guardedMeasure: MeasureText | null = null;
  let interactive = true;
  let breakpoint = 560;
  let orientation: Orientation | null = null;
  let overview = true;
  let lastWarnings: readonly TimelineWarning[] = [];
  // Measured once per page and kept, so its cache serves every render.
  let browserMeasure: MeasureText | null | undefined;
  const dispatcher = new TimelineDispatcher();
  const instances = new WeakMap<Element, TimelineInstance>();
  dispatcher.on("warning.onWarning", (warning) => onWarning?.(warning));

  const instanceOptions = (): InstanceOptions => ({
    width, height, locale, timeZone, theme, maxRows, domain, strict, breakpoint, overview, orientation,
    measureText: guardedMeasure ?? browserMeasure ?? null
  });

  const chart = (<E extends Element, D extends TimelineData>(context: Selection<E, D, any, any>) => {
    const warnings: TimelineWarning[] = [];
    context.each(function (this: E, input: D) {
      if (browserMeasure === undefined) browserMeasure = defaultMeasure(this);
      if (interactive) {
        let instance = instances.get(this);
        if (!instance) instances.set(this, (instance = new TimelineInstance(this, dispatcher)));
        instance.update(input, instanceOptions());
        warnings.push(...instance.warningsOfLastUpdate());
        return;
      }
      const parsed = parseTimeline(input, {
        strict,
        ...(timeZone !== null && {timeZone}),
        ...(locale !== null && {locale}),
        onWarning: (warning) => {
          warnings.push(warning);
          dispatcher.emit("warning", warning);
        }
      });
      const containerWidth = this.clientWidth;
      const drawnWidth = width ?? (containerWidth > 0 ? containerWidth : DEFAULT_WIDTH);
      const scene = layoutTimeline(parsed, {
        width: drawnWidth,
        orientation: orientation ?? (drawnWidth < breakpoint ? "vertical" : "horizontal"),
        ...(height !== null && {height}),
        ...(domain !== null && {domain}),
        metrics: {maxRows},
        measureText: guardedMeasure ?? browserMeasure ?? measureTextWithTable
      });
      renderInto(this, drawScene(scene, checkTheme(theme)));
    });
    lastWarnings = warnings;
  }) as TimelineComponent;

  /** A chained getter/setter: `chart.name()` reads, `chart.name(value)` checks, sets and returns the chart. */
  function accessor<T>(get: () => T, set: (value: unknown) => void) {
    return function (this: unknown, ...args: unknown[]) {
      if (!args.length) return get();
      set(args[0]);
      return chart;
    } as never;
  }

  chart.width = accessor(() => width, (value) => (width = value === null ? null : checkSize("width", value)));
  chart.height = accessor(() => height, (value) => (height = value === null ? null : checkSize("height", value)));
  chart.locale = accessor(() => locale, (value) => {
    if (value !== null && !isLocale(value)) throw invalidOption("locale", value, "a BCP 47 locale");
    locale = value === null ? null : String(value);
  });
  chart.timeZone = accessor(() => timeZone, (value) => {
    if (value !== null && !isValidTimeZone(value)) throw invalidOption("timeZone", value, "an IANA time zone");
    timeZone = value === null ? null : String(value);
  });
  chart.maxRows = accessor(() => maxRows, (value) => (maxRows = checkMaxRows(value)));
  chart.theme = accessor(() => theme, (value) => (theme = checkTheme(value).name));
  chart.domain = accessor(() => domain && [domain[0], domain[1]], (value) => (domain = value === null ? null : checkDomain(value)));
  chart.strict = accessor(() => strict, (value) => (strict = Boolean(value)));
  chart.onWarning = accessor(() => onWarning, (value) => {
    if (value !== null && typeof value !== "function") throw invalidOption("onWarning", value, "a function or null");
    onWarning = (value as typeof onWarning) ?? null;
  });
  chart.measureText = accessor(() => measureText, (value) => {
    if (value !== null && typeof value !== "function") throw invalidOption("measureText", value, "a function or null");
    measureText = (value as MeasureText | null) ?? null;
    guardedMeasure = measureText && reportingMeasureText(measureText, (warning) => dispatcher.emit("warning", warning));
  });
  chart.interactive = accessor(() => interactive, (value) => (interactive = Boolean(value)));
  chart.orientation = accessor(() => orientation, (value) => (orientation = value === null ? null : checkOrientation(value)));
  chart.breakpoint = accessor(() => breakpoint, (value) => (breakpoint = checkSize("breakpoint", value)));
  chart.overview = accessor(() => overview, (value) => (overview = Boolean(value)));
  chart.on = function (typename: TimelineEventType, listener: TimelineListener<TimelineEventType> | null) {
    if (listener === null) dispatcher.off(typename);
    else if (typeof listener === "function") dispatcher.on(typename, listener);
    else throw invalidOption("listener", listener, "a function or null");
    return chart;
  } as TimelineComponent["on"];
  chart.destroy = (context) => {
    context.each(function (this: Element) {
      instances.get(this)?.destroy();
      instances.delete(this);
    });
  };
  chart.warnings = () => lastWarnings;
  return chart;
}

/** A component's settings as the options of an interactive timeline in `container` (for `createTimeline`). */
export function instanceOptionsOf(chart: TimelineComponent, container: Element): InstanceOptions {
  return {
    width: chart.width(),
    height: chart.height(),
    locale: chart.locale(),
    timeZone: chart.timeZone(),
    theme: chart.theme(),
    maxRows: chart.maxRows(),
    domain: chart.domain(),
    strict: chart.strict(),
    breakpoint: chart.breakpoint(),
    orientation: chart.orientation(),
    overview: chart.overview(),
    measureText: chart.measureText() ?? defaultMeasure(container)
  };
}

/**
 * The integrator's measureText, wrapped so that one that throws or answers NaN
 * falls back to the width table and is reported once as a warning, not fatal.
 */
export function reportingMeasureText(measure: MeasureText, warn: (warning: TimelineWarning) => void): MeasureText {
  return guardMeasureText(measure, (reason) =>
    warn({code: "MEASURE_TEXT_FAILED", path: "options.measureText", message: `measureText ${reason}; the built-in width table measures instead`})
  );
}

/**
 * Browsers measure text exactly through a canvas; an OffscreenCanvas needs no
 * node in the page. Where there is none (jsdom, old engines) the width table
 * serves, as in Node.
 */
function defaultMeasure(container: Element): MeasureText | null {
  const view = container.ownerDocument.defaultView as (Window & {OffscreenCanvas?: typeof OffscreenCanvas}) | null;
  if (!view?.OffscreenCanvas) return null;
  const context = new view.OffscreenCanvas(1, 1).getContext("2d");
  return context ? canvasMeasureText(context, lightTheme.fontFamily) : null;
}

function checkDomain(value: unknown): [number, number] {
  if (Array.isArray(value) && value.length === 2) {
    const [start, end] = value.map(Number) as [number, number];
    if (Number.isFinite(start) && Number.isFinite(end) && start < end) return [start, end];
  }
  throw invalidOption("domain", value, "[start, end] epoch milliseconds with start < end");
}

function isLocale(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    new Intl.Locale(value);
    return true;
  } catch {
    return false;
  }
}
