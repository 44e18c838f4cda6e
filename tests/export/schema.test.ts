// The JSON Schema is generated from the field definitions that the readers use:
// the built file matches the definitions, the readers and the schema agree field by
// field, and the examples and every importer's output pass it.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {join, resolve} from "node:path";
import {describe, expect, expectTypeOf, it} from "vitest";
import {TimelineError, parseTimeline} from "../../src/index.js";
import type {AnnotationInput, EraInput, EventInput, LaneInput, MarkerInput, PlaceInput, RelationInput, SourceInput, TimelineInput, TimelineWarning} from "../../src/index.js";
import {
  annotationSpec, eraSpec, eventSpec, laneSpec, markerSpec, objectSpecs, placeSpec, relationSpec, sourceSpec, timelineSpec
} from "../../src/model/fieldSpec.js";
import {timelineJsonSchema, type JsonSchema} from "../../src/model/jsonSchema.js";
import {fixturesRoot} from "../import/fixtures.js";
import {repoPath} from "../support/paths.js";
import {FULL_TIMELINE, pathOf, sitesOf, valueCases, type Site} from "./fieldSpecCases.js";
import {checkKeywords, validateAgainstSchema, type SchemaError} from "./jsonSchemaValidator.js";

const schemaFile = repoPath("dist", "chronoline.schema.json");
const built = JSON.parse(readFileSync(schemaFile, "utf8")) as JsonSchema;
const defs = built.$defs as Record<string, JsonSchema & {properties: Record<string, JsonSchema>; required?: string[]}>;

/** Whether `path` is `scope` or inside it. */
function within(path: string, scope: string): boolean {
  return scope === "" || path === scope || path.startsWith(`${scope}.`) || path.startsWith(`${scope}[`);
}

/** Every warning of a lenient parse, and the issues of an input that cannot be read at all. */
function readerWarnings(input: unknown): readonly TimelineWarning[] {
  try {
    return parseTimeline(input, {strict: false}).warnings;
  } catch (error) {
    if (error instanceof TimelineError) return error.issues;
    throw error;
  }
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The object at `keys` in a copy of FULL_TIMELINE, and the copy. */
function mutable(site: Site): {root: Record<string, unknown>; object: Record<string, unknown>} {
  const root = clone(FULL_TIMELINE) as Record<string, unknown>;
  let object: any = root;
  for (const key of site.keys) object = object[key];
  return {root, object};
}

/** What the readers and the schema say about a document, inside `scope`. */
function verdicts(root: unknown, scope: string): {reader: TimelineWarning[]; schema: SchemaError[]} {
  return {
    reader: readerWarnings(root).filter((warning) => within(warning.path, scope)),
    schema: validateAgainstSchema(built, root).filter((error) => within(error.path, scope))
  };
}

const sites = sitesOf(timelineSpec, FULL_TIMELINE);

describe("the JSON Schema, dist/chronoline.schema.json", () => {
  it("npm run build writes the schema generated from the field definitions, byte for byte", () => {
    expect(built).toEqual(timelineJsonSchema());
    expect(readFileSync(schemaFile, "utf8")).toBe(`${JSON.stringify(timelineJsonSchema(), null, 2)}\n`);
  });

  it("is a draft 2020-12 schema using only keywords that the test validator checks", () => {
    expect(built.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(checkKeywords(built)).toEqual([]);
  });

  it("defines every object of the format, with every field, its required ones, and no others (additionalProperties: false)", () => {
    expect(Object.keys(defs).sort()).toEqual(["date", ...objectSpecs.map((spec) => spec.name)].sort());
    for (const spec of objectSpecs) {
      const def = defs[spec.name]!;
      expect(Object.keys(def.properties), spec.name).toEqual([...spec.keys]);
      expect(def.required ?? [], spec.name).toEqual(spec.keys.filter((key) => spec.fields[key]!.required));
      expect(def.additionalProperties, spec.name).toBe(false);
      for (const key of spec.keys) expect(def.properties[key]!.description, `${spec.name}.${key}`).toBe(spec.fields[key]!.description);
    }
  });

  it("accepts a timeline or an array of events at the top, as parseTimeline does", () => {
    expect(validateAgainstSchema(built, FULL_TIMELINE)).toEqual([]);
    expect(validateAgainstSchema(built, FULL_TIMELINE.events)).toEqual([]);
    expect(validateAgainstSchema(built, "events")).not.toEqual([]);
    expect(validateAgainstSchema(built, {title: "no events"})).toEqual([{path: "events", message: "missing required field"}]);
  });

  it("is in the package as chronoline/schema.json", () => {
    const pkg = JSON.parse(readFileSync(repoPath("package.json"), "utf8"));
    expect(pkg.exports["./schema.json"]).toBe("./dist/chronoline.schema.json");
    expect(pkg.files).toContain("dist/chronoline.schema.json");
  });

  it("parseTimeline accepts $schema, with any value, in strict mode", () => {
    for (const $schema of ["../../dist/chronoline.schema.json", "https://example.org/s.json", 42]) {
      expect(parseTimeline({$schema, events: [{title: "A", start: "2023"}]}).warnings).toEqual([]);
    }
  });

  it("offers the relation types and the date formats to editors", () => {
    expect(defs.relation!.properties.type!.enum).toEqual(["causes", "precedes", "responds-to", "anniversary-of", "part-of", "constrains", "related"]);
    expect(defs.date!.type).toEqual(["string", "number"]);
    expect(defs.date!.description).toMatch(/ISO 8601.*EDTF/);
  });
});

describe("the field definitions and the input types", () => {
  it("name exactly the fields of the input types", () => {
    expectTypeOf<Exclude<(typeof timelineSpec.keys)[number], "$schema">>().toEqualTypeOf<keyof TimelineInput>();
    expectTypeOf<(typeof eventSpec.keys)[number]>().toEqualTypeOf<keyof EventInput>();
    expectTypeOf<(typeof laneSpec.keys)[number]>().toEqualTypeOf<keyof LaneInput>();
    expectTypeOf<(typeof eraSpec.keys)[number]>().toEqualTypeOf<keyof EraInput>();
    expectTypeOf<(typeof markerSpec.keys)[number]>().toEqualTypeOf<keyof MarkerInput>();
    expectTypeOf<(typeof annotationSpec.keys)[number]>().toEqualTypeOf<keyof AnnotationInput>();
    expectTypeOf<(typeof relationSpec.keys)[number]>().toEqualTypeOf<keyof RelationInput>();
    expectTypeOf<(typeof sourceSpec.keys)[number]>().toEqualTypeOf<keyof SourceInput>();
    expectTypeOf<(typeof placeSpec.keys)[number]>().toEqualTypeOf<keyof PlaceInput>();
  });
});

describe("the readers and the schema agree, field by field", () => {
  it("the test timeline uses every field of every object, and both accept it without a word", () => {
    for (const spec of objectSpecs) {
      const used = new Set(sites.filter((site) => site.spec === spec).flatMap((site) => Object.keys(mutable(site).object)));
      expect([...used].sort(), spec.name).toEqual([...spec.keys].sort());
    }
    expect(parseTimeline(FULL_TIMELINE).warnings).toEqual([]);
    expect(validateAgainstSchema(built, FULL_TIMELINE)).toEqual([]);
  });

  it.each(sites.map((site) => [site.path || "the timeline", site] as const))("%s: an unknown field is reported by both", (_, site) => {
    const {root, object} = mutable(site);
    object.bogus = 1;
    const path = pathOf([...site.keys, "bogus"]);
    const {reader, schema} = verdicts(root, path);
    expect(reader.map((warning) => warning.code)).toEqual(["UNKNOWN_FIELD"]);
    expect(schema).toHaveLength(1);
  });

  it.each(sites.map((site) => [site.path || "the timeline", site] as const))("%s: a missing field is rejected by both exactly when it is required", (_, site) => {
    for (const key of site.spec.keys) {
      if (site.spec.requireOneOf?.some((group) => group.includes(key))) continue;
      const {root, object} = mutable(site);
      delete object[key];
      const {reader, schema} = verdicts(root, pathOf([...site.keys, key]));
      const required = site.spec.fields[key]!.required ?? false;
      expect(reader.length > 0, `reader, ${key}`).toBe(required);
      expect(schema.length > 0, `schema, ${key}`).toBe(required);
    }
  });

  it("an annotation without an event or a date is rejected by both", () => {
    const site = sites.find((s) => s.spec === annotationSpec)!;
    for (const group of annotationSpec.requireOneOf!) {
      const {root, object} = mutable(site);
      for (const key of group) delete object[key];
      const {reader, schema} = verdicts(root, site.path);
      expect(reader.map((warning) => warning.code)).toContain("MISSING_ANCHOR");
      expect(schema.length).toBeGreaterThan(0);
    }
  });

  it.each(sites.map((site) => [site.path || "the timeline", site] as const))("%s: both accept the same values and reject the same values", (_, site) => {
    // The fields the object has: an annotation on an event never reads its date.
    for (const key of site.spec.keys.filter((key) => key in mutable(site).object)) {
      const field = site.spec.fields[key]!;
      const {valid, invalid} = valueCases(field, mutable(site).object[key]);
      const path = pathOf([...site.keys, key]);
      for (const value of valid) {
        const {root, object} = mutable(site);
        object[key] = value;
        const {reader, schema} = verdicts(root, path);
        expect(reader, `reader, ${path} = ${JSON.stringify(value).slice(0, 60)}`).toEqual([]);
        expect(schema, `schema, ${path} = ${JSON.stringify(value).slice(0, 60)}`).toEqual([]);
      }
      for (const value of invalid) {
        const {root, object} = mutable(site);
        object[key] = value;
        const {reader, schema} = verdicts(root, path);
        expect(reader.length, `reader, ${path} = ${JSON.stringify(value).slice(0, 60)}`).toBeGreaterThan(0);
        expect(schema.length, `schema, ${path} = ${JSON.stringify(value).slice(0, 60)}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("the data files in examples/data", () => {
  const folder = repoPath("examples", "data");
  const files = readdirSync(folder).filter((file) => file.endsWith(".json")).sort();

  it.each(files)("%s declares the schema by a path that reaches the built file", (file) => {
    const data = JSON.parse(readFileSync(join(folder, file), "utf8"));
    expect(data.$schema).toBe("../../dist/chronoline.schema.json");
    expect(resolve(folder, data.$schema)).toBe(schemaFile);
  });

  it.each(files)("%s passes the schema, or fails it only where the readers report a problem", (file) => {
    const data = JSON.parse(readFileSync(join(folder, file), "utf8"));
    const warnings = readerWarnings(data);
    const errors = validateAgainstSchema(built, data);
    if (warnings.length === 0) expect(errors).toEqual([]);
    for (const error of errors) {
      expect(warnings.some((warning) => within(warning.path, error.path) || within(error.path, warning.path)), `${error.path}: ${error.message}`).toBe(true);
    }
  });
});

describe("every importer's output for the shared fixtures", () => {
  // Fixtures that are tables of test cases, not documents.
  const CASE_TABLES = ["edtf", "markwhen/dates-test-cases.json", "vis-timeline/small-examples.json"];
  const documents = readdirSync(fixturesRoot, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && /\.(json|csv|mw)$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? (entry as unknown as {path: string}).path, entry.name).slice(fixturesRoot.length + 1))
    .filter((file) => !CASE_TABLES.some((table) => file === table || file.startsWith(`${table}/`)))
    .sort();

  it("are all found", () => {
    expect(documents.length).toBeGreaterThanOrEqual(17);
    expect(existsSync(repoPath("dist", "import.js"))).toBe(true);
  });

  it.each(documents)("%s, as written by chronoline convert, passes the schema", async (file) => {
    const {importTimeline} = await import(repoPath("dist", "import.js"));
    const {input} = importTimeline(readFileSync(join(fixturesRoot, file), "utf8"), {now: Date.UTC(2025, 5, 1)});
    const written = {$schema: "../../dist/chronoline.schema.json", ...clone(input)};
    expect(validateAgainstSchema(built, written)).toEqual([]);
  });
});
