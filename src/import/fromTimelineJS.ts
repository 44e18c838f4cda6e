import {TimelineError, type EraInput, type EventInput, type TimelineInput} from "../index.js";
import {describeValue} from "../model/errors.js";
import {isRecord} from "../model/fields.js";
import {fromTimelineJSLegacy} from "./fromTimelineJSLegacy.js";
import {LaneList} from "./laneList.js";
import {readJsonText} from "./readJsonText.js";
import {readDateParts} from "./timelineJsDate.js";
import {readTitleSlide, slideToEra, slideToEvent, type Slide} from "./timelineJsSlide.js";
import type {ImportResult} from "./types.js";
import {WarningList} from "./warningList.js";

/**
 * Reads a TimelineJS 3 document (`{title, events, eras}`), or the legacy v2 form
 * (`{"timeline": {"date": [...]}}`), parsed or as JSON text.
 *
 * - `text.headline` and `text.text` are HTML: they become plain text, and their
 *   links become sources, as do media URLs (titled by caption or credit).
 * - Dates are the slide's `start_date`/`end_date` objects, down to milliseconds,
 *   read as wall-clock times in the timeline's zone; cosmological years
 *   (`-13800000000`) become deep-time dates (`Y-13800000000`) on the same axis.
 * - `display_date` (of the slide or its start date) is kept as the event's `dateLabel`.
 * - `group` becomes the lane, in order of appearance; `unique_id` the id;
 *   `background.color` the colour. Eras stay eras; the title slide gives the
 *   timeline's title and description.
 *
 * Every slide and era is imported or reported in `warnings`; only a value that
 * is no TimelineJS document at all throws a `TimelineError`.
 */
export function fromTimelineJS(json: unknown): ImportResult {
  const document = typeof json === "string" ? readJsonText(json) : json;
  if (isRecord(document) && isRecord(document.timeline)) return fromTimelineJSLegacy(document.timeline);
  if (!isRecord(document) || (!Array.isArray(document.events) && !Array.isArray(document.eras))) {
    throw new TimelineError("INVALID_INPUT", `not a TimelineJS document: ${describeValue(document)}, expected an object with an "events" array`);
  }
  const warnings = new WarningList();
  const lanes = new LaneList();
  const input: TimelineInput = {events: []};
  if (isRecord(document.title)) {
    const text = isRecord(document.title.text) ? document.title.text : {};
    const {title, description} = readTitleSlide(text.headline, text.text, {headline: "title.text.headline", text: "title.text.text"}, warnings);
    if (title) input.title = title;
    if (description) input.description = description;
  }
  input.events = readList(document.events, "events", warnings, (slide) => slideToEvent(slide, lanes, warnings));
  const eras: EraInput[] = readList(document.eras, "eras", warnings, (slide) => slideToEra(slide, warnings));
  const laneList = lanes.list();
  if (laneList) input.lanes = laneList;
  if (eras.length) input.eras = eras;
  return {input, warnings: warnings.warnings};
}

function readList<T extends EventInput | EraInput>(
  value: unknown,
  path: string,
  warnings: WarningList,
  convert: (slide: Slide) => T | undefined
): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.add("INVALID_LIST", path, `invalid list: ${describeValue(value)} is not an array, ignored`);
    return [];
  }
  const items: T[] = [];
  value.forEach((item, i) => {
    const itemPath = `${path}[${i}]`;
    if (!isRecord(item)) {
      warnings.add("INVALID_ITEM", itemPath, `slide skipped: ${describeValue(item)} is not an object`);
      return;
    }
    const converted = convert(readSlide(item, itemPath, warnings));
    if (converted) items.push(converted);
  });
  return items;
}

/** A TimelineJS 3 slide (event or era) in the shape shared by every TimelineJS format. */
function readSlide(item: Record<string, unknown>, path: string, warnings: WarningList): Slide {
  const text = isRecord(item.text) ? item.text : {};
  const startDate = isRecord(item.start_date) ? item.start_date : undefined;
  const endDate = isRecord(item.end_date) ? item.end_date : undefined;
  const readDate = (date: Record<string, unknown> | undefined, key: string) => {
    if (date === undefined) {
      if (item[key] !== undefined && item[key] !== null) warnings.add("INVALID_DATE", `${path}.${key}`, `invalid date: ${describeValue(item[key])} is not a date object`);
      else if (key === "start_date") warnings.add("MISSING_DATE", `${path}.${key}`, "missing start_date");
      return undefined;
    }
    return readDateParts(date, (field) => `${path}.${key}.${field}`, warnings);
  };
  const startLabel = startDate?.display_date;
  const endLabel = endDate?.display_date;
  return {
    path,
    start: readDate(startDate, "start_date"),
    end: readDate(endDate, "end_date"),
    dateLabel: item.display_date ?? (typeof startLabel === "string" && typeof endLabel === "string" ? `${startLabel} – ${endLabel}` : startLabel),
    headline: text.headline,
    text: text.text,
    media: isRecord(item.media)
      ? {
          url: item.media.url,
          caption: item.media.caption,
          credit: item.media.credit,
          paths: {url: `${path}.media.url`, caption: `${path}.media.caption`, credit: `${path}.media.credit`}
        }
      : undefined,
    group: item.group,
    color: isRecord(item.background) ? item.background.color : undefined,
    id: item.unique_id,
    paths: {
      headline: `${path}.text.headline`,
      text: `${path}.text.text`,
      group: `${path}.group`
    }
  };
}
