// The conservation invariant of RELIABILITY.md, asserted after every lenient
// render: every input event is drawn (a `.chronoline-event` with its id), folded
// into a cluster (a `.chronoline-cluster` naming its id in `data-ids`), or named
// in the render's warnings by its index. One bad event never takes others down.
import {parseTimeline} from "../../src/model/parseTimeline.js";
import type {TimelineWarning} from "../../src/model/errors.js";
import {parseSvg} from "./invariants.js";

/** The ids a drawing shows: labelled events, and the events folded into clusters. */
export interface DrawnIds {
  events: string[];
  clustered: string[];
}

/** What an SVG string (or a parsed drawing) shows, read through a real XML parser. */
export function drawnIdsOf(svg: string | Element): DrawnIds {
  const root = typeof svg === "string" ? parseSvg(svg).documentElement : svg;
  const drawn: DrawnIds = {events: [], clustered: []};
  const visit = (element: Element) => {
    const classes = (element.getAttribute("class") ?? "").split(/\s+/);
    if (classes.includes("chronoline-event")) drawn.events.push(element.getAttribute("data-id") ?? "");
    if (classes.includes("chronoline-cluster")) drawn.clustered.push(...(JSON.parse(element.getAttribute("data-ids") ?? "[]") as string[]));
    for (const child of Array.from(element.childNodes)) if (child.nodeType === 1) visit(child as Element);
  };
  visit(root);
  return drawn;
}

/** The input's events array, as the model reads it (an array is the events of an untitled timeline). */
function inputEvents(input: unknown): readonly unknown[] {
  if (Array.isArray(input)) return input;
  if (typeof input === "object" && input !== null && Array.isArray((input as {events?: unknown}).events)) {
    return (input as {events: unknown[]}).events;
  }
  return [];
}

/** Whether a warning is about input event `index` (its path is `events[index]` or under it). */
function namesEvent(warning: TimelineWarning, index: number): boolean {
  const prefix = `events[${index}]`;
  return warning.path === prefix || warning.path.startsWith(`${prefix}.`) || warning.path.startsWith(`${prefix}[`);
}

/**
 * Every input event that a lenient render neither drew, clustered, nor reported
 * (by index) in `warnings`, the warnings the render itself gave. The model maps
 * input indices to ids (events without one get a derived id); whatever it keeps
 * must be drawn, whatever it drops must be reported.
 */
export function conservationViolations(input: unknown, drawn: DrawnIds, warnings: readonly TimelineWarning[]): string[] {
  const events = inputEvents(input);
  if (events.length === 0) return [];
  const kept = new Map(parseTimeline(input, {strict: false}).events.map((event) => [event.index, event.id]));
  const shown = new Set([...drawn.events, ...drawn.clustered]);
  const violations: string[] = [];
  for (let index = 0; index < events.length; index++) {
    const id = kept.get(index);
    if (id !== undefined) {
      if (!shown.has(id)) violations.push(`events[${index}] (id ${JSON.stringify(id.slice(0, 40))}) is neither drawn nor in a cluster`);
    } else if (!warnings.some((warning) => namesEvent(warning, index))) {
      violations.push(`events[${index}] was dropped without a warning naming its index`);
    }
  }
  return violations;
}
