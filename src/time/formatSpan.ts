import {labelCalendarRange, needsEra} from "./calendarLabel.js";
import {MS_PER_DAY, MS_PER_HOUR} from "./calendar.js";
import {formatYearsAgoRange, isHistorical, yearsBeforePresent} from "./deepTime.js";
import {dateFormat, labelContext, type LabelContext} from "./intlFormats.js";
import type {Precision, TimeSpan} from "./span.js";
import {
  boundlessLabel,
  englishPeriodName,
  englishSeasonName,
  halfOpenLabel,
  qualify,
  sideKind
} from "./spanWording.js";
import {civilInZone} from "./zone.js";

export {formatDuration} from "./formatDuration.js";

/** Where and how labels are read. Invalid values fall back to the defaults rather than throw. */
export interface FormatOptions {
  /** BCP 47 language tag; default "en-GB". */
  locale?: string;
  /** IANA time zone the labels are read in; default "UTC". */
  timeZone?: string;
}

/**
 * A human label for a span, at its precision and with its qualifiers, read on
 * the wall clock of `timeZone` and localized through Intl:
 *
 * - "17 Mar 2023", "17–18 Oct 2023", "March 2023", "2023", "44 BC", "50 AD",
 *   "17 Oct 2023, 10:30"; a range shows each end at the span's precision;
 * - "c. 2023", "2023?", "c. 2023?" (other locales: "~2023?");
 * - "from March 2023", "until 2016", "? – 2016" (other locales: "… – 2016");
 * - "Spring 2001", "the 1980s", "the 1900s" in English; elsewhere Intl's
 *   month or year range ("март 2001 г. – май 2001 г.", "1980–1989");
 * - deep time, outside the years `Date` holds: "13.8 billion years ago"
 *   (see deepTime.ts for the rule).
 */
export function formatSpan(span: TimeSpan, options?: FormatOptions): string {
  const context = labelContext(options);
  const key = labelKey(span, context);
  let label = rememberedLabels.get(key);
  if (label === undefined) {
    label = describeSpan(span, context);
    if (rememberedLabels.size >= MAX_REMEMBERED_LABELS) rememberedLabels.clear();
    rememberedLabels.set(key, label);
  }
  return label;
}

/**
 * Labels are a pure function of the span and the context, and Intl's range
 * formatting costs about 20 µs: layout asks again on every zoom frame, so the
 * answers are kept (bounded: the map is emptied when full).
 */
const rememberedLabels = new Map<string, string>();
const MAX_REMEMBERED_LABELS = 50_000;

function labelKey(span: TimeSpan, context: LabelContext): string {
  const flags =
    (span.approximate ? 1 : 0) |
    (span.uncertain ? 2 : 0) |
    (span.openStart ? 4 : 0) |
    (span.openEnd ? 8 : 0) |
    (span.unknownStart ? 16 : 0) |
    (span.unknownEnd ? 32 : 0);
  return `${context.locale}\u0000${context.timeZone}\u0000${span.start}\u0000${span.end}\u0000${span.precision}\u0000${flags}`;
}

function describeSpan(span: TimeSpan, context: LabelContext): string {
  const startKind = sideKind(span.start, span.openStart, span.unknownStart);
  const endKind = sideKind(span.end, span.openEnd, span.unknownEnd);
  const qualified = (label: string): string => qualify(label, span.approximate, span.uncertain, context.english);
  const coarse = ZONE_TOLERANT_PRECISIONS.has(span.precision);
  if (startKind === "known" && endKind === "known") {
    let first = span.start;
    let last = span.end > span.start ? span.end - 1 : span.start;
    if (coarse && last - first > 2 * ZONE_TOLERANCE) {
      first += ZONE_TOLERANCE;
      last -= ZONE_TOLERANCE;
    }
    return qualified(labelExtent(first, last, span.precision, context));
  }
  if (startKind === "known") {
    const first = span.start + (coarse ? ZONE_TOLERANCE : 0);
    return halfOpenLabel(qualified(labelExtent(first, first, span.precision, context)), "end", endKind, context.english);
  }
  if (endKind === "known") {
    const last = span.end - 1 - (coarse ? ZONE_TOLERANCE : 0);
    return halfOpenLabel(qualified(labelExtent(last, last, span.precision, context)), "start", startKind, context.english);
  }
  return boundlessLabel(startKind, endKind);
}

/**
 * Month and coarser spans are read with up to 26 hours of slack, the widest
 * gap between two zones' offsets (UTC-12 to UTC+14): "2023" parsed in
 * Asia/Shanghai still reads "2023" on a UTC timeline, not "2022–2023". Finer
 * precisions are exact: a UTC day seen from Shanghai really is two local days.
 */
const ZONE_TOLERANCE = 26 * MS_PER_HOUR;
const ZONE_TOLERANT_PRECISIONS: ReadonlySet<Precision> = new Set<Precision>([
  "month", "season", "year", "decade", "century", "millennium", "tenMillennia"
]);

/** The label from the unit holding `first` to the unit holding `last` (one unit when they agree). */
function labelExtent(first: number, last: number, precision: Precision, context: LabelContext): string {
  const firstHistorical = isHistorical(first);
  const lastHistorical = isHistorical(last);
  if (!firstHistorical && !lastHistorical) {
    return formatYearsAgoRange(yearsBeforePresent(first), yearsBeforePresent(last), context.locale);
  }
  if (!firstHistorical || !lastHistorical) {
    return `${labelExtent(first, first, precision, context)} – ${labelExtent(last, last, precision, context)}`;
  }
  switch (precision) {
    case "season":
      return labelSeason(first, last, context);
    case "decade":
    case "century":
    case "millennium":
    case "tenMillennia":
      return labelPeriod(first, last, precision, context);
    default:
      return labelCalendarRange(first, last, precision, context);
  }
}

/** A season is about three months; longer spans are shown as a month range. */
const LONGEST_SEASON = 100 * MS_PER_DAY;

function labelSeason(first: number, last: number, context: LabelContext): string {
  if (!context.english || last - first > LONGEST_SEASON) return labelCalendarRange(first, last, "season", context);
  const year = dateFormat(context, "year", needsEra(first, context.timeZone)).format(first);
  return englishSeasonName(civilInZone(first, context.timeZone).month, year);
}

function labelPeriod(first: number, last: number, precision: Precision, context: LabelContext): string {
  if (context.english) {
    const firstYear = civilInZone(first, context.timeZone).year;
    const lastYear = civilInZone(last, context.timeZone).year;
    const name = englishPeriodName(firstYear, lastYear, precision);
    if (name !== undefined) return name;
  }
  return labelCalendarRange(first, last, "year", context);
}
