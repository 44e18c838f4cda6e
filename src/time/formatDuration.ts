import {daysFromCivil, MS_PER_AVERAGE_YEAR, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND} from "./calendar.js";
import {isHistorical} from "./deepTime.js";
import type {FormatOptions} from "./formatSpan.js";
import {labelContext, notationFor, unitNumberFormat, type DurationUnit} from "./intlFormats.js";
import type {TimeSpan} from "./span.js";
import {civilInZone} from "./zone.js";

/**
 * How long a span lasts, for accessible names ("17–18 Oct 2023, 2 days: State
 * visit to China"): "2 days", "3 hours", "1 month", "5 years", "13.8 billion
 * years", localized through `Intl.NumberFormat`'s unit style.
 *
 * Whole calendar units are counted on the zone's wall clock, so March is
 * "1 month" and the day clocks spring forward is still "1 day". Other lengths
 * use the largest unit that fits, to one decimal ("1.5 hours"). Spans that are
 * open, unknown or empty have no duration: the result is "".
 */
export function formatDuration(span: TimeSpan, options?: FormatOptions): string {
  const {start, end} = span;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return "";
  const {locale, timeZone} = labelContext(options);
  const years = end / MS_PER_AVERAGE_YEAR - start / MS_PER_AVERAGE_YEAR;
  if (!isHistorical(start) || !isHistorical(end - 1)) return unitNumberFormat(locale, "year", notationFor(years)).format(years);
  const {amount, unit} = measureDuration(start, end, timeZone);
  return unitNumberFormat(locale, unit, "standard").format(amount);
}

interface Duration {
  amount: number;
  unit: DurationUnit;
}

function measureDuration(start: number, end: number, timeZone: string): Duration {
  const from = civilInZone(start, timeZone);
  const to = civilInZone(end, timeZone);
  const sameTimeOfDay =
    from.hour === to.hour && from.minute === to.minute && from.second === to.second && from.millisecond === to.millisecond;
  if (sameTimeOfDay) {
    const months = (to.year - from.year) * 12 + (to.month - from.month);
    if (from.day === to.day && months > 0) {
      return months % 12 === 0 ? {amount: months / 12, unit: "year"} : {amount: months, unit: "month"};
    }
    const days = daysFromCivil(to.year, to.month, to.day) - daysFromCivil(from.year, from.month, from.day);
    // Zero days: the wall clock repeated an hour (DST ends); measure the length instead.
    if (days > 0) return {amount: days, unit: "day"};
  }
  const length = end - start;
  for (const [unitMs, unit] of EXACT_UNITS) {
    if (length >= unitMs && length % unitMs === 0) return {amount: length / unitMs, unit};
  }
  for (const [unitMs, unit] of EXACT_UNITS) {
    if (length >= unitMs) return {amount: length / unitMs, unit};
  }
  return {amount: length, unit: "millisecond"};
}

/** Largest first; days here are 24-hour lengths that do not start at the same wall time. */
const EXACT_UNITS: readonly (readonly [number, DurationUnit])[] = [
  [MS_PER_DAY, "day"],
  [MS_PER_HOUR, "hour"],
  [MS_PER_MINUTE, "minute"],
  [MS_PER_SECOND, "second"]
];
