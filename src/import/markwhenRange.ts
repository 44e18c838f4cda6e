import {civilFromMs, msFromCivil, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND, type CivilFields} from "../time/calendar.js";
import {zoneOffsetAt} from "../time/zone.js";
import {civilDateText, type CivilDate} from "./civilDateText.js";

/**
 * markwhen ranges as chronoline dates. The parser gives each range as two ISO
 * date-times with offsets, end exclusive (a day event on 2025-05-11 runs to
 * 2025-05-12T00:00). chronoline wants what the author meant: "2025-05-11", a
 * whole day, so the range is written at the coarsest calendar unit that both
 * ends fall on, with an inclusive end: 1999-01-01 to 2100-01-01 is "1999" to
 * "2099". The wall-clock fields are kept, without the offset: chronoline reads
 * them in the timeline's zone, which is the document's.
 */

const UNITS = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;
type Unit = (typeof UNITS)[number];

// What the parser (Luxon's toISO) writes: expanded years, milliseconds, an offset.
const ISO_DATE_TIME = /^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,3}))?(Z|[+-]\d\d:?\d\d)?$/;

export interface ZonedDateTime {
  /** The wall-clock fields as written. */
  fields: CivilFields;
  /** The offset written with them, in milliseconds; `undefined` when there was none. */
  offset: number | undefined;
}

export function readIsoDateTime(text: string): ZonedDateTime | undefined {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const fields: CivilFields = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    millisecond: fraction === undefined ? 0 : Number(fraction.padEnd(3, "0"))
  };
  return {fields, offset: offset === undefined ? undefined : readOffset(offset)};
}

function readOffset(text: string): number {
  if (text === "Z") return 0;
  const digits = text.replace(":", "");
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return (text[0] === "-" ? -minutes : minutes) * MS_PER_MINUTE;
}

export interface RangeTexts {
  start: string;
  /** Inclusive; absent when the range is one unit long. */
  end?: string;
}

/**
 * The start and end to give chronoline. `zone` is the timeline's zone when the
 * document names one; then a range whose offsets are not that zone's (an event
 * with a time zone of its own) is written as absolute times with its offsets,
 * to the minute. Without a zone the document is floating: wall clock only.
 */
export function rangeTexts(from: ZonedDateTime, to: ZonedDateTime, zone: string | undefined): RangeTexts {
  if (zone !== undefined && !(inZone(from, zone) && inZone(to, zone))) return absoluteRange(from, to);
  const instant = msFromCivil(from.fields) === msFromCivil(to.fields);
  // An instant is written to the minute at least, never as the whole day or year it starts.
  const unit = instant ? finestNeeded(from.fields, "minute") : coarsestShared(from.fields, to.fields);
  const start = civilDateText(truncate(from.fields, unit));
  if (instant) return {start};
  const end = civilDateText(truncate(unitBefore(to.fields, unit), unit));
  return end === start ? {start} : {start, end};
}

function inZone(time: ZonedDateTime, zone: string): boolean {
  if (time.offset === undefined) return true;
  const utc = msFromCivil(time.fields) - time.offset;
  return zoneOffsetAt(utc, zone) === time.offset;
}

/** Offsets need a time of day in ISO 8601: such ranges are written to the minute at least. */
function absoluteRange(from: ZonedDateTime, to: ZonedDateTime): RangeTexts {
  const shared = coarsestShared(from.fields, to.fields);
  const unit = UNITS.indexOf(shared) < UNITS.indexOf("minute") ? "minute" : shared;
  const write = (time: ZonedDateTime, fields: CivilFields) => `${civilDateText(truncate(fields, unit))}${offsetText(time.offset ?? 0)}`;
  const start = write(from, from.fields);
  if (msFromCivil(from.fields) - (from.offset ?? 0) === msFromCivil(to.fields) - (to.offset ?? 0)) return {start};
  return {start, end: write(to, unitBefore(to.fields, unit))};
}

function offsetText(offset: number): string {
  const minutes = Math.abs(offset) / MS_PER_MINUTE;
  return `${offset < 0 ? "-" : "+"}${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Whether the fields are the first instant of a unit (a year starts on 1 January at midnight). */
function startsUnit(fields: CivilFields, unit: Unit): boolean {
  const finer = UNITS.slice(UNITS.indexOf(unit) + 1);
  return finer.every((field) => fields[field] === (field === "month" || field === "day" ? 1 : 0));
}

function coarsestShared(a: CivilFields, b: CivilFields): Unit {
  return UNITS.find((unit) => startsUnit(a, unit) && startsUnit(b, unit)) ?? "millisecond";
}

function finestNeeded(fields: CivilFields, coarsest: Unit): Unit {
  return UNITS.slice(UNITS.indexOf(coarsest)).find((unit) => startsUnit(fields, unit)) ?? "millisecond";
}

/** The fields down to a unit, so that the date is written at that precision. */
function truncate(fields: CivilFields, unit: Unit): CivilDate {
  const date: CivilDate = {year: fields.year};
  for (const field of UNITS.slice(1, UNITS.indexOf(unit) + 1)) date[field] = fields[field];
  return date;
}

const UNIT_MS: Partial<Record<Unit, number>> = {
  day: MS_PER_DAY, hour: MS_PER_HOUR, minute: MS_PER_MINUTE, second: MS_PER_SECOND, millisecond: 1
};

/** The start of the unit before the one that starts at `fields`: the last unit of an exclusive end. */
function unitBefore(fields: CivilFields, unit: Unit): CivilFields {
  if (unit === "year") return {...fields, year: fields.year - 1};
  if (unit === "month") return fields.month === 1 ? {...fields, year: fields.year - 1, month: 12} : {...fields, month: fields.month - 1};
  return civilFromMs(msFromCivil(fields) - UNIT_MS[unit]!);
}
