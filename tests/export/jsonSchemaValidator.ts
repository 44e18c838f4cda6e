// A small JSON Schema (draft 2020-12) validator for the keywords that the generated
// chronoline schema uses, and only those: `checkKeywords` fails on any other, so
// the schema cannot grow a keyword that these tests would silently ignore. Errors
// carry paths in the readers' notation (`events[3].title`), so the tests can
// compare them with parseTimeline's warnings.

type Schema = {[keyword: string]: unknown};

export interface SchemaError {
  path: string;
  message: string;
}

/** Keywords that constrain a value and are checked here. */
const ASSERTIONS = [
  "$ref", "type", "enum", "properties", "required", "additionalProperties", "items", "maxItems",
  "minLength", "maxLength", "pattern", "minimum", "maximum", "anyOf", "allOf"
];
/** Keywords that only describe (annotations), or structure the document. */
const ANNOTATIONS = ["$schema", "$defs", "title", "description", "examples", "format"];
const KNOWN = new Set([...ASSERTIONS, ...ANNOTATIONS]);

/** Every keyword of every subschema, checked against the ones this validator knows. */
export function checkKeywords(schema: Schema, at = "#"): string[] {
  const unknown: string[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (!KNOWN.has(keyword)) unknown.push(`${at}/${keyword}`);
    if (keyword === "$defs" || keyword === "properties") {
      for (const [name, sub] of Object.entries(value as Record<string, Schema>)) unknown.push(...checkKeywords(sub, `${at}/${keyword}/${name}`));
    } else if (keyword === "items") {
      unknown.push(...checkKeywords(value as Schema, `${at}/items`));
    } else if (keyword === "anyOf" || keyword === "allOf") {
      (value as Schema[]).forEach((sub, i) => unknown.push(...checkKeywords(sub, `${at}/${keyword}/${i}`)));
    }
  }
  return unknown;
}

export function validateAgainstSchema(root: Schema, value: unknown): SchemaError[] {
  return check(root, root, value, "");
}

function check(root: Schema, schema: Schema, value: unknown, path: string): SchemaError[] {
  const errors: SchemaError[] = [];
  if (typeof schema.$ref === "string") errors.push(...check(root, resolveRef(root, schema.$ref), value, path));
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((type) => isOfType(value, type))) {
      return [...errors, {path, message: `expected ${types.join(" or ")}, got ${describe(value)}`}];
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push({path, message: `${describe(value)} is not one of ${schema.enum.join(", ")}`});
  if (typeof value === "string") {
    const length = [...value].length; // code points, as JSON Schema counts
    if (typeof schema.minLength === "number" && length < schema.minLength) errors.push({path, message: `shorter than ${schema.minLength}`});
    if (typeof schema.maxLength === "number" && length > schema.maxLength) errors.push({path, message: `longer than ${schema.maxLength}`});
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) {
      errors.push({path, message: `${describe(value)} does not match ${schema.pattern}`});
    }
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) errors.push({path, message: `less than ${schema.minimum}`});
    if (typeof schema.maximum === "number" && value > schema.maximum) errors.push({path, message: `more than ${schema.maximum}`});
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) errors.push({path, message: `more than ${schema.maxItems} items`});
    if (schema.items) value.forEach((item, i) => errors.push(...check(root, schema.items as Schema, item, `${path}[${i}]`)));
  }
  if (isObject(value)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!Object.hasOwn(value, key)) errors.push({path: join(path, key), message: "missing required field"});
    }
    for (const [key, item] of Object.entries(value)) {
      const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (property) errors.push(...check(root, property, item, join(path, key)));
      else if (schema.additionalProperties === false) errors.push({path: join(path, key), message: `unknown field ${JSON.stringify(key)}`});
    }
  }
  if (Array.isArray(schema.allOf)) for (const sub of schema.allOf as Schema[]) errors.push(...check(root, sub, value, path));
  if (Array.isArray(schema.anyOf)) {
    const branches = (schema.anyOf as Schema[]).map((sub) => check(root, sub, value, path));
    if (!branches.some((branch) => branch.length === 0)) {
      // Report the branch whose type fits: its errors say what is wrong inside.
      const fitting = branches.filter((branch) => !branch.some((error) => error.path === path && error.message.startsWith("expected ")));
      const best = (fitting.length ? fitting : branches).sort((a, b) => a.length - b.length)[0]!;
      errors.push(...best);
    }
  }
  return errors;
}

function resolveRef(root: Schema, ref: string): Schema {
  const match = /^#\/\$defs\/([\w-]+)$/.exec(ref);
  const target = match && (root.$defs as Record<string, Schema> | undefined)?.[match[1]!];
  if (!target) throw new Error(`unresolvable $ref ${ref}`);
  return target;
}

function isOfType(value: unknown, type: string): boolean {
  switch (type) {
    case "string": return typeof value === "string";
    case "number": return typeof value === "number" && Number.isFinite(value);
    case "integer": return Number.isInteger(value);
    case "boolean": return typeof value === "boolean";
    case "null": return value === null;
    case "array": return Array.isArray(value);
    case "object": return isObject(value);
    default: throw new Error(`unknown type ${type}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : typeof value === "object" ? "an object" : String(value);
}
