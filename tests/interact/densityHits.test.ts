import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {DensityHits} from "../../src/interact/densityHits.js";
import {layoutTimeline} from "../../src/layout/layoutTimeline.js";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {denseYear} from "../support/denseScenario.js";

describe("DensityHits", () => {
  const scene = layoutTimeline(parseTimeline(denseYear()), {width: 900});
  const hits = new DensityHits(scene);
  const members = scene.clusters.flatMap((cluster) => cluster.ids.map((id, i) => ({id, lane: cluster.laneId, position: cluster.positions[i]!})));

  it("finds, for a pointer on a strip, the folded event nearest to it, as a brute-force search would", () => {
    expect(members.length).toBeGreaterThan(50);
    fc.assert(fc.property(fc.constantFrom(...new Set(members.map((m) => m.lane))), fc.double({min: 0, max: 900, noNaN: true}), (lane, position) => {
      const inLane = members.filter((m) => m.lane === lane);
      const distance = Math.min(...inLane.map((m) => Math.abs(m.position - position)));
      const found = hits.nearest(lane, position);
      const inPointerColumn = inLane.filter((m) => Math.floor(m.position) === Math.floor(position));
      if (inPointerColumn.length) {
        // An event in the pointer's own pixel column answers: the column's first.
        const first = [...inPointerColumn].sort((a, b) => a.position - b.position)[0]!;
        expect(found).toEqual({id: first.id, samePixel: inPointerColumn.length});
        return;
      }
      if (distance > 3) {
        expect(found).toBeUndefined();
      } else {
        expect(found).toBeDefined();
        // The answer is the first event of the pixel column of a nearest event.
        const nearest = inLane.filter((m) => Math.abs(m.position - position) === distance);
        const hit = inLane.find((m) => m.id === found!.id)!;
        const column = Math.floor(hit.position);
        expect(nearest.some((m) => Math.floor(m.position) === column)).toBe(true);
        const sameColumn = inLane.filter((m) => Math.floor(m.position) === column).sort((a, b) => a.position - b.position);
        expect(found!.samePixel).toBe(sameColumn.length);
        expect(Math.floor(sameColumn[0]!.position)).toBe(column);
      }
    }), {seed: 5, numRuns: 500});
  });

  it("knows nothing of lanes without clusters", () => {
    expect(hits.nearest("no such lane", 100)).toBeUndefined();
  });
});
