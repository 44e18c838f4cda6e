import {describe, expect, it} from "vitest";
import {TimelineError} from "../../src/index.js";
import {fromCSV} from "../../src/import/index.js";
import {fixtureText, skippedItems, utc, validateImport} from "./fixtures.js";

describe("fromCSV(text, mapping): delimited text, one event a row", () => {
  it("fromCSV(presidential.csv, mapping by header) imports the 11 presidencies with their parties as lanes", () => {
    const result = fromCSV(fixtureText("csv", "Rdatasets_ggplot2_presidential.csv"), {title: "name", start: "start", end: "end", lane: "party"});
    expect(result.warnings).toEqual([]);
    expect(result.input.events).toHaveLength(11);
    expect(result.input.events[0]).toEqual({title: "Eisenhower", start: "1953-01-20", end: "1961-01-20", lane: "Republican"});
    expect(result.input.lanes).toEqual([{id: "Republican", title: "Republican"}, {id: "Democratic", title: "Democratic"}]);
    const timeline = validateImport(result);
    expect(timeline.events).toHaveLength(11);
    expect(timeline.warnings).toEqual([]);
    expect(timeline.events.find((event) => event.title === "Kennedy")!.span).toMatchObject({start: utc(1961, 1, 20), end: utc(1963, 11, 23)});
  });

  it("fromCSV(presidential.csv) finds the columns by their header names without a mapping", () => {
    const {input} = fromCSV(fixtureText("csv", "Rdatasets_ggplot2_presidential.csv"));
    expect(input.events[10]).toEqual({title: "Obama", start: "2009-01-20", end: "2017-01-20"});
  });

  it("fromCSV(tests__parser_test.csv) keeps quoted commas, doubled quotes and newlines in their cells", () => {
    const result = fromCSV(fixtureText("timelinejs3", "tests__parser_test.csv"));
    // The file has no date column: each row is reported, by its title.
    expect(result.input.events).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      "no start column found; name one in the mapping",
      "row \"a good day\" skipped: no start",
      "row \"an ok day\" skipped: no start",
      "row \"a day, i guess\" skipped: no start"
    ]);
    const withDates = fixtureText("timelinejs3", "tests__parser_test.csv").replace("title,count,description", "title,start,description").replace(",5,", ",2015,").replace(",3,", ",2013,").replace(",2,", ",2012,");
    const {input} = fromCSV(withDates);
    expect(input.events.map((event) => event.title)).toEqual(["a good day", "an ok day", "a day, i guess"]);
    expect(input.events[0]!.description).toBe("let's just pile it  all in here,  commas, \"quoted strings\" and \nnew lines!");
  });

  it("fromCSV(text) handles a byte-order mark, CRLF line ends and quoted CRLF newlines", () => {
    const {input, warnings} = fromCSV("\uFEFFTitle,Date,Notes\r\n\"Launch, day one\",2023-03-17,\"two\r\nlines\"\r\nNext,2023-03-18,\r\n");
    expect(warnings).toEqual([]);
    expect(input.events).toEqual([
      {title: "Launch, day one", start: "2023-03-17", description: "two\r\nlines"},
      {title: "Next", start: "2023-03-18"}
    ]);
  });

  it("fromCSV(text) detects a missing header and finds dates and titles by content", () => {
    const {input} = fromCSV("2023-03-17,2023-03-18,State visit,China\n2023-10-17,,Forum,China\n");
    expect(input.events).toEqual([
      {title: "State visit", start: "2023-03-17", end: "2023-03-18"},
      {title: "Forum", start: "2023-10-17"}
    ]);
    expect(fromCSV("a,b\n2023,x", {start: 0, title: 1}).input.events).toEqual([{title: "x", start: "2023"}]);
  });

  it("fromCSV(text, mapping) reads lanes, tags and links, and semicolon- or tab-separated files", () => {
    const {input, warnings} = fromCSV("Event;When;Category;Keywords;Link\nA;2023;Politics;icc, warrant;https://example.org/a\nB;2024;;;javascript:alert(1)\n");
    expect(input.events).toEqual([
      {title: "A", start: "2023", lane: "Politics", tags: ["icc", "warrant"], sources: [{url: "https://example.org/a"}]},
      {title: "B", start: "2024"}
    ]);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([["UNSAFE_URL", "rows[2].Link"]]);
    expect(fromCSV("name\tdate\nTabbed\t2023-01-01").input.events).toEqual([{title: "Tabbed", start: "2023-01-01"}]);
  });

  it("fromCSV(text, mapping) matches header names without case, spaces or underscores, and reports a missing one", () => {
    expect(fromCSV("Start_Date,Event Name\n2023,A", {start: "start date", title: "EVENT_NAME"}).input.events).toEqual([{title: "A", start: "2023"}]);
    const {warnings} = fromCSV("title,start\nA,2023", {end: "finish"});
    expect(warnings.map((w) => [w.code, w.path])).toEqual([["MAPPED_COLUMN_MISSING", "mapping.end"]]);
  });

  it("fromCSV(text) skips blank rows and reports rows without a title or start, by record", () => {
    const {input, warnings} = fromCSV("title,start\nA,2023\n\n,2024\nC,\n,,\nD,2025\n");
    expect(input.events.map((event) => event.title)).toEqual(["A", "D"]);
    expect(skippedItems(warnings, "rows")).toEqual(["rows[3]", "rows[4]"]);
  });

  it("fromCSV(text, mapping, options) throws a TimelineError for no text, an unknown field or a bad column or delimiter", () => {
    expect(() => fromCSV(null as unknown as string)).toThrow(TimelineError);
    expect(() => fromCSV("a", {titel: "a"} as never)).toThrow(TimelineError);
    expect(() => fromCSV("a", {title: -1})).toThrow(TimelineError);
    expect(() => fromCSV("a", {}, {delimiter: "\n"})).toThrow(TimelineError);
  });
});
