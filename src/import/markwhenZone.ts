import {isValidTimeZone} from "../time/zone.js";

// What the parser accepts besides IANA names: "+05:30", "+0530", "-3" (YAML may make it a number), "UTC+2".
const FIXED_OFFSET = /^(?:UTC|GMT)?\s*([+-]?)(\d{1,2})(?::?(\d\d))?$/i;

/**
 * The IANA zone of a markwhen document's `timezone` (or `tz`) header, for the
 * timeline's `timeZone`; `undefined` when it names none the parser can read,
 * which then works in wall-clock time. Fixed offsets of whole hours are the
 * `Etc/GMT` zones (whose signs are inverted: UTC+3 is "Etc/GMT-3"); other
 * offsets have no IANA name and give "UTC", the ranges being written with
 * their offsets then.
 */
export function documentTimeZone(header: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = header?.timezone ?? header?.tz;
  if (typeof value === "string" && isValidTimeZone(value.trim())) return value.trim();
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const offset = FIXED_OFFSET.exec(String(value).trim());
  if (!offset) return undefined;
  const minutes = (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
  if (minutes === 0) return "UTC";
  if (minutes % 60 !== 0 || minutes < -12 * 60 || minutes > 14 * 60) return "UTC";
  const hours = minutes / 60;
  return `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`;
}
