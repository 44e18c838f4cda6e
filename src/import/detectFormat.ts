import {parseDateRange} from "@markwhen/parser";
import {isRecord} from "../model/fields.js";
import {isBlankRow, readCsvRows} from "./csvTable.js";
import type {DetectedFormat} from "./types.js";

const SAMPLE_LINES = 50;

/**
 * Tells which format a document is in, from its shape: a parsed JSON value, or
 * text (JSON text is parsed first). JSON: TimelineJS (`events` with
 * `start_date` objects, or v2's `timeline`), vis-timeline (`items`, or an
 * array of items with `content`) or chronoline (`events` with `start`, or an
 * array of them). Text: a TimelineJS sheet (Year and Headline columns),
 * markwhen (most lines are markwhen events or structure) or CSV (rows of the
 * same width). "unknown" when nothing fits, unreadable JSON included.
 */
export function detectFormat(textOrJson: unknown): DetectedFormat {
  if (typeof textOrJson !== "string") return detectJsonFormat(textOrJson);
  const text = textOrJson.replace(/^\uFEFF/, "");
  if (looksLikeJson(text)) {
    try {
      return detectJsonFormat(JSON.parse(text));
    } catch {
      return "unknown";
    }
  }
  const lines = text.split(/\r\n?|\n/, SAMPLE_LINES * 4).filter((line) => line.trim() !== "" && !line.trim().startsWith("//"));
  if (lines.length === 0) return "unknown";
  if (isTimelineJsSheet(text)) return "timelinejs-sheet";
  const table = isTable(text);
  // A table whose first row is no markwhen line has a header: CSV, though its
  // cells ("2023-01-01 10:00,Meeting") may read as markwhen dates.
  if (table && !isMarkwhenLine(lines[0]!)) return "csv";
  const markwhenLines = lines.slice(0, SAMPLE_LINES).filter(isMarkwhenLine).length;
  if (markwhenLines > 0 && markwhenLines >= Math.min(lines.length, SAMPLE_LINES) / 2) return "markwhen";
  if (table) return "csv";
  return markwhenLines > 0 ? "markwhen" : "unknown";
}

/** Whether text is JSON rather than a text format: it opens an object or an array. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

export function detectJsonFormat(value: unknown): DetectedFormat {
  if (Array.isArray(value)) {
    const items = value.slice(0, SAMPLE_LINES).filter(isRecord);
    if (items.length === 0) return value.length === 0 ? "chronoline" : "unknown";
    if (items.some((item) => "content" in item)) return "vis";
    if (items.every((item) => "title" in item && "start" in item)) return "chronoline";
    return items.every((item) => "start" in item) ? "vis" : "unknown";
  }
  if (!isRecord(value)) return "unknown";
  if (isRecord(value.timeline)) return "timelinejs";
  if (Array.isArray(value.events) || Array.isArray(value.eras)) {
    const slides = [...(Array.isArray(value.events) ? value.events : []), ...(Array.isArray(value.eras) ? value.eras : [])];
    const timelineJs = slides.slice(0, SAMPLE_LINES).some((slide) => isRecord(slide) && isRecord(slide.start_date));
    return timelineJs || (isRecord(value.title) && isRecord(value.title.text)) ? "timelinejs" : "chronoline";
  }
  if (Array.isArray(value.items)) return "vis";
  return "unknown";
}

function isTimelineJsSheet(text: string): boolean {
  const header = readCsvRows(firstLines(text, 1), ",")[0]?.map((cell) => cell.trim().toLowerCase()) ?? [];
  return header.includes("year") && header.includes("headline");
}

// The structure lines of markwhen: sections and groups (keywords or Markdown headings) and header fields.
const MARKWHEN_STRUCTURE = /^\s*(?:(?:section|group)\s|end(?:section|group)\s*$|#{1,6}\s+\S|(?:title|description|timezone|tz|view|edit):\s|---\s*$)/i;

function isMarkwhenLine(line: string): boolean {
  return MARKWHEN_STRUCTURE.test(line) || parseDateRange(line) !== undefined;
}

/** Rows of CSV: at least two of them, two or more cells wide, nearly all as wide as the first. */
function isTable(text: string): boolean {
  // Whole records, not lines: a quoted cell may hold newlines.
  const rows = readCsvRows(firstLines(text, SAMPLE_LINES * 4)).filter((row) => !isBlankRow(row)).slice(0, SAMPLE_LINES);
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2 || width < 2) return false;
  return rows.filter((row) => row.length === width).length >= rows.length * 0.8;
}

function firstLines(text: string, count: number): string {
  let end = -1;
  for (let i = 0; i < count; i++) {
    end = text.indexOf("\n", end + 1);
    if (end === -1) return text;
  }
  return text.slice(0, end);
}
