import {TimelineError, parseDate} from "../index.js";
import {describeValue} from "../model/errors.js";
import {isRecord} from "../model/fields.js";
import {isBlankRow} from "./csvTable.js";
import type {WarningList} from "./warningList.js";

export const CSV_FIELDS = ["title", "start", "end", "description", "lane", "tags", "url"] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/**
 * Which column holds which field of an event: a header name (compared without
 * case, spaces, underscores or hyphens: "Start Date" finds "start_date") or a
 * 0-based column index. Fields left out are found by their header names.
 */
export type CsvMapping = Partial<Record<CsvField, string | number>>;

/** Header names that each field is found by, normalised, in order of preference. */
const HEADER_NAMES: Record<CsvField, readonly string[]> = {
  title: ["title", "name", "event", "headline", "label", "summary", "subject", "what"],
  start: ["start", "startdate", "starttime", "startdatetime", "begin", "from", "date", "when", "datetime", "year"],
  end: ["end", "enddate", "endtime", "enddatetime", "finish", "until", "to", "stop"],
  description: ["description", "text", "details", "notes", "note", "body", "content", "comment", "comments"],
  lane: ["lane", "group", "category", "track", "section"],
  tags: ["tags", "tag", "keywords", "labels"],
  url: ["url", "link", "href", "source", "sourceurl", "website"]
};

const KNOWN_NAMES = new Set(Object.values(HEADER_NAMES).flat());

export interface CsvColumns {
  /** The header row, when the first row is one. */
  header: string[] | undefined;
  columns: Partial<Record<CsvField, number>>;
}

/** Reads the caller's mapping, finds the header and settles the column of each field. */
export function resolveColumns(rows: readonly string[][], mapping: unknown, warnings: WarningList): CsvColumns {
  const wanted = readMapping(mapping);
  const namesColumns = Object.values(wanted).some((column) => typeof column === "string");
  const header = namesColumns || looksLikeHeader(rows) ? rows[0] : undefined;
  const columns: Partial<Record<CsvField, number>> = {};
  const used = new Set<number>();
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  for (const field of CSV_FIELDS) {
    const column = wanted[field];
    if (column === undefined) continue;
    const index = typeof column === "number" ? column : (header?.findIndex((name) => normalise(name) === normalise(column)) ?? -1);
    if (index < 0 || index >= width) {
      warnings.add("MAPPED_COLUMN_MISSING", `mapping.${field}`, `no column ${describeValue(column)} for ${field}`);
      continue;
    }
    columns[field] = index;
    used.add(index);
  }
  const defaults = header ? columnsByName(header, used) : columnsByContent(rows, used);
  for (const field of CSV_FIELDS) if (!(field in wanted) && defaults[field] !== undefined) columns[field] = defaults[field];
  return {header, columns};
}

/** A mapping is the caller's code, not data: a wrong one throws. */
function readMapping(mapping: unknown): CsvMapping {
  if (mapping === undefined || mapping === null) return {};
  if (!isRecord(mapping)) throw new TimelineError("INVALID_OPTION", `invalid mapping: ${describeValue(mapping)}, expected an object`, "mapping");
  const result: CsvMapping = {};
  for (const [key, column] of Object.entries(mapping)) {
    if (!(CSV_FIELDS as readonly string[]).includes(key)) {
      throw new TimelineError("INVALID_OPTION", `unknown mapping field ${describeValue(key)}; fields are ${CSV_FIELDS.join(", ")}`, `mapping.${key}`);
    }
    if (column === undefined) continue;
    const valid = (typeof column === "string" && column.trim() !== "") || (typeof column === "number" && Number.isInteger(column) && column >= 0);
    if (!valid) {
      throw new TimelineError("INVALID_OPTION", `invalid column ${describeValue(column)}, expected a header name or a column index`, `mapping.${key}`);
    }
    result[key as CsvField] = column as string | number;
  }
  return result;
}

function columnsByName(header: readonly string[], used: Set<number>): Partial<Record<CsvField, number>> {
  const names = header.map(normalise);
  const columns: Partial<Record<CsvField, number>> = {};
  for (const field of CSV_FIELDS) {
    for (const name of HEADER_NAMES[field]) {
      const index = names.findIndex((header, i) => header === name && !used.has(i));
      if (index >= 0) {
        columns[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return columns;
}

/**
 * Without a header, the columns are told apart by what they hold: the first
 * column of dates is the start, the next the end, and the first column of text
 * (not dates, not numbers) the title.
 */
function columnsByContent(rows: readonly string[][], used: Set<number>): Partial<Record<CsvField, number>> {
  const sample = rows.filter((row) => !isBlankRow(row)).slice(0, 50);
  const width = sample.reduce((widest, row) => Math.max(widest, row.length), 0);
  const dateColumns: number[] = [];
  let title: number | undefined;
  for (let column = 0; column < width; column++) {
    if (used.has(column)) continue;
    const cells = sample.map((row) => row[column]?.trim() ?? "").filter((cell) => cell !== "");
    if (cells.length === 0) continue;
    if (cells.filter(isDateLike).length >= cells.length * 0.8) dateColumns.push(column);
    else if (title === undefined && !cells.every((cell) => Number.isFinite(Number(cell)))) title = column;
  }
  return {title, start: dateColumns[0], end: dateColumns[1]};
}

/**
 * The first row is a header when it names a known field, or when it holds no
 * date where the rows below it hold dates.
 */
function looksLikeHeader(rows: readonly string[][]): boolean {
  const [first, ...rest] = rows.filter((row) => !isBlankRow(row));
  if (!first || rows[0] !== first) return false;
  if (first.some((cell) => KNOWN_NAMES.has(normalise(cell)))) return true;
  if (first.some(isDateLike)) return false;
  const sample = rest.slice(0, 20);
  return first.some((_, column) => {
    const cells = sample.map((row) => row[column]?.trim() ?? "").filter((cell) => cell !== "");
    return cells.length > 0 && cells.filter(isDateLike).length >= cells.length * 0.8;
  });
}

function isDateLike(cell: string): boolean {
  const text = cell.trim();
  if (text === "" || text.length > 100) return false;
  try {
    parseDate(text);
    return true;
  } catch {
    return false;
  }
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]+/g, "");
}
