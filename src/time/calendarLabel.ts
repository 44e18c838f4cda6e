import {MS_PER_DAY, MS_PER_HOUR, yearStart} from "./calendar.js";
import {dateFormat, type DatePreset, type LabelContext} from "./intlFormats.js";
import type {Precision} from "./span.js";
import {civilInZone, zoneOffsetAt} from "./zone.js";

/**
 * Calendar dates through Intl: one instant, or the range from the unit holding
 * `first` to the unit holding `last`, at a precision. Callers make sure both
 * instants are historical (inside the years `Date` holds).
 */

/** Years before AD 1000 show their era ("44 BC", "50 AD"): a bare "50" reads as 1950. */
export const FIRST_YEAR_WITHOUT_ERA = 1000;
const FIRST_MS_WITHOUT_ERA = yearStart(FIRST_YEAR_WITHOUT_ERA);

/** The Intl fields each precision shows; coarser than a year falls back to years. */
const PRESET_OF_PRECISION: Record<Precision, DatePreset> = {
  millisecond: "millisecond",
  second: "second",
  minute: "minute",
  hour: "minute", // "10:00": an hour alone ("10") is not a time people read
  day: "day",
  month: "month",
  season: "shortMonth", // the month range, where no season name is known
  year: "year",
  decade: "year",
  century: "year",
  millennium: "year",
  tenMillennia: "year"
};

/** Whether an instant's year, on the zone's wall clock, needs its era shown. */
export function needsEra(ms: number, timeZone: string): boolean {
  // Zone offsets are under a day, so only instants near 1 January 1000 need the zone.
  if (ms < FIRST_MS_WITHOUT_ERA - MS_PER_DAY) return true;
  if (ms >= FIRST_MS_WITHOUT_ERA + MS_PER_DAY) return false;
  return civilInZone(ms, timeZone).year < FIRST_YEAR_WITHOUT_ERA;
}

/**
 * "17 Mar 2023" for one unit, "17–18 Oct 2023" for a range (Intl's
 * `formatRange` shares what both ends have in common). Two instants in the
 * same unit give a single date: they format to the same text.
 */
export function labelCalendarRange(first: number, last: number, precision: Precision, context: LabelContext): string {
  if (precision === "hour") {
    // Shown as "10:00": the minutes must not turn the hour's last instant into "10:59".
    first = floorToWallHour(first, context.timeZone);
    last = floorToWallHour(last, context.timeZone);
  }
  const format = dateFormat(context, PRESET_OF_PRECISION[precision], needsEra(first, context.timeZone));
  const firstLabel = format.format(first);
  if (last <= first || format.format(last) === firstLabel) return firstLabel;
  return closeNumberRange(format.formatRangeToParts(first, last));
}

/** The start of the wall-clock hour holding an instant (zones may be off by 45 minutes or by seconds). */
function floorToWallHour(ms: number, timeZone: string): number {
  const wall = ms + zoneOffsetAt(ms, timeZone);
  return ms - (wall - Math.floor(wall / MS_PER_HOUR) * MS_PER_HOUR);
}

/**
 * Joins range parts, closing up the dash between two bare numbers: "17–18 Oct
 * 2023" and "1980–1989" (en-GB's data has "17 – 18"; ru, de and zh already
 * close up). A dash between longer phrases keeps its spaces: "30 Oct – 2 Nov".
 */
export function closeNumberRange(parts: readonly Intl.DateTimeRangeFormatPart[]): string {
  const startParts = parts.filter((part) => part.source === "startRange");
  const endParts = parts.filter((part) => part.source === "endRange");
  const bareNumber = (side: readonly Intl.DateTimeRangeFormatPart[]): boolean =>
    side.length === 1 && /^\p{Nd}+$/u.test(side[0]?.value ?? "");
  const separatorIndex = startParts.length ? parts.indexOf(startParts[startParts.length - 1]!) + 1 : -1;
  const close = bareNumber(startParts) && bareNumber(endParts);
  let label = "";
  parts.forEach((part, index) => {
    const isDash = index === separatorIndex && part.type === "literal" && /^\s*[–-]\s*$/u.test(part.value);
    label += close && isDash ? part.value.trim() : part.value;
  });
  return label;
}
