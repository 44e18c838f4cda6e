// A timeline that uses every field of the format, and for each kind of value the
// values that both the readers and the schema accept, and those both reject. The
// schema tests mutate the timeline field by field with these, so a field added to
// the definitions is checked without a new test.
import type {FieldSpec, ObjectSpec, ValueType} from "../../src/model/fieldSpec.js";

export const FULL_TIMELINE = {
  $schema: "../../dist/chronoline.schema.json",
  title: "Every field",
  description: "A timeline\nthat uses every field of the format.",
  timeZone: "Europe/Berlin",
  locale: "de",
  lanes: [{id: "a", title: "Lane A", color: "#4269d0"}, {id: "b"}],
  events: [
    {
      id: "e1",
      title: "First",
      start: "2023-03-17",
      end: "2023-03-18",
      timeZone: "Asia/Kathmandu",
      description: "Two\nlines",
      lane: "a",
      tags: ["tag"],
      actors: ["someone"],
      places: [{name: "The Hague", lat: 52.07, lon: 4.3}],
      sources: [{url: "https://example.org/a", title: "A source", publisher: "A publisher", date: "2023-03-17"}],
      importance: 5,
      color: "steelblue",
      dateLabel: "Spring 2023"
    },
    {id: "e2", title: "Second", start: "2023-10-17", lane: "b"}
  ],
  eras: [{id: "era", title: "An era", start: "2023-01", end: "2023-06", color: "rgb(241 237 228)"}],
  markers: [{id: "marker", title: "A marker", date: "2023-05-01"}],
  annotations: [
    {id: "n1", text: "On an event", event: "e1"},
    {id: "n2", text: "On a span", date: "2023-03-01", end: "2023-07-31"}
  ],
  relations: [{from: "e1", to: "e2", type: "precedes", label: "then"}]
};

/** One object of FULL_TIMELINE with its definition and path. */
export interface Site {
  spec: ObjectSpec;
  path: string;
  /** Where the object is, as keys from the root. */
  keys: (string | number)[];
}

/** Every object in `value`: the root, then every item of every list of objects, depth first. */
export function sitesOf(spec: ObjectSpec, value: Record<string, unknown>, keys: (string | number)[] = []): Site[] {
  const sites: Site[] = [{spec, path: pathOf(keys), keys}];
  for (const key of spec.keys) {
    const type = spec.fields[key]!.type;
    const items = value[key];
    if (type.kind === "list" && type.of.kind === "object" && Array.isArray(items)) {
      const {spec: itemSpec} = type.of;
      items.forEach((item, i) => sites.push(...sitesOf(itemSpec, item as Record<string, unknown>, [...keys, key, i])));
    }
  }
  return sites;
}

export function pathOf(keys: readonly (string | number)[]): string {
  let path = "";
  for (const key of keys) path = typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
  return path;
}

export interface ValueCases {
  /** Accepted by the readers and the schema. */
  valid: unknown[];
  /** Rejected by both. */
  invalid: unknown[];
}

/**
 * Values to try in a field. Only what the schema can judge is listed as invalid:
 * a well-formed date that is not a calendar date, an unknown zone or a name that
 * is no colour pass the schema and are left to the readers.
 */
export function valueCases(field: FieldSpec, current: unknown): ValueCases {
  const required = field.required ?? false;
  const cases = casesOf(field.type, required, current);
  // Every field (but $schema, which is never read) rejects a value of the wrong kind.
  if (field.type.kind !== "schemaRef") cases.invalid.push({wrong: "kind"});
  return cases;
}

function casesOf(type: ValueType, required: boolean, current: unknown): ValueCases {
  switch (type.kind) {
    case "text":
    case "multilineText":
      return {
        valid: ["plain", 'with "quotes" & <b>markup</b>', ...(type.kind === "multilineText" ? ["two\nlines"] : []), ...(required ? [] : ["   "])],
        invalid: required ? ["   ", ""] : []
      };
    case "date":
      return {valid: ["2023", "2023-03-17T10:30+03:00", Date.UTC(2023, 2, 17)], invalid: required ? [""] : []};
    case "id":
      return {valid: ["x", 7, "a".repeat(200)], invalid: ["   ", "a".repeat(201)]};
    case "eventRef":
      return {valid: ["e1", "e2"], invalid: ["   ", "a".repeat(201)]};
    case "laneRef":
      return {valid: ["b", "   "], invalid: []};
    case "numberRange":
      return {valid: [type.min, type.max, (type.min + type.max) / 2], invalid: [type.min - 1, type.max + 1, String(type.max)]};
    case "color":
      return {
        valid: ["#abc", "#AABBCC80", "RED", "hsl(10 20% 30%)", "rgba(1, 2, 3, 0.5)", "oklch(70% 0.1 200 / 50%)"],
        invalid: ["red;background:url(x)", "url(javascript:alert(1))", "#12345", "expression(alert(1))"]
      };
    case "url":
      return {
        valid: ["https://example.org/a?b=c", "MAILTO:someone@example.org", "http://例え.jp/"],
        invalid: ["javascript:alert(1)", "/relative", "ftp://example.org/file", `https://example.org/${"a".repeat(2048)}`]
      };
    case "timeZone":
      return {valid: ["UTC", "America/New_York"], invalid: []};
    case "locale":
      return {valid: ["en-US", "zh-Hans"], invalid: []};
    case "schemaRef":
      return {valid: ["https://example.org/schema.json", "../schema.json"], invalid: []};
    case "enum":
      return {valid: [...type.values], invalid: ["bogus", type.values[0]!.toUpperCase()]};
    case "list": {
      const first = Array.isArray(current) && current.length > 0 ? current[0] : undefined;
      const valid: unknown[] = [[]];
      const invalid: unknown[] = [];
      if (type.of.kind === "text") {
        valid.push(["one", "two"]);
        invalid.push(["   "]);
        if (type.maxItems !== undefined) {
          valid.push(Array.from({length: type.maxItems}, (_, i) => `item ${i}`));
          invalid.push(Array.from({length: type.maxItems + 1}, (_, i) => `item ${i}`));
        }
      } else if (first !== undefined && type.maxItems !== undefined) {
        valid.push(Array.from({length: type.maxItems}, () => first));
        invalid.push(Array.from({length: type.maxItems + 1}, () => first));
      }
      invalid.push(["not an object or text"].map((item) => (type.of.kind === "text" ? {item} : item)));
      return {valid, invalid};
    }
    case "object":
      return {valid: [], invalid: []};
  }
}
