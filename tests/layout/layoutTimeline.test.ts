import {describe, expect, it} from "vitest";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {layoutTimeline} from "../../src/layout/layoutTimeline.js";
import {LayoutCache} from "../../src/layout/layoutCache.js";
import {denseYear} from "../support/denseScenario.js";
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
      expect(event.mark.y).toBeGreaterThan(lane.box.y);
      expect(event.mark.y + event.mark.height).toBeLessThan(lane.box.y + lane.box.height);
      expect(event.mark.x).toBeGreaterThanOrEqual(scene.plot.x);
      expect(event.mark.x + event.mark.width).toBeLessThanOrEqual(scene.plot.x + scene.plot.width);
      expect(event.label.box.x).toBeGreaterThanOrEqual(scene.plot.x - 0.01);
      expect(event.label.box.x + event.label.box.width).toBeLessThanOrEqual(scene.plot.x + scene.plot.width + 0.01);
    }
  });

  it("x grows with time", () => {
    const timeline = parseTimeline(exampleData("state-visit-2023"));
    const scene = layoutTimeline(timeline, {width: 900});
    const x = new Map(scene.events.map((e) => [e.id, e.mark.x + e.mark.width / 2]));
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
    expect(era.box.x + era.box.width).toBe(scene.plot.x + scene.plot.width);
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

describe("clusters and long titles", () => {
  it("zooming into a cluster's extent opens it: its events get labels", () => {
    const timeline = parseTimeline(denseYear());
    const cache = new LayoutCache();
    const overview = layoutTimeline(timeline, {width: 900, cache});
    const cluster = [...overview.clusters].sort((a, b) => b.ids.length - a.ids.length)[0]!;
    expect(cluster.ids.length).toBeGreaterThan(5);
    const zoomed = layoutTimeline(timeline, {width: 900, domain: [cluster.start, cluster.end], cache});
    const labelled = new Set(zoomed.events.map((e) => e.id));
    const opened = cluster.ids.filter((id) => labelled.has(id));
    expect(opened.length).toBeGreaterThan(cluster.ids.length / 2);
  });

  it("a cluster counts its events in its label and its accessible name", () => {
    const scene = layoutTimeline(parseTimeline(denseYear()), {width: 900});
    expect(scene.clusters.length).toBeGreaterThan(0);
    for (const cluster of scene.clusters) {
      expect(cluster.label.text).toBe(`+${cluster.ids.length}`);
      expect(cluster.name).toMatch(new RegExp(`^${cluster.ids.length} more events?, `));
      expect(cluster.start).toBeLessThan(cluster.end);
    }
  });

  it("layoutTimeline(…, {metrics: {maxRows}}) caps a lane's rows; the rest fold into its cluster row", () => {
    const timeline = parseTimeline(denseYear());
    const scene = layoutTimeline(timeline, {width: 900, metrics: {maxRows: 2}});
    for (const event of scene.events) expect(event.row).toBeLessThan(2);
    const lane = scene.lanes[0]!;
    // Title, two rows of events, the cluster row and its density strip.
    expect(lane.box.height).toBe(22 + 3 * 22 + 8);
  });

  it("a long title is cut at a grapheme boundary with an ellipsis; the full title stays in the accessible name", () => {
    const title = `${"Gipfeltreffen ".repeat(20)}👩‍👩‍👧‍👦`;
    const scene = layoutTimeline(parseTimeline([{title, start: "2023-03-17"}]), {width: 600});
    const [event] = scene.events;
    expect(event!.label.text.endsWith("…")).toBe(true);
    expect(event!.label.text.length).toBeLessThan(title.length);
    expect(event!.label.box.width).toBeLessThanOrEqual(260);
    expect(event!.name).toBe(`17 Mar 2023: ${title}`);
    const emoji = layoutTimeline(parseTimeline([{title: "👩‍👩‍👧‍👦".repeat(40), start: "2023"}]), {width: 600}).events[0]!.label.text;
    expect(emoji.slice(0, -1).length % "👩‍👩‍👧‍👦".length).toBe(0);
  });

  it("a LayoutCache gives the same scene as none", () => {
    const timeline = parseTimeline(denseYear());
    const cache = new LayoutCache();
    layoutTimeline(timeline, {width: 900, cache});
    expect(layoutTimeline(timeline, {width: 700, cache})).toEqual(layoutTimeline(timeline, {width: 700}));
  });

  it("with a LayoutCache and an injected measureText, a zoom frame does not measure again the titles the frame before it measured", () => {
    const timeline = parseTimeline(denseYear());
    const cache = new LayoutCache();
    const measured: string[] = [];
    const measureText = (text: string, font: {size: number}) => {
      measured.push(text);
      return text.length * font.size * 0.5;
    };
    const [start, end] = [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)];
    layoutTimeline(timeline, {width: 900, cache, measureText, domain: [start, end]});
    const titles = new Set(timeline.events.map((event) => event.title));
    const first = measured.splice(0).filter((text) => titles.has(text));
    expect(first.length).toBeGreaterThan(50);
    // Metrics read again (from CSS, say) are new objects with the same values.
    const metrics = {labelFont: {size: 12}};
    layoutTimeline(timeline, {width: 900, cache, measureText, domain: [start + 86_400_000, end - 86_400_000], metrics});
    // A day less on each side shows a few other events (and titles repeat in this
    // data); measuring everything again would be as many as the first frame.
    const again = measured.filter((text) => titles.has(text));
    expect(again.length).toBeLessThan(first.length / 10);
  });

  it("one LayoutCache names clusters by each timeline's own zone and locale, as no cache does", () => {
    const cache = new LayoutCache();
    for (const [timeZone, locale] of [["UTC", "en-GB"], ["Pacific/Kiritimati", "en-GB"], ["Pacific/Kiritimati", "de"]] as const) {
      // Instants (with a Z), so the same events fall on other days in other zones.
      const input = denseYear();
      const timeline = parseTimeline({...input, timeZone, locale, events: input.events.map((e) => ({...e, start: `${e.start}T20:00Z`, end: undefined}))});
      const names = (scene: ReturnType<typeof layoutTimeline>) => scene.clusters.map((cluster) => cluster.name);
      const cached = names(layoutTimeline(timeline, {width: 900, cache}));
      expect(cached.length).toBeGreaterThan(3);
      expect(cached).toEqual(names(layoutTimeline(timeline, {width: 900})));
    }
  });

  it("with a LayoutCache, a zoom frame measures no cluster count the frames before it measured", () => {
    const timeline = parseTimeline(denseYear());
    const cache = new LayoutCache();
    const counts: string[] = [];
    const measureText = (text: string, font: {size: number}) => {
      if (/^\+\d+$/.test(text)) counts.push(text);
      return text.length * font.size * 0.5;
    };
    const overview = layoutTimeline(timeline, {width: 600, cache, measureText});
    const biggest = Math.max(...overview.clusters.map((cluster) => cluster.ids.length));
    // Badges merge one event at a time: every count up to the biggest is asked for.
    expect(biggest).toBeGreaterThan(20);
    expect(new Set(counts).size).toBeGreaterThanOrEqual(biggest);
    counts.length = 0;
    const again = layoutTimeline(timeline, {width: 600, cache, measureText});
    expect(counts).toEqual([]);
    expect(again).toEqual(overview);
  });
});

describe("date labels", () => {
  it("an event's own dateLabel replaces the formatted date in its accessible name", () => {
    const scene = layoutTimeline(parseTimeline([{title: "Landing", start: "1943-04", dateLabel: "Spring 1943"}]), {width: 600});
    expect(scene.events[0]!.name).toBe("Spring 1943: Landing");
    expect(scene.events[0]!.dateLabel).toBe("Spring 1943");
  });
});
