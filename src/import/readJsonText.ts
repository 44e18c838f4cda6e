import {TimelineError} from "../index.js";

/**
 * JSON text to a value, with a byte-order mark allowed. Unreadable text throws a
 * `TimelineError` (INVALID_JSON) naming the line and column of the first
 * mistake: engines word (and place) their own JSON errors differently, and some
 * give no position at all, so the position is found here by a small scanner
 * that runs only after `JSON.parse` has failed.
 */
export function readJsonText(text: string): unknown {
  const json = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch {
    const {offset, expected} = findJsonError(json);
    const {line, column} = lineAndColumn(json, offset);
    const found = offset >= json.length ? "the end of the text" : JSON.stringify(String.fromCodePoint(json.codePointAt(offset)!));
    throw new TimelineError("INVALID_JSON", `unreadable JSON at line ${line}, column ${column}: expected ${expected}, found ${found}`);
  }
}

interface JsonError {
  /** Index of the first character that cannot be read. */
  offset: number;
  /** What the grammar allowed there. */
  expected: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const STRING_CHARACTERS = /[^"\\\u0000-\u001f]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const WHITESPACE = /[ \t\n\r]*/y;

/**
 * The first syntax error of JSON text, found by an iterative scanner (no
 * recursion, so deeply nested input cannot overflow the stack).
 */
function findJsonError(text: string): JsonError {
  const closers: string[] = [];
  let i = 0;
  let state: "value" | "key" | "after" = "value";
  const skipWhitespace = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
  };
  const scan = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  const scanString = (): JsonError | undefined => {
    i++; // the opening quote
    for (;;) {
      scan(STRING_CHARACTERS);
      if (text[i] === '"') {
        i++;
        return undefined;
      }
      if (text[i] !== "\\") return {offset: i, expected: 'the closing quote (")'};
      if (!scan(ESCAPE)) return {offset: i, expected: "an escape sequence (\\n, \\\", \\u00e9, …)"};
    }
  };

  for (;;) {
    skipWhitespace();
    const c = text[i];
    if (state === "value") {
      if (c === "{" || c === "[") {
        i++;
        skipWhitespace();
        const closer = c === "{" ? "}" : "]";
        if (text[i] === closer) {
          i++;
          state = "after";
        } else {
          closers.push(closer);
          state = c === "{" ? "key" : "value";
        }
      } else if (c === '"') {
        const error = scanString();
        if (error) return error;
        state = "after";
      } else if (scan(NUMBER) || scan(LITERAL)) {
        state = "after";
      } else {
        return {offset: i, expected: "a value (object, array, string, number, true, false or null)"};
      }
    } else if (state === "key") {
      if (c !== '"') return {offset: i, expected: "a property name in double quotes"};
      const error = scanString();
      if (error) return error;
      skipWhitespace();
      if (text[i] !== ":") return {offset: i, expected: '":" after the property name'};
      i++;
      state = "value";
    } else {
      const closer = closers[closers.length - 1];
      if (closer === undefined) return {offset: i, expected: "the end of the text after the value"};
      if (c === ",") {
        i++;
        state = closer === "}" ? "key" : "value";
      } else if (c === closer) {
        i++;
        closers.pop();
      } else {
        return {offset: i, expected: `"," or "${closer}"`};
      }
    }
  }
}

/** 1-based line and column (in UTF-16 code units) of an index. */
function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return {line, column: offset - lineStart + 1};
}
