// A drawing of fixed height with time running across: the lanes share the rows
// that fit, and nothing is drawn past the bottom (before, lanes past the given
// height were laid out as usual and cut off by the drawing's edge, unseen).
import {describe, expect, it} from "vitest";
import {generateNews} from "../../examples/stories/generateNews.js";
import {layoutTimeline} from "../../src/layout/layoutTimeline.js";
import type {Scene} from "../../src/layout/scene.js";
import {parseTimeline} from "../../src/model/parseTimeline.js";

// Twelve lanes of news: the four of the generator, each split three ways.
const news = generateNews({count: 1500, seed: 7, years: 3});
const timeline = parseTimeline({
  ...news,
  lanes: undefined,
  events: news.events!.map((event, i) => ({...event, lane: `${event.lane}-${i % 3}`}))
}, {strict: false});

const layout = (height?: number) => layoutTimeline(timeline, {width: 1200, ...(height !== undefined && {height})});

/** The lowest y of anything drawn for the lanes: marks, labels, badges, strips, lane boxes. */
function lowestDrawn(scene: Scene): number {
  const bottoms = [
    ...scene.events.flatMap((e) => [e.mark.y + e.mark.height, e.label.box.y + e.label.box.height]),
    ...scene.clusters.map((c) => c.box.y + c.box.height),
    ...scene.density.map((d) => d.box.y + d.box.height),
    ...scene.lanes.map((l) => l.box.y + l.box.height)
  ];
  return Math.max(...bottoms);
}

function conserved(scene: Scene): void {
  const drawn = [...scene.events.map((e) => e.id), ...scene.clusters.flatMap((c) => c.ids)].sort();
  expect(drawn).toEqual(timeline.events.map((e) => e.id).sort());
}

describe("a fixed height, time across", () => {
  const free = layout();

  it("the generated timeline needs far more than the heights tried, so they bind", () => {
    expect(timeline.lanes).toHaveLength(12);
    expect(free.height).toBeGreaterThan(2000);
  });

  it.each([900, 1100, 1400, 2000])("at %i px every lane is drawn inside the height and every event is labelled or clustered", (height) => {
    const scene = layout(height);
    expect(scene.height).toBe(height);
    expect(scene.lanes).toHaveLength(12);
    expect(lowestDrawn(scene)).toBeLessThanOrEqual(height);
    conserved(scene);
  });

  it("more height gives more labels, up to what the content needs", () => {
    const labelled = [900, 1100, 1400, 2000].map((height) => layout(height).events.length);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!).toBeGreaterThan(labelled[i - 1]!);
    expect(labelled.at(-1)!).toBeLessThan(free.events.length);
  });

  it("rows that do not divide evenly among the lanes go to the lanes above", () => {
    // Room for a few rows in all: the top lanes get them, the bottom ones fold everything.
    const scene = layout(900);
    const labelledLanes = new Set(scene.events.map((e) => e.laneId));
    const order = scene.lanes.map((l) => l.id);
    expect(labelledLanes.size).toBeGreaterThan(0);
    expect(labelledLanes.size).toBeLessThan(12);
    expect([...labelledLanes].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(order.slice(0, labelledLanes.size));
  });

  it("a height the content fits in changes the drawing's height and nothing else", () => {
    const roomy = layout(free.height + 200);
    expect(roomy.height).toBe(free.height + 200);
    expect({...roomy, height: free.height}).toEqual(free);
  });

  it("when the lanes' titles and badges alone need more, the drawing grows to hold them rather than cut lanes off", () => {
    const scene = layout(300);
    expect(scene.height).toBeGreaterThan(300);
    expect(lowestDrawn(scene)).toBeLessThanOrEqual(scene.height);
    // No lane had a row to spare: everything is in a cluster.
    expect(scene.events).toHaveLength(0);
    conserved(scene);
  });
});
