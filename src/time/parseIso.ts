import {daysFromCivil, daysInMonth, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND, yearStart} from "./calendar.js";
import {isLevel1Season, isLevel2Season, monthStart, readYear, seasonFirstMonth} from "./civilBounds.js";
import {invalidDate, notACalendarDate, unsupportedEdtf} from "./dateErrors.js";
import {civilReading, type CivilReading} from "./dateReading.js";
import type {Precision} from "./span.js";

/**
 * ISO 8601 calendar dates and date-times in the extended format, with the EDTF
 * level 0/1 additions that share their shape: a trailing qualifier (`2023-03~`)
 * and seasons in the month position (`2023-21`). One anchored pattern finds the
 * fields; the checks after it give each kind of mistake its own message.
 */

// sign, year, month, day, hour, minute, second, fraction, offset, qualifier
const ISO_DATE =
  /^([+-]?)(\d{4,})(?:-(\d\d)(?:-(\d\d)(?:[Tt ](\d\d)(?::(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?([Zz]|[+-]\d\d(?::?\d\d)?)?)?)?)?([?~%])?$/;

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December"
];

/**
 * Reads an ISO 8601 date or date-time. Returns `undefined` when the text does not
 * have that shape (another reader may know it); throws when it has the shape but
 * not the values (`2023-02-30`, `T25:00`, offset `+15:00`).
 */
export function parseIsoDate(text: string, inInterval: boolean): CivilReading | undefined {
  return readPlainDay(text) ?? readIsoFields(text, inInterval);
}

/**
 * The commonest date of all, a plain `YYYY-MM-DD`, read digit by digit: the
 * pattern's match would allocate an array and a string per field, for every date
 * of 100,000 events. Anything else, an invalid day included (for its message),
 * is left to the pattern.
 */
export function readPlainDay(text: string): CivilReading | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const dayStart = daysFromCivil(year, month, day) * MS_PER_DAY;
  return civilReading(text, dayStart, dayStart + MS_PER_DAY, "day", undefined);
}

const DASH = 0x2d;
const ZERO = 0x30;

/** The number written by `length` decimal digits from `from`, or -1 if any is not a digit. */
function digitsAt(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Any ISO 8601 / EDTF level 0-1 shape, by the pattern. */
export function readIsoFields(text: string, inInterval: boolean): CivilReading | undefined {
  const fields = ISO_DATE.exec(text);
  if (fields === null) return undefined;
  const year = readYear(fields[1] ?? "", fields[2] ?? "", text);
  const qualifier = fields[10];
  const monthText = fields[3];
  if (monthText === undefined) return civilReading(text, yearStart(year), yearStart(year + 1), "year", qualifier);

  const month = Number(monthText);
  const dayText = fields[4];
  if (dayText === undefined) {
    if (month >= 1 && month <= 12) {
      return civilReading(text, monthStart(year, month), monthStart(year, month + 1), "month", qualifier);
    }
    return readSeason(text, year, month, qualifier, inInterval);
  }
  if (month < 1 || month > 12) throw notACalendarDate(text, `there is no month ${month}`);
  const day = Number(dayText);
  const monthLength = daysInMonth(year, month);
  if (day < 1 || day > monthLength) {
    throw notACalendarDate(text, day === 0 ? "there is no day 0" : `${MONTH_NAMES[month - 1]} ${year} has ${monthLength} days`);
  }
  const dayStart = daysFromCivil(year, month, day) * MS_PER_DAY;
  const hourText = fields[5];
  if (hourText === undefined) return civilReading(text, dayStart, dayStart + MS_PER_DAY, "day", qualifier);

  if (qualifier !== undefined) throw invalidDate(text, "qualifies a time; EDTF qualifiers (?, ~, %) apply to dates only");
  return readDateTime(text, dayStart, hourText, fields[6], fields[7], fields[8], fields[9]);
}

function readDateTime(
  text: string,
  dayStart: number,
  hourText: string,
  minuteText: string | undefined,
  secondText: string | undefined,
  fraction: string | undefined,
  offsetText: string | undefined
): CivilReading {
  const hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (hour > 24) throw invalidDate(text, `has hour ${hour}; hours run from 00 to 23, and 24:00 ends the day`);
  if (minute > 59) throw invalidDate(text, `has minute ${minute}; minutes run from 00 to 59`);
  if (second > 60) throw invalidDate(text, `has second ${second}; seconds run from 00 to 59 (60 only in a leap second)`);
  if (hour === 24 && (minute > 0 || second > 0 || (fraction !== undefined && /[1-9]/.test(fraction)))) {
    throw invalidDate(text, "is past 24:00:00, the end of the day");
  }
  // Digits past milliseconds are dropped (truncation, like the time value of a Date).
  const millisecond = fraction === undefined ? 0 : Number(fraction.length >= 3 ? fraction.slice(0, 3) : fraction.padEnd(3, "0"));
  const precision: Precision =
    fraction !== undefined ? "millisecond" : secondText !== undefined ? "second" : minuteText !== undefined ? "minute" : "hour";
  const leapSecond = second === 60;
  const wallStart =
    dayStart + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + (leapSecond ? 59 : second) * MS_PER_SECOND + millisecond;
  return {
    text,
    wallStart,
    wallEnd: wallStart + UNIT_LENGTH[precision],
    precision,
    offsetMinutes: readOffsetMinutes(text, offsetText),
    approximate: false,
    uncertain: false,
    leapSecond
  };
}

const UNIT_LENGTH = {hour: MS_PER_HOUR, minute: MS_PER_MINUTE, second: MS_PER_SECOND, millisecond: 1} as const;

/** `Z`, `±HH`, `±HHMM` or `±HH:MM`, as minutes east of UTC, within the offsets in use (-12:00 to +14:00). */
function readOffsetMinutes(text: string, offsetText: string | undefined): number | undefined {
  if (offsetText === undefined) return undefined;
  if (offsetText === "Z" || offsetText === "z") return 0;
  const hours = Number(offsetText.slice(1, 3));
  const minutes = offsetText.length > 3 ? Number(offsetText.slice(-2)) : 0;
  if (minutes > 59) throw invalidDate(text, `has offset ${offsetText}; offset minutes run from 00 to 59`);
  const magnitude = hours * 60 + minutes;
  if (offsetText[0] === "-") {
    // RFC 3339 gives -00:00 the meaning "offset unknown"; ISO 8601 forbids it.
    if (magnitude === 0) throw invalidDate(text, "has offset -00:00, which means an unknown offset; write Z or +00:00");
    if (magnitude > 12 * 60) throw invalidDate(text, `has offset ${offsetText}; offsets run from -12:00 to +14:00`);
    return -magnitude;
  }
  if (magnitude > 14 * 60) throw invalidDate(text, `has offset ${offsetText}; offsets run from -12:00 to +14:00`);
  return magnitude;
}

function readSeason(text: string, year: number, code: number, qualifier: string | undefined, inInterval: boolean): CivilReading {
  if (isLevel1Season(code)) {
    if (qualifier !== undefined) throw unsupportedEdtf(text, "a qualified season (EDTF level 3)");
    if (inInterval) throw unsupportedEdtf(text, "a season as an interval end (EDTF level 3)");
    const first = seasonFirstMonth(code);
    return civilReading(text, monthStart(year, first), monthStart(year, first + 3), "season", undefined);
  }
  if (isLevel2Season(code)) throw unsupportedEdtf(text, `season code ${code} (EDTF level 2 seasons, quarters, thirds and halves)`);
  throw notACalendarDate(text, `there is no month ${code}`);
}
