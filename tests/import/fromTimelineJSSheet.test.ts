import {describe, expect, it} from "vitest";
import {TimelineError} from "../../src/index.js";
import {fromTimelineJSSheet} from "../../src/import/index.js";
import {fixtureText, skippedItems, validateImport} from "./fixtures.js";

const HEADER = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background";

describe("fromTimelineJSSheet(csvText): the TimelineJS spreadsheet layout", () => {
  it.each(["contrib__women_in_computing.csv", "template__my-own-timeline.csv"])("fromTimelineJSSheet(%s) imports every row with its title slide", (file) => {
    const result = fromTimelineJSSheet(fixtureText("timelinejs3", file));
    expect(result.input.title).toMatch(/Women in Computing|MY OWN CSV/);
    expect(result.input.description).toMatch(/^In this sample timeline/);
    expect(result.input.events).toHaveLength(10);
    expect(result.warnings).toEqual([]);
    const timeline = validateImport(result);
    expect(timeline.events).toHaveLength(10);
    expect(timeline.warnings).toEqual([]);
    expect(result.input.events[0]).toMatchObject({title: "Ada Lovelace", start: "1815-12-10", end: "1852-11-27"});
  });

  it("fromTimelineJSSheet(csvText) imports the same events as the JSON of the same timeline", () => {
    const sheet = fromTimelineJSSheet(fixtureText("timelinejs3", "contrib__women_in_computing.csv")).input.events;
    const json = (JSON.parse(fixtureText("timelinejs3", "contrib__women_in_computing.json")).events as any[]);
    expect(sheet.map((event) => event.title)).toEqual(json.map((event) => event.text.headline));
  });

  it("fromTimelineJSSheet(csvText) reads times, display dates, groups, eras and background colours", () => {
    const csv = [
      HEADER,
      "2023,10,17,1:30 PM,2023,10,18,,17–18 Oct,State visit,,,,,,,Russia,#336699",
      "2023,3,17,09:15:30,,,,,,ICC warrant,,,,,,,International,https://example.org/bg.jpg",
      "2023,,,,2024,,,,,An era,,,,,,era,,",
      "2023,1,1,25 o'clock,,,,,,Bad time,,,,,,,,"
    ].join("\r\n");
    const {input, warnings} = fromTimelineJSSheet(csv);
    expect(input.events).toEqual([
      {title: "State visit", start: "2023-10-17T13:30", end: "2023-10-18", dateLabel: "17–18 Oct", lane: "Russia", color: "#336699"},
      {title: "ICC warrant", start: "2023-03-17T09:15:30", lane: "International"},
      {title: "Bad time", start: "2023-01-01"}
    ]);
    expect(input.eras).toEqual([{title: "An era", start: "2023", end: "2024"}]);
    expect(input.lanes).toEqual([{id: "Russia", title: "Russia"}, {id: "International", title: "International"}]);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([["DATE_FIELD_IGNORED", "rows[4].Time"]]);
  });

  it("fromTimelineJSSheet(csvText) reports rows without a year or a headline, by row", () => {
    const {input, warnings} = fromTimelineJSSheet([HEADER, ",,,,,,,,,No date", "2023,,,,,,,,,,", ",,,,,,,,,,", "2024,,,,,,,,,Kept"].join("\n"));
    expect(input.events.map((event) => event.title)).toEqual(["Kept"]);
    expect(skippedItems(warnings, "rows")).toEqual(["rows[1]", "rows[2]"]);
    expect(warnings.find((w) => w.code === "MISSING_DATE")?.path).toBe("rows[1].Year");
  });

  it("fromTimelineJSSheet(csvText) throws a TimelineError for text without the sheet's columns, or no text", () => {
    expect(() => fromTimelineJSSheet("title,start\nA,2023")).toThrow(TimelineError);
    expect(() => fromTimelineJSSheet(42 as unknown as string)).toThrow(TimelineError);
  });
});
