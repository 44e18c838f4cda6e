import type {TimelineError} from "../model/errors.js";
import {invalidDate} from "./dateErrors.js";

/**
 * The error for text that no date reader knows, saying what was probably meant.
 * Nothing here is ever read as a date: guesses about day order or centuries are
 * exactly what silently corrupts timelines.
 */

// 03/04/2023, 17.03.2023, 3/4
const DAY_MONTH_YEAR = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$/;
// 2023/03/17
const SLASHED_ISO = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
// 23-03-17, 23-03
const TWO_DIGIT_YEAR = /^(\d\d)-(\d\d(?:-\d\d)?)$/;
const WORD = /\p{L}{2,}/u;
const REPEATED_QUALIFIER = /[?~%]{2,}$/;

export function unreadableDate(text: string): TimelineError {
  const dayMonthYear = DAY_MONTH_YEAR.exec(text);
  if (dayMonthYear !== null && (text.includes("/") || dayMonthYear[3] !== undefined)) {
    const [, first = "", second = "", year] = dayMonthYear;
    const readings =
      year !== undefined && year.length === 4 ? ` (${year}-${pad(second)}-${pad(first)} or ${year}-${pad(first)}-${pad(second)}?)` : "";
    return invalidDate(text, `is ambiguous${readings}: day and month order differs between countries; use ISO 8601 (YYYY-MM-DD)`);
  }
  const slashedIso = SLASHED_ISO.exec(text);
  if (slashedIso !== null) {
    const [, year = "", month = "", day = ""] = slashedIso;
    return invalidDate(text, `is not an ISO 8601 date; write ${year}-${pad(month)}-${pad(day)} (a slash separates the two ends of an interval)`);
  }
  const twoDigitYear = TWO_DIGIT_YEAR.exec(text);
  if (twoDigitYear !== null) {
    const [, year = "", rest = ""] = twoDigitYear;
    return invalidDate(text, `has a two-digit year, and two-digit years are never guessed; write the full year (20${year}-${rest} or 19${year}-${rest})`);
  }
  if (REPEATED_QUALIFIER.test(text)) {
    return invalidDate(text, "has more than one qualifier; a date takes one of ? (uncertain), ~ (approximate) or % (both)");
  }
  if (WORD.test(text)) {
    return invalidDate(text, "is not an ISO 8601 or EDTF date; natural-language dates are not read (write 2023-03 or 2023-03-17)");
  }
  return invalidDate(text, "is not an ISO 8601 or EDTF date (such as 2023, 2023-03-17, 2023-03-17T10:30Z, 2023~ or 2023/2024)");
}

function pad(digits: string): string {
  return digits.padStart(2, "0");
}
