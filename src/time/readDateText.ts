import {finerPrecision} from "./span.js";
import type {TimelineError} from "../model/errors.js";
import {invalidDate, reversedRange, unsupportedEdtf} from "./dateErrors.js";
import {type CivilReading, type DateNotice, type DateReading} from "./dateReading.js";
import {unreadableDate} from "./diagnoseDate.js";
import {edtfLevel2Feature} from "./edtfLevel2.js";
import {parseEdtfDate} from "./parseEdtf.js";
import {parseIsoDate} from "./parseIso.js";
import {placeReading} from "./placeReading.js";
import type {TimeSpan} from "./span.js";

/**
 * Reads a date string: one ISO 8601 / EDTF date, or an EDTF interval `a/b` whose
 * ends may be open (`..`) or unknown (empty).
 */
export function readDateText(input: string, timeZone: string): DateReading {
  const text = input.trim();
  if (text === "") throw invalidDate(input, "is empty");
  if (isBracketed(text)) throw bracketedDateError(text);
  const notices: DateNotice[] = [];
  const slash = text.indexOf("/");
  if (slash < 0) return {span: placeReading(readOneDate(text, false), timeZone, notices), notices};
  if (text.indexOf("/", slash + 1) >= 0 || isSlashedDayMonth(text)) throw unreadableDate(text);
  return {span: readInterval(text, text.slice(0, slash).trim(), text.slice(slash + 1).trim(), timeZone, notices), notices};
}

function readOneDate(text: string, inInterval: boolean): CivilReading {
  const reading = parseIsoDate(text, inInterval) ?? parseEdtfDate(text, inInterval);
  if (reading !== undefined) return reading;
  const level2Feature = edtfLevel2Feature(text);
  if (level2Feature !== undefined) throw unsupportedEdtf(text, level2Feature);
  throw unreadableDate(text);
}

/** The span from the start of the first end to the end of the second: `2023-10-17/2023-10-18` is two days. */
function readInterval(text: string, first: string, last: string, timeZone: string, notices: DateNotice[]): TimeSpan {
  const from = first === "" || first === ".." ? undefined : placeReading(readOneDate(first, true), timeZone, notices);
  const through = last === "" || last === ".." ? undefined : placeReading(readOneDate(last, true), timeZone, notices);
  if (from !== undefined && through !== undefined && through.end <= from.start) throw reversedRange(text);
  return {
    start: from?.start ?? -Infinity,
    end: through?.end ?? Infinity,
    // With no known end at all there is no precision to report; "year" is the neutral choice.
    precision: from && through ? finerPrecision(from.precision, through.precision) : (from ?? through)?.precision ?? "year",
    approximate: Boolean(from?.approximate || through?.approximate),
    uncertain: Boolean(from?.uncertain || through?.uncertain),
    openStart: from === undefined,
    openEnd: through === undefined,
    unknownStart: first === "",
    unknownEnd: last === ""
  };
}

/** EDTF sets (`[1667, 1672-12]`) and lists (`{1960, 1961-12}`) are level 2. */
function bracketedDateError(text: string): TimelineError {
  const first = text[0];
  const last = text[text.length - 1];
  if (first === "[" && last === "]") return unsupportedEdtf(text, "a set of dates, [...] (EDTF level 2)");
  if (first === "{" && last === "}") return unsupportedEdtf(text, "a list of dates, {...} (EDTF level 2)");
  return invalidDate(text, "has unbalanced brackets");
}

function isBracketed(text: string): boolean {
  const first = text[0];
  const last = text[text.length - 1];
  return first === "[" || first === "{" || last === "]" || last === "}";
}

// "3/4": a day and a month, not an interval of two centuries.
function isSlashedDayMonth(text: string): boolean {
  return /^\d{1,2}\/\d{1,2}$/.test(text);
}
