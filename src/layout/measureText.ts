import {boldAdvances, NOT_IN_TABLE, regularAdvances, type FontAdvanceTable} from "./fontWidths.js";

/** A font as the layout sees it: CSS px size, weight (400 or 700). */
export interface FontSpec {
  /** Font size in CSS pixels. */
  size: number;
  /** CSS font weight; 400 when absent. Weights from 600 up use the bold face. */
  weight?: number;
}

/** Width in CSS pixels of `text` drawn in `font`. */
export type MeasureText = (text: string, font: FontSpec) => number;

/**
 * What canvasMeasureText needs from a 2D context: a CanvasRenderingContext2D or an
 * OffscreenCanvasRenderingContext2D (in a worker) both qualify.
 */
export type TextMeasuringContext = Pick<CanvasRenderingContext2D, "font" | "measureText">;

/**
 * Width from the built-in advance-width table for Liberation Sans (metric-compatible
 * with Arial/Helvetica). Pure, no DOM: the same number in Node, jsdom and browsers.
 *
 * Widths add up per code point: kerning and ligatures, which browsers apply, are ignored
 * (they change Latin titles by well under 1%). Scripts the table does not list follow
 * rules: CJK, kana, hangul and fullwidth forms are 1 em, halfwidth forms 1/2 em,
 * Arabic and Hebrew an average advance measured in Chromium, combining marks and
 * invisible characters 0, anything else the mean width of a-z.
 */
export const measureTextWithTable: MeasureText = (text, font) => {
  const size = fontSize(font);
  const table = isBold(font) ? boldAdvances : regularAdvances;
  let perMille = 0;
  for (const character of text) perMille += advanceOf(character.codePointAt(0)!, table);
  return (perMille * size) / 1000;
};

/**
 * Browser measurement through an injected canvas 2D context, cached per (font, text).
 * `fontFamily` is a CSS font-family list, e.g. `"'Liberation Sans', Arial, sans-serif"`.
 */
export function canvasMeasureText(context: TextMeasuringContext, fontFamily: string): MeasureText {
  const widthsByFont = new Map<string, Map<string, number>>();
  // The font last set, as given and as the context spells it back.
  let setFont = "";
  let contextFont = "";
  return (text, font) => {
    const css = `${isBold(font) ? 700 : 400} ${fontSize(font)}px ${fontFamily}`;
    let widths = widthsByFont.get(css);
    if (widths === undefined) widthsByFont.set(css, (widths = new Map()));
    let width = widths.get(text);
    if (width === undefined) {
      // The context may be shared with code that changes its font, so it is
      // checked on every miss; setting it only when it differs saves a third of
      // the time of measuring thousands of titles (parsing the font each time).
      if (setFont !== css || context.font !== contextFont) {
        context.font = css;
        setFont = css;
        contextFont = context.font;
      }
      width = context.measureText(text).width;
      // Labels change as data changes; start over rather than grow without bound.
      if (widths.size >= maxCachedWidthsPerFont) widths.clear();
      widths.set(text, width);
    }
    return width;
  };
}

const maxCachedWidthsPerFont = 10_000;

function fontSize({size}: FontSpec): number {
  const px = +size;
  if (!(px >= 0 && px < Infinity)) throw new RangeError(`invalid font size: ${size}`);
  return px;
}

// The layout ships a regular and a bold face; CSS font matching picks the bold face for
// weights of 600 and more when only 400 and 700 exist.
const isBold = ({weight}: FontSpec) => weight !== undefined && +weight >= 600;

function advanceOf(codePoint: number, table: FontAdvanceTable): number {
  const tabulated = codePoint < table.advances.length ? table.advances[codePoint]! : NOT_IN_TABLE;
  if (tabulated !== NOT_IN_TABLE) return tabulated;
  switch (scriptRuleOf(codePoint)) {
    case "zero":
      return 0;
    case "fullwidth":
      return 1000;
    case "halfwidth":
      return 500;
    case "arabic":
      return table.arabicAdvance;
    case "hebrew":
      return table.hebrewAdvance;
    default:
      return table.fallbackAdvance;
  }
}

type ScriptRule = "zero" | "fullwidth" | "halfwidth" | "arabic" | "hebrew";

// Inclusive ranges, sorted, not overlapping. Written out rather than read from \p{...}
// regular expressions so that every JavaScript engine, whatever its Unicode version,
// gives the same widths.
const scriptRules: ReadonlyArray<readonly [first: number, last: number, rule: ScriptRule]> = [
  [0x0300, 0x036f, "zero"], // Combining Diacritical Marks
  [0x0591, 0x05bd, "zero"], // Hebrew points and cantillation
  [0x05be, 0x05be, "hebrew"],
  [0x05bf, 0x05bf, "zero"],
  [0x05c0, 0x05c0, "hebrew"],
  [0x05c1, 0x05c2, "zero"],
  [0x05c3, 0x05c3, "hebrew"],
  [0x05c4, 0x05c5, "zero"],
  [0x05c6, 0x05c6, "hebrew"],
  [0x05c7, 0x05c7, "zero"],
  [0x05c8, 0x05ff, "hebrew"],
  [0x0600, 0x060f, "arabic"],
  [0x0610, 0x061a, "zero"], // Arabic honorifics
  [0x061b, 0x064a, "arabic"],
  [0x064b, 0x065f, "zero"], // harakat
  [0x0660, 0x066f, "arabic"],
  [0x0670, 0x0670, "zero"], // superscript alef
  [0x0671, 0x06d5, "arabic"],
  [0x06d6, 0x06ed, "zero"], // Quranic annotation marks (the few spacing ones among them are rare)
  [0x06ee, 0x06ff, "arabic"],
  [0x0750, 0x077f, "arabic"], // Arabic Supplement
  [0x0870, 0x08d2, "arabic"], // Arabic Extended-B and -A
  [0x08d3, 0x08ff, "zero"],
  [0x1100, 0x115f, "fullwidth"], // Hangul leading jamo
  [0x1ab0, 0x1aff, "zero"], // Combining Diacritical Marks Extended
  [0x1dc0, 0x1dff, "zero"], // Combining Diacritical Marks Supplement
  [0x20d0, 0x20ff, "zero"], // Combining Diacritical Marks for Symbols
  [0x2e80, 0xa4cf, "fullwidth"], // CJK radicals, punctuation, kana, CJK ideographs, Yi
  [0xa960, 0xa97f, "fullwidth"], // Hangul Jamo Extended-A
  [0xac00, 0xd7a3, "fullwidth"], // Hangul syllables
  [0xf900, 0xfaff, "fullwidth"], // CJK compatibility ideographs
  [0xfb1d, 0xfb1d, "hebrew"],
  [0xfb1e, 0xfb1e, "zero"],
  [0xfb1f, 0xfb4f, "hebrew"], // Hebrew presentation forms
  [0xfb50, 0xfdff, "arabic"], // Arabic presentation forms-A
  [0xfe00, 0xfe0f, "zero"], // variation selectors
  [0xfe10, 0xfe1f, "fullwidth"], // vertical forms
  [0xfe20, 0xfe2f, "zero"], // combining half marks
  [0xfe30, 0xfe6f, "fullwidth"], // CJK compatibility and small form variants
  [0xfe70, 0xfefe, "arabic"], // Arabic presentation forms-B
  [0xfeff, 0xfeff, "zero"], // byte order mark
  [0xff00, 0xff60, "fullwidth"], // fullwidth ASCII
  [0xff61, 0xffdc, "halfwidth"], // halfwidth katakana and hangul
  [0xffe0, 0xffe6, "fullwidth"], // fullwidth signs
  [0x20000, 0x3fffd, "fullwidth"], // CJK ideographs, supplementary planes
  [0xe0000, 0xe0fff, "zero"] // tags and variation selectors supplement
];

function scriptRuleOf(codePoint: number): ScriptRule | undefined {
  for (const [first, last, rule] of scriptRules) {
    if (codePoint < first) return undefined;
    if (codePoint <= last) return rule;
  }
  return undefined;
}

const guarded = new WeakSet<MeasureText>();

/**
 * An injected measureText that cannot take the layout down: where it throws, or
 * returns anything but a finite width of at least 0, the built-in table answers
 * instead. `onFailure` hears of the first failure only (a font that is not loaded
 * fails for every label; one report says so). Wrapping twice is a no-op.
 */
export function guardMeasureText(measure: MeasureText, onFailure?: (reason: string) => void): MeasureText {
  if (guarded.has(measure)) return measure;
  if (!onFailure) {
    // The same wrapper for the same function every time: layout caches widths per
    // measure, and a new wrapper on each zoom frame would empty that cache.
    let silent = silentGuards.get(measure);
    if (!silent) silentGuards.set(measure, (silent = wrapMeasure(measure)));
    return silent;
  }
  return wrapMeasure(measure, onFailure);
}

const silentGuards = new WeakMap<MeasureText, MeasureText>();

function wrapMeasure(measure: MeasureText, onFailure?: (reason: string) => void): MeasureText {
  let reported = false;
  const fail = (reason: string) => {
    if (reported) return;
    reported = true;
    onFailure?.(reason);
  };
  const safe: MeasureText = (text, font) => {
    let width: unknown;
    try {
      width = measure(text, font);
    } catch (error) {
      fail(`threw ${error instanceof Error ? error.message.slice(0, 60) : "a non-error"}`);
      return measureTextWithTable(text, font);
    }
    if (typeof width === "number" && width >= 0 && width < Infinity) return width;
    fail(`returned ${String(width).slice(0, 60)} for ${JSON.stringify(text.slice(0, 30))}`);
    return measureTextWithTable(text, font);
  };
  guarded.add(safe);
  return safe;
}
