import type {Precision} from "./span.js";

/**
 * The words around a date that Intl does not provide: qualifiers, open ends,
 * named periods and seasons. English locales get English words ("c. 2023?",
 * "from March 2023", "the 1980s", "Spring 2001"); every other locale gets
 * language-neutral marks ("~2023?", "март 2023 г. – …") and Intl's own year
 * and month ranges, so no locale files are needed and nothing is mistranslated.
 */

/** How one side of a span reads: a date, open (EDTF `..`), or unknown (empty). */
export type SideKind = "known" | "open" | "unknown";

export function sideKind(bound: number, open: boolean, unknown: boolean): SideKind {
  if (unknown || Number.isNaN(bound)) return "unknown";
  if (open || !Number.isFinite(bound)) return "open";
  return "known";
}

/** "c. 2023", "2023?", "c. 2023?" (English); "~2023", "~2023?" elsewhere. */
export function qualify(label: string, approximate: boolean, uncertain: boolean, english: boolean): string {
  const circa = approximate ? (english ? "c. " : "~") : "";
  return `${circa}${label}${uncertain ? "?" : ""}`;
}

const OPEN_MARK = "…";
const UNKNOWN_MARK = "?";

function mark(kind: SideKind): string {
  return kind === "unknown" ? UNKNOWN_MARK : OPEN_MARK;
}

/** A span with one date: "from March 2023", "until 2016", "? – 2016", "2016 – ?". */
export function halfOpenLabel(dateLabel: string, missingSide: "start" | "end", missing: SideKind, english: boolean): string {
  if (english && missing === "open") return missingSide === "end" ? `from ${dateLabel}` : `until ${dateLabel}`;
  return missingSide === "end" ? `${dateLabel} – ${mark(missing)}` : `${mark(missing)} – ${dateLabel}`;
}

/** A span with no date at all: "? – ?", "… – …". */
export function boundlessLabel(start: SideKind, end: SideKind): string {
  return `${mark(start)} – ${mark(end)}`;
}

const ENGLISH_SEASONS = ["Winter", "Spring", "Summer", "Autumn"] as const;

/**
 * Meteorological seasons by the month a span starts in (Mar–May is spring), so
 * both month-based and solstice-based season spans get the right name. Winter
 * takes the year it starts in.
 */
export function englishSeasonName(month: number, year: string): string {
  return `${ENGLISH_SEASONS[Math.floor((month % 12) / 3)] ?? "Winter"} ${year}`;
}

const YEARS_IN_PERIOD: Partial<Record<Precision, number>> = {
  decade: 10,
  century: 100,
  millennium: 1000,
  tenMillennia: 10000
};

/**
 * "the 1980s", "the 1900s" (EDTF `19XX`), "the 1000s": a masked-digit period
 * named by its first year. Only whole AD periods are named; anything else
 * (BCE, misaligned, several periods) is left to a year range.
 */
export function englishPeriodName(firstYear: number, lastYear: number, precision: Precision): string | undefined {
  const years = YEARS_IN_PERIOD[precision];
  if (years === undefined || firstYear < 1 || firstYear % years !== 0 || lastYear !== firstYear + years - 1) return undefined;
  return `the ${firstYear}s`;
}
