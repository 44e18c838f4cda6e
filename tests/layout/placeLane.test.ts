import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {LayoutCache} from "../../src/layout/layoutCache.js";
import {measureTextWithTable} from "../../src/layout/measureText.js";
import {defaultMetrics} from "../../src/layout/metrics.js";
import {placeLane, type LaneContext} from "../../src/layout/placeLane.js";
import {timeScale} from "../../src/layout/timeScale.js";
import {EventIndex} from "../../src/layout/visibleEvents.js";
import {parseTimeline} from "../../src/model/parseTimeline.js";

const day = 86_400_000;
const origin = Date.UTC(2000, 0, 1);
const iso = (days: number) => new Date(origin + days * day).toISOString().slice(0, 10);

// Crowded lanes: up to 600 events in a few years on a narrow plot, so most are
// turned away and the room bounds do most of the work.
const lanes = fc.record({
  events: fc.array(
    fc.record({
      start: fc.integer({min: 0, max: 1500}),
      length: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({min: 1, max: 400})),
      // Mostly Latin (the titles the tight bounds apply to), some short enough to
      // be narrower than any fixed floor, some of other scripts and marks.
      title: fc.oneof(
        {weight: 4, arbitrary: fc.string({minLength: 1, maxLength: 40})},
        {weight: 1, arbitrary: fc.constantFrom("!", "i", "'", "l.", "ıİ")},
        {weight: 1, arbitrary: fc.string({unit: "grapheme", minLength: 1, maxLength: 12})}
      ),
      importance: fc.integer({min: 1, max: 5}),
      annotated: fc.boolean()
    }),
    {minLength: 20, maxLength: 600}
  ),
  width: fc.integer({min: 200, max: 1200}),
  maxRows: fc.integer({min: 1, max: 8}),
  gap: fc.constantFrom(0, 2, 4)
});

/** Places the lane twice, with the room bounds and with a search of every row, and compares. */
function placeBothWays({events, width, maxRows, gap}: {events: {start: number; length: number; title: string; importance: number; annotated: boolean}[]; width: number; maxRows: number; gap: number}): number {
  const timeline = parseTimeline(
    {
      events: events.map((e, i) => ({id: `e${i}`, title: e.title, start: iso(e.start), ...(e.length && {end: iso(e.start + e.length)}), importance: e.importance})),
      annotations: events.flatMap((e, i) => (e.annotated && i % 7 === 0 ? [{event: `e${i}`, text: "note"}] : []))
    },
    {strict: false}
  );
  const window = new EventIndex(timeline).windowByLane(-Infinity, Infinity).get("")!;
  const metrics = {...defaultMetrics, maxRows, gap};
  const context = (): LaneContext => ({
    scale: timeScale([origin - 30 * day, origin + 1800 * day], [10, width - 10]),
    metrics,
    measure: measureTextWithTable,
    cache: new LayoutCache(),
    rowCentre: (row) => 20 + row * metrics.rowHeight
  });
  const bounded = placeLane(window, context());
  const searched = placeLane(window, context(), false);
  expect(bounded.unplaced).toEqual(searched.unplaced);
  expect(bounded).toEqual(searched);
  return bounded.unplaced.length;
}

// Tiny labels packed into the start of a narrow plot: marks that fit a row's
// free stretch with a pixel or two to spare, labels that fit only in the row
// above or below. Here a bound that is off by one gap turns away what fits.
const tightLanes = fc.record({
  events: fc.array(
    fc.record({
      start: fc.integer({min: 0, max: 300}),
      length: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({min: 1, max: 90})),
      title: fc.constantFrom("!", "'", "i", " ", "l.", "ii"),
      importance: fc.integer({min: 1, max: 2}),
      annotated: fc.boolean()
    }),
    {minLength: 20, maxLength: 120}
  ),
  width: fc.integer({min: 200, max: 400}),
  maxRows: fc.integer({min: 1, max: 3}),
  gap: fc.constantFrom(2, 4)
});

describe("placeLane", () => {
  let turnedAway = 0;
  it("turns away by its room bounds exactly the events a search of every row would (against useRoomBounds: false)", () => {
    fc.assert(
      fc.property(lanes, (lane) => {
        turnedAway += placeBothWays(lane);
      }),
      {seed: 11, numRuns: 300}
    );
    // Crowded enough that most events are turned away, where the bounds do their work.
    expect(turnedAway).toBeGreaterThan(1000);
  });

  it("keeps to the full search where marks and labels fit with a pixel to spare", () => {
    fc.assert(fc.property(tightLanes, (lane) => void placeBothWays(lane)), {seed: 12, numRuns: 600});
  });
});
