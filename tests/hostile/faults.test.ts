// RELIABILITY.md "Fault and resource tests" that need no browser: the widest domain
// (years -271821 to +275760) gives few ticks, fast; 100,000 events at one instant
// and 100,000 fully overlapping ranges lay out and render in bounded time, n log n,
// and conserve every event; huge descriptions cost no more than short ones. The
// browser's share (resize storms, hidden containers, two instances) is in
// tests/browser/faults.test.ts. Timings are measured once, with generous bounds,
// and printed.
import {describe, expect, it} from "vitest";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {layoutTimeline} from "../../src/layout/layoutTimeline.js";
import {renderToSVG} from "../../src/render/renderToSVG.js";
import {parseDate} from "../../src/time/parseDate.js";
import {timeTicks} from "../../src/time/ticks.js";
import {byClass, renderChecked} from "../support/checkedRender.js";
import {conservationViolations, drawnIdsOf} from "../support/conservation.js";
import {parseSvg, renderingViolations, svgViolations} from "../support/invariants.js";

const time = <T>(run: () => T): {value: T; ms: number} => {
  const started = performance.now();
  const value = run();
  return {value, ms: performance.now() - started};
};

describe("the widest domain: years -271821 to +275760", () => {
  const start = parseDate("-271821").start;
  const end = parseDate("+275760").end;

  it("timeTicks gives a bounded number of increasing, labelled ticks in under 200 ms", () => {
    timeTicks(Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)); // Intl's formatters made once
    for (const count of [1, 8, 30, 1000]) {
      const {value: ticks, ms} = time(() => timeTicks(start, end, {count}));
      console.info(`timeTicks(-271821, +275760, {count: ${count}}): ${ticks.length} ticks in ${ms.toFixed(1)} ms`);
      expect(ms).toBeLessThan(200);
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.length).toBeLessThanOrEqual(Math.ceil(2.5 * Math.min(count, 1000)) + 2);
      for (let i = 0; i < ticks.length; i++) {
        expect(Number.isFinite(ticks[i]!.value)).toBe(true);
        expect(ticks[i]!.value).toBeGreaterThanOrEqual(start);
        expect(ticks[i]!.value).toBeLessThanOrEqual(end);
        if (i > 0) expect(ticks[i]!.value).toBeGreaterThan(ticks[i - 1]!.value);
        expect(ticks[i]!.label).not.toMatch(/NaN|Infinity|undefined|^$/);
      }
    }
  });

  it("renderToSVG of events at both ends draws in under 200 ms, with few ticks and every event", () => {
    expect(svgViolations(renderToSVG([{title: "warm", start: "2023"}]))).toEqual([]);
    const input = {events: [
      {id: "first", title: "The first year Date holds", start: "-271821"},
      {id: "now", title: "Now", start: "2023-10-17"},
      {id: "last", title: "The last year Date holds", start: "+275760"}
    ]};
    const {value: svg, ms} = time(() => renderToSVG(input, {width: 900}));
    console.info(`renderToSVG over years -271821 to +275760 in ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(200);
    const {root} = renderChecked(input, {width: 900});
    expect(svg.length).toBeGreaterThan(0);
    const ticks = byClass(root, "chronoline-tick");
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(40);
  });

  it("layoutTimeline with that domain as the view (a zoom out to everything) is bounded and fast", () => {
    const timeline = parseTimeline([{title: "One event", start: "2023-10-17"}]);
    layoutTimeline(timeline, {width: 900});
    for (const orientation of ["horizontal", "vertical"] as const) {
      const {value: scene, ms} = time(() => layoutTimeline(timeline, {width: orientation === "vertical" ? 400 : 900, domain: [start, end], orientation}));
      console.info(`layoutTimeline (${orientation}) over years -271821 to +275760: ${scene.axis.ticks.length} ticks in ${ms.toFixed(1)} ms`);
      expect(ms).toBeLessThan(200);
      expect(scene.axis.ticks.length).toBeGreaterThan(0);
      expect(scene.axis.ticks.length).toBeLessThanOrEqual(40);
      for (const tick of scene.axis.ticks) expect(Number.isFinite(tick.at)).toBe(true);
    }
  });

  it("beyond Date, in deep time, the ticks stay bounded too: 13.8 billion years ago to a million years from now", () => {
    const deep: [number, number] = [parseDate("Y-13800000000").start, parseDate("+1000000").end];
    const {value: ticks, ms} = time(() => timeTicks(deep[0], deep[1]));
    expect(ms).toBeLessThan(200);
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.length).toBeLessThanOrEqual(22);
  });
});

describe("100,000 events", () => {
  const atOneInstant = (n: number) => Array.from({length: n}, (_, i) => ({id: `e${i}`, title: `Event number ${i}`, start: "2023-10-17T10:00Z"}));
  const overlapping = (n: number) => Array.from({length: n}, (_, i) => ({id: `r${i}`, title: `Range number ${i}`, start: "2023-01-01", end: "2023-12-31"}));

  /** The time of one lenient render (it warns of nothing here); the output is checked afterwards, untimed. */
  function renderTimed(events: readonly object[]): number {
    const warnings: unknown[] = [];
    const {value: svg, ms} = time(() => renderToSVG(events, {width: 1200, onWarning: (w) => warnings.push(w)}));
    expect(warnings).toEqual([]);
    const root = parseSvg(svg).documentElement;
    expect(renderingViolations(root)).toEqual([]);
    expect(conservationViolations(events, drawnIdsOf(root), [])).toEqual([]);
    return ms;
  }

  it.each([["at one instant", atOneInstant], ["as fully overlapping ranges", overlapping]])(
    "100,000 events %s render in bounded time, n log n, and every one is drawn or in a cluster",
    (what, make) => {
      const small = make(10_000);
      const large = make(100_000);
      renderTimed(make(1000));
      const smallMs = Math.min(renderTimed(small), renderTimed(small));
      const largeMs = renderTimed(large);
      console.info(`renderToSVG of events ${what}: 10,000 in ${smallMs.toFixed(0)} ms, 100,000 in ${largeMs.toFixed(0)} ms`);
      expect(largeMs).toBeLessThan(15_000);
      // Ten times the events: n log n is about 12.5 times the time, n² a hundred.
      expect(largeMs / smallMs).toBeLessThan(30);
      const {root} = renderChecked(large, {width: 1200});
      const drawn = byClass(root, "chronoline-event").length;
      const clustered = byClass(root, "chronoline-cluster").reduce((sum, g) => sum + (JSON.parse(g.getAttribute("data-ids")!) as string[]).length, 0);
      expect(drawn + clustered).toBe(100_000);
      // A crowd is summarised, not drawn one node per event.
      expect(root.getElementsByTagName("*").length).toBeLessThan(5000);
    },
    60_000
  );
});

describe("huge text", () => {
  it("1,000 events with 100,000-character descriptions parse in bounded time (each cut at a grapheme, with one warning)", () => {
    const description = `${"Lorem ipsum dolor sit amet, 👨‍👩‍👧‍👦 consectetur. ".repeat(2000)}`.slice(0, 100_000);
    const events = Array.from({length: 1000}, (_, i) => ({title: `t${i}`, start: "2023", description}));
    const {value: timeline, ms} = time(() => parseTimeline({events}, {strict: false}));
    console.info(`1,000 events with 100,000-character descriptions parsed in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5000);
    expect(timeline.warnings).toHaveLength(1000);
    expect(new Set(timeline.warnings.map((w) => w.code))).toEqual(new Set(["TEXT_TRUNCATED"]));
    for (const event of timeline.events.slice(0, 3)) {
      expect(event.description!.length).toBeLessThanOrEqual(10_000);
      expect(event.description!.endsWith("…")).toBe(true);
      expect(event.description!).not.toMatch(/[\ud800-\udbff]…$/);
      expect(description.startsWith(event.description!.slice(0, -1))).toBe(true);
    }
  }, 30_000);
});
