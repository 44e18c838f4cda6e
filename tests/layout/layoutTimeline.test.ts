import {describe, expect, it} from "vitest";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {layoutTimeline} from "../../src/layout/layoutTimeline.js";
import type {Box, Scene} from "../../src/layout/scene.js";
import {exampleData} from "../support/scenarios.js";

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every text box in the scene: event labels, lane titles, era and marker labels, tick labels, note boxes. */
function textBoxes(scene: Scene): {what: string; box: Box}[] {
  return [
    ...scene.events.flatMap((e) => (e.label ? [{what: `label ${e.id}`, box: e.label.box}] : [])),
    ...scene.lanes.flatMap((l) => (l.title ? [{what: `lane ${l.id}`, box: l.title.box}] : [])),
    ...scene.eras.flatMap((e) => (e.label ? [{what: `era ${e.id}`, box: e.label.box}] : [])),
    ...scene.markers.map((m) => ({what: `marker ${m.id}`, box: m.label.box})),
    ...scene.axis.ticks.flatMap((t) => (t.label ? [{what: `tick ${t.label.text}`, box: t.label.box}] : [])),
    ...scene.annotations.map((a) => ({what: `note ${a.id}`, box: a.box}))
  ];
}

function markBox(event: Scene["events"][number]): Box {
  return {x: event.x0, y: event.y - 5, width: event.x1 - event.x0, height: 10};
}

describe("layoutTimeline", () => {
  const stories = ["state-visit-2023", "uncertain-dates-2023", "ancient-rome"];
  for (const story of stories) {
    for (const width of [640, 900, 1600]) {
      it(`no two labels overlap, nor a label and a mark, in ${story} at ${width} px`, () => {
        const scene = layoutTimeline(parseTimeline(exampleData(story)), {width});
        const boxes = textBoxes(scene);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.what} / ${boxes[j]!.what}`).toBe(false);
          }
        }
        for (const event of scene.events) {
          for (const {what, box} of boxes) {
            if (what === `label ${event.id}`) continue;
            expect(overlaps(markBox(event), box), `mark ${event.id} / ${what}`).toBe(false);
          }
        }
      });
    }
  }

  it("layoutTimeline places every event of the default story, in its lane, inside the plot", () => {
    const timeline = parseTimeline(exampleData("state-visit-2023"));
    const scene = layoutTimeline(timeline, {width: 900});
    expect(scene.events.map((e) => e.id).sort()).toEqual(timeline.events.map((e) => e.id).sort());
    for (const event of scene.events) {
      const lane = scene.lanes.find((l) => l.id === event.laneId)!;
      expect(event.y).toBeGreaterThan(lane.y);
      expect(event.y).toBeLessThan(lane.y + lane.height);
      expect(event.x0).toBeGreaterThanOrEqual(scene.plot.x);
      expect(event.x1).toBeLessThanOrEqual(scene.plot.x + scene.plot.width);
      if (event.label) {
        expect(event.label.box.x).toBeGreaterThanOrEqual(scene.plot.x - 0.01);
        expect(event.label.box.x + event.label.box.width).toBeLessThanOrEqual(scene.plot.x + scene.plot.width + 0.01);
      }
    }
  });

  it("x grows with time", () => {
    const timeline = parseTimeline(exampleData("state-visit-2023"));
    const scene = layoutTimeline(timeline, {width: 900});
    const x = new Map(scene.events.map((e) => [e.id, (e.x0 + e.x1) / 2]));
    const ordered = [...timeline.events].sort((a, b) => (a.span.start + a.span.end) / 2 - (b.span.start + b.span.end) / 2);
    for (let i = 1; i < ordered.length; i++) expect(x.get(ordered[i]!.id)!).toBeGreaterThanOrEqual(x.get(ordered[i - 1]!.id)!);
  });

  it("layoutTimeline draws spans as bars and short events as points", () => {
    const scene = layoutTimeline(parseTimeline(exampleData("uncertain-dates-2023")), {width: 900});
    const kinds = new Map(scene.events.map((e) => [e.id, e]));
    expect(kinds.get("icc-warrant")).toMatchObject({kind: "span", soft: true});
    expect(kinds.get("grain-deal")).toMatchObject({uncertain: true, soft: true});
    const point = layoutTimeline(parseTimeline(exampleData("state-visit-2023")), {width: 900}).events.find((e) => e.id === "icc-warrant");
    expect(point).toMatchObject({kind: "point", soft: false});
  });

  it("layoutTimeline gives the same scene for the same input", () => {
    const timeline = parseTimeline(exampleData("state-visit-2023"));
    expect(layoutTimeline(timeline, {width: 900})).toEqual(layoutTimeline(parseTimeline(exampleData("state-visit-2023")), {width: 900}));
  });

  it("an open era reaches the edge of the plot", () => {
    const scene = layoutTimeline(parseTimeline(exampleData("state-visit-2023")), {width: 900});
    const era = scene.eras.find((e) => e.id === "under-warrant")!;
    expect(era.openEnd).toBe(true);
    expect(era.x1).toBe(scene.plot.x + scene.plot.width);
  });

  it("no coordinate in the scene is NaN or infinite", () => {
    const scene = layoutTimeline(parseTimeline(exampleData("state-visit-2023")), {width: 900});
    const walk = (value: unknown, path: string): void => {
      if (typeof value === "number") expect(Number.isFinite(value), path).toBe(true);
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk({...scene, domain: []}, "scene");
  });
});
