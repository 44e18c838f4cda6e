/**
 * One problem found in the input: a machine-readable code, the JSON path of the
 * offending value (`events[3].start`), and a sentence for people.
 */
export interface TimelineIssue {
  code: string;
  path: string;
  message: string;
}

/** A structured warning: the same shape as an issue, reported instead of thrown. */
export type TimelineWarning = TimelineIssue;

/**
 * The one error type chronoline throws. `code` is the first issue's code (or the
 * error's own, for programmer errors such as bad options); `issues` lists every
 * problem found, so a strict parse reports all of them at once.
 */
export class TimelineError extends Error {
  override readonly name = "TimelineError";
  readonly code: string;
  readonly path: string;
  readonly issues: readonly TimelineIssue[];

  constructor(code: string, message: string, path = "", issues?: readonly TimelineIssue[]) {
    super(path ? `${path}: ${message}` : message);
    this.code = code;
    this.path = path;
    this.issues = issues && issues.length ? issues : [{code, path, message}];
  }

  /** An error that lists several issues; its code and message are the first one's. */
  static fromIssues(issues: readonly TimelineIssue[]): TimelineError {
    const [first] = issues;
    if (!first) throw new RangeError("TimelineError.fromIssues needs at least one issue");
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    return new TimelineError(first.code, first.message + more, first.path, issues);
  }
}

/**
 * Quotes a value for an error message without echoing unbounded or hostile text:
 * long strings are cut, and the result is only ever used as text.
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    const cut = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a Date";
  return "an object";
}
