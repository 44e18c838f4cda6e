import {describe, expect, it} from "vitest";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {TimelineError} from "../../src/model/errors.js";
import {layoutTimeline, type LayoutView} from "../../src/layout/layoutTimeline.js";
import {LayoutCache} from "../../src/layout/layoutCache.js";
import type {Scene} from "../../src/layout/scene.js";
import type {Timeline} from "../../src/model/types.js";
import {renderToSVG} from "../../src/render/renderToSVG.js";
import {ColumnSpace} from "../../src/layout/vertical/columnSpace.js";
import {arrangeInOrder} from "../../src/layout/vertical/arrangeInOrder.js";
import {mergeByPriority, visibleInPriority} from "../../src/layout/vertical/mergeByPriority.js";
import {placementOrder} from "../../src/layout/priority.js";
import fc from "fast-check";
import {denseYear} from "../support/denseScenario.js";
import {exampleData} from "../support/scenarios.js";
import {crossingLeaders, labelledBoxes, markBox, overlaps} from "../support/sceneBoxes.js";

function vertical(timeline: Timeline, view: Omit<LayoutView, "orientation">): Scene {
  return layoutTimeline(timeline, {...view, orientation: "vertical"});
}

function expectNoOverlaps(scene: Scene): void {
  const boxes = labelledBoxes(scene);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.what} / ${boxes[j]!.what}`).toBe(false);
    }
  }
  for (const event of scene.events) {
    for (const {what, box} of boxes) {
      if (what !== `label ${event.id}`) expect(overlaps(markBox(event), box), `mark ${event.id} / ${what}`).toBe(false);
    }
  }
}

function expectFinite(value: unknown, path = "scene"): void {
  if (typeof value === "number") expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((item, i) => expectFinite(item, `${path}[${i}]`));
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) expectFinite(item, `${path}.${key}`);
}

describe("layoutTimeline, vertical", () => {
  const story = parseTimeline(exampleData("state-visit-2023"));

  for (const width of [320, 400, 540]) {
    it(`lays out the default story at ${width} px with no two labels overlapping, nor a label and a mark`, () => {
      const scene = vertical(story, {width});
      expect(scene.orientation).toBe("vertical");
      expect(scene.width).toBe(width);
      expectNoOverlaps(scene);
      expectFinite(scene);
    });

    it(`labels or clusters every event of the default story exactly once at ${width} px`, () => {
      const scene = vertical(story, {width});
      const ids = [...scene.events.map((e) => e.id), ...scene.clusters.flatMap((c) => c.ids)].sort();
      expect(ids).toEqual(story.events.map((e) => e.id).sort());
    });

    it(`keeps everything of the default story inside the drawing's width at ${width} px`, () => {
      const scene = vertical(story, {width});
      for (const {what, box} of labelledBoxes(scene)) {
        expect(box.x, what).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, what).toBeLessThanOrEqual(width - 16 + 0.01);
      }
    });
  }

  it("labels every event of the default story at 400 and 540 px, with both notes and all three relations", () => {
    for (const width of [400, 540]) {
      const scene = vertical(story, {width});
      expect(scene.events.map((e) => e.id).sort()).toEqual(story.events.map((e) => e.id).sort());
      expect(scene.clusters).toEqual([]);
      expect(scene.annotations.map((a) => a.id).sort()).toEqual(["bri-tenth", "second-trip"]);
      expect(scene.relations).toHaveLength(3);
    }
  });

  it("runs the axis down the left, tick labels left of it, lanes right of it in lane order, labels right of the lanes", () => {
    const scene = vertical(story, {width: 400});
    const [[axisX, top], [axisX2, bottom]] = scene.axis.line;
    expect(axisX2).toBe(axisX);
    expect(bottom).toBeGreaterThan(top);
    for (const tick of scene.axis.ticks) {
      expect(tick.at).toBeGreaterThanOrEqual(top - 1e-9);
      expect(tick.at).toBeLessThanOrEqual(bottom + 1e-9);
      if (tick.label) expect(tick.label.box.x + tick.label.box.width).toBeLessThan(axisX);
    }
    expect(scene.lanes.map((l) => l.id)).toEqual(["russia", "china", "international"]);
    for (let i = 1; i < scene.lanes.length; i++) expect(scene.lanes[i]!.box.x).toBeGreaterThanOrEqual(scene.lanes[i - 1]!.box.x + scene.lanes[i - 1]!.box.width);
    expect(scene.lanes[0]!.box.x).toBeGreaterThan(axisX);
    const lastLane = scene.lanes[scene.lanes.length - 1]!;
    for (const event of scene.events) {
      const lane = scene.lanes.find((l) => l.id === event.laneId)!;
      expect(event.mark.x).toBeGreaterThan(lane.box.x);
      expect(event.mark.x + event.mark.width).toBeLessThanOrEqual(lane.box.x + lane.box.width);
      expect(event.label.box.x).toBeGreaterThan(lastLane.box.x + lastLane.box.width);
    }
  });

  it("y grows with time", () => {
    const scene = vertical(story, {width: 400});
    const y = new Map(scene.events.map((e) => [e.id, e.anchor[1]]));
    const points = story.events.filter((e) => scene.events.find((s) => s.id === e.id)?.kind === "point");
    const ordered = [...points].sort((a, b) => a.span.start + a.span.end - (b.span.start + b.span.end));
    for (let i = 1; i < ordered.length; i++) expect(y.get(ordered[i]!.id)!).toBeGreaterThanOrEqual(y.get(ordered[i - 1]!.id)!);
  });

  it("never lets two leaders cross", () => {
    for (const input of [denseYear(), exampleData("state-visit-2023"), exampleData("uncertain-dates-2023")]) {
      for (const width of [240, 320, 400, 560]) {
        const scene = vertical(parseTimeline(input), {width});
        expect(crossingLeaders(scene), `${width} px`).toEqual([]);
      }
    }
  });

  it("joins a label that is not level with its dot to the dot with a leader", () => {
    const scene = vertical(parseTimeline(denseYear()), {width: 400});
    const moved = scene.events.filter((e) => e.kind === "point" && Math.abs(e.label.box.y + e.label.box.height / 2 - e.anchor[1]) > 3);
    expect(moved.length).toBeGreaterThan(0);
    for (const event of moved) {
      const leader = event.leader!;
      expect(leader[0]![1]).toBeCloseTo(event.anchor[1]);
      expect(leader[0]![0]).toBeGreaterThan(event.anchor[0]);
      expect(leader[leader.length - 1]![0]).toBeLessThan(event.label.box.x);
      expect(leader[leader.length - 1]![1]).toBeCloseTo(event.label.box.y + event.label.box.height / 2);
    }
  });

  it("stands lane titles over their lanes, each title starting at its lane's rule", () => {
    const scene = vertical(story, {width: 320});
    for (const lane of scene.lanes) {
      expect(lane.title).not.toBeNull();
      expect(lane.title!.box.x).toBeGreaterThan(lane.box.x);
      expect(lane.title!.box.y).toBeGreaterThanOrEqual(lane.box.y);
      expect(lane.title!.box.y + lane.title!.box.height).toBeLessThan(scene.plot.y);
    }
  });

  it("draws eras as bands across the plot and markers as rules across it, titled in the label column", () => {
    const scene = vertical(story, {width: 400});
    const era = scene.eras.find((e) => e.id === "under-warrant")!;
    expect(era.box.x).toBe(scene.plot.x);
    expect(era.box.x + era.box.width).toBe(scene.plot.x + scene.plot.width);
    expect(era.box.y + era.box.height).toBe(scene.plot.y + scene.plot.height);
    expect(era.label).not.toBeNull();
    const [marker] = scene.markers;
    expect(marker!.line[0][1]).toBe(marker!.line[1][1]);
    expect(marker!.line[0][0]).toBe(scene.plot.x);
    expect(marker!.label.anchor).toBe("end");
  });

  it("connects each note to its event's mark", () => {
    const scene = vertical(story, {width: 400});
    for (const note of scene.annotations) {
      const eventId = note.id === "second-trip" ? "putin-state-visit-china" : "belt-and-road-forum";
      const event = scene.events.find((e) => e.id === eventId)!;
      const [x, y] = note.connector[note.connector.length - 1]!;
      expect(y).toBeCloseTo(event.anchor[1]);
      expect(x).toBeCloseTo(event.mark.x + event.mark.width + 1);
      expect(note.connector[0]![0]).toBe(note.box.x);
    }
  });

  it("never labels a tick with year 0 or a minus sign, BCE or CE", () => {
    const rome = parseTimeline(exampleData("ancient-rome"));
    const windows: ([number, number] | undefined)[] = [undefined, [Date.UTC(-60, 0, 1), Date.UTC(60, 0, 1)], [Date.UTC(-3, 0, 1), Date.UTC(3, 0, 1)]];
    for (const width of [240, 400, 560]) {
      for (const domain of windows) {
        const scene = vertical(rome, {width, ...(domain && {domain})});
        const labels = scene.axis.ticks.flatMap((t) => (t.label ? [t.label.text] : []));
        expect(labels.length).toBeGreaterThan(1);
        for (const label of labels) {
          expect(label).not.toMatch(/^-|^0+$|\b0 (BC|AD)\b|^0000/);
          expect(label).not.toMatch(/(^|\D)0 ?(BC|BCE|AD|CE)?$/);
        }
      }
    }
  });

  it("is as tall as its events need, from 480 px; a given height is kept", () => {
    expect(vertical(parseTimeline([{title: "One", start: "2023-03-17"}]), {width: 320}).height).toBe(480);
    expect(vertical(story, {width: 400}).height).toBeGreaterThan(480);
    const dense = vertical(parseTimeline(denseYear()), {width: 400});
    expect(dense.height).toBeGreaterThanOrEqual(2400);
    expect(dense.plot.y + dense.plot.height).toBeLessThanOrEqual(2400);
    const fixed = vertical(story, {width: 400, height: 600});
    expect(fixed.height).toBe(600);
    expectNoOverlaps(fixed);
  });

  it("folds what has no room into clusters that count their events, each in one lane", () => {
    const timeline = parseTimeline(denseYear());
    const scene = vertical(timeline, {width: 320});
    expect(scene.clusters.length).toBeGreaterThan(0);
    const lane = new Map(timeline.events.map((e) => [e.id, e.lane]));
    for (const cluster of scene.clusters) {
      expect(cluster.label.text).toBe(`+${cluster.ids.length}`);
      expect(cluster.name).toMatch(new RegExp(`^${cluster.ids.length} more events?, `));
      for (const id of cluster.ids) expect(lane.get(id)).toBe(cluster.laneId);
      expect(cluster.start).toBeLessThanOrEqual(cluster.end);
    }
    expectNoOverlaps(scene);
  });

  it("zooming into a cluster's extent opens it: its events get labels", () => {
    const timeline = parseTimeline(denseYear());
    const cache = new LayoutCache();
    const overview = vertical(timeline, {width: 400, cache});
    const cluster = [...overview.clusters].sort((a, b) => b.ids.length - a.ids.length)[0]!;
    expect(cluster.ids.length).toBeGreaterThan(5);
    const zoomed = vertical(timeline, {width: 400, domain: [cluster.start, cluster.end], cache});
    const labelled = new Set(zoomed.events.map((e) => e.id));
    expect(cluster.ids.filter((id) => labelled.has(id)).length).toBeGreaterThan(cluster.ids.length / 2);
  });

  it("layoutTimeline(…, {metrics: {maxRows}}) caps the columns of marks a lane uses; the lanes leave the labels 45 % of the width", () => {
    const timeline = parseTimeline(denseYear());
    for (const maxRows of [1, 2]) {
      const scene = vertical(timeline, {width: 540, metrics: {maxRows}});
      for (const event of scene.events) expect(event.row).toBeLessThan(maxRows);
    }
    for (const width of [240, 320, 400, 560]) {
      const scene = vertical(timeline, {width, domain: [Date.UTC(2023, 5, 1), Date.UTC(2023, 5, 8)]});
      // Four lanes at 240 px have no width to spare; wider, a crowded lane widens.
      if (width >= 320) expect(Math.max(...scene.events.map((e) => e.row))).toBeGreaterThan(0);
      const lanesWidth = scene.lanes.reduce((sum, lane) => sum + lane.box.width, 0);
      expect(lanesWidth).toBeLessThanOrEqual((scene.plot.width - 16) * 0.55);
    }
  });

  it("gives the same scene with a LayoutCache as without, and the same for the same input", () => {
    const timeline = parseTimeline(denseYear());
    const cache = new LayoutCache();
    vertical(timeline, {width: 480, cache});
    vertical(timeline, {width: 400, cache, domain: [Date.UTC(2023, 2, 1), Date.UTC(2023, 4, 1)]});
    expect(vertical(timeline, {width: 360, cache})).toEqual(vertical(timeline, {width: 360}));
    expect(vertical(story, {width: 400})).toEqual(vertical(parseTimeline(exampleData("state-visit-2023")), {width: 400}));
  });

  it("draws an empty timeline with a message in the plot", () => {
    const scene = vertical(parseTimeline({events: []}), {width: 320});
    expect(scene.emptyMessage?.text).toBe("No events");
    expect(scene.events).toEqual([]);
    expectFinite(scene);
  });

  it("keeps open spans and open eras inside the plot, with chevrons where they go on", () => {
    const timeline = parseTimeline({
      events: [
        {id: "open", title: "Occupation", start: "2022-02-24/.."},
        {id: "long", title: "Long before", start: "2001-01-01", end: "2023-06-01"}
      ]
    });
    const scene = vertical(timeline, {width: 320, domain: [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)]});
    for (const event of scene.events) {
      expect(event.mark.y).toBeGreaterThanOrEqual(scene.plot.y);
      expect(event.mark.y + event.mark.height).toBeLessThanOrEqual(scene.plot.y + scene.plot.height + 1e-9);
    }
    expect(scene.events.find((e) => e.id === "open")).toMatchObject({openStart: true, openEnd: true});
    expect(scene.events.find((e) => e.id === "long")).toMatchObject({openStart: true, openEnd: false});
    expectFinite(scene);
  });
});

describe("renderToSVG orientation", () => {
  it("renderToSVG(…, {orientation: \"vertical\"}) draws time down the page", () => {
    const svg = renderToSVG(exampleData("state-visit-2023"), {width: 400, orientation: "vertical"});
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('width="400"');
    expect(svg).not.toBe(renderToSVG(exampleData("state-visit-2023"), {width: 400}));
  });

  it.each(["diagonal", "", 1, null, "VERTICAL"])("renderToSVG rejects orientation %s with a TimelineError", (orientation) => {
    expect(() => renderToSVG([], {orientation: orientation as "vertical"})).toThrow(TimelineError);
  });
});

describe("the label column's parts", () => {
  const runs = {seed: 20231017, numRuns: 300};
  const interval = fc.tuple(fc.integer({min: 0, max: 400}), fc.integer({min: 1, max: 40}));

  it("ColumnSpace.nearestFree(…) finds the free place nearest the target, as a search of every place would", () => {
    fc.assert(fc.property(fc.array(interval, {maxLength: 12}), fc.integer({min: -20, max: 420}), fc.integer({min: 1, max: 30}), fc.integer({min: 0, max: 4}), fc.tuple(fc.integer({min: -50, max: 450}), fc.integer({min: -50, max: 450})), (intervals, target, size, gap, [a, b]) => {
      const space = new ColumnSpace<number>();
      for (const [top, length] of intervals) if (space.fits(top, top + length, gap)) space.take(top, top + length, top);
      const [low, high] = a < b ? [a, b] : [b, a];
      const found = space.nearestFree(target, size, gap, low, high);
      // Brute force on whole pixels plus the interval edges, where the best place can only be.
      const candidates = [target, low, high, ...intervals.flatMap(([top, length]) => [top - gap - size, top + length + gap])]
        .filter((top) => top >= low && top <= high && space.fits(top, top + size, gap));
      const best = Math.min(...candidates.map((top) => Math.abs(top - target)));
      if (found === undefined) {
        expect(candidates).toEqual([]);
      } else {
        expect(space.fits(found, found + size, gap)).toBe(true);
        expect(found).toBeGreaterThanOrEqual(low);
        expect(found).toBeLessThanOrEqual(high);
        expect(Math.abs(found - target)).toBeCloseTo(best, 9);
      }
    }), runs);
  });

  it("arrangeInOrder(…) keeps items in order, apart and within bounds, and no nearer their targets can they be", () => {
    const items = fc.array(fc.tuple(fc.integer({min: 0, max: 500}), fc.integer({min: 1, max: 40}), fc.constantFrom(0.25, 1, 10)), {maxLength: 15});
    fc.assert(fc.property(items, (list) => {
      const sorted = [...list].sort((a, b) => a[0] - b[0]);
      const gap = 3;
      const total = sorted.reduce((sum, [, size]) => sum + size + gap, 0);
      const tops = arrangeInOrder(sorted.map(([t]) => t), sorted.map(([, s]) => s), sorted.map(([, , w]) => w), gap, 0, Math.max(600, total));
      const cost = (values: number[]) => values.reduce((sum, top, i) => sum + sorted[i]![2] * (top - sorted[i]![0]) ** 2, 0);
      for (let i = 0; i < tops.length; i++) {
        expect(tops[i]).toBeGreaterThanOrEqual(-1e-9);
        if (i > 0) expect(tops[i]! - (tops[i - 1]! + sorted[i - 1]![1])).toBeGreaterThanOrEqual(gap - 1e-9);
      }
      expect(tops.length ? tops[tops.length - 1]! + sorted[sorted.length - 1]![1] : 0).toBeLessThanOrEqual(Math.max(600, total) + 1e-9);
      // Moving any run of items together, a little either way, never does better.
      for (let i = 0; i < tops.length; i++) {
        for (let j = i; j < tops.length; j++) {
          for (const shift of [-0.5, 0.5]) {
            const moved = tops.map((top, k) => (k >= i && k <= j ? top + shift : top));
            const valid = moved.every((top, k) => top >= 0 && (k === 0 || top - (moved[k - 1]! + sorted[k - 1]![1]) >= gap - 1e-9)) &&
              moved[moved.length - 1]! + sorted[sorted.length - 1]![1] <= Math.max(600, total);
            if (valid) expect(cost(moved)).toBeGreaterThanOrEqual(cost(tops) - 1e-6);
          }
        }
      }
    }), {...runs, numRuns: 150});
  });

  it("mergeByPriority(…) merges the lanes into the timeline's placement order", () => {
    const timeline = parseTimeline({...denseYear(), annotations: [{event: "d7", text: "first"}, {event: "d300", text: "second"}]});
    const index = new LayoutCache().eventIndex(timeline);
    const byLane = index.visibleByLane(-Infinity, Infinity);
    const lists = timeline.lanes.map((lane) => byLane.get(lane.id) ?? []);
    const expected = Array.from(placementOrder(timeline.events, index.annotated), (i) => timeline.events[i]!.id);
    expect(expected.slice(0, 2).sort()).toEqual(["d300", "d7"]);
    expect(mergeByPriority(lists, index.annotated).map((e) => e.id)).toEqual(expected);
    expect(visibleInPriority(timeline, lists, [-Infinity, Infinity], index.annotated, new LayoutCache()).map((e) => e.id)).toEqual(expected);
  });
});
