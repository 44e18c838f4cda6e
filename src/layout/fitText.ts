import type {FontSpec, MeasureText} from "./measureText.js";

let graphemeSegmenter: Intl.Segmenter | undefined;

// Below U+0300 (combining marks start there) every code unit is a whole grapheme.
const SIMPLE_TEXT = /^[\u0000-\u02FF]*$/;

function graphemesOf(text: string): string[] {
  if (SIMPLE_TEXT.test(text)) return text.split("");
  graphemeSegmenter ??= new Intl.Segmenter(undefined, {granularity: "grapheme"});
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/**
 * The text, cut and ended with "…" so that it fits `maxWidth`; the whole text
 * when it fits. Cuts between words where it can, and never splits an emoji or a
 * letter from its combining marks.
 */
export function fitText(text: string, maxWidth: number, font: FontSpec, measure: MeasureText): string {
  if (measure(text, font) <= maxWidth) return text;
  const graphemes = graphemesOf(text);
  // One pass adding grapheme widths finds the cut; measuring the result then
  // corrects for kerning, which a browser's measure applies to whole strings.
  const room = maxWidth - measure("…", font);
  let width = 0;
  let count = 0;
  while (count < graphemes.length) {
    width += measure(graphemes[count]!, font);
    if (width > room) break;
    count++;
  }
  // Prefer ending on a whole word, as long as that keeps most of the text: a label
  // that shows whole words reads better, and screen readers' users hear the same
  // words in the accessible name (WCAG 2.5.3, "label in name").
  const endsOnWord = count < graphemes.length && /\s/.test(graphemes[count]!);
  for (let space = count - 1; !endsOnWord && space >= Math.ceil(count * 0.6); space--) {
    if (/\s/.test(graphemes[space]!)) {
      count = space;
      break;
    }
  }
  let cut = graphemes.slice(0, count).join("").trimEnd();
  while (cut !== "" && measure(`${cut}…`, font) > maxWidth) {
    count--;
    cut = graphemes.slice(0, count).join("").trimEnd();
  }
  return cut === "" ? "" : `${cut}…`;
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
