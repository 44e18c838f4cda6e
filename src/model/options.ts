import {TimelineError, describeValue} from "./errors.js";
import {isRecord} from "./fields.js";
import type {Report} from "./report.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Copies the known options out of a user's options object: own keys only,
 * prototype-reaching keys ignored, unknown keys reported (they are usually typos).
 * Options that are not an object are a programmer error and throw.
 */
export function readOptions<T extends object>(
  options: unknown,
  known: readonly (keyof T & string)[],
  report: Report,
  where: string
): Partial<T> {
  if (options === undefined || options === null) return {};
  if (!isRecord(options)) {
    throw new TimelineError("INVALID_OPTIONS", `invalid options for ${where}: ${describeValue(options)} is not an object`);
  }
  const copy: Partial<T> = {};
  for (const key of Object.keys(options)) {
    if (FORBIDDEN_KEYS.has(key)) {
      report.warn("FORBIDDEN_KEY", `options.${key}`, `ignored option ${JSON.stringify(key)}`);
    } else if ((known as readonly string[]).includes(key)) {
      (copy as Record<string, unknown>)[key] = options[key];
    } else {
      report.warn("UNKNOWN_OPTION", `options.${key.slice(0, 60)}`, `unknown option ${JSON.stringify(key.slice(0, 60))} for ${where}, ignored`);
    }
  }
  return copy;
}

/** A programmer error for an option of the wrong kind. */
export function invalidOption(name: string, value: unknown, expected: string): TimelineError {
  return new TimelineError("INVALID_OPTION", `invalid ${name}: ${describeValue(value)}, expected ${expected}`, `options.${name}`);
}
