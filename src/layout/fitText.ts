import type {FontSpec, MeasureText} from "./measureText.js";

let graphemeSegmenter: Intl.Segmenter | undefined;

function graphemesOf(text: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, {granularity: "grapheme"});
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/**
 * The text, cut at a grapheme boundary and ended with "…" so that it fits
 * `maxWidth`; the whole text when it fits. Never splits an emoji or a letter from
 * its combining marks.
 */
export function fitText(text: string, maxWidth: number, font: FontSpec, measure: MeasureText): string {
  if (measure(text, font) <= maxWidth) return text;
  const graphemes = graphemesOf(text);
  // Binary search for the longest prefix that fits with the ellipsis.
  let low = 0;
  let high = graphemes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(graphemes.slice(0, mid).join("").trimEnd() + "…", font) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? "" : graphemes.slice(0, low).join("").trimEnd() + "…";
}

/**
 * Greedy word wrap to `maxWidth`. Words wider than a line (long URLs, or scripts
 * written without spaces) break between graphemes. At most `maxLines` lines; the
 * last one ends with "…" when text was left over.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec, measure: MeasureText, maxLines = 8): string[] {
  const lines: string[] = [];
  let line = "";
  const pieces = text.split(/\s+/).filter(Boolean).flatMap((word) =>
    measure(word, font) <= maxWidth ? [word] : breakWord(word, maxWidth, font, measure)
  );
  for (const piece of pieces) {
    const candidate = line ? `${line} ${piece}` : piece;
    if (line && measure(candidate, font) > maxWidth) {
      lines.push(line);
      line = piece;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = fitText(`${kept[maxLines - 1]}…`, maxWidth, font, measure);
    return kept;
  }
  return lines;
}

function breakWord(word: string, maxWidth: number, font: FontSpec, measure: MeasureText): string[] {
  const parts: string[] = [];
  let part = "";
  for (const grapheme of graphemesOf(word)) {
    if (part && measure(part + grapheme, font) > maxWidth) {
      parts.push(part);
      part = grapheme;
    } else {
      part += grapheme;
    }
  }
  if (part) parts.push(part);
  return parts;
}
