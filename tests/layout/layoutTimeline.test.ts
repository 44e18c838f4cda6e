import {describe, expect, it} from "vitest";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {layoutTimeline} from "../../src/layout/layoutTimeline.js";
import {exampleData} from "../support/scenarios.js";
import {labelledBoxes as textBoxes, markBox, overlaps} from "../support/sceneBoxes.js";

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
      expect(event.label.box.x).toBeGreaterThanOrEqual(scene.plot.x - 0.01);
      expect(event.label.box.x + event.label.box.width).toBeLessThanOrEqual(scene.plot.x + scene.plot.width + 0.01);
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
