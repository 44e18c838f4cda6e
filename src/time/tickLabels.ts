import {civilFromMs, type CivilFields} from "./calendar.js";
import type {CalendarTick} from "./calendarTicks.js";
import {dateFormat, type DatePreset, type LabelContext} from "./intlFormats.js";
import type {AxisTick} from "./ticks.js";
import {majorEvery, type TickStep, type TickUnit} from "./tickSteps.js";

/**
 * Axis labels in the manner of d3's multi-scale time format: each tick is
 * named by the coarsest calendar boundary it falls on, so among day ticks the
 * 1st of a month reads "Oct" and 1 January reads "2024"; among hour ticks,
 * midnight reads "17 Oct". A tick on a boundary coarser than the step's unit
 * is `major`. Year ticks show their era ("44 BC", "500 AD") whenever the axis
 * reaches back before AD 1000.
 */

/** Calendar boundaries from finest to coarsest. */
const BOUNDARIES = ["millisecond", "second", "minute", "hour", "day", "month", "year"] as const;
type Boundary = (typeof BOUNDARIES)[number];

const LABEL_PRESET: Record<Exclude<Boundary, "year">, DatePreset> = {
  millisecond: "tickMillisecond", // "15.250"
  second: "tickSecond", // "10:30:15"
  minute: "tickMinute", // "10:30"
  hour: "tickMinute", // "10:00"
  day: "tickDay", // "17 Oct"
  month: "tickMonth" // "Oct"
};

const UNIT_BOUNDARY: Record<TickUnit, Boundary> = {
  millisecond: "millisecond",
  second: "second",
  minute: "minute",
  hour: "hour",
  day: "day",
  week: "day",
  month: "month",
  year: "year"
};

function coarsestBoundary(fields: CivilFields): Boundary {
  if (fields.millisecond !== 0) return "millisecond";
  if (fields.second !== 0) return "second";
  if (fields.minute !== 0) return "minute";
  if (fields.hour !== 0) return "hour";
  if (fields.day !== 1) return "day";
  if (fields.month !== 1) return "month";
  return "year";
}

export function labelCalendarTicks(
  ticks: readonly CalendarTick[],
  step: TickStep,
  context: LabelContext,
  showEra: boolean
): AxisTick[] {
  const stepBoundary = BOUNDARIES.indexOf(UNIT_BOUNDARY[step.unit]);
  let previousMonth: number | undefined;
  return ticks.map(({value, wall}) => {
    const fields = civilFromMs(wall);
    const boundary = coarsestBoundary(fields);
    const format =
      boundary === "year" ? dateFormat(context, "year", showEra) : dateFormat(context, LABEL_PRESET[boundary]);
    let major = BOUNDARIES.indexOf(boundary) > stepBoundary;
    if (step.unit === "year") major = isMajorYear(fields.year, step.every);
    // Weeks rarely start on the 1st: the first week tick of a month stands for it.
    if (step.unit === "week") major ||= previousMonth !== undefined && fields.month !== previousMonth;
    previousMonth = fields.month;
    return {value, label: format.format(value), major};
  });
}

/** 1 BC, AD 1 and the year ticks between decades (for 1-, 2-, 5-year steps) are minor. */
function isMajorYear(year: number, every: number): boolean {
  const historicalYear = year <= 0 ? 1 - year : year;
  return year !== 1 && historicalYear % majorEvery(every) === 0;
}
