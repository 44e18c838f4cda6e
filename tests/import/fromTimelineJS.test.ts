import {describe, expect, it} from "vitest";
import {TimelineError} from "../../src/index.js";
import {fromTimelineJS} from "../../src/import/index.js";
import {fixtureJson, fixtureText, skippedItems, utc, validateImport} from "./fixtures.js";

const slide = (fields: Record<string, unknown>) => ({text: {headline: "Event"}, ...fields});

describe("fromTimelineJS(json): TimelineJS 3 documents", () => {
  it("fromTimelineJS(template__eras.json) keeps the three eras and all 20 events", () => {
    const result = fromTimelineJS(fixtureJson("timelinejs3", "template__eras.json"));
    expect(result.input.eras).toEqual([
      {title: "Era Test 650-700", start: "0650", end: "0700"},
      {title: "Era Test 600-650", start: "0600", end: "0650"},
      {title: "Era Test 700-720", start: "0700", end: "0720"}
    ]);
    const timeline = validateImport(result);
    expect(timeline.eras).toHaveLength(3);
    expect(timeline.events).toHaveLength(20);
    expect(timeline.warnings).toEqual([]);
    expect(result.input.title).toBe("Eras Test");
  });

  it("fromTimelineJS(template__cosmo.json) puts cosmological years on one axis, in the fixture's order", () => {
    const json = fixtureJson("timelinejs3", "template__cosmo.json");
    const result = fromTimelineJS(json);
    expect(result.input.events.map((event) => event.start)).toEqual([
      "Y-13800000000", "Y-13799630000", "Y-12800000000", "Y-4600000000", "Y-538800000", "Y-315000", "-3500"
    ]);
    const timeline = validateImport(result);
    expect(timeline.events).toHaveLength(json.events.length);
    const starts = [...timeline.events].sort((a, b) => a.index - b.index).map((event) => event.span.start);
    for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThan(starts[i - 1]!);
    expect(timeline.events.every((event) => Number.isFinite(event.span.start) && Number.isFinite(event.span.end))).toBe(true);
  });

  it("fromTimelineJS(template__cosmo-mixed.json) orders deep time and calendar dates together", () => {
    const json = fixtureJson("timelinejs3", "template__cosmo-mixed.json");
    const timeline = validateImport(fromTimelineJS(json));
    expect(timeline.events).toHaveLength(json.events.length);
    const years = json.events.map((event: any) => Number(event.start_date.year));
    const byYear = [...timeline.events].sort((a, b) => years[a.index] - years[b.index]).map((event) => event.span.start);
    expect(byYear).toEqual([...byYear].sort((a, b) => a - b));
  });

  it("fromTimelineJS(template__all-media-types.json) makes lanes of groups, in order of appearance, and sources of media", () => {
    const json = fixtureJson("timelinejs3", "template__all-media-types.json");
    const result = fromTimelineJS(json);
    expect(result.input.lanes!.map((lane) => lane.id)).toEqual(["Video", "Social Media", "Audio", "HTML", "Image"]);
    expect(result.input.events.length + skippedItems(result.warnings, "events").length).toBe(json.events.length);
    const timeline = validateImport(result);
    expect(timeline.events).toHaveLength(json.events.length);
    expect(result.input.events.filter((event) => event.sources?.length).length).toBeGreaterThan(30);
    expect(result.input.events.find((event) => event.id === json.events[0].unique_id)).toBeDefined();
  });

  it("fromTimelineJS(json) reads the legacy v2 form with its comma dates, tags and rows", () => {
    const json = fixtureJson("timelinejs3", "examples__example.json");
    const result = fromTimelineJS(json);
    const {input} = result;
    expect(input.title).toBe("Elizabeth Taylor 1932-2011");
    expect(input.events).toHaveLength(json.timeline.date.length);
    expect(input.events[0]).toMatchObject({title: "Elizabeth Taylor Dies in Los Angeles", start: "2011-03-23", tags: ["Personal life"]});
    // "196002152034" is v2's compact form: 15 Feb 1960, 20:34 (before its start: chronoline reports the reversed range).
    const compact = json.timeline.date.findIndex((date: any) => date.endDate === "196002152034");
    expect(input.events[compact]!.end).toBe("1960-02-15T20:34");
    const timeline = validateImport(result);
    expect(timeline.events).toHaveLength(json.timeline.date.length);
    expect(timeline.warnings.map((w) => [w.code, w.path])).toEqual([["REVERSED_RANGE", `events[${compact}].end`]]);
    // Relative media paths ("examples/taylor/born.jpg") have no base to resolve against: reported, not kept.
    expect(result.warnings.every((w) => w.code === "INVALID_URL" && /^timeline\.date\[\d+\]\.asset\.media$/.test(w.path))).toBe(true);
  });

  it("fromTimelineJS(json) reads dates down to milliseconds, as floating wall-clock times", () => {
    const {input} = fromTimelineJS({events: [slide({start_date: {year: 2023, month: "3", day: "17", hour: 9, minute: 5, second: 7, millisecond: 25}})]});
    expect(input.events[0]!.start).toBe("2023-03-17T09:05:07.025");
    expect(fromTimelineJS({events: [slide({start_date: {year: "2023", month: "10", day: 17, hour: "14"}})]}).input.events[0]!.start).toBe("2023-10-17T14");
  });

  it("fromTimelineJS(json) writes BCE years astronomically, padded, and deep years in EDTF's Y form", () => {
    const starts = [-44, 0, 12345, -13800000000].map((year) => fromTimelineJS({events: [slide({start_date: {year}})]}).input.events[0]!.start);
    expect(starts).toEqual(["-0044", "0000", "Y12345", "Y-13800000000"]);
  });

  it("fromTimelineJS(json) keeps display_date as the event's date label", () => {
    const {input} = fromTimelineJS({events: [
      slide({start_date: {year: 1943}, display_date: "Spring 1943"}),
      slide({start_date: {year: 1943, display_date: "1943"}, end_date: {year: 1946, display_date: "1946"}})
    ]});
    expect(input.events.map((event) => event.dateLabel)).toEqual(["Spring 1943", "1943 – 1946"]);
    expect(validateImport({input, warnings: []}).events.map((event) => event.dateLabel).sort()).toEqual(["1943 – 1946", "Spring 1943"]);
  });

  it("fromTimelineJS(json) turns HTML headlines and text into plain text with their links as sources", () => {
    const {input} = fromTimelineJS({events: [slide({
      start_date: {year: 1815},
      text: {headline: "<b>Ada</b> Lovelace", text: "<p>Take <a href=\"https://en.wikipedia.org/wiki/Ada_Lovelace\">Ada</a>.</p><p>Next</p>"},
      media: {url: "//upload.wikimedia.org/a.jpg", caption: "Portrait", credit: "<a href='https://commons.wikimedia.org'>Commons</a>"}
    })]});
    expect(input.events[0]).toMatchObject({
      title: "Ada Lovelace",
      description: "Take Ada.\nNext",
      sources: [
        {url: "https://en.wikipedia.org/wiki/Ada_Lovelace", title: "Ada"},
        {url: "https://commons.wikimedia.org/", title: "Commons"},
        {url: "https://upload.wikimedia.org/a.jpg", title: "Portrait", publisher: "Commons"}
      ]
    });
  });

  it("fromTimelineJS(json) reports each slide it cannot import and imports the others", () => {
    const {input, warnings} = fromTimelineJS({events: [
      null,
      slide({start_date: {month: 3}}),
      slide({start_date: {year: "the sixties"}}),
      {start_date: {year: 2000}, text: {}},
      slide({start_date: {year: 2001, day: 5}}),
      slide({start_date: {year: 2002, month: "May"}})
    ]});
    expect(input.events.map((event) => event.start)).toEqual(["2001", "2002"]);
    expect(skippedItems(warnings, "events")).toEqual(["events[0]", "events[1]", "events[2]", "events[3]"]);
    expect(warnings.map((w) => w.path)).toContain("events[4].start_date.day");
    expect(warnings.map((w) => w.path)).toContain("events[5].start_date.month");
  });

  it("fromTimelineJS(json) reports eras without a date, and era text it cannot keep", () => {
    const {input, warnings} = fromTimelineJS({eras: [
      {start_date: {year: 600}, end_date: {year: 650}, text: {headline: "Era", text: "About it"}},
      {text: {headline: "No date"}}
    ]});
    expect(input.eras).toEqual([{title: "Era", start: "0600", end: "0650"}]);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ["ERA_TEXT_DROPPED", "eras[0].text.text"], ["MISSING_DATE", "eras[1].start_date"], ["ERA_SKIPPED", "eras[1]"]
    ]);
  });

  it("fromTimelineJS(text) reads JSON text and names the line and column of a mistake", () => {
    expect(fromTimelineJS(fixtureText("timelinejs3", "template__eras.json")).input.eras).toHaveLength(3);
    expect(() => fromTimelineJS("{\n  \"events\": [\n    {\"text\": }\n  ]\n}")).toThrowError(/line 3, column 14/);
  });

  it("fromTimelineJS(value) throws a TimelineError for what is no TimelineJS document", () => {
    for (const value of [null, 42, [], {title: "x"}]) expect(() => fromTimelineJS(value)).toThrow(TimelineError);
  });
});
