import {describe, expect, it} from "vitest";
import {TimelineError} from "../../src/index.js";
import {fromVisTimeline} from "../../src/import/index.js";
import {fixtureJson, skippedItems, utc, validateImport} from "./fixtures.js";
import {parseTimeline} from "../../src/index.js";

describe("fromVisTimeline(items, groups): vis-timeline items and groups", () => {
  it("fromVisTimeline(motorsport-2015-groups) imports the 221 items in 19 lanes, in group order", () => {
    const {items, groups} = fixtureJson("vis-timeline", "motorsport-2015-groups.json");
    const result = fromVisTimeline(items, groups);
    expect(result.warnings).toEqual([]);
    expect(result.input.lanes!.map((lane) => lane.id)).toEqual(groups.map((group: any) => String(group.id)));
    const timeline = validateImport(result);
    expect(timeline.events).toHaveLength(221);
    expect(new Set(timeline.events.map((event) => event.lane)).size).toBe(19);
    expect(timeline.lanes).toHaveLength(19);
    expect(timeline.warnings).toEqual([]);
    expect(result.input.events.some((event) => event.title.includes("Nürburgring"))).toBe(true);
  });

  it("fromVisTimeline(background-areas-with-groups) makes background items eras named by their group", () => {
    const {items, groups} = fixtureJson("vis-timeline", "background-areas-with-groups.json");
    const result = fromVisTimeline(items, groups);
    expect(result.input.eras).toEqual([
      {title: "Group 1: Period A", start: "2014-01-16", end: "2014-01-22"},
      {title: "Group 2: Period B", start: "2014-01-23", end: "2014-01-26"},
      {title: "Period C", start: "2014-01-27", end: "2014-02-03"},
      {title: "non-existing: Period D", start: "2014-01-14", end: "2014-01-20"}
    ]);
    // vis-timeline hides items of a group it does not have; here they stay, reported.
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([["UNKNOWN_GROUP", "items[3].group"]]);
    const timeline = validateImport(result);
    expect(timeline.eras).toHaveLength(4);
    expect(timeline.events).toHaveLength(6);
    expect(result.input.events[0]).toMatchObject({id: 1, title: "item 1 start", lane: "1"});
  });

  it("fromVisTimeline(items) reads every dataset of the small examples, floating local times included", () => {
    const {datasets} = fixtureJson("vis-timeline", "small-examples.json");
    for (const data of Object.values<any>(datasets)) {
      const items = Array.isArray(data) ? data : data.items;
      const result = fromVisTimeline(items, Array.isArray(data) ? undefined : data.groups);
      expect(result.input.events).toHaveLength(items.length);
      expect(validateImport(result).events).toHaveLength(items.length);
    }
    const serialised = Object.entries<any>(datasets).find(([name]) => name.includes("dataSerialization"))![1];
    const {input} = fromVisTimeline(serialised);
    expect(input.events[0]!.start).toBe("2014-01-01T01:00:00");
    expect(parseTimeline({...input, timeZone: "Europe/Amsterdam"}).events[0]!.span.start).toBe(utc(2014, 1, 1, 0));
  });

  it("fromVisTimeline(items, groups) orders lanes by the groups' order field, as vis-timeline's groupOrder", () => {
    const {datasets} = fixtureJson("vis-timeline", "small-examples.json");
    const ordering = Object.entries<any>(datasets).find(([name]) => name.includes("groupsOrdering"))![1];
    expect(fromVisTimeline(ordering.items, ordering.groups).input.lanes!.map((lane) => lane.title)).toEqual(["First", "Third", "Second"]);
    expect(fromVisTimeline(ordering.items, ordering.groups, {groupOrder: "value"}).input.lanes!.map((lane) => lane.title)).toEqual(["First", "Second", "Third"]);
  });

  it("fromVisTimeline(items, {template}) titles items that only a template draws", () => {
    const {items} = fixtureJson("vis-timeline", "worldcup-2014-template-items.json");
    const without = fromVisTimeline(items);
    expect(without.input.events).toEqual([]);
    expect(skippedItems(without.warnings, "items")).toHaveLength(items.length);
    const {input} = fromVisTimeline(items, undefined, {template: (item) => `<b>${item.player1}</b> ${item.score1} – ${item.score2} <b>${item.player2}</b>`});
    expect(input.events).toHaveLength(items.length);
    expect(input.events[0]!.title).toBe("Brazil 1 (3) – 1 (2) Chile");
  });

  it("fromVisTimeline(items, groups) joins nested group titles into a path", () => {
    const groups = [
      {id: "eu", content: "Europe", nestedGroups: ["fr", "de"]},
      {id: "fr", content: "France"},
      {id: "de", content: "<b>Germany</b>", nestedGroups: ["by"]},
      {id: "by", content: "Bavaria"},
      {id: "as", content: "Asia"}
    ];
    const {input} = fromVisTimeline([{content: "x", start: "2020", group: "by"}], groups);
    expect(input.lanes).toEqual([
      {id: "eu", title: "Europe"},
      {id: "fr", title: "Europe / France"},
      {id: "de", title: "Europe / Germany"},
      {id: "by", title: "Europe / Germany / Bavaria"},
      {id: "as", title: "Asia"}
    ]);
  });

  it("fromVisTimeline(items) reads Dates, epoch milliseconds, ASP.NET dates and moment-like objects", () => {
    const moment = {valueOf: () => Date.UTC(2020, 0, 2)};
    const {input} = fromVisTimeline([
      {content: "a", start: new Date(Date.UTC(2020, 0, 1))},
      {content: "b", start: Date.UTC(2020, 0, 1), end: moment},
      {content: "c", start: "/Date(1577836800000)/"},
      {content: "d", start: "2020-01-01T00:00:00Z", end: "2020-01-03", type: "range"}
    ]);
    const timeline = parseTimeline(input);
    expect(timeline.events.map((event) => event.span.start)).toEqual(Array(4).fill(Date.UTC(2020, 0, 1)));
  });

  it("fromVisTimeline(items) drops the end of box and point items, as vis-timeline does, and reports a range without one", () => {
    const {input, warnings} = fromVisTimeline([
      {content: "box", start: "2020-01-01", end: "2020-02-01", type: "box"},
      {content: "range", start: "2020-01-01", type: "range"}
    ]);
    expect(input.events.map((event) => event.end)).toEqual([undefined, undefined]);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([["MISSING_END", "items[1].end"]]);
  });

  it("fromVisTimeline(items) takes the tooltip as description and ignores className and style", () => {
    const {input} = fromVisTimeline([{content: "a", start: "2020", title: "<i>tip</i>", className: "red", style: "color: red"}]);
    expect(input.events[0]).toEqual({title: "a", start: "2020", description: "tip"});
  });

  it("fromVisTimeline(items) reports each item it cannot import and imports the others", () => {
    const {input, warnings} = fromVisTimeline([null, 7, {content: "no start"}, {content: "", start: "2020"}, {content: {}, start: "2020"}, {content: "ok", start: "2020"}]);
    expect(input.events.map((event) => event.title)).toEqual(["ok"]);
    expect(skippedItems(warnings, "items")).toEqual(["items[0]", "items[1]", "items[2]", "items[3]", "items[4]"]);
  });

  it("fromVisTimeline(items, groups) reports bad, duplicate and circular groups", () => {
    const {input, warnings} = fromVisTimeline([], [null, {id: 1, content: "A", nestedGroups: [2, 9]}, {id: 2, content: "B", nestedGroups: [1]}, {id: 1, content: "again"}]);
    expect(input.lanes).toEqual([{id: "1", title: "A"}, {id: "2", title: "A / B"}]);
    expect(warnings.map((w) => w.code)).toEqual(["INVALID_GROUP", "DUPLICATE_ID", "NESTING_CYCLE", "UNKNOWN_GROUP"]);
  });

  it("fromVisTimeline(value) throws a TimelineError when items, groups or options have the wrong type", () => {
    expect(() => fromVisTimeline({items: []})).toThrow(TimelineError);
    expect(() => fromVisTimeline([], "groups")).toThrow(TimelineError);
    expect(() => fromVisTimeline([], [], {template: "<b>{{x}}</b>" as never})).toThrow(TimelineError);
  });
});
