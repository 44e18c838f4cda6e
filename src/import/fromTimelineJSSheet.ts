import {TimelineError, type EraInput, type EventInput, type TimelineInput} from "../index.js";
import {describeValue} from "../model/errors.js";
import {cellPath, isBlankRow, readCsvRows} from "./csvTable.js";
import {LaneList} from "./laneList.js";
import {readDateParts, type DateField, type DateParts} from "./timelineJsDate.js";
import {readTitleSlide, slideToEra, slideToEvent, type Slide} from "./timelineJsSlide.js";
import type {ImportResult} from "./types.js";
import {WarningList} from "./warningList.js";

const SHEET_COLUMNS = [
  "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text",
  "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background"
] as const;
type SheetColumn = (typeof SHEET_COLUMNS)[number];

/**
 * Reads the CSV of a TimelineJS Google Sheet (the template's columns: Year,
 * Month, Day, Time, End Year, …, Headline, Text, Media, Media Credit, Media
 * Caption, Media Thumbnail, Type, Group, Background), as `fromTimelineJS` reads
 * its JSON: the row of Type "title" gives the timeline's title and description,
 * rows of Type "era" are eras, the others events. Times are "13:30",
 * "13:30:15" or "1:30 PM". Warning paths name the cell: `rows[12].Year`.
 * Text that is not a string, or has no Year and Headline columns, throws a `TimelineError`.
 */
export function fromTimelineJSSheet(csvText: string): ImportResult {
  if (typeof csvText !== "string") throw new TimelineError("INVALID_INPUT", `invalid CSV: ${describeValue(csvText)}, expected a string`);
  const rows = readCsvRows(csvText, ",");
  const header = rows[0] ?? [];
  const columnOf = sheetColumns(header);
  if (columnOf.get("Year") === undefined || columnOf.get("Headline") === undefined) {
    throw new TimelineError("INVALID_INPUT", "not a TimelineJS sheet: the first row has no Year and Headline columns");
  }
  const warnings = new WarningList();
  const lanes = new LaneList();
  const input: TimelineInput = {events: []};
  const eras: EraInput[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (isBlankRow(row)) continue;
    const column = columnOf.get.bind(columnOf);
    const cell = (name: SheetColumn) => {
      const index = column(name);
      return index === undefined ? "" : (row[index] ?? "").trim();
    };
    const path = (name: SheetColumn) => cellPath(r, column(name) ?? -1, header);
    const type = cell("Type").toLowerCase();
    if (type === "title" && input.title === undefined && input.description === undefined) {
      const {title, description} = readTitleSlide(cell("Headline"), cell("Text"), {headline: path("Headline"), text: path("Text")}, warnings);
      if (title) input.title = title;
      if (description) input.description = description;
      continue;
    }
    if (type === "title") warnings.add("EXTRA_TITLE", `rows[${r}]`, "a second title row, read as an event");
    const slide = rowSlide(r, cell, path, warnings);
    if (type === "era") {
      const era = slideToEra(slide, warnings);
      if (era) eras.push(era);
    } else {
      const event: EventInput | undefined = slideToEvent(slide, lanes, warnings);
      if (event) input.events.push(event);
    }
  }
  const laneList = lanes.list();
  if (laneList) input.lanes = laneList;
  if (eras.length) input.eras = eras;
  return {input, warnings: warnings.warnings};
}

function rowSlide(r: number, cell: (name: SheetColumn) => string, path: (name: SheetColumn) => string, warnings: WarningList): Slide {
  const readDate = (prefix: "" | "End ") => {
    const time = readSheetTime(cell(`${prefix}Time`));
    if (time === undefined) warnings.add("DATE_FIELD_IGNORED", path(`${prefix}Time`), `time ignored: ${describeValue(cell(`${prefix}Time`))} is not a time of day`);
    const parts: DateParts = {year: cell(`${prefix}Year`), month: cell(`${prefix}Month`), day: cell(`${prefix}Day`), ...time};
    const columnOfField = (field: DateField): SheetColumn =>
      field === "year" ? `${prefix}Year` : field === "month" ? `${prefix}Month` : field === "day" ? `${prefix}Day` : `${prefix}Time`;
    return readDateParts(parts, (field) => path(columnOfField(field)), warnings);
  };
  const background = cell("Background");
  return {
    path: `rows[${r}]`,
    start: readDate(""),
    end: [cell("End Year"), cell("End Month"), cell("End Day"), cell("End Time")].some(Boolean) ? readDate("End ") : undefined,
    dateLabel: cell("Display Date"),
    headline: cell("Headline"),
    text: cell("Text"),
    media: {
      url: cell("Media"),
      caption: cell("Media Caption"),
      credit: cell("Media Credit"),
      paths: {url: path("Media"), caption: path("Media Caption"), credit: path("Media Credit")}
    },
    group: cell("Group"),
    // The Background column holds a colour or an image URL; only a colour means something here.
    color: background && !/^(https?:)?\/\//i.test(background) ? background : undefined,
    id: undefined,
    paths: {headline: path("Headline"), text: path("Text"), group: path("Group")}
  };
}

/** The column of each template name in the header, compared without case or surrounding spaces. */
function sheetColumns(header: readonly string[]): Map<SheetColumn, number> {
  const byName = new Map(header.map((name, i) => [name.trim().toLowerCase(), i] as const).reverse());
  const columns = new Map<SheetColumn, number>();
  for (const name of SHEET_COLUMNS) {
    const index = byName.get(name.toLowerCase());
    if (index !== undefined) columns.set(name, index);
  }
  return columns;
}

const TIME = /^(\d{1,2})(?::(\d\d)(?::(\d\d)(?:\.(\d{1,3}))?)?)?\s*([ap]\.?m\.?)?$/i;

/** A sheet's time of day; `{}` for an empty cell, `undefined` for one that is not a time. */
function readSheetTime(text: string): Partial<Record<"hour" | "minute" | "second" | "millisecond", number>> | undefined {
  if (text === "") return {};
  const match = TIME.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const meridiem = match[5]?.[0]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === "p" ? 12 : 0);
  }
  return {
    hour,
    ...(match[2] !== undefined && {minute: Number(match[2])}),
    ...(match[3] !== undefined && {second: Number(match[3])}),
    ...(match[4] !== undefined && {millisecond: Number(match[4].padEnd(3, "0"))})
  };
}
