import {MS_PER_AVERAGE_YEAR, yearStart} from "./calendar.js";
import {largeNumberFormat, notationFor, relativeTimeFormat} from "./intlFormats.js";

/**
 * Deep time: instants outside the years that `Date` (and so Intl) holds entirely.
 *
 * The rule, shared by `formatSpan` and `timeTicks`: an instant before year
 * -271,820 or from year 275,760 on is labelled in years before present as a
 * compact localized number ("13.8 billion years ago", "in 2.5 million years");
 * anything inside is labelled as a calendar date. A span or an axis domain
 * wider than a million years always reaches outside (Date holds only about
 * 547,000 years), so "wider than a million years" needs no rule of its own.
 */

/** Date's range starts on 20 April 271,822 BCE (year -271821); -271820 is the first whole year. */
export const HISTORICAL_START_MS = yearStart(-271820);
/** Date's range ends on 13 September 275760; 275759 is the last whole year. */
export const HISTORICAL_END_MS = yearStart(275760);

/**
 * "Present" is fixed, never the clock, so labels are deterministic: 1950, the
 * "Before Present" epoch of radiocarbon dating. At three significant digits and
 * at least 270,000 years, the choice of epoch never shows.
 */
export const PRESENT_YEAR = 1950;
const PRESENT_MS = yearStart(PRESENT_YEAR);

/** Whether an instant can be labelled as a calendar date through Intl. */
export function isHistorical(ms: number): boolean {
  return ms >= HISTORICAL_START_MS && ms < HISTORICAL_END_MS;
}

/** Years before 1950 (negative in the future), on the axis' average-year scale. */
export function yearsBeforePresent(ms: number): number {
  return (PRESENT_MS - ms) / MS_PER_AVERAGE_YEAR;
}

/** The inverse of `yearsBeforePresent`. */
export function msFromYearsBeforePresent(years: number): number {
  return PRESENT_MS - years * MS_PER_AVERAGE_YEAR;
}

/** "13.8 billion years ago" / "in 2 million years"; three significant digits unless told. */
export function formatYearsAgo(yearsAgo: number, locale: string, significantDigits = 3): string {
  return frameYearsAgo(yearsAgo, formatAmount(yearsAgo, locale, significantDigits), locale);
}

/**
 * A deep-time range sharing one frame when both ends are on the same side of
 * the present: "4.6 billion – 4 billion years ago"; a single label when both
 * ends round to the same number.
 */
export function formatYearsAgoRange(fromYearsAgo: number, toYearsAgo: number, locale: string): string {
  const from = formatAmount(fromYearsAgo, locale, 3);
  const to = formatAmount(toYearsAgo, locale, 3);
  const samePastOrFuture = (fromYearsAgo >= 0) === (toYearsAgo >= 0);
  if (!samePastOrFuture) return `${formatYearsAgo(fromYearsAgo, locale)} – ${formatYearsAgo(toYearsAgo, locale)}`;
  if (from === to) return frameYearsAgo(toYearsAgo, to, locale);
  return frameYearsAgo(toYearsAgo, `${from} – ${to}`, locale);
}

/** "13.8 billion" (compact long notation); "3E289" past a quadrillion years. */
function formatAmount(yearsAgo: number, locale: string, significantDigits: number): string {
  const years = Math.abs(yearsAgo);
  return largeNumberFormat(locale, significantDigits, notationFor(years)).format(years);
}

/**
 * Puts a compact number into the locale's "N years ago" sentence. Intl's
 * relative-time format has no compact notation, so its number parts are
 * replaced; the count it is given keeps the plural right ("лет", not "года").
 */
function frameYearsAgo(yearsAgo: number, amount: string, locale: string): string {
  const rounded = Math.round(Math.abs(yearsAgo));
  // -0 keeps "0 years ago" in the past rather than "in 0 years".
  const signed = yearsAgo >= 0 ? -rounded : rounded;
  let label = "";
  let numberWritten = false;
  for (const part of relativeTimeFormat(locale).formatToParts(signed, "year")) {
    if (part.type === "literal") {
      label += part.value;
    } else if (!numberWritten) {
      label += amount;
      numberWritten = true;
    }
  }
  return label;
}
