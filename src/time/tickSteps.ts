import {MS_PER_AVERAGE_YEAR, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND} from "./calendar.js";

/**
 * The intervals an axis may step by, from a millisecond to any number of years,
 * and the choice among them. Every step divides the next coarser unit (a day
 * for sub-day steps, a year for months), so ticks stay on calendar boundaries.
 */

export type TickUnit = "millisecond" | "second" | "minute" | "hour" | "day" | "week" | "month" | "year";

export interface TickStep {
  readonly unit: TickUnit;
  /** How many units per step: 15 minutes, 3 months, 2,000,000 years. */
  readonly every: number;
  /** A nominal length (months and years on average) to estimate tick counts. */
  readonly approximateMs: number;
}

function steps(unit: TickUnit, unitMs: number, everies: readonly number[]): TickStep[] {
  return everies.map((every) => ({unit, every, approximateMs: every * unitMs}));
}

const CALENDAR_STEPS: readonly TickStep[] = [
  ...steps("millisecond", 1, [1, 2, 5, 10, 20, 50, 100, 200, 500]),
  ...steps("second", MS_PER_SECOND, [1, 5, 15, 30]),
  ...steps("minute", MS_PER_MINUTE, [1, 5, 15, 30]),
  ...steps("hour", MS_PER_HOUR, [1, 3, 6, 12]),
  ...steps("day", MS_PER_DAY, [1, 2]),
  ...steps("week", 7 * MS_PER_DAY, [1]),
  ...steps("month", MS_PER_AVERAGE_YEAR / 12, [1, 3, 6])
];

/** 1, 2, 5, 10, 20, 50, … years, up to a step longer than the domain itself. */
function yearSteps(domainYears: number): TickStep[] {
  const largestPower = Math.min(308, Math.max(0, Math.ceil(Math.log10(Math.max(domainYears, 1)))));
  const result: TickStep[] = [];
  for (let power = 0; power <= largestPower; power++) {
    result.push(...steps("year", MS_PER_AVERAGE_YEAR, [1, 2, 5].map((m) => m * 10 ** power)));
  }
  return result;
}

/**
 * The step whose estimated tick count is closest to `count`, among those giving
 * at most twice as many. Counts are estimated from the domain divided per unit,
 * which cannot overflow even for a domain of ±1e308 ms.
 */
export function chooseTickStep(start: number, end: number, count: number, yearsOnly: boolean): TickStep {
  const domainYears = end / MS_PER_AVERAGE_YEAR - start / MS_PER_AVERAGE_YEAR;
  const candidates = yearsOnly ? yearSteps(domainYears) : [...CALENDAR_STEPS, ...yearSteps(domainYears)];
  let best = candidates[candidates.length - 1]!;
  let bestDistance = Infinity;
  for (const step of candidates) {
    const estimate = end / step.approximateMs - start / step.approximateMs;
    if (estimate > 2 * count) continue;
    const distance = Math.abs(estimate - count);
    if (distance < bestDistance) {
      best = step;
      bestDistance = distance;
    }
  }
  return best;
}

/** The next power of ten above a step's leading digit: decades for 1, 2 and 5 years. */
export function majorEvery(every: number): number {
  return 10 ** (Math.floor(Math.log10(every)) + 1);
}
