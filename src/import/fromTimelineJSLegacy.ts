import type {EraInput, EventInput, TimelineInput} from "../index.js";
import {describeValue} from "../model/errors.js";
import {isRecord} from "../model/fields.js";
import {LaneList} from "./laneList.js";
import {readLegacyDate} from "./timelineJsDate.js";
import {readTitleSlide, slideToEra, slideToEvent, type Slide} from "./timelineJsSlide.js";
import type {ImportResult} from "./types.js";
import {WarningList} from "./warningList.js";

/**
 * TimelineJS v2's `{"timeline": {headline, text, date: [...], era: [...]}}`:
 * dates are strings ("2011,12,10", "1985", the compact "196002152034"),
 * `asset` holds the media, and `tag` sorted slides into rows, as `group` does
 * in TimelineJS 3: it becomes the lane. `tags` (comma-separated) are tags.
 */
export function fromTimelineJSLegacy(timeline: Record<string, unknown>): ImportResult {
  const warnings = new WarningList();
  const lanes = new LaneList();
  const input: TimelineInput = {events: []};
  const {title, description} = readTitleSlide(timeline.headline, timeline.text, {headline: "timeline.headline", text: "timeline.text"}, warnings);
  if (title) input.title = title;
  if (description) input.description = description;
  input.events = readLegacyList(timeline.date, "timeline.date", warnings, (slide) => slideToEvent(slide, lanes, warnings));
  const eras = readLegacyList(timeline.era, "timeline.era", warnings, (slide) => slideToEra(slide, warnings));
  const laneList = lanes.list();
  if (laneList) input.lanes = laneList;
  if (eras.length) input.eras = eras;
  return {input, warnings: warnings.warnings};
}

function readLegacyList<T extends EventInput | EraInput>(
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
    const asset = isRecord(item.asset) ? item.asset : undefined;
    const hasEnd = item.endDate !== undefined && item.endDate !== null && item.endDate !== "";
    const converted = convert({
      path: itemPath,
      start: readLegacyDate(item.startDate, `${itemPath}.startDate`, warnings),
      end: hasEnd ? readLegacyDate(item.endDate, `${itemPath}.endDate`, warnings) : undefined,
      dateLabel: undefined,
      headline: item.headline,
      text: item.text,
      media: asset && {
        url: asset.media,
        caption: asset.caption,
        credit: asset.credit,
        paths: {url: `${itemPath}.asset.media`, caption: `${itemPath}.asset.caption`, credit: `${itemPath}.asset.credit`}
      },
      group: item.tag,
      tags: item.tags,
      color: undefined,
      id: undefined,
      paths: {headline: `${itemPath}.headline`, text: `${itemPath}.text`, group: `${itemPath}.tag`}
    });
    if (converted) items.push(converted);
  });
  return items;
}
