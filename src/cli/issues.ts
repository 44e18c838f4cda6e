import {TimelineError, parseTimeline, type Timeline, type TimelineIssue} from "../index.js";
import {CliError} from "./cliError.js";

export interface Issue extends TimelineIssue {
  severity: "error" | "warning";
  /** The path points into the document converted to chronoline's format, not into the file. */
  converted: boolean;
}

/**
 * Every problem `parseTimeline` finds in strict mode, in the order found: the
 * ones that make a strict parse fail are errors, the normalisations (text cut or
 * cleaned, a time in a DST overlap) warnings. The timeline too, when valid.
 */
export function modelIssues(
  input: unknown,
  options: {timeZone?: string; locale?: string; converted: boolean}
): {issues: Issue[]; timeline?: Timeline} {
  const found: TimelineIssue[] = [];
  const {converted, ...parseOptions} = options;
  const issue = (warning: TimelineIssue, severity: Issue["severity"]): Issue => ({...warning, severity, converted});
  try {
    const timeline = parseTimeline(input, {...parseOptions, strict: true, onWarning: (warning) => found.push(warning)});
    return {issues: found.map((warning) => issue(warning, "warning")), timeline};
  } catch (error) {
    if (!(error instanceof TimelineError)) throw error;
    if (error.code === "INVALID_OPTION") throw new CliError(optionMessage(error));
    // The error lists the rejections among the warnings reported, as the same objects.
    const rejected = new Set<TimelineIssue>(error.issues);
    const issues = found.map((warning) => issue(warning, rejected.has(warning) ? "error" : "warning"));
    for (const rejection of error.issues) if (!found.includes(rejection)) issues.push(issue(rejection, "error"));
    return {issues};
  }
}

/** One line: `file: error: events[3].start: invalid date: … (INVALID_DATE)`. */
export function formatIssue(name: string, issue: Issue): string {
  const where = issue.path ? `${issue.path}${issue.converted ? " (as converted)" : ""}: ` : "";
  return `${name}: ${issue.severity}: ${where}${issue.message} (${issue.code})`;
}

/** Importer warnings: paths into the source file. */
export function importIssues(warnings: readonly TimelineIssue[]): Issue[] {
  return warnings.map((warning) => ({...warning, severity: "warning", converted: false}));
}

export function countIssues(issues: readonly Issue[]): string {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.length - errors;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

const FLAGS: Record<string, string> = {timeZone: "--time-zone", maxRows: "--max-rows"};

/** A library's option error in the command's words: "invalid --time-zone: …". */
export function optionMessage(error: TimelineError): string {
  const issue = error.issues[0] ?? error;
  const name = issue.path.replace(/^options\./, "");
  const flag = FLAGS[name] ?? `--${name}`;
  return issue.message.replace(new RegExp(`^invalid ${name}\\b`), `invalid ${flag}`);
}
