import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {MarkHits} from "../../src/interact/markHits.js";
import {layoutTimeline} from "../../src/layout/layoutTimeline.js";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {denseYear} from "../support/denseScenario.js";

describe("MarkHits", () => {
  const scene = layoutTimeline(parseTimeline(denseYear()), {width: 900});
  const hits = new MarkHits(scene);

  it("finds the mark under a point as a brute-force search over every mark does", () => {
    fc.assert(fc.property(fc.double({min: 0, max: 900, noNaN: true}), fc.double({min: 0, max: scene.height, noNaN: true}), (x, y) => {
      const slack = 2;
      const containing = scene.events.filter(({mark}) => x >= mark.x - slack && x <= mark.x + mark.width + slack && y >= mark.y - slack && y <= mark.y + mark.height + slack);
      const found = hits.at(x, y);
      if (!containing.length) {
        expect(found).toBeUndefined();
        return;
      }
      const distance = (e: (typeof containing)[number]) => Math.hypot(x - (e.mark.x + e.mark.width / 2), y - (e.mark.y + e.mark.height / 2));
      expect(found).toBeDefined();
      expect(distance(found!)).toBe(Math.min(...containing.map(distance)));
    }), {seed: 3, numRuns: 2000});
  });

  it("finds every mark at its own centre", () => {
    for (const event of scene.events) {
      const found = hits.at(event.mark.x + event.mark.width / 2, event.mark.y + event.mark.height / 2);
      expect(found?.id).toBe(event.id);
    }
  });
});
