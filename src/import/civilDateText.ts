/**
 * Calendar fields written as a chronoline date string, at the precision of the
 * finest field given: `{year: 622, month: 8}` is "0622-08". Years are
 * astronomical (0 is 1 BC). Floating: no offset, so chronoline reads the date
 * in the event's or the timeline's time zone.
 */
export interface CivilDate {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
  hour?: number | undefined;
  minute?: number | undefined;
  second?: number | undefined;
  millisecond?: number | undefined;
}

// ISO 8601's expanded years carry six digits; chronoline's EDTF "Y" years any number.
const MAX_EXPANDED_YEAR = 999_999;

export function civilDateText(date: CivilDate): string {
  const {year, month, day, hour, minute, second, millisecond} = date;
  if (month === undefined || Math.abs(year) > MAX_EXPANDED_YEAR) return yearText(year);
  let text = `${isoYear(year)}-${pad(month, 2)}`;
  if (day === undefined) return text;
  text += `-${pad(day, 2)}`;
  if (hour === undefined) return text;
  text += `T${pad(hour, 2)}`;
  if (minute === undefined) return text;
  text += `:${pad(minute, 2)}`;
  if (second === undefined) return text;
  text += `:${pad(second, 2)}`;
  return millisecond === undefined ? text : `${text}.${pad(millisecond, 3)}`;
}

/**
 * A year alone: four digits with a sign when negative ("-0043", "2023"), and
 * EDTF's "Y" form beyond (`Y-13800000000`), which chronoline places on the same
 * axis as deep time.
 */
function yearText(year: number): string {
  return Math.abs(year) < 10_000 ? isoYear(year) : `Y${year}`;
}

/** Four digits, or ISO 8601's signed six-digit expanded form beyond them. */
function isoYear(year: number): string {
  if (year >= 0 && year < 10_000) return pad(year, 4);
  const width = Math.abs(year) < 10_000 ? 4 : 6;
  return (year < 0 ? "-" : "+") + pad(Math.abs(year), width);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
