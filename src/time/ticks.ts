import {calendarTicks} from "./calendarTicks.js";
import {needsEra} from "./calendarLabel.js";
import {formatYearsAgo, isHistorical, msFromYearsBeforePresent, yearsBeforePresent} from "./deepTime.js";
import {labelContext, type LabelContext} from "./intlFormats.js";
import {labelCalendarTicks} from "./tickLabels.js";
import {chooseTickStep, majorEvery} from "./tickSteps.js";

export interface AxisTick {
  /** The instant, ms since the epoch (UTC). */
  value: number;
  /** Localized through Intl: "17 Oct", "Oct", "2024", "44 BC", "13.8 billion years ago". */
  label: string;
  /** A coarser boundary (e.g. a new month among day ticks, a new year among month ticks): drawn longer/bolder. */
  major: boolean;
}

export interface TickOptions {
  /** Target number of ticks, default 8; the axis gives at most about twice as many. */
  count?: number;
  /** BCP 47 language tag; default "en-GB". */
  locale?: string;
  /** IANA time zone whose wall clock the ticks fall on; default "UTC". */
  timeZone?: string;
}

const DEFAULT_COUNT = 8;
const MAX_COUNT = 1000;

/**
 * Ticks for the visible domain [start, end], from milliseconds to billions of
 * years, on calendar boundaries of the zone's wall clock (midnight, the 1st of
 * the month, 1 January) with "nice" steps: 1–500 ms; 1, 5, 15, 30 s and min;
 * 1, 3, 6, 12 h; 1, 2 days; ISO weeks; 1, 3, 6 months; 1, 2, 5 × 10^k years.
 * The step chosen gives the count closest to `count` without exceeding 2×count.
 *
 * A domain reaching outside the years `Date` holds is deep time: ticks at
 * round numbers of years before present, labelled like `formatSpan` labels
 * deep time ("12 billion years ago"), in UTC years (a zone's offset is noise
 * there). Values are strictly increasing and inside [start, end]; a reversed,
 * empty or infinite domain gives no ticks.
 */
export function timeTicks(start: number, end: number, options: TickOptions = {}): AxisTick[] {
  if (!Number.isFinite(start) || !Number.isFinite(end) || !(end > start)) return [];
  const count = tickCount(options.count);
  const context = labelContext(options);
  // The step's estimate is at most 2×count; months vary in length and day
  // steps restart each month, so allow a little over before cutting off.
  const limit = Math.ceil(2.5 * count) + 2;
  if (!isHistorical(start) || !isHistorical(end)) return deepTimeTicks(start, end, count, limit, context);
  const step = chooseTickStep(start, end, count, false);
  const ticks = calendarTicks(start, end, step, context.timeZone, limit);
  return labelCalendarTicks(ticks, step, context, needsEra(start, context.timeZone));
}

function tickCount(count: unknown): number {
  if (typeof count !== "number" || !Number.isFinite(count)) return DEFAULT_COUNT;
  return Math.min(MAX_COUNT, Math.max(1, count));
}

/** Round numbers of years before present (see deepTime.ts), oldest first. */
function deepTimeTicks(start: number, end: number, count: number, limit: number, context: LabelContext): AxisTick[] {
  const {every} = chooseTickStep(start, end, count, true);
  const newestStep = Math.ceil(yearsBeforePresent(end) / every);
  const oldestStep = Math.floor(yearsBeforePresent(start) / every);
  if (!(oldestStep - newestStep < limit)) return []; // float noise at extreme magnitudes
  // Enough significant digits to tell neighbouring ticks apart: "12 billion", "10 billion".
  const largest = Math.max(Math.abs(newestStep), Math.abs(oldestStep), 1) * every;
  const digits = Math.floor(Math.log10(largest)) - Math.floor(Math.log10(every)) + 1;
  const major = majorEvery(every);
  const ticks: AxisTick[] = [];
  for (let step = oldestStep; step >= newestStep; step--) {
    const yearsAgo = step * every;
    const value = msFromYearsBeforePresent(yearsAgo);
    const previous = ticks[ticks.length - 1];
    if (value < start || value > end || (previous && value <= previous.value)) continue;
    ticks.push({value, label: formatYearsAgo(yearsAgo, context.locale, digits), major: yearsAgo % major === 0});
  }
  return ticks;
}
