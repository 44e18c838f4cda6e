import type {Report} from "./report.js";
import {joinPath} from "./report.js";

/** Keys that could reach an object's prototype; never read from input. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export type InputObject = {readonly [key: string]: unknown};

export function isRecord(value: unknown): value is InputObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * Reads the own enumerable fields of an input object once, so that getters run
 * exactly one time, one that throws costs only its own field, inherited and
 * prototype-reaching keys are ignored, and unknown keys are reported.
 */
const knownSets = new WeakMap<readonly string[], ReadonlySet<string>>();

export function readFields(
  value: InputObject,
  known: readonly string[],
  path: string,
  report: Report
): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  let knownKeys = knownSets.get(known);
  if (!knownKeys) knownSets.set(known, (knownKeys = new Set(known)));
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch (error) {
    report.warnError(error, path);
    return fields;
  }
  // Paths are built only for warnings: 100,000 events have half a million fields.
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) {
      report.warn("FORBIDDEN_KEY", joinPath(path, key), `ignored key ${JSON.stringify(key)}`);
      continue;
    }
    if (!knownKeys.has(key)) {
      report.warn("UNKNOWN_FIELD", joinPath(path, key), `unknown field ${JSON.stringify(key.slice(0, 60))}, ignored`);
      continue;
    }
    try {
      fields.set(key, value[key]);
    } catch (error) {
      report.warn("FIELD_THROWS", joinPath(path, key), `reading the field threw: ${error instanceof Error ? error.message : "error"}`);
    }
  }
  return fields;
}
