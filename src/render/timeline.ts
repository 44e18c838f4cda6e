import type {Selection} from "d3-selection";
import type {TimelineWarning} from "../model/errors.js";
import {invalidOption} from "../model/options.js";
import {parseTimeline} from "../model/parseTimeline.js";
import type {EventInput, Timeline, TimelineInput} from "../model/types.js";
import {layoutTimeline} from "../layout/layoutTimeline.js";
import {canvasMeasureText, measureTextWithTable, type MeasureText} from "../layout/measureText.js";
import {drawScene} from "./drawScene.js";
import {renderInto} from "./reconcile.js";
import {DEFAULT_WIDTH, checkMaxRows, checkSize, checkTheme} from "./renderOptions.js";
import {defaultMetrics} from "../layout/metrics.js";
import {lightTheme, type ThemeName} from "./theme.js";
import {isValidTimeZone} from "../time/zone.js";

export type TimelineData = TimelineInput | readonly EventInput[];

/**
 * The reusable D3 component: configure it with chained accessors, then
 * `d3.select(container).datum(input).call(chart)`. It draws synchronously into
 * an `<svg class="chronoline">` it creates in the container; calling it again
 * updates that drawing in place through keyed joins.
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
  let lastWarnings: readonly TimelineWarning[] = [];
  // Measured once per page and kept, so its cache serves every render.
  let browserMeasure: MeasureText | null | undefined;

  const chart = (<E extends Element, D extends TimelineData>(context: Selection<E, D, any, any>) => {
    const warnings: TimelineWarning[] = [];
    context.each(function (this: E, input: D) {
      const parsed: Timeline = parseTimeline(input, {
        strict,
        ...(timeZone !== null && {timeZone}),
        ...(locale !== null && {locale}),
        onWarning: (warning) => {
          warnings.push(warning);
          onWarning?.(warning);
        }
      });
      const containerWidth = this.clientWidth;
      if (browserMeasure === undefined) browserMeasure = defaultMeasure(this);
      const scene = layoutTimeline(parsed, {
        width: width ?? (containerWidth > 0 ? containerWidth : DEFAULT_WIDTH),
        ...(height !== null && {height}),
        ...(domain !== null && {domain}),
        metrics: {maxRows},
        measureText: measureText ?? browserMeasure ?? measureTextWithTable
      });
      renderInto(this, drawScene(scene, checkTheme(theme)));
    });
    lastWarnings = warnings;
  }) as TimelineComponent;

  chart.width = function (this: TimelineComponent, value?: number | null): any {
    if (!arguments.length) return width;
    width = value === null ? null : checkSize("width", value);
    return chart;
  } as TimelineComponent["width"];
  chart.height = function (value?: number | null): any {
    if (!arguments.length) return height;
    height = value === null ? null : checkSize("height", value);
    return chart;
  } as TimelineComponent["height"];
  chart.locale = function (value?: string | null): any {
    if (!arguments.length) return locale;
    if (value !== null && !isLocale(value)) throw invalidOption("locale", value, "a BCP 47 locale");
    locale = value === null ? null : String(value);
    return chart;
  } as TimelineComponent["locale"];
  chart.timeZone = function (value?: string | null): any {
    if (!arguments.length) return timeZone;
    if (value !== null && !isValidTimeZone(value)) throw invalidOption("timeZone", value, "an IANA time zone");
    timeZone = value === null ? null : String(value);
    return chart;
  } as TimelineComponent["timeZone"];
  chart.maxRows = function (value?: number): any {
    if (!arguments.length) return maxRows;
    maxRows = checkMaxRows(value);
    return chart;
  } as TimelineComponent["maxRows"];
  chart.theme = function (value?: ThemeName): any {
    if (!arguments.length) return theme;
    theme = checkTheme(value).name;
    return chart;
  } as TimelineComponent["theme"];
  chart.domain = function (value?: [number, number] | null): any {
    if (!arguments.length) return domain && [domain[0], domain[1]];
    domain = value === null ? null : checkDomain(value);
    return chart;
  } as TimelineComponent["domain"];
  chart.strict = function (value?: boolean): any {
    if (!arguments.length) return strict;
    strict = Boolean(value);
    return chart;
  } as TimelineComponent["strict"];
  chart.onWarning = function (value?: ((warning: TimelineWarning) => void) | null): any {
    if (!arguments.length) return onWarning;
    if (value !== null && typeof value !== "function") throw invalidOption("onWarning", value, "a function or null");
    onWarning = value ?? null;
    return chart;
  } as TimelineComponent["onWarning"];
  chart.measureText = function (value?: MeasureText | null): any {
    if (!arguments.length) return measureText;
    if (value !== null && typeof value !== "function") throw invalidOption("measureText", value, "a function or null");
    measureText = value ?? null;
    return chart;
  } as TimelineComponent["measureText"];
  chart.warnings = () => lastWarnings;
  return chart;
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
