// The shared fixtures (real data from other projects) and the checks that every
// importer test makes on what it imported.
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {expect} from "vitest";
import {parseTimeline} from "../../src/index.js";
import type {Timeline, TimelineWarning} from "../../src/index.js";
import type {ImportResult} from "../../src/import/index.js";

export const fixturesRoot = join(process.env.CHRONOLINE_ROOT ?? process.cwd(), "..", "shared", "fixtures");

export function fixtureText(...parts: string[]): string {
  return readFileSync(join(fixturesRoot, ...parts), "utf8");
}

export function fixtureJson<T = any>(...parts: string[]): T {
  return JSON.parse(fixtureText(...parts)) as T;
}

export function fixtureFiles(folder: string): string[] {
  return readdirSync(join(fixturesRoot, folder)).sort();
}

/** Codes with which an importer reports a source item it did not import. */
const SKIP_CODES = new Set(["EVENT_SKIPPED", "ERA_SKIPPED", "ITEM_SKIPPED", "ROW_SKIPPED", "INVALID_ITEM"]);

/** The source items (`events[3]`, `rows[12]`) that an importer reported as not imported. */
export function skippedItems(warnings: readonly TimelineWarning[], list: string): string[] {
  const item = new RegExp(`^${list.replace(/[.[\]]/g, "\\$&")}\\[\\d+\\]$`);
  return [...new Set(warnings.filter((w) => SKIP_CODES.has(w.code) && item.test(w.path)).map((w) => w.path))];
}

/**
 * Validates an import leniently and checks conservation through the model: every
 * imported event is in the timeline or dropped with an EVENT_DROPPED warning for
 * its index, and so is every era.
 */
export function validateImport(result: ImportResult): Timeline {
  const timeline = parseTimeline(result.input, {strict: false});
  const kept = new Set(timeline.events.map((event) => event.index));
  result.input.events.forEach((_, index) => {
    if (!kept.has(index)) {
      expect(timeline.warnings.some((w) => w.path === `events[${index}]` && w.code === "EVENT_DROPPED"), `events[${index}] dropped without a warning`).toBe(true);
    }
  });
  const eraWarnings = new Set(timeline.warnings.filter((w) => /^eras\[\d+\]/.test(w.path)).map((w) => /^eras\[\d+\]/.exec(w.path)![0]));
  expect(timeline.eras.length + eraWarnings.size).toBeGreaterThanOrEqual(result.input.eras?.length ?? 0);
  return timeline;
}

/** Every text the import produced that a reader sees: titles, descriptions, labels. */
export function visibleTexts(result: ImportResult): string[] {
  const {input} = result;
  return [
    input.title, input.description,
    ...input.events.flatMap((event) => [event.title, event.description, event.dateLabel, ...(event.sources ?? []).map((source) => source.title)]),
    ...(input.eras ?? []).map((era) => era.title),
    ...(input.lanes ?? []).map((lane) => lane.title)
  ].filter((text): text is string => typeof text === "string");
}

/** Epoch milliseconds of a calendar date in UTC, for any year (Date.UTC maps years 0–99 to 1900–1999). */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date.getTime();
}
