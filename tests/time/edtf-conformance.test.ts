import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {TimelineError} from "../../src/model/errors.js";
import {msFromCivil} from "../../src/time/calendar.js";
import {parseDate} from "../../src/time/parseDate.js";

// The parser cases of edtf.js (test/parser.js): levels 0-3, valid and invalid.
interface EdtfCase {
  input: string;
  section: string;
  test: string;
  valid: boolean;
  level?: number | null;
  produces_js_values?: string | null;
  assertion?: string | null;
  options?: string;
}

interface EdtfFixture {
  cases: EdtfCase[];
  roundtrip_strings_from_test_edtf_js: string[];
}

const fixture = JSON.parse(
  readFileSync(new URL("../../../shared/fixtures/edtf/edtf-js-parser-cases.json", import.meta.url), "utf8")
) as EdtfFixture;

/** The EDTF level of a valid case; the fixture leaves it out for some level 0 offset cases. */
function levelOf(c: EdtfCase): number {
  return c.level ?? (c.section === "Level 0" ? 0 : Number.NaN);
}

const validLevel01 = fixture.cases.filter((c) => c.valid && levelOf(c) <= 1);
const validBeyondLevel1 = fixture.cases.filter((c) => c.valid && levelOf(c) >= 2);
const invalid = fixture.cases.filter((c) => !c.valid);

/**
 * Level 2 strings that chronoline reads rather than rejects, because each part is
 * a form it accepts: a masked date (`2004-06-XX`) as an interval end.
 */
const READ_BEYOND_LEVEL_1 = new Set(["2004-06-XX/2004-07-03"]);

/**
 * edtf.js reads the digits after the decimal point as a count of milliseconds
 * (".4" as 4 ms); in ISO 8601 they are a decimal fraction of a second (400 ms).
 */
const DECIMAL_FRACTION_MS: Record<string, number> = {
  "2016-05-02T16:54:59.4": 400,
  "2016-05-02T16:54:59.42": 420
};

type JsValues = Array<number | null>;

/** `[year, monthIndex0, day, h, m, s, ms]` as the UTC milliseconds `Date.UTC` would give (without its 1900s quirk). */
function msOfValues(values: JsValues): number {
  const [year = 0, monthIndex = 0, day = 1, hour = 0, minute = 0, second = 0, millisecond = 0] = values.map((v) => v ?? 0);
  return msFromCivil({year, month: monthIndex + 1, day, hour, minute, second, millisecond});
}

function parseValues(text: string): JsValues {
  return JSON.parse(text.replace(/Infinity/g, "null")) as JsValues;
}

/** The expected first millisecond of a valid single date. */
function expectedStart(c: EdtfCase): number {
  const assertion = c.assertion ?? "";
  let values: JsValues;
  if (typeof c.produces_js_values === "string") {
    values = parseValues(c.produces_js_values);
  } else {
    // Offset-only cases give no values: read them from the date-time itself.
    const fields = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)/.exec(c.input);
    if (!fields) throw new Error(`no expected values for ${c.input}`);
    values = fields.slice(1).map(Number);
    values[1] = (values[1] ?? 1) - 1;
  }
  if (assertion.includes("be.a.century")) values = [(values[0] ?? 0) * 100];
  // Seasons are meteorological (21 spring starts in March), not edtf.js's calendar quarters.
  if (assertion.includes("be.a.season")) values = [values[0] ?? 0, ((values[1] ?? 21) - 21) * 3 + 2];
  const fractionMs = DECIMAL_FRACTION_MS[c.input];
  if (fractionMs !== undefined) values[6] = fractionMs;
  const offset = /property\('offset', (-?\d+)\)/.exec(assertion);
  return msOfValues(values) - (offset ? Number(offset[1]) * 60_000 : 0);
}

function expectRejected(input: string, code?: string): void {
  let error: unknown;
  try {
    parseDate(input);
  } catch (e) {
    error = e;
  }
  expect(error, `${input} should be rejected`).toBeInstanceOf(TimelineError);
  if (code !== undefined) expect((error as TimelineError).code).toBe(code);
}

function checkInterval(c: EdtfCase): void {
  const span = parseDate(c.input);
  const assertion = c.assertion ?? "";
  const slash = c.input.indexOf("/");
  const first = c.input.slice(0, slash);
  const last = c.input.slice(slash + 1);
  const from = /\.from\((\[[^\]]*\])\)/.exec(assertion);
  const through = /\.through\((\[[^\]]*\])\)/.exec(assertion);
  if (from) {
    expect(span.start).toBe(msOfValues(parseValues(from[1] ?? "[]")));
  } else {
    expect(span.start).toBe(-Infinity);
    expect(span.openStart).toBe(true);
    expect(span.unknownStart).toBe(first === "");
  }
  if (through) {
    // `through` names the last unit: its start, and the interval ends where it does.
    const lastUnit = parseDate(last);
    expect(lastUnit.start).toBe(msOfValues(parseValues(through[1] ?? "[]")));
    expect(span.end).toBe(lastUnit.end);
  } else {
    expect(span.end).toBe(Infinity);
    expect(span.openEnd).toBe(true);
    expect(span.unknownEnd).toBe(last === "");
  }
}

function isInterval(c: EdtfCase): boolean {
  return (c.assertion ?? "").includes("interval");
}

describe("EDTF conformance with edtf.js's parser cases", () => {
  it.each(validLevel01.map((c, i) => [i, c.input, c] as const))(
    "parseDate reads valid level 0/1 case #%i %s",
    (_index, _input, c) => {
      if (isInterval(c)) {
        checkInterval(c);
        return;
      }
      const span = parseDate(c.input);
      expect(span.start).toBe(expectedStart(c));
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.uncertain).toBe(/[?%]$/.test(c.input));
      expect(span.approximate).toBe(/[~%]$/.test(c.input));
    }
  );

  it.each(validBeyondLevel1.map((c, i) => [i, c.input, c] as const))(
    "parseDate rejects valid level 2/3 case #%i %s with UNSUPPORTED_EDTF (or reads it correctly)",
    (_index, input, c) => {
      if (READ_BEYOND_LEVEL_1.has(input)) checkInterval(c);
      else expectRejected(input, "UNSUPPORTED_EDTF");
    }
  );

  it.each(invalid.map((c, i) => [i, c.input, c.options ?? ""] as const))(
    "parseDate rejects invalid case #%i %s %s",
    (_index, input) => {
      expectRejected(input);
    }
  );
});

// From test/edtf.js: strings that edtf.js formats back unchanged.
const LEVEL_2_ROUNDTRIP = new Set(["2016~-05?", "2016-~05", "2XX6"]);

describe("EDTF round-trip strings of edtf.js", () => {
  it.each(fixture.roundtrip_strings_from_test_edtf_js)("parseDate(%j) reads level 0/1 strings and rejects level 2", (input) => {
    if (LEVEL_2_ROUNDTRIP.has(input)) {
      expectRejected(input, "UNSUPPORTED_EDTF");
      return;
    }
    const span = parseDate(input);
    expect(Number.isNaN(span.start) || Number.isNaN(span.end)).toBe(false);
    expect(span.end).toBeGreaterThan(span.start);
  });
});
