/**
 * Text from the input is shown as text, never parsed as markup; what is cleaned
 * here are the characters that would break the output or mislead readers:
 * control characters (invalid in XML), lone surrogates (not encodable), and
 * unbalanced bidirectional formatting that would reorder neighbouring text.
 */

// C0 and C1 controls except tab and newline, and DEL. XML 1.0 forbids most of them.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const FIRST_STRONG_ISOLATE = "\u2068";
const POP_DIRECTIONAL_ISOLATE = "\u2069";
const POP_DIRECTIONAL_FORMATTING = "\u202C";

export interface CleanTextOptions {
  /** Longest kept length in UTF-16 code units; longer text is cut at a grapheme boundary with "…". */
  maxLength: number;
  /** Keep line breaks (descriptions) or fold all whitespace to single spaces (titles). */
  multiline?: boolean;
}

export interface CleanedText {
  text: string;
  /** Control characters or lone surrogates were replaced. */
  cleaned: boolean;
  truncated: boolean;
}

// Anything that cleaning could change: controls, surrogates, bidi formatting,
// whitespace other than single inner spaces.
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[^\S ]| {2}|^ | $/;

export function cleanText(input: string, {maxLength, multiline = false}: CleanTextOptions): CleanedText {
  // Most text is already clean; checking costs one scan, cleaning several.
  if (input.length <= maxLength && !NEEDS_CLEANING.test(input)) return {text: input, cleaned: false, truncated: false};
  let cleaned = false;
  // Cut first, generously, so a million-character title costs no more than a short one.
  let text = input.length > maxLength + 64 ? sliceWholeCodePoints(input, maxLength + 64) : input;
  let truncated = text.length < input.length;
  const printable = text.replace(CONTROLS, "").replace(LONE_SURROGATE, "\uFFFD");
  if (printable !== text) {
    text = printable;
    cleaned = true;
  }
  text = multiline
    ? text.replace(/\r\n?/g, "\n").replace(/[ \t]+/g, " ").replace(/ *\n */g, "\n").trim()
    : text.replace(/\s+/g, " ").trim();
  if (text.length > maxLength) {
    text = cutAtGrapheme(text, maxLength - 1) + "…";
    truncated = true;
  } else if (truncated) {
    text = cutAtGrapheme(text, maxLength - 1) + "…";
  }
  if (BIDI_CONTROLS.test(text)) text = isolateBidi(text);
  return {text, cleaned, truncated};
}

/** A prefix that never ends between the two halves of a surrogate pair. */
function sliceWholeCodePoints(text: string, end: number): string {
  const last = text.charCodeAt(end - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}

let graphemes: Intl.Segmenter | undefined;

/**
 * Segmenting costs microseconds per grapheme: a 10,000-character description cut
 * by segmenting all of it took 40 ms, so 1,000 of them a minute. Only the
 * clusters around the cut matter; the window starts this far before it.
 */
const CUT_WINDOW = 256;

/**
 * The longest prefix of whole grapheme clusters (emoji, combining marks) within
 * `limit` code units. Only a window before the cut is segmented: its first segment
 * may begin inside a cluster, but every boundary after it is a real one. (A single
 * cluster longer than the window, which no script needs, may be cut inside,
 * still between whole code points.)
 */
export function cutAtGrapheme(text: string, limit: number): string {
  if (text.length <= limit) return text;
  graphemes ??= new Intl.Segmenter(undefined, {granularity: "grapheme"});
  const from = sliceWholeCodePoints(text, Math.max(0, limit - CUT_WINDOW)).length;
  let end = from;
  for (const {index, segment} of graphemes.segment(text.slice(from, limit + 32))) {
    if (from + index + segment.length > limit) break;
    end = from + index + segment.length;
  }
  return text.slice(0, end);
}

/**
 * Closes every embedding, override and isolate the text opens, and wraps it in a
 * first-strong isolate, so that a hostile RIGHT-TO-LEFT OVERRIDE stays inside its
 * own field when labels are composed ("17 Mar 2023: …").
 */
function isolateBidi(text: string): string {
  let openEmbeddings = 0;
  let openIsolates = 0;
  let result = "";
  for (const char of text) {
    switch (char) {
      case "\u202A": case "\u202B": case "\u202D": case "\u202E":
        openEmbeddings++;
        break;
      case "\u202C":
        if (openEmbeddings === 0) continue; // an unmatched pop would close an outer embedding
        openEmbeddings--;
        break;
      case "\u2066": case "\u2067": case "\u2068":
        openIsolates++;
        break;
      case "\u2069":
        if (openIsolates === 0) continue;
        openIsolates--;
        break;
    }
    result += char;
  }
  return FIRST_STRONG_ISOLATE + result + POP_DIRECTIONAL_FORMATTING.repeat(openEmbeddings) +
    POP_DIRECTIONAL_ISOLATE.repeat(openIsolates) + POP_DIRECTIONAL_ISOLATE;
}
