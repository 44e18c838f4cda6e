import {describe, expect, it} from "vitest";
import {TimelineError} from "../../src/index.js";
import {csvParseRows} from "d3-dsv";
import {parse} from "@markwhen/parser";
import {detectFormat, importTimeline, type ImportFormat, type ImportTimelineResult} from "../../src/import/index.js";
import {fixtureFiles, fixtureJson, fixtureText, skippedItems, validateImport, visibleTexts} from "./fixtures.js";

const NOW = Date.UTC(2025, 5, 1);

/** Every fixture that is a document (not a test table), with the format it is in. */
const DOCUMENTS: [string, string, ImportFormat][] = [
  ["csv", "Rdatasets_ggplot2_presidential.csv", "csv"],
  ["markwhen", "markwhen-project-and-life-example.mw", "markwhen"],
  ["markwhen", "markwhen-welcome-example.mw", "markwhen"],
  ["markwhen", "parser-test-feature-showcase.mw", "markwhen"],
  ["timelinejs3", "contrib__women_in_computing.csv", "timelinejs-sheet"],
  ["timelinejs3", "contrib__women_in_computing.json", "timelinejs"],
  ["timelinejs3", "examples__example.json", "timelinejs"],
  ["timelinejs3", "examples__timeline3.json", "timelinejs"],
  ["timelinejs3", "template__all-media-types.json", "timelinejs"],
  ["timelinejs3", "template__cosmo-mixed.json", "timelinejs"],
  ["timelinejs3", "template__cosmo.json", "timelinejs"],
  ["timelinejs3", "template__eras.json", "timelinejs"],
  ["timelinejs3", "template__my-own-timeline.csv", "timelinejs-sheet"],
  ["timelinejs3", "tests__parser_test.csv", "csv"],
  ["vis-timeline", "background-areas-with-groups.json", "vis"],
  ["vis-timeline", "motorsport-2015-groups.json", "vis"],
  ["vis-timeline", "worldcup-2014-template-items.json", "vis"]
];

// Fixtures that are tables of test cases, not documents: read by their own tests.
const CASE_TABLES = ["edtf/edtf-js-parser-cases.json", "markwhen/dates-test-cases.json", "vis-timeline/small-examples.json"];

/** How many items (events, slides, rows) a source document has, and the list their warning paths name. */
function sourceItems(text: string, format: ImportFormat): {list: string; count: number} {
  if (format === "timelinejs") {
    const json = JSON.parse(text);
    return json.timeline ? {list: "timeline.date", count: json.timeline.date.length} : {list: "events", count: json.events.length};
  }
  if (format === "vis") return {list: "items", count: JSON.parse(text).items.length};
  if (format === "markwhen") return {list: "lines", count: markwhenEventCount(text)};
  const rows = csvParseRows(text.replace(/^\uFEFF/, "")).filter((row) => row.some((cell) => cell.trim() !== ""));
  return {list: "rows", count: rows.length - 1};
}

/** The events the markwhen parser itself finds, to check the importer against. */
function markwhenEventCount(text: string): number {
  let count = 0;
  const visit = (group: {children: unknown[]}) => {
    for (const child of group.children as {children?: unknown[]}[]) {
      if (child.children) visit(child as {children: unknown[]});
      else count++;
    }
  };
  visit(parse(text).events);
  return count;
}

/** What became of the source items: events, eras from items (vis, sheets) and the title row of a sheet. */
function importedItems(result: ImportTimelineResult): number {
  const {input, format} = result;
  const eras = format === "vis" || format === "timelinejs-sheet" ? (input.eras?.length ?? 0) : 0;
  const titleRow = format === "timelinejs-sheet" && (input.title !== undefined || input.description !== undefined) ? 1 : 0;
  return input.events.length + eras + titleRow;
}

describe("importTimeline(textOrJson): every fixture document", () => {
  it("the list of fixture documents covers every fixture file", () => {
    const all = ["csv", "edtf", "markwhen", "timelinejs3", "vis-timeline"].flatMap((folder) => fixtureFiles(folder).map((file) => `${folder}/${file}`));
    expect(all.sort()).toEqual([...DOCUMENTS.map(([folder, file]) => `${folder}/${file}`), ...CASE_TABLES].sort());
  });

  it.each(DOCUMENTS)("%s/%s is detected as %s, imported and validated, every item accounted for", (folder, file, format) => {
    const text = fixtureText(folder, file);
    expect(detectFormat(text)).toBe(format);
    const result = importTimeline(text, {now: NOW});
    expect(result.format).toBe(format);
    const {list, count} = sourceItems(text, format);
    expect(importedItems(result) + skippedItems(result.warnings, list).length, "imported + reported").toBe(count);
    const timeline = validateImport(result);
    expect(timeline.events.length + timeline.warnings.filter((w) => w.code === "EVENT_DROPPED").length).toBe(result.input.events.length);
  });

  it.each(DOCUMENTS)("%s/%s leaves no markup in any title, description or label", (folder, file) => {
    const texts = visibleTexts(importTimeline(fixtureText(folder, file), {now: NOW}));
    expect(texts.filter((text) => text.includes("<"))).toEqual([]);
  });

  it("importTimeline(value) takes parsed JSON as well as text, and tells the format apart", () => {
    expect(importTimeline(fixtureJson("timelinejs3", "template__eras.json")).format).toBe("timelinejs");
    expect(importTimeline(fixtureJson("vis-timeline", "motorsport-2015-groups.json")).input.events).toHaveLength(221);
    expect(importTimeline([{content: "a", start: "2020"}]).format).toBe("vis");
    const chronoline = {events: [{title: "A", start: "2023"}], timeZone: "Europe/Paris"};
    expect(importTimeline(chronoline)).toEqual({input: chronoline, warnings: [], format: "chronoline"});
    expect(importTimeline(JSON.stringify([{title: "A", start: "2023"}])).input).toEqual({events: [{title: "A", start: "2023"}]});
  });

  it("importTimeline(text, {format}) reads the format it is told, past detection", () => {
    expect(importTimeline("2023-03-17: ICC warrant", {format: "markwhen"}).input.events[0]).toMatchObject({title: "ICC warrant", start: "2023-03-17"});
    expect(importTimeline("when,what\n2023,x", {format: "csv", mapping: {start: "when", title: "what"}}).input.events).toEqual([{title: "x", start: "2023"}]);
    expect(importTimeline(fixtureText("timelinejs3", "template__my-own-timeline.csv"), {format: "timelinejs"}).format).toBe("timelinejs");
  });

  it("importTimeline(text) names the line and column of unreadable JSON", () => {
    const broken = "{\n  \"events\": [\n    {\"title\": \"A\", \"start\": \"2023\"},\n  ]\n}";
    expect(() => importTimeline(broken)).toThrowError(/^unreadable JSON at line 4, column 3: expected a value .*, found "\]"$/);
    const error = (() => {
      try {
        importTimeline("[1, 2");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TimelineError);
    expect(error).toMatchObject({code: "INVALID_JSON", message: "unreadable JSON at line 1, column 6: expected \",\" or \"]\", found the end of the text"});
    expect(() => importTimeline("\uFEFF{\"events\": []}")).not.toThrow();
  });

  it("importTimeline(value) throws UNKNOWN_FORMAT when it cannot tell, and INVALID_OPTION for an unknown format", () => {
    for (const value of ["just some words", "", 42, {hello: "world"}]) {
      expect(() => importTimeline(value), String(value)).toThrow(expect.objectContaining({code: "UNKNOWN_FORMAT"}));
    }
    expect(() => importTimeline("x", {format: "excel" as never})).toThrow(expect.objectContaining({code: "INVALID_OPTION"}));
  });
});

describe("detectFormat(textOrJson)", () => {
  it.each([
    [{events: [{title: "A", start: "2023"}]}, "chronoline"],
    [[{title: "A", start: "2023"}], "chronoline"],
    [{events: [{start_date: {year: 2023}, text: {headline: "A"}}]}, "timelinejs"],
    [{timeline: {date: []}}, "timelinejs"],
    [{items: [], groups: []}, "vis"],
    [[{content: "A", start: "2023"}], "vis"],
    ["title: Plan\n\n# Phase 1\n2023-01/2023-03: Design", "markwhen"],
    ["name,start\nA,2023\nB,2024", "csv"],
    ["when,what,where\n2023-01-01 10:00,Meeting,Room 1\n2023-01-02 11:30,Call,Room 2", "csv"],
    ["2023: one, two\n2024: three, four", "markwhen"],
    ["{\"events\": [", "unknown"],
    ["Hello world.\nNothing here.", "unknown"],
    [null, "unknown"]
  ])("detectFormat(%j) is %s", (value, format) => {
    expect(detectFormat(value)).toBe(format);
  });
});
