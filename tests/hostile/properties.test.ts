// Property tests (fast-check, seeded) of hostile input: lenient parsing and
// rendering never throw for arbitrary values mixed into valid timelines, and every
// render keeps the invariants and conservation; drawn text is the text the model
// normalised; ISO strings written from a parsed span give back the same span over
// the whole range of years Date holds and beyond.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {cutAtGrapheme} from "../../src/model/text.js";
import {parseDate} from "../../src/time/parseDate.js";
import type {TimeSpan} from "../../src/time/span.js";
import {byClass, renderChecked} from "../support/checkedRender.js";

const SEED = 0xc4_0_11e;

const anyValue = fc.anything({
  maxDepth: 3,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withObjectString: true
});

const validEvent = (i: number) => ({
  id: `valid-${i}`,
  title: `Valid event ${i}`,
  start: `2023-0${1 + i}-1${i}`,
  end: `2023-0${2 + i}-01`,
  lane: "lane",
  description: "A description",
  tags: ["tag"],
  actors: ["An actor"],
  places: [{name: "A place", lat: 1, lon: 2}],
  sources: [{url: "https://example.org/", title: "A source", date: "2023-01-01"}],
  importance: 4,
  color: "#336699",
  dateLabel: "Early 2023",
  timeZone: "Europe/Berlin"
});

const EVENT_FIELDS = Object.keys(validEvent(0));
const TOP_FIELDS = ["title", "description", "lanes", "eras", "markers", "annotations", "relations", "timeZone", "locale", "$schema"];
const ITEM_FIELDS: Record<string, string[]> = {
  lanes: ["id", "title", "color"],
  eras: ["id", "title", "start", "end", "color"],
  markers: ["id", "title", "date"],
  annotations: ["id", "text", "event", "date", "end"],
  relations: ["from", "to", "type", "label"]
};

const validTimeline = () => ({
  title: "Valid timeline",
  description: "About it",
  lanes: [{id: "lane", title: "Lane", color: "teal"}],
  events: [validEvent(0), validEvent(1), validEvent(2)],
  eras: [{id: "era", title: "Era", start: "2023-01", end: "2023-03", color: "gold"}],
  markers: [{id: "marker", title: "Marker", date: "2023-02-14"}],
  annotations: [{id: "note", event: "valid-1", text: "A note"}],
  relations: [{from: "valid-0", to: "valid-1", type: "causes", label: "because"}],
  timeZone: "UTC",
  locale: "en-GB"
});

type Mutable = Record<string, unknown> & {events: Record<string, unknown>[]};

describe("lenient parsing and rendering never throw", () => {
  it("any value (fc.anything) in any field of an event, with extra keys: parse and render, invariants and conservation hold", () => {
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: 2}),
        fc.constantFrom(...EVENT_FIELDS),
        anyValue,
        fc.dictionary(fc.string({maxLength: 12}), anyValue, {maxKeys: 3}),
        (which, field, value, extra) => {
          const input = validTimeline() as Mutable;
          input.events[which] = {...input.events[which], ...extra, [field]: value};
          parseTimeline(input, {strict: false});
          renderChecked(input, {width: 800});
        }
      ),
      {seed: SEED, numRuns: 300}
    );
  });

  it("any value in any field of the timeline, of a lane, era, marker, annotation or relation, or as a whole item", () => {
    const where = fc.oneof(
      fc.record({kind: fc.constant("top" as const), field: fc.constantFrom(...TOP_FIELDS)}),
      fc.record({kind: fc.constant("item" as const), list: fc.constantFrom(...Object.keys(ITEM_FIELDS))}).chain(({list}) =>
        fc.record({kind: fc.constant("field" as const), list: fc.constant(list), field: fc.constantFrom(...ITEM_FIELDS[list]!)})
      ),
      fc.record({kind: fc.constant("whole" as const), list: fc.constantFrom("events", ...Object.keys(ITEM_FIELDS))})
    );
    fc.assert(
      fc.property(where, anyValue, (place, value) => {
        const input = validTimeline() as Mutable;
        if (place.kind === "top") input[place.field] = value;
        else if (place.kind === "field") (input[place.list] as Record<string, unknown>[])[0]![place.field] = value;
        else (input[place.list] as unknown[]).push(value);
        parseTimeline(input, {strict: false});
        renderChecked(input, {width: 800});
      }),
      {seed: SEED + 1, numRuns: 300}
    );
  });

  it("binary strings (lone surrogates, controls, noncharacters) in every text field: the SVG is still XML", () => {
    const binary = fc.string({unit: "binary", maxLength: 40});
    fc.assert(
      fc.property(fc.array(binary, {minLength: 14, maxLength: 14}), (texts) => {
        const [title, description, id, lane, tag, actor, dateLabel, note, era, marker, laneTitle, sourceTitle, url, timelineTitle] = texts as [string, ...string[]];
        const input = {
          title: timelineTitle,
          lanes: [{id: lane, title: laneTitle}],
          events: [
            {id, title, description, start: "2023-03-17", lane, tags: [tag], actors: [actor], dateLabel, sources: [{url: `https://example.org/${url}`, title: sourceTitle}]},
            {title: "Anchor", start: "2023-06-01"}
          ],
          eras: [{title: era, start: "2023-01", end: "2023-04"}],
          markers: [{title: marker, date: "2023-05-01"}],
          annotations: [{event: id, text: note}, {date: "2023-02-01", text: note}]
        };
        renderChecked(input, {width: 700});
      }),
      {seed: SEED + 2, numRuns: 300}
    );
  });

  it("dates from fc.date(), invalid ones included, as start and end: never a throw; an event is kept exactly when its start is a valid Date", () => {
    fc.assert(
      fc.property(fc.date({noInvalidDate: false}), fc.option(fc.date({noInvalidDate: false}), {nil: undefined}), (start, end) => {
        const input = {events: [{id: "dated", title: "Dated", start, ...(end !== undefined && {end})}, {id: "anchor", title: "Anchor", start: "2023-06-01"}]};
        const {warnings} = renderChecked(input, {width: 800});
        const kept = parseTimeline(input, {strict: false}).events.some((event) => event.id === "dated");
        expect(kept).toBe(!Number.isNaN(start.getTime()));
        if (kept) expect(parseTimeline(input, {strict: false}).events.find((e) => e.id === "dated")!.span.start).toBe(start.getTime());
        else expect(warnings.some((w) => w.path.startsWith("events[0]"))).toBe(true);
      }),
      {seed: SEED + 3, numRuns: 300}
    );
  });
});

describe("drawn text is the normalised input", () => {
  it("a title short enough not to be cut is drawn as exactly the model's cleaned title, and the accessible name ends with it", () => {
    fc.assert(
      fc.property(fc.string({unit: "binary", maxLength: 20}), (title) => {
        const input = {events: [{id: "e", title, start: "2023-03-17"}]};
        const cleaned = parseTimeline(input, {strict: false}).events[0]?.title;
        const {root} = renderChecked(input, {width: 1200});
        const group = byClass(root, "chronoline-event")[0];
        if (cleaned === undefined) {
          expect(group).toBeUndefined();
          return;
        }
        expect(byClass(group!, "chronoline-label")[0]!.textContent).toBe(cleaned);
        expect(group!.getAttribute("aria-label")!.endsWith(`: ${cleaned}`)).toBe(true);
      }),
      {seed: SEED + 4, numRuns: 400}
    );
  });

  it("a longer title is drawn whole or as a prefix of it ended by an ellipsis, and named in full", () => {
    fc.assert(
      fc.property(fc.string({unit: "grapheme", minLength: 1, maxLength: 120}), (title) => {
        const input = {events: [{id: "e", title, start: "2023-03-17"}, {id: "f", title: "Neighbour", start: "2023-03-20"}]};
        const cleaned = parseTimeline(input, {strict: false}).events.find((e) => e.id === "e")?.title;
        const {root} = renderChecked(input, {width: 600});
        const group = byClass(root, "chronoline-event").find((g) => g.getAttribute("data-id") === "e");
        if (cleaned === undefined || group === undefined) return;
        const label = byClass(group, "chronoline-label")[0]!.textContent!;
        expect(label === cleaned || (label.endsWith("…") && cleaned.startsWith(label.slice(0, -1)))).toBe(true);
        expect(group.getAttribute("aria-label")!.endsWith(`: ${cleaned}`)).toBe(true);
      }),
      {seed: SEED + 5, numRuns: 300}
    );
  });

  it("any id the model keeps is drawn as exactly that data-id, through the XML parser", () => {
    fc.assert(
      fc.property(fc.string({unit: "binary", minLength: 1, maxLength: 30}), (id) => {
        const input = {events: [{id, title: "t", start: "2023-03-17"}]};
        const kept = parseTimeline(input, {strict: false}).events[0]!.id;
        const {root} = renderChecked(input, {width: 800});
        expect(byClass(root, "chronoline-event").map((g) => g.getAttribute("data-id"))).toEqual([kept]);
      }),
      {seed: SEED + 6, numRuns: 400}
    );
  });

  it("cutting text on a grapheme boundary looks only near the cut, and agrees with segmenting all of it", () => {
    const segmenter = new Intl.Segmenter(undefined, {granularity: "grapheme"});
    const reference = (text: string, limit: number) => {
      let end = 0;
      for (const {index, segment} of segmenter.segment(text)) {
        if (index + segment.length > limit) break;
        end = index + segment.length;
      }
      return text.slice(0, end);
    };
    fc.assert(
      fc.property(fc.string({unit: "grapheme", minLength: 0, maxLength: 600}), fc.integer({min: 1, max: 700}), (text, limit) => {
        expect(cutAtGrapheme(text, limit)).toBe(text.length <= limit ? text : reference(text, limit));
      }),
      {seed: SEED + 7, numRuns: 400}
    );
  });
});

// An ISO 8601 writer for spans, independent of chronoline (which has none): the
// civil date of an instant by Howard Hinnant's days-to-civil algorithm, valid for
// any year, and the fields the span's precision names.
function civil(ms: number) {
  // Past 2^53 ms (about 285,000 years from 1970) instants are no longer whole
  // numbers: a deep-time year's first day comes back a hair early, so round to it.
  const days = Number.isSafeInteger(ms) ? Math.floor(ms / 86_400_000) : Math.round(ms / 86_400_000);
  const rest = ms - days * 86_400_000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day,
    hour: Math.floor(rest / 3_600_000), minute: Math.floor(rest / 60_000) % 60, second: Math.floor(rest / 1000) % 60, millisecond: rest % 1000
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Whether Date holds the first instant of the span the fields write at their precision. */
function startsWithinDate(f: {year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number; precision: string}): boolean {
  const fine = ["hour", "minute", "second", "millisecond"].indexOf(f.precision);
  const date = new Date(0);
  date.setUTCFullYear(f.year, f.month - 1, f.precision === "month" ? 1 : f.day);
  date.setUTCHours(fine >= 0 ? f.hour : 0, fine >= 1 ? f.minute : 0, fine >= 2 ? f.second : 0, fine >= 3 ? f.millisecond : 0);
  return !Number.isNaN(date.getTime());
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Four digits from 0 to 9999, else a sign and at least six digits (ISO 8601 expanded years). */
function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? "-" : "+"}${pad(Math.abs(year), 6)}`;
}

function isoOf(span: TimeSpan): string {
  const f = civil(span.start);
  const date = [isoYear(f.year), pad(f.month), pad(f.day)];
  switch (span.precision) {
    case "year": return date[0]!;
    case "month": return date.slice(0, 2).join("-");
    case "day": return date.join("-");
    case "hour": return `${date.join("-")}T${pad(f.hour)}Z`;
    case "minute": return `${date.join("-")}T${pad(f.hour)}:${pad(f.minute)}Z`;
    case "second": return `${date.join("-")}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}Z`;
    case "millisecond": return `${date.join("-")}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}.${pad(f.millisecond, 3)}Z`;
    default: throw new Error(`no ISO form for ${span.precision}`);
  }
}

describe("ISO round trip", () => {
  const fields = fc.record({
    // Date holds -271821-04-20 to +275760-09-13; the axis goes on past it.
    year: fc.oneof(
      fc.integer({min: -271_821, max: 275_760}),
      fc.integer({min: -9_999, max: 9_999}),
      fc.constantFrom(-271_821, -271_820, 275_759, 275_760, 0, -1, 1, 9_999, 10_000),
      fc.integer({min: -999_999_999, max: 999_999_999})
    ),
    month: fc.integer({min: 1, max: 12}),
    day: fc.integer({min: 1, max: 31}),
    hour: fc.integer({min: 0, max: 23}),
    minute: fc.integer({min: 0, max: 59}),
    second: fc.integer({min: 0, max: 59}),
    millisecond: fc.integer({min: 0, max: 999}),
    precision: fc.constantFrom("year", "month", "day", "hour", "minute", "second", "millisecond")
  });

  it("parseDate(iso) → write the span as ISO → parseDate gives back the same span, at every precision and year", () => {
    fc.assert(
      fc.property(fields, (f) => {
        const day = Math.min(f.day, daysInMonth(f.year, f.month));
        const written = writeFields({...f, day});
        // Finer than a year, dates are supported where Date holds them (beyond, deep
        // time has year precision): outside, a clear OUT_OF_RANGE, never NaN.
        if (f.precision !== "year" && !startsWithinDate({...f, day})) {
          expect(() => parseDate(written)).toThrow(/out of range/);
          return;
        }
        const first = parseDate(written);
        expect(isoOf(first)).toBe(written);
        const again = parseDate(isoOf(first));
        expect(again).toEqual(first);
        // Where Date holds the instant, it agrees with chronoline's axis.
        const date = new Date(0);
        date.setUTCFullYear(f.year, f.month - 1, day);
        date.setUTCHours(f.hour, f.minute, f.second, f.millisecond);
        if (!Number.isNaN(date.getTime()) && f.precision === "millisecond") expect(first.start).toBe(date.getTime());
      }),
      {seed: SEED + 8, numRuns: 1000}
    );
  });

  it("the first and last days Date holds, and the years around them, round-trip", () => {
    for (const written of ["-271821-04-20", "+275760-09-13", "-271822", "+275761", "-271821", "+275760", "0000", "-000001-12-31", "9999-12-31T23:59:59.999Z", "+010000-01-01T00:00Z"]) {
      const span = parseDate(written);
      expect(parseDate(isoOf(span)), written).toEqual(span);
    }
  });
});

/** The ISO string for generated fields at their precision. */
function writeFields(f: {year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number; precision: string}): string {
  const date = `${isoYear(f.year)}-${pad(f.month)}-${pad(f.day)}`;
  switch (f.precision) {
    case "year": return isoYear(f.year);
    case "month": return `${isoYear(f.year)}-${pad(f.month)}`;
    case "day": return date;
    case "hour": return `${date}T${pad(f.hour)}Z`;
    case "minute": return `${date}T${pad(f.hour)}:${pad(f.minute)}Z`;
    case "second": return `${date}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}Z`;
    default: return `${date}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}.${pad(f.millisecond, 3)}Z`;
  }
}
