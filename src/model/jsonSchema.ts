import {objectSpecs, timelineSpec, type FieldSpec, type ObjectSpec, type ValueType} from "./fieldSpec.js";

/**
 * The JSON Schema (draft 2020-12) of the chronoline format, generated from the
 * field definitions in fieldSpec.ts: the build writes it to
 * `dist/chronoline.schema.json`. It describes what the readers accept without a
 * rejection, so a file that passes it parses in strict mode, except for what a
 * schema cannot see: whether a date string is a real date, whether a lane or an
 * event id exists, whether a zone or locale is known.
 */

export type JsonSchema = {[keyword: string]: unknown};

const DRAFT = "https://json-schema.org/draft/2020-12/schema";

/** Non-blank: what the readers require of required text and ids. */
const NOT_BLANK = "\\S";
const MAX_ID_LENGTH = 200;
const MAX_URL_LENGTH = 2048;
const MAX_COLOR_LENGTH = 64;
// The shapes that parseColor accepts (it is the judge; this pattern only lets editors
// flag what cannot be a colour): hex, a name, or a colour function of numbers.
const COLOR_PATTERN = "^\\s*(?:#(?:[0-9A-Fa-f]{3,4}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})|[A-Za-z]+|[A-Za-z]+\\([0-9A-Za-z%.,/+\\s-]*\\))\\s*$";
// Scheme letters in either case: JSON Schema patterns have no flags.
const URL_PATTERN = "^\\s*(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):";

const DATE_DESCRIPTION =
  "A date: an ISO 8601 string (2023, 2023-03, 2023-03-17, 2023-03-17T10:30, 2023-03-17T10:30:00+03:00, -0043-03-15 for 44 BC), " +
  "an EDTF level 0 or 1 string (2023?, 2023-03~, 201X, 2023-21 for spring, Y-13800000000, intervals 2023-03-17/2023-10-18, open 2023-03-17/..), " +
  "or epoch milliseconds. Strings are never read as natural language.";

/** The whole schema: a timeline object, or (as `parseTimeline` accepts) an array of events. */
export function timelineJsonSchema(): JsonSchema {
  const defs: Record<string, JsonSchema> = {
    date: {
      description: DATE_DESCRIPTION,
      type: ["string", "number"],
      examples: ["2023-03-17", "2023-03", "2023-10-17T09:30+08:00", "2023~", "-0043-03-15", "2023-03-17/2023-10-18"]
    }
  };
  for (const spec of objectSpecs) defs[spec.name] = objectSchema(spec);
  return {
    $schema: DRAFT,
    title: "chronoline timeline",
    description: `${timelineSpec.description} An array of events is read as the events of an untitled timeline.`,
    anyOf: [{$ref: ref(timelineSpec.name)}, {type: "array", items: {$ref: ref("event")}}],
    $defs: defs
  };
}

function ref(name: string): string {
  return `#/$defs/${name}`;
}

function objectSchema(spec: ObjectSpec): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of spec.keys) properties[key] = fieldSchema(spec.fields[key]!);
  const required = spec.keys.filter((key) => spec.fields[key]!.required);
  return {
    description: spec.description,
    type: "object",
    properties,
    ...(required.length > 0 && {required}),
    // Every reader reports fields it does not know.
    additionalProperties: false,
    ...(spec.requireOneOf && {allOf: spec.requireOneOf.map((group) => ({anyOf: group.map((key) => ({required: [key]}))}))})
  };
}

function fieldSchema(field: FieldSpec): JsonSchema {
  return {description: field.description, ...valueSchema(field.type, field.required ?? false)};
}

/** `required` marks values that may not be blank: required fields, and list items. */
function valueSchema(type: ValueType, required: boolean): JsonSchema {
  switch (type.kind) {
    case "text":
    case "multilineText":
      return {type: "string", ...(required && {pattern: NOT_BLANK})};
    case "laneRef":
      return {type: "string"};
    case "id":
    case "eventRef":
      return {type: ["string", "number"], pattern: NOT_BLANK, maxLength: MAX_ID_LENGTH};
    case "date":
      // An empty optional end is read as no end; an empty required date is missing.
      return {$ref: ref("date"), ...(required && {minLength: 1})};
    case "numberRange":
      return {type: "number", minimum: type.min, maximum: type.max};
    case "color":
      return {type: "string", maxLength: MAX_COLOR_LENGTH, pattern: COLOR_PATTERN, examples: ["#4269d0", "rgb(66 105 208)", "steelblue"]};
    case "url":
      return {type: "string", format: "uri", maxLength: MAX_URL_LENGTH, pattern: URL_PATTERN};
    case "timeZone":
      return {type: "string", examples: ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kathmandu"]};
    case "locale":
      return {type: "string", examples: ["en-GB", "en-US", "de", "ru", "zh-Hans"]};
    case "schemaRef":
      return {type: "string", format: "uri-reference"};
    case "enum":
      return {type: "string", enum: [...type.values]};
    case "list":
      return {type: "array", items: valueSchema(type.of, true), ...(type.maxItems !== undefined && {maxItems: type.maxItems})};
    case "object":
      return {$ref: ref(type.spec.name)};
  }
}
