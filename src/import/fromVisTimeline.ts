import {TimelineError, type DateInput, type EraInput, type EventInput, type TimelineInput} from "../index.js";
import {describeValue} from "../model/errors.js";
import {isRecord} from "../model/fields.js";
import {htmlToText, type HtmlText} from "./htmlToText.js";
import {SourceList} from "./linkSources.js";
import {oneLine} from "./plainText.js";
import type {ImportResult} from "./types.js";
import {laneInputs, readVisGroups, type VisLane} from "./visGroups.js";
import {WarningList} from "./warningList.js";

export interface VisOptions {
  /**
   * The item's content, for items drawn by a vis-timeline `template`: called
   * with each item, it returns the HTML (or text) to read instead of `content`.
   */
  template?: (item: Readonly<Record<string, unknown>>) => unknown;
  /** The group field that orders top-level groups, as vis-timeline's `groupOrder` option; default "order". */
  groupOrder?: string;
}

const ITEM_TYPES = new Set(["box", "point", "range", "background"]);

/**
 * Reads vis-timeline items and groups (plain arrays, as given to a DataSet).
 *
 * - `content` (HTML) becomes the title as plain text, its links sources; `title`
 *   (the tooltip, HTML) the description; `className`, `style` and the fields of
 *   templates are ignored.
 * - `start`/`end`: Dates, epoch milliseconds, moment-like objects and ISO
 *   strings. Strings without an offset are local times in vis-timeline; they
 *   stay floating here, read in the timeline's zone (set `timeZone` on the
 *   input, or give it to `parseTimeline`).
 * - `type`: box and point items are instants (an `end` is ignored, as vis
 *   ignores it), range items spans, and background items eras. Eras span the
 *   whole timeline in chronoline, so a background item of a group is an era
 *   whose title starts with the group's: "Group 1: Period A".
 * - Groups become lanes in vis-timeline's order; nested groups are lanes too,
 *   titled by their path ("Parent / Child").
 *
 * Every item is imported or reported in `warnings` (`items[3]`); items, groups
 * or options that are not arrays and objects throw a `TimelineError`.
 */
export function fromVisTimeline(items: unknown, groups?: unknown, options?: VisOptions): ImportResult {
  if (!Array.isArray(items)) throw new TimelineError("INVALID_INPUT", `invalid vis-timeline items: ${describeValue(items)}, expected an array`);
  if (groups !== undefined && groups !== null && !Array.isArray(groups)) {
    throw new TimelineError("INVALID_INPUT", `invalid vis-timeline groups: ${describeValue(groups)}, expected an array`);
  }
  const template = options?.template;
  if (template !== undefined && typeof template !== "function") throw new TimelineError("INVALID_OPTION", `invalid template: ${describeValue(template)}, expected a function`, "template");
  const groupOrder = options?.groupOrder ?? "order";
  if (typeof groupOrder !== "string") throw new TimelineError("INVALID_OPTION", `invalid groupOrder: ${describeValue(groupOrder)}, expected a field name`, "groupOrder");

  const warnings = new WarningList();
  const lanes = readVisGroups(groups ?? [], groupOrder, warnings);
  const events: EventInput[] = [];
  const eras: EraInput[] = [];
  items.forEach((item, i) => {
    const path = `items[${i}]`;
    if (!isRecord(item)) {
      warnings.add("INVALID_ITEM", path, `item skipped: ${describeValue(item)} is not an object`);
      return;
    }
    const content = readContent(item, path, template, warnings);
    const title = oneLine(content?.text);
    const start = readVisDate(item.start, `${path}.start`, warnings);
    const type = readType(item.type, `${path}.type`, warnings) ?? (item.end === undefined || item.end === null ? "box" : "range");
    const lane = readGroup(item.group, `${path}.group`, lanes, warnings);
    if (start === undefined) {
      warnings.add("ITEM_SKIPPED", path, "item skipped: no usable start");
      return;
    }
    const end = type === "range" || type === "background" ? readVisDate(item.end, `${path}.end`, warnings) : undefined;
    if (type === "range" && end === undefined) warnings.add("MISSING_END", `${path}.end`, "range item without an end, imported as an instant");
    if (type === "background") {
      const eraTitle = [lane?.title, title].filter(Boolean).join(": ") || "Background";
      eras.push({title: eraTitle, start, ...(end !== undefined && {end})});
      return;
    }
    if (!title) {
      warnings.add("ITEM_SKIPPED", path, "item skipped: no content to title it by");
      return;
    }
    const event: EventInput = {title, start};
    if (end !== undefined) event.end = end;
    if (typeof item.id === "string" || typeof item.id === "number") event.id = item.id;
    if (lane) event.lane = lane.id;
    const description = readTooltip(item.title, `${path}.title`, warnings);
    if (description) event.description = description.text;
    const sources = new SourceList(warnings);
    sources.addHtmlLinks(content?.links, `${path}.content`);
    sources.addHtmlLinks(description?.links, `${path}.title`);
    const sourceList = sources.list();
    if (sourceList) event.sources = sourceList;
    events.push(event);
  });
  const input: TimelineInput = {events};
  if (lanes.size) input.lanes = laneInputs(lanes);
  if (eras.length) input.eras = eras;
  return {input, warnings: warnings.warnings};
}

function readContent(item: Readonly<Record<string, unknown>>, path: string, template: VisOptions["template"], warnings: WarningList): HtmlText | undefined {
  let content: unknown = item.content;
  if (template) {
    try {
      content = template(item);
    } catch (error) {
      warnings.add("TEMPLATE_FAILED", path, `the template threw: ${error instanceof Error ? error.message : describeValue(error)}`);
      return undefined;
    }
  }
  if (typeof content === "string" || (typeof content === "number" && Number.isFinite(content))) return htmlToText(String(content));
  // In a browser, content may be an element: its text is what it shows.
  if (isRecord(content) && typeof content.textContent === "string") return {text: content.textContent, links: []};
  if (content !== undefined && content !== null) warnings.add("INVALID_CONTENT", `${path}.content`, `invalid content: ${describeValue(content)}, expected HTML text`);
  return undefined;
}

function readTooltip(value: unknown, path: string, warnings: WarningList): HtmlText | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") {
    warnings.add("INVALID_TEXT", path, `title ignored: ${describeValue(value)} is not a string`);
    return undefined;
  }
  const text = htmlToText(value);
  return text.text ? text : undefined;
}

function readType(value: unknown, path: string, warnings: WarningList): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && ITEM_TYPES.has(value)) return value;
  warnings.add("UNKNOWN_TYPE", path, `unknown item type ${describeValue(value)}, read as box or range`);
  return undefined;
}

/** The item's lane; a group missing from `groups` becomes a lane of its own, with a warning (vis-timeline hides such items). */
function readGroup(value: unknown, path: string, lanes: Map<string, VisLane>, warnings: WarningList): VisLane | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" && typeof value !== "number") {
    warnings.add("INVALID_GROUP", path, `group ignored: ${describeValue(value)} is not a group id`);
    return undefined;
  }
  const id = String(value);
  let lane = lanes.get(id);
  if (!lane) {
    warnings.add("UNKNOWN_GROUP", path, `no group with id ${describeValue(value)}; given a lane of its own`);
    lanes.set(id, (lane = {id, title: id}));
  }
  return lane;
}

// ASP.NET's JSON dates, which vis-timeline reads: "/Date(1198908717056)/", with an optional offset.
const ASP_NET_DATE = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;

/** A vis-timeline date as chronoline input, or `undefined` (reported when present but unreadable). */
function readVisDate(value: unknown, path: string, warnings: WarningList): DateInput | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "number" || value instanceof Date) return value;
  if (typeof value === "string") {
    const aspNet = ASP_NET_DATE.exec(value.trim());
    return aspNet ? Number(aspNet[1]) : value.trim();
  }
  // moment and Luxon objects (which vis-timeline accepts) are their epoch milliseconds as numbers.
  if (typeof value === "object") {
    try {
      const time: unknown = (value as {valueOf(): unknown}).valueOf();
      if (typeof time === "number") return time;
    } catch {
      // reported below
    }
  }
  warnings.add("INVALID_DATE", path, `invalid date: ${describeValue(value)}`);
  return undefined;
}
