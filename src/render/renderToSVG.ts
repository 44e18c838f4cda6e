import type {TimelineWarning} from "../model/errors.js";
import {invalidOption, readOptions} from "../model/options.js";
import {parseTimeline} from "../model/parseTimeline.js";
import {Report} from "../model/report.js";
import type {EventInput, TimelineInput} from "../model/types.js";
import {layoutTimeline} from "../layout/layoutTimeline.js";
import type {Orientation} from "../layout/scene.js";
import {drawScene} from "./drawScene.js";
import {DEFAULT_WIDTH, checkMaxRows, checkOrientation, checkSize, checkTheme} from "./renderOptions.js";
import {toSvgString} from "./toSvgString.js";

export interface RenderToSVGOptions {
  /** Width in px; default 900. */
  width?: number;
  /** Height in px; by default as tall as the content. */
  height?: number;
  /** BCP 47 locale for labels; overrides the data's. */
  locale?: string;
  /** IANA zone for floating dates and labels; overrides the data's. */
  timeZone?: string;
  /** Sub-rows a lane may use before its other events fold into "+N" clusters; default 8. */
  maxRows?: number;
  /** Which way time runs: "horizontal" (default) across, or "vertical" down, for narrow drawings. */
  orientation?: Orientation;
  /** Colours embedded in the SVG; default "light". */
  theme?: "light" | "dark";
  /** Throw a `TimelineError` on any data problem instead of drawing what is valid. */
  strict?: boolean;
  /** Receives every warning (dropped or normalised items, with JSON paths). */
  onWarning?: (warning: TimelineWarning) => void;
}

const OPTION_NAMES = ["width", "height", "locale", "timeZone", "theme", "maxRows", "orientation", "strict", "onWarning"] as const;

/**
 * The timeline as a standalone SVG document string, in plain Node: no browser, no
 * global `document`. Deterministic: the same input and options give the same
 * bytes. Lenient by default: bad items are dropped and reported to `onWarning`.
 */
export function renderToSVG(input: TimelineInput | readonly EventInput[], options?: RenderToSVGOptions): string;
export function renderToSVG(input: unknown, options?: RenderToSVGOptions): string;
export function renderToSVG(input: unknown, options?: RenderToSVGOptions): string {
  const optionReport = new Report();
  const opts = readOptions<RenderToSVGOptions>(options, OPTION_NAMES, optionReport, "renderToSVG");
  if (opts.onWarning !== undefined && typeof opts.onWarning !== "function") throw invalidOption("onWarning", opts.onWarning, "a function");
  const width = opts.width === undefined ? DEFAULT_WIDTH : checkSize("width", opts.width);
  const height = opts.height === undefined ? undefined : checkSize("height", opts.height);
  const theme = checkTheme(opts.theme ?? "light");
  const maxRows = opts.maxRows === undefined ? undefined : checkMaxRows(opts.maxRows);
  const orientation = opts.orientation === undefined ? undefined : checkOrientation(opts.orientation);
  for (const warning of optionReport.warnings) opts.onWarning?.(warning);
  const timeline = parseTimeline(input, {
    strict: opts.strict ?? false,
    ...(opts.timeZone !== undefined && {timeZone: opts.timeZone}),
    ...(opts.locale !== undefined && {locale: opts.locale}),
    ...(opts.onWarning && {onWarning: opts.onWarning})
  });
  const scene = layoutTimeline(timeline, {
    width,
    ...(height !== undefined && {height}),
    ...(maxRows !== undefined && {metrics: {maxRows}}),
    ...(orientation !== undefined && {orientation})
  });
  return toSvgString(drawScene(scene, theme));
}

