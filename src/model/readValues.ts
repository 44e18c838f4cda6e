import {describeValue} from "./errors.js";
import {placeSpec, sourceSpec} from "./fieldSpec.js";
import {checkUrl} from "./url.js";
import {parseColor} from "./color.js";
import {cleanText} from "./text.js";
import {joinPath, type Report} from "./report.js";
import {isRecord, readFields} from "./fields.js";
import type {Place, Source} from "./types.js";
import type {TimeSpan} from "../time/span.js";

const SOURCE_FIELDS = sourceSpec.keys;
const PLACE_FIELDS = placeSpec.keys;

export const MAX_TITLE_LENGTH = 300;
export const MAX_DESCRIPTION_LENGTH = 10_000;
export const MAX_LIST_LENGTH = 100;

/**
 * Readers for the field types of the format. Each returns the normalised value or
 * `undefined`, and reports what it changed or rejected under the field's path.
 */

export function readText(
  value: unknown,
  path: string,
  report: Report,
  {required = false, multiline = false, maxLength = MAX_TITLE_LENGTH} = {}
): string | undefined {
  if (value === undefined || value === null) {
    if (required) report.warn("MISSING_TEXT", path, "missing text");
    return undefined;
  }
  let raw: string;
  if (typeof value === "string") raw = value;
  else if (typeof value === "number" && Number.isFinite(value)) raw = String(value);
  else {
    report.warn("INVALID_TEXT", path, `invalid text: ${describeValue(value)} is not a string`);
    return undefined;
  }
  const {text, cleaned, truncated} = cleanText(raw, {maxLength, multiline});
  if (cleaned) report.warn("TEXT_CLEANED", path, "control characters or lone surrogates removed");
  if (truncated) report.warn("TEXT_TRUNCATED", path, `text longer than ${maxLength} characters, truncated`);
  if (text === "") {
    if (required) report.warn("MISSING_TEXT", path, "blank text");
    return undefined;
  }
  return text;
}

/** Shared by every item without a list, so a missing list costs no allocation. */
export const NONE: never[] = Object.freeze([]) as unknown as never[];

export function readTextList(value: unknown, path: string, report: Report): string[] {
  if (value === undefined || value === null) return NONE;
  if (!Array.isArray(value)) {
    report.warn("INVALID_LIST", path, `invalid list: ${describeValue(value)} is not an array`);
    return [];
  }
  const list: string[] = [];
  value.slice(0, MAX_LIST_LENGTH).forEach((item, i) => {
    const text = readText(item, joinPath(path, i), report, {required: true});
    if (text !== undefined) list.push(text);
  });
  if (value.length > MAX_LIST_LENGTH) report.warn("LIST_TRUNCATED", path, `more than ${MAX_LIST_LENGTH} items, the rest ignored`);
  return list;
}

export function readColor(value: unknown, path: string, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  const color = parseColor(value);
  if (color === undefined) report.warn("INVALID_COLOR", path, `invalid colour: ${describeValue(value)}`);
  return color;
}

export function readUrl(value: unknown, path: string, report: Report): string | undefined {
  const check = checkUrl(value);
  if (check.ok) return check.url;
  report.warn(check.code, path, `${check.message}: ${describeValue(value)}`);
  return undefined;
}

export function readNumber(
  value: unknown,
  path: string,
  report: Report,
  {min, max}: {min: number; max: number}
): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    report.warn("INVALID_NUMBER", path, `invalid number: ${describeValue(value)} is not between ${min} and ${max}`);
    return undefined;
  }
  return value;
}

export function readSources(
  value: unknown,
  path: string,
  report: Report,
  readDateAt: (value: unknown, path: string) => TimeSpan | undefined
): Source[] {
  return readObjectList(value, path, report, (fields, itemPath) => {
    const url = readUrl(fields.get("url"), joinPath(itemPath, "url"), report);
    if (url === undefined) return undefined;
    const title = readText(fields.get("title"), joinPath(itemPath, "title"), report);
    const publisher = readText(fields.get("publisher"), joinPath(itemPath, "publisher"), report);
    const date = fields.get("date") === undefined ? undefined : readDateAt(fields.get("date"), joinPath(itemPath, "date"));
    return {url, ...(title && {title}), ...(publisher && {publisher}), ...(date && {date})};
  }, SOURCE_FIELDS);
}

export function readPlaces(value: unknown, path: string, report: Report): Place[] {
  return readObjectList(value, path, report, (fields, itemPath) => {
    const name = readText(fields.get("name"), joinPath(itemPath, "name"), report, {required: true});
    if (name === undefined) return undefined;
    const lat = readNumber(fields.get("lat"), joinPath(itemPath, "lat"), report, {min: -90, max: 90});
    const lon = readNumber(fields.get("lon"), joinPath(itemPath, "lon"), report, {min: -180, max: 180});
    return {name, ...(lat !== undefined && {lat}), ...(lon !== undefined && {lon})};
  }, PLACE_FIELDS);
}

function readObjectList<T>(
  value: unknown,
  path: string,
  report: Report,
  readItem: (fields: Map<string, unknown>, itemPath: string) => T | undefined,
  known: readonly string[]
): T[] {
  if (value === undefined || value === null) return NONE;
  if (!Array.isArray(value)) {
    report.warn("INVALID_LIST", path, `invalid list: ${describeValue(value)} is not an array`);
    return [];
  }
  const items: T[] = [];
  value.slice(0, MAX_LIST_LENGTH).forEach((item, i) => {
    const itemPath = joinPath(path, i);
    if (!isRecord(item)) {
      report.warn("INVALID_ITEM", itemPath, `invalid item: ${describeValue(item)} is not an object`);
      return;
    }
    const read = readItem(readFields(item, known, itemPath, report), itemPath);
    if (read !== undefined) items.push(read);
  });
  if (value.length > MAX_LIST_LENGTH) report.warn("LIST_TRUNCATED", path, `more than ${MAX_LIST_LENGTH} items, the rest ignored`);
  return items;
}
