import {describe, expect, it} from "vitest";
import {parseTimeline, TimelineError} from "../../src/index.js";
import {fromMarkwhen} from "../../src/import/index.js";
import {fixtureJson, fixtureText, utc, validateImport} from "./fixtures.js";

const NOW = Date.UTC(2025, 5, 1, 12);
const DAY = 86_400_000;

/** The one event of a one-line document, as chronoline reads it. */
function span(text: string, options = {}) {
  const {input} = fromMarkwhen(text, {now: NOW, ...options});
  return parseTimeline(input).events[0]!.span;
}

describe("fromMarkwhen(text): markwhen documents through the markwhen parser", () => {
  it("fromMarkwhen(parser-test-feature-showcase.mw) makes lanes of its sections and groups, nested ones by path", () => {
    const result = fromMarkwhen(fixtureText("markwhen", "parser-test-feature-showcase.mw"), {now: NOW});
    expect(result.input.lanes!.map((lane) => lane.id)).toEqual([
      "Welcome", "All Projects / Project 1", "All Projects / Project 2", "All Projects / Project 3", "Ungrouped", "Group with title",
      "Groups can contain other groups / Smaller plan", "Things are accomplished level", "Sections extend across the screen",
      "Sections extend across the screen / Nested section", "Tagged events"
    ]);
    const timeline = validateImport(result);
    expect(timeline.events).toHaveLength(result.input.events.length);
    expect(timeline.warnings).toEqual([]);
    const byTitle = new Map(result.input.events.map((event) => [event.title, event]));
    expect(byTitle.get("Sub task 2")).toMatchObject({
      start: "2023-03", end: "2023-06", tags: ["Michelle"], lane: "All Projects / Project 1",
      description: "More info about sub task 2\n\n☐ We need to get this done\n☑ And this\n☐ This one is extra"
    });
    expect(byTitle.get("back in the day")).toMatchObject({start: "1999-02-18", tags: ["Past", "The90s"], lane: "Tagged events"});
    expect(byTitle.get("one year, one day, and one hour")).toMatchObject({start: "2022-11-08T09", end: "2023-11-09T09"});
    expect(byTitle.get("Links are markdown-style: This is a link")!.sources).toEqual([{url: "https://markwhen.com/", title: "This is a link"}]);
    expect(byTitle.get("To mark an event as completed, put an x in the square brackets")).toBeDefined();
    expect(result.input.events.find((event) => event.id === "base")).toMatchObject({title: "Event", start: "2023"});
  });

  it("fromMarkwhen(text) reads markwhen's older section/group … endSection/endGroup syntax as groups", () => {
    const result = fromMarkwhen(fixtureText("markwhen", "markwhen-project-and-life-example.mw"), {now: NOW});
    expect(result.input.title).toBe("Project planning example");
    expect(result.input.lanes!.map((lane) => lane.id)).toEqual([
      "All Projects / Project 1", "All Projects / Project 2", "All Projects / Project 3", "All Projects", "Overall",
      "Education I", "Education II", "Unemployed Travel"
    ]);
    const byTitle = new Map(result.input.events.map((event) => [event.title, event]));
    expect(byTitle.get("Biweekly meeting")!.lane).toBe("All Projects");
    expect(byTitle.get("China")!.lane).toBeUndefined();
    expect(byTitle.get("Road trip to LA")!.places).toEqual([{name: "Eugene, Oregon"}, {name: "Mt Shasta"}, {name: "Los Angeles"}]);
    expect(validateImport(result).events).toHaveLength(result.input.events.length);
  });

  it("fromMarkwhen(text) passes the parser's errors on with their lines, and imports the event once", () => {
    const {input, warnings} = fromMarkwhen(fixtureText("markwhen", "markwhen-welcome-example.mw"), {now: NOW});
    expect(input.title).toBe("Welcome to Markwhen 👋");
    expect(input.lanes!.map((lane) => lane.id)).toEqual(["Welcome", "All Projects / Project 1", "All Projects / Project 2", "All Projects / Project 3"]);
    // The published parser cannot load its recurrence library under Node's ESM: it says so, and keeps the first occurrence.
    expect(warnings).toContainEqual({code: "MARKWHEN_ERROR", path: "lines[49]", message: "markwhen error at line 50: Cannot parse recurrence"});
    expect(input.events.find((event) => event.title === "Biweekly meeting")).toMatchObject({start: "2023-01-03"});
  });

  it("fromMarkwhen(text) gives the ranges of the parser's date tests (dates-test-cases.json)", () => {
    const cases = readDateCases(fixtureJson("markwhen", "dates-test-cases.json"));
    expect(cases).toHaveLength(13);
    for (const {input, from, to} of cases) {
      expect(span(input), input).toMatchObject({start: from, end: to});
    }
  });

  it("fromMarkwhen(text) keeps each range's precision, with an inclusive end", () => {
    const {input} = fromMarkwhen("1999 - 2099: a century\n09/2024: one month\n2025-05-05: one day\n1000 BCE: Iron Age\nJan 4 2025 8am: instant", {now: NOW});
    expect(input.events.map((event) => [event.start, event.end])).toEqual([
      ["1999", "2099"], ["2024-09", undefined], ["2025-05-05", undefined], ["-0999", undefined], ["2025-01-04T08:00", undefined]
    ]);
  });

  it("fromMarkwhen(text) reads a document without a timezone as wall-clock times, whatever the process zone", () => {
    expect(process.env.TZ).not.toBe("UTC");
    expect(span("2025-05-11: day")).toMatchObject({start: utc(2025, 5, 11), end: utc(2025, 5, 12)});
    expect(span("now: meeting")).toMatchObject({start: NOW});
    const {input} = fromMarkwhen("2025-05-11 9am: talk", {timeZone: "Asia/Tokyo"});
    expect(input.timeZone).toBe("Asia/Tokyo");
    expect(parseTimeline(input).events[0]!.span.start).toBe(Date.UTC(2025, 4, 11, 0));
  });

  it("fromMarkwhen(text) reads dates in the document's timezone, and relative dates from `now` there", () => {
    const document = "---\ntimezone: America/New_York\n---\n\n2022-07-04: Independence Day\nnow: Right now\n";
    const {input} = fromMarkwhen(document, {now: NOW});
    expect(input.timeZone).toBe("America/New_York");
    expect(input.events.map((event) => event.start)).toEqual(["2022-07-04", "2025-06-01T08:00"]);
    const timeline = parseTimeline(input);
    expect(timeline.events.map((event) => event.span.start)).toEqual([Date.UTC(2022, 6, 4, 4), NOW]);
  });

  it("fromMarkwhen(text) keeps the instants of fixed-offset timezones", () => {
    expect(fromMarkwhen("timezone: -3\n\n2022: year").input.timeZone).toBe("Etc/GMT+3");
    expect(span("timezone: -3\n\n2022: year")).toMatchObject({start: Date.UTC(2022, 0, 1, 3), end: Date.UTC(2023, 0, 1, 3)});
    const halfHour = fromMarkwhen("timezone: +05:30\n\n2022: year").input;
    expect(halfHour.events[0]).toMatchObject({start: "2022-01-01T00:00+05:30", end: "2022-12-31T23:59+05:30"});
    expect(parseTimeline(halfHour).events[0]!.span).toMatchObject({start: Date.UTC(2021, 11, 31, 18, 30), end: Date.UTC(2022, 11, 31, 18, 30)});
  });

  it("fromMarkwhen(text) throws a TimelineError for no text or bad options", () => {
    expect(() => fromMarkwhen(undefined as unknown as string)).toThrow(TimelineError);
    expect(() => fromMarkwhen("2022: x", {now: Number.NaN})).toThrow(TimelineError);
    expect(() => fromMarkwhen("2022: x", {timeZone: "Mars/Olympus"})).toThrow(TimelineError);
  });
});

interface DateCase {
  input: string;
  from: number;
  to: number;
}

/**
 * The cases of dates-test-cases.json, whose expectations are the Luxon
 * expressions of the parser's tests as text. The extraction ran the first two
 * cases together and cut the `.plus(…)` off the single ISO-week expectations;
 * the parser's tests add one day to a week date with a weekday and one week to
 * a bare week, which is restored here.
 */
function readDateCases(json: {cases: {mwInput: string; expectedFrom_luxon: string; expectedTo_luxon: string}[]}): DateCase[] {
  const cases: DateCase[] = [];
  for (const raw of json.cases) {
    const [first, second] = raw.expectedFrom_luxon.split(/\},?\s*\{\s*mwInput:\s*/);
    if (second === undefined) {
      cases.push({input: raw.mwInput, from: luxonDate(first!), to: luxonDate(raw.expectedTo_luxon, raw.mwInput)});
      continue;
    }
    cases.push({input: raw.mwInput, from: luxonDate(first!), to: luxonDate(first!.slice(first!.lastIndexOf("expectedTo:")))});
    const input = /^"([^"]+)"/.exec(second)![1]!;
    cases.push({input, from: luxonDate(second.slice(second.indexOf("expectedFrom:"))), to: luxonDate(raw.expectedTo_luxon)});
  }
  return cases;
}

/** The instant (in UTC, the zone of a document without one) of the first Luxon expression in the text. */
function luxonDate(expression: string, input?: string): number {
  const iso = /DateTime\.fromISO\("(\d{4})-(\d\d)-(\d\d)"\)/.exec(expression);
  const object = /DateTime\.fromObject\(\{([^}]*)\}?/.exec(expression);
  let time: number;
  if (iso && (!object || iso.index < object.index)) {
    time = utc(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  } else {
    const fields = Object.fromEntries([...object![1]!.matchAll(/(\w+):\s*(-?\d+)/g)].map(([, key, value]) => [key!, Number(value)]));
    time = fields.weekYear === undefined ? utc(fields.year!, fields.month, fields.day) : isoWeekDate(fields.weekYear, fields.weekNumber!, fields.weekday!);
  }
  const plus = /\.plus\(\{\s*(days|weeks):\s*(\d+)/.exec(expression);
  if (plus) return time + Number(plus[2]) * (plus[1] === "weeks" ? 7 : 1) * DAY;
  if (input !== undefined && !expression.trim().endsWith(")")) {
    // Cut off: restore the parser test's step (see readDateCases).
    return time + (/W\d\d-?\d\b(?!\d)/.test(input.split(":")[0]!.split("/").pop()!) ? DAY : 7 * DAY);
  }
  return time;
}

function isoWeekDate(weekYear: number, week: number, weekday: number): number {
  const january4 = utc(weekYear, 1, 4);
  const mondayOfWeek1 = january4 - ((Math.floor(january4 / DAY) + 3) % 7) * DAY;
  return mondayOfWeek1 + ((week - 1) * 7 + weekday - 1) * DAY;
}
