import {TimelineError, type EventInput} from "../index.js";
import {describeValue} from "../model/errors.js";
import {resolveColumns, type CsvField, type CsvMapping} from "./csvColumns.js";
import {cellPath, isBlankRow, readCsvRows} from "./csvTable.js";
import {LaneList} from "./laneList.js";
import {SourceList} from "./linkSources.js";
import type {ImportResult} from "./types.js";
import {WarningList} from "./warningList.js";

export interface CsvOptions {
  /** The cell delimiter; default: whichever of ",", ";" and tab splits the first row most. */
  delimiter?: string;
}

/**
 * Reads delimited text, one event a row. Columns are found through `mapping`
 * (header names or indices) and otherwise by their header names ("title" or
 * "name", "start" or "date", "end", "description" or "notes", "lane", "group"
 * or "category", "tags", "url" or "link"); without a header row, by what they
 * hold (dates for start and end, text for the title). Cells are text: dates
 * are read by chronoline, tags split at commas, semicolons or bars.
 *
 * Blank rows are skipped; a row without a title or a start is reported in
 * `warnings` with its path (`rows[12]`, counting records from 0, the header
 * being `rows[0]`). A text that is not a string, a bad mapping or delimiter
 * throw a `TimelineError`.
 */
export function fromCSV(text: string, mapping?: CsvMapping, options?: CsvOptions): ImportResult {
  if (typeof text !== "string") throw new TimelineError("INVALID_INPUT", `invalid CSV: ${describeValue(text)}, expected a string`);
  const delimiter = options?.delimiter;
  if (delimiter !== undefined && (typeof delimiter !== "string" || delimiter.length !== 1 || /["\r\n]/.test(delimiter))) {
    throw new TimelineError("INVALID_OPTION", `invalid delimiter: ${describeValue(delimiter)}, expected one character`, "delimiter");
  }
  const warnings = new WarningList();
  const rows = readCsvRows(text, delimiter);
  const {header, columns} = resolveColumns(rows, mapping, warnings);
  for (const field of ["title", "start"] as const) {
    if (columns[field] === undefined) warnings.add("MISSING_COLUMN", "columns", `no ${field} column found; name one in the mapping`);
  }
  const lanes = new LaneList();
  const events: EventInput[] = [];
  for (let r = header ? 1 : 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (isBlankRow(row)) continue;
    const cell = (field: CsvField) => {
      const column = columns[field];
      return column === undefined ? "" : (row[column] ?? "").trim();
    };
    const title = cell("title").replace(/\s+/g, " ");
    const start = cell("start");
    if (!title || !start) {
      const missing = !title ? "title" : "start";
      const name = title ? `row ${describeValue(title)}` : "row";
      warnings.add("ROW_SKIPPED", `rows[${r}]`, `${name} skipped: no ${missing}`);
      continue;
    }
    const event: EventInput = {title, start};
    const end = cell("end");
    if (end) event.end = end;
    const description = cell("description");
    if (description) event.description = description;
    const lane = lanes.add(cell("lane"));
    if (lane !== undefined) event.lane = lane;
    const tags = cell("tags").split(/[,;|]/).map((tag) => tag.trim()).filter(Boolean);
    if (tags.length) event.tags = tags;
    const url = cell("url");
    if (url) {
      const sources = new SourceList(warnings);
      sources.add({url}, cellPath(r, columns.url!, header));
      const list = sources.list();
      if (list) event.sources = list;
    }
    events.push(event);
  }
  const laneList = lanes.list();
  return {input: {events, ...(laneList && {lanes: laneList})}, warnings: warnings.warnings};
}
