// Property tests of the layout on random timelines, widths and visible windows
// (fast-check, seeded): the guarantees of the layout engine, checked on data no
// one picked.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {layoutTimeline} from "../../src/layout/layoutTimeline.js";
import type {EventInput, TimelineInput} from "../../src/index.js";
import type {Orientation} from "../../src/layout/scene.js";
import {acrossAxis, alongTime, axisPosition, crossingLeaders, labelledBoxes, markBox, overlaps} from "../support/sceneBoxes.js";

const LANES = ["a", "b", "c", "d"];
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const dateText = fc.oneof(
  fc.record({y: fc.integer({min: 2000, max: 2030}), m: fc.integer({min: 1, max: 12}), d: fc.integer({min: 1, max: 28})}).map(({y, m, d}) => `${y}-${pad(m)}-${pad(d)}`),
  fc.record({y: fc.integer({min: 2000, max: 2030}), m: fc.integer({min: 1, max: 12})}).map(({y, m}) => `${y}-${pad(m)}`),
  fc.integer({min: 2000, max: 2030}).map((y) => `${y}~`),
  fc.record({y: fc.integer({min: 2000, max: 2030}), m: fc.integer({min: 1, max: 12}), d: fc.integer({min: 1, max: 28}), h: fc.integer({min: 0, max: 23})})
    .map(({y, m, d, h}) => `${y}-${pad(m)}-${pad(d)}T${pad(h)}:00Z`)
);

const title = fc.oneof(
  fc.constantFrom("Summit", "Talks in Geneva", "Ceasefire declared after long negotiations", "Визит в Пекин", "北京峰会", "قمة", "🎉 launch"),
  fc.string({minLength: 1, maxLength: 80})
);

const eventInput = fc.record({
  title,
  start: dateText,
  end: fc.option(dateText, {nil: undefined}),
  lane: fc.constantFrom(...LANES),
  importance: fc.integer({min: 1, max: 5})
});

const timelineInput = fc
  .record({
    events: fc.array(eventInput, {minLength: 0, maxLength: 300, size: "medium"}),
    annotated: fc.array(fc.nat(), {maxLength: 4}),
    notes: fc.array(fc.string({minLength: 1, maxLength: 120}), {minLength: 4, maxLength: 4})
  })
  .map(({events, annotated, notes}): TimelineInput => {
    const withIds: EventInput[] = events.map((event, i) => ({...event, id: `e${i}`, ...(event.end === undefined && {end: undefined})}));
    const annotations = events.length
      ? [...new Set(annotated.map((n) => n % events.length))].map((i, k) => ({event: `e${i}`, text: notes[k] || "note"}))
      : [];
    return {lanes: LANES.map((id) => ({id, title: `Lane ${id}`})), events: withIds, annotations};
  });

// Horizontal drawings from phone to wall width; vertical ones at phone widths, where they are used.
const widths: Record<Orientation, {min: number; max: number}> = {horizontal: {min: 240, max: 2400}, vertical: {min: 240, max: 560}};

const viewFields = (orientation: Orientation) => ({
  width: fc.integer(widths[orientation]),
  // Few rows per lane force clusters even on small timelines.
  maxRows: fc.integer({min: 1, max: 8}),
  // A window inside the years of the data, or the whole extent.
  window: fc.option(fc.tuple(fc.double({min: 0, max: 1, noNaN: true}), fc.double({min: 0, max: 1, noNaN: true})), {nil: undefined})
});

// A drawing is as tall as its events need, or given a height, however short.
const viewOf = (orientation: Orientation): fc.Arbitrary<View> =>
  fc.record({...viewFields(orientation), height: fc.option(fc.integer({min: 100, max: 1200}), {nil: undefined})}).map((v) => ({...v, orientation}));

function domainOf(window: [number, number] | undefined): [number, number] | undefined {
  if (!window) return undefined;
  const [a, b] = window[0] < window[1] ? window : [window[1], window[0]];
  const start = Date.UTC(2000, 0, 1);
  const length = Date.UTC(2031, 0, 1) - start;
  const from = start + a * length;
  const to = Math.max(start + b * length, from + 3_600_000);
  return [from, to];
}

const runs = {seed: 20231017, numRuns: 150};

interface View {
  width: number;
  window: [number, number] | undefined;
  maxRows: number;
  orientation: Orientation;
  height: number | undefined;
}

function layout(input: TimelineInput, {width, window, maxRows, orientation, height}: View) {
  const timeline = parseTimeline(input, {strict: false});
  const domain = domainOf(window);
  // The horizontal cases are laid out exactly as before orientation existed.
  const view = {...(orientation === "vertical" && {orientation}), ...(height !== undefined && {height})};
  return {timeline, scene: layoutTimeline(timeline, {width, metrics: {maxRows}, ...(domain && {domain}), ...view})};
}

describe.each(["horizontal", "vertical"] as const)("layoutTimeline properties (%s)", (orientation) => {
  const view = viewOf(orientation);

  it("no two label, cluster, annotation, title or tick boxes intersect", () => {
    fc.assert(fc.property(timelineInput, view, (input, v) => {
      const {scene} = layout(input, v);
      const boxes = labelledBoxes(scene);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          if (overlaps(boxes[i]!.box, boxes[j]!.box)) expect.fail(`${boxes[i]!.what} overlaps ${boxes[j]!.what}`);
        }
      }
    }), runs);
  });

  it("no label or cluster touches a mark (other than its own event's) or the axis", () => {
    fc.assert(fc.property(timelineInput, view, (input, v) => {
      const {scene} = layout(input, v);
      const boxes = labelledBoxes(scene);
      for (const {what, box} of boxes) {
        if (!what.startsWith("tick")) expect(acrossAxis(scene, box), what).toBeGreaterThanOrEqual(axisPosition(scene));
      }
      for (const event of scene.events) {
        for (const {what, box} of boxes) {
          if (what !== `label ${event.id}` && overlaps(markBox(event), box)) expect.fail(`mark ${event.id} overlaps ${what}`);
        }
      }
    }), runs);
  });

  it("every visible event is labelled or in exactly one cluster", () => {
    let clusterCount = 0;
    fc.assert(fc.property(timelineInput, view, (input, v) => {
      const {timeline, scene} = layout(input, v);
      const [d0, d1] = scene.domain;
      const visible = timeline.events.filter((e) => e.span.end > d0 && e.span.start < d1).map((e) => e.id).sort();
      const labelled = scene.events.map((e) => e.id);
      const clustered = scene.clusters.flatMap((c) => c.ids);
      expect([...labelled, ...clustered].sort()).toEqual(visible);
      expect(new Set(clustered).size).toBe(clustered.length);
      clusterCount += scene.clusters.length;
      for (const cluster of scene.clusters) expect(cluster.label.text).toBe(`+${cluster.ids.length}`);
    }), runs);
    // The generated cases must exercise clustering, or the property says little.
    expect(clusterCount).toBeGreaterThan(100);
  });

  it("nothing is drawn past the drawing's height, which is the given one unless the lanes' least need is more", () => {
    let held = 0;
    fc.assert(fc.property(timelineInput, view, (input, v) => {
      const {scene} = layout(input, v);
      const within = (what: string, box: {y: number; height: number}) => expect(box.y + box.height, what).toBeLessThanOrEqual(scene.height + 1e-9);
      for (const {what, box} of labelledBoxes(scene)) within(what, box);
      for (const event of scene.events) within(`mark ${event.id}`, markBox(event));
      for (const strip of scene.density) within(`strip ${strip.laneId}`, strip.box);
      if (v.height === undefined) return;
      expect(scene.height).toBeGreaterThanOrEqual(v.height);
      if (scene.height === v.height) held++;
    }), runs);
    // Most given heights hold: the drawing grows only when even clusters do not fit.
    expect(held).toBeGreaterThan(30);
  });

  it("the layout is the same whatever the order of the input events", () => {
    fc.assert(fc.property(timelineInput, view, fc.integer(), (input, v, seed) => {
      const shuffled = {...input, events: shuffle(input.events, seed)};
      expect(layout(shuffled, v).scene).toEqual(layout(input, v).scene);
    }), {...runs, numRuns: 60});
  });

  it(`${orientation === "horizontal" ? "x" : "y"} grows with time`, () => {
    fc.assert(fc.property(timelineInput, view, (input, v) => {
      const {timeline, scene} = layout(input, v);
      const spans = new Map(timeline.events.map((e) => [e.id, e.span]));
      const points = scene.events.filter((e) => e.kind === "point").sort((a, b) => {
        const sa = spans.get(a.id)!;
        const sb = spans.get(b.id)!;
        return sa.start + sa.end - (sb.start + sb.end);
      });
      for (let i = 1; i < points.length; i++) expect(alongTime(scene, points[i]!.mark)).toBeGreaterThanOrEqual(alongTime(scene, points[i - 1]!.mark) - 1e-9);
    }), runs);
  });

  if (orientation === "vertical") {
    it("no two leaders cross", () => {
      fc.assert(fc.property(timelineInput, view, (input, v) => {
        expect(crossingLeaders(layout(input, v).scene)).toEqual([]);
      }), runs);
    });

    it("no two marks overlap, none has a negative size, and nothing in the scene is NaN or infinite", () => {
      fc.assert(fc.property(timelineInput, view, (input, v) => {
        const {scene} = layout(input, v);
        for (const event of scene.events) {
          expect(event.mark.width, event.id).toBeGreaterThanOrEqual(0);
          expect(event.mark.height, event.id).toBeGreaterThanOrEqual(0);
        }
        for (let i = 0; i < scene.events.length; i++) {
          for (let j = i + 1; j < scene.events.length; j++) {
            if (overlaps(markBox(scene.events[i]!), markBox(scene.events[j]!))) expect.fail(`mark ${scene.events[i]!.id} overlaps mark ${scene.events[j]!.id}`);
          }
        }
        const walk = (value: unknown, path: string): void => {
          if (typeof value === "number") expect(Number.isFinite(value), path).toBe(true);
          else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
          else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
        };
        walk(scene, "scene");
      }), runs);
    });
  }
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
