import {describe, expect, it} from "vitest";
import {stepAcrossLanes, stepInTime} from "../../src/interact/navigation.js";
import {layoutTimeline} from "../../src/layout/layoutTimeline.js";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {exampleData} from "../support/scenarios.js";

const timeline = parseTimeline(exampleData("state-visit-2023"));

describe("keyboard navigation", () => {
  it("stepInTime walks the events in time order and stops at the ends", () => {
    const ids = timeline.events.map((e) => e.id);
    let id = ids[0]!;
    const walked = [id];
    for (let next = stepInTime(timeline.events, id, 1); next; next = stepInTime(timeline.events, id, 1)) {
      id = next.id;
      walked.push(id);
    }
    expect(walked).toEqual(ids);
    expect(stepInTime(timeline.events, ids[0]!, -1)).toBeUndefined();
  });

  it("stepAcrossLanes goes to the nearest event in time in the next lane that has one", () => {
    const scene = layoutTimeline(timeline, {width: 900});
    const down = stepAcrossLanes(scene, "putin-state-visit-china", 1)!;
    expect(down.laneId).toBe("china");
    expect(down.id).toBe("belt-and-road-forum");
    const up = stepAcrossLanes(scene, "icc-warrant", -1)!;
    expect(up.laneId).toBe("china");
    expect(up.id).toBe("xi-state-visit-moscow");
    expect(stepAcrossLanes(scene, "power-of-siberia", -1)).toBeUndefined();
  });
});
