import {isValidTimeZone} from "./zone.js";

/**
 * The Intl formatters behind every date label, created once per (locale, zone,
 * preset) and reused: constructing an `Intl.DateTimeFormat` costs 50–100 µs,
 * formatting with one costs about 1 µs, so labelling thousands of spans or a
 * tick axis on every zoom frame must never construct one per call.
 */

export const DEFAULT_LOCALE = "en-GB";
export const DEFAULT_TIME_ZONE = "UTC";

/** The options every label function needs, already validated. */
export interface LabelContext {
  readonly locale: string;
  readonly timeZone: string;
  /** English locales get words ("c.", "from", "the 1980s"); Intl has none for these. */
  readonly english: boolean;
}

const resolvedLocales = new Map<string, string>();

/**
 * A locale every Intl service supports, or en-GB. An unsupported tag must not
 * fall through to the runtime's default locale: that depends on the machine
 * (LANG), and labels would change from one process to the next.
 */
export function resolveLocale(locale: unknown): string {
  if (typeof locale !== "string" || locale === "") return DEFAULT_LOCALE;
  let resolved = resolvedLocales.get(locale);
  if (resolved === undefined) {
    try {
      resolved = Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? DEFAULT_LOCALE;
    } catch {
      resolved = DEFAULT_LOCALE; // not even a well-formed BCP 47 tag
    }
    resolvedLocales.set(locale, resolved);
  }
  return resolved;
}

const resolvedZones = new Map<string, string>();

/** An IANA zone the engine knows, or UTC. */
export function resolveTimeZone(timeZone: unknown): string {
  if (typeof timeZone !== "string" || timeZone === "") return DEFAULT_TIME_ZONE;
  let resolved = resolvedZones.get(timeZone);
  if (resolved === undefined) {
    resolved = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
    resolvedZones.set(timeZone, resolved);
  }
  return resolved;
}

const contexts = new Map<string, LabelContext>();

/** Validated options; invalid ones fall back to en-GB / UTC rather than throw (the model layer warns). */
export function labelContext(options?: {locale?: string | undefined; timeZone?: string | undefined}): LabelContext {
  const locale = resolveLocale(options?.locale);
  const timeZone = resolveTimeZone(options?.timeZone);
  const key = `${locale}\u0000${timeZone}`;
  let context = contexts.get(key);
  if (!context) {
    context = {locale, timeZone, english: new Intl.Locale(locale).language === "en"};
    contexts.set(key, context);
  }
  return context;
}

/**
 * Named sets of `Intl.DateTimeFormat` fields. Names rather than option objects
 * keep the cache key cheap to build in hot loops.
 */
export const DATE_PRESETS = {
  millisecond: {
    year: "numeric", month: "short", day: "numeric",
    hour: "2-digit", minute: "2-digit", second: "2-digit", fractionalSecondDigits: 3
  },
  second: {year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit"},
  minute: {year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit"},
  day: {year: "numeric", month: "short", day: "numeric"},
  month: {year: "numeric", month: "long"},
  shortMonth: {year: "numeric", month: "short"},
  year: {year: "numeric"},
  // Axis labels: the context (year, date) comes from neighbouring major ticks.
  tickMonth: {month: "short"},
  tickDay: {day: "numeric", month: "short"},
  tickMinute: {hour: "2-digit", minute: "2-digit"},
  tickSecond: {hour: "2-digit", minute: "2-digit", second: "2-digit"},
  tickMillisecond: {second: "2-digit", fractionalSecondDigits: 3}
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DatePreset = keyof typeof DATE_PRESETS;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached date formatter. `withEra` adds the era ("44 BC", "50 AD"): without
 * it Intl prints 44 BC as plain "44".
 */
export function dateFormat(context: LabelContext, preset: DatePreset, withEra = false): Intl.DateTimeFormat {
  const key = `${context.locale}\u0000${context.timeZone}\u0000${preset}\u0000${withEra ? 1 : 0}`;
  let format = dateFormats.get(key);
  if (!format) {
    // The axis is proleptic Gregorian: a locale's own calendar (Persian in fa,
    // Buddhist in th) would name years that do not start where the ticks are.
    const options: Intl.DateTimeFormatOptions = {...DATE_PRESETS[preset], timeZone: context.timeZone, calendar: "gregory"};
    if (withEra) options.era = "short";
    format = new Intl.DateTimeFormat(context.locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

export type LargeNumberNotation = "compact" | "scientific";

/**
 * Which notation keeps a count of years short: compact names stop at
 * trillions, so past a quadrillion (far beyond any cosmology) it is scientific.
 */
export function notationFor(amount: number): LargeNumberNotation {
  return Math.abs(amount) >= 1e15 ? "scientific" : "compact";
}

const largeNumberFormats = new Map<string, Intl.NumberFormat>();

/**
 * "13.8 billion", "300 thousand" (compact long notation), or "3E289", with
 * at most `significantDigits` significant digits.
 */
export function largeNumberFormat(locale: string, significantDigits: number, notation: LargeNumberNotation): Intl.NumberFormat {
  const digits = Math.max(1, Math.min(21, Math.round(significantDigits)));
  const key = `${locale}\u0000${digits}\u0000${notation}`;
  let format = largeNumberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {notation, compactDisplay: "long", maximumSignificantDigits: digits});
    largeNumberFormats.set(key, format);
  }
  return format;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** "13 years ago", "in 2 years": the localized sentence frame for deep-time labels. */
export function relativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, {numeric: "always"});
    relativeFormats.set(locale, format);
  }
  return format;
}

export type DurationUnit = "year" | "month" | "day" | "hour" | "minute" | "second" | "millisecond";

const unitFormats = new Map<string, Intl.NumberFormat>();

/** "2 days", "1.5 hours"; with a large-number notation, "13.8 billion years". */
export function unitNumberFormat(locale: string, unit: DurationUnit, notation: "standard" | LargeNumberNotation): Intl.NumberFormat {
  const key = `${locale}\u0000${unit}\u0000${notation}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      notation === "standard"
        ? {style: "unit", unit, unitDisplay: "long", maximumFractionDigits: 1}
        : {style: "unit", unit, unitDisplay: "long", notation, compactDisplay: "long", maximumSignificantDigits: 3}
    );
    unitFormats.set(key, format);
  }
  return format;
}
