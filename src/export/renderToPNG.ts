/// <reference types="node" />
import {existsSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {Resvg} from "@resvg/resvg-js";
// The core through its public entry: the build maps it to ./index.js, so
// `instanceof TimelineError` holds for errors thrown here.
import {TimelineError, renderToSVG, type EventInput, type RenderToSVGOptions, type TimelineInput} from "../index.js";
import {describeValue} from "../model/errors.js";
import {pngSize, pngSizeProblem, readScale, svgSize} from "./pngSize.js";

export interface RenderToPNGOptions extends RenderToSVGOptions {
  /** Image pixels per px of the drawing; default 1 (2 for a sharp image on high-density screens). */
  scale?: number;
  /**
   * More TrueType or OpenType font files (paths), for scripts that Liberation Sans
   * lacks (CJK, Arabic, Devanagari …): a character missing from Liberation Sans is
   * drawn from the first of these that has it. Labels are still laid out with
   * Liberation Sans metrics.
   */
  fontFiles?: readonly string[];
}

/** The family the drawing names first, and the only one loaded unless `fontFiles` adds more. */
const FONT_FAMILY = "Liberation Sans";
/** Shipped beside this module (dist/fonts/, src/export/fonts/), under the SIL Open Font License 1.1 (fonts/OFL.txt). */
const FONT_FILES = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"];

/**
 * The timeline as a PNG image, in plain Node: `renderToSVG`'s drawing rasterised
 * by resvg with the Liberation Sans files shipped with chronoline and no system
 * fonts, so the pixels do not depend on the machine's fonts or fontconfig. The
 * same input and options give the same bytes. Takes `renderToSVG`'s options, plus
 * `scale` and `fontFiles`.
 */
export function renderToPNG(input: TimelineInput | readonly EventInput[], options?: RenderToPNGOptions): Uint8Array;
export function renderToPNG(input: unknown, options?: RenderToPNGOptions): Uint8Array;
export function renderToPNG(input: unknown, options?: RenderToPNGOptions): Uint8Array {
  if (options !== undefined && options !== null && (typeof options !== "object" || Array.isArray(options))) {
    throw new TimelineError("INVALID_OPTIONS", "invalid options for renderToPNG: expected an object");
  }
  const {scale: scaleOption, fontFiles: extraFonts, ...svgOptions} = options ?? {};
  const scale = scaleOption === undefined ? 1 : readScale(scaleOption);
  if (scale === undefined) throw invalidOption("scale", scaleOption, "a number above 0");
  const fontFiles = [...bundledFontFiles(), ...readFontFiles(extraFonts)];
  const svg = renderToSVG(input, svgOptions);
  const size = svgSize(svg)!;
  const problem = pngSizeProblem(pngSize(size.width, size.height, scale));
  if (problem) throw invalidOption("scale", scale, `a smaller scale: ${problem}`);
  const resvg = new Resvg(svg, {
    font: {loadSystemFonts: false, fontFiles, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY},
    fitTo: scale === 1 ? {mode: "original"} : {mode: "zoom", value: scale},
    logLevel: "off"
  });
  return resvg.render().asPng();
}

function bundledFontFiles(): string[] {
  let files: string[];
  try {
    files = FONT_FILES.map((file) => fileURLToPath(new URL(`./fonts/${file}`, import.meta.url)));
  } catch {
    files = [];
  }
  // resvg draws no text at all, silently, when a font file is missing.
  const missing = files.length === 0 ? FONT_FILES : files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new TimelineError("MISSING_FONT", `chronoline/png cannot find its font files (${missing.join(", ")}) in the fonts folder beside its module; was it bundled without them?`);
  }
  return files;
}

function readFontFiles(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((file) => typeof file === "string" && file !== "")) {
    throw invalidOption("fontFiles", value, "an array of font file paths");
  }
  const missing = value.filter((file) => !existsSync(file));
  if (missing.length > 0) throw invalidOption("fontFiles", value, `existing files; not found: ${missing.join(", ")}`);
  return value;
}

function invalidOption(name: string, value: unknown, expected: string): TimelineError {
  return new TimelineError("INVALID_OPTION", `invalid ${name}: ${describeValue(value)}, expected ${expected}`, `options.${name}`);
}
