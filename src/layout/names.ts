import {formatDuration, formatSpan} from "../time/formatSpan.js";
import type {TimeSpan} from "../time/span.js";
import {MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND} from "../time/calendar.js";

const COARSE_PRECISIONS = new Set<TimeSpan["precision"]>(["month", "season", "year", "decade", "century", "millennium", "tenMillennia"]);

/** Imprecise dates (a month or coarser, approximate or uncertain) are drawn as soft bands. */
export function isSoft(span: TimeSpan): boolean {
  return span.approximate || span.uncertain || COARSE_PRECISIONS.has(span.precision);
}

export interface LabelContext {
  locale: string;
  timeZone: string;
}

const UNIT_LENGTH: Partial<Record<TimeSpan["precision"], number>> = {
  millisecond: 1,
  second: MS_PER_SECOND,
  minute: MS_PER_MINUTE,
  hour: MS_PER_HOUR,
  day: MS_PER_DAY,
  month: 31 * MS_PER_DAY,
  season: 92 * MS_PER_DAY,
  year: 366 * MS_PER_DAY
};

/** Whether the span is one unit of its precision ("17 Mar 2023", "March 2023"), not a range. */
export function isSingleUnit(span: TimeSpan): boolean {
  if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) return false;
  const unit = UNIT_LENGTH[span.precision];
  return unit === undefined || span.end - span.start <= unit;
}

/**
 * The name a screen reader announces for a dated item: "17–18 Oct 2023, 2 days:
 * State visit to China"; the duration only when the item is a range.
 */
export function accessibleName(title: string, span: TimeSpan, context: LabelContext, sourceLabel?: string): {name: string; dateLabel: string} {
  // The source's own wording of the date, when it has one ("Spring 1943"), reads better than ours.
  const dateLabel = sourceLabel ?? formatSpan(span, context);
  const duration = isSingleUnit(span) ? "" : formatDuration(span, context);
  return {name: `${dateLabel}${duration ? `, ${duration}` : ""}: ${title}`, dateLabel};
}
