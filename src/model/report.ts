import {TimelineError, type TimelineWarning} from "./errors.js";

/**
 * Codes that record a normalisation rather than a rejection: the value was kept,
 * adjusted. Strict mode lets these through as warnings; every other code makes a
 * strict parse throw.
 */
const NORMALISATIONS = new Set(["TEXT_TRUNCATED", "TEXT_CLEANED", "DST_OVERLAP", "LEAP_SECOND"]);

/** Collects warnings with their JSON paths while one input is read. */
export class Report {
  readonly warnings: TimelineWarning[] = [];
  private readonly listener: ((warning: TimelineWarning) => void) | undefined;

  constructor(listener?: (warning: TimelineWarning) => void) {
    this.listener = listener;
  }

  warn(code: string, path: string, message: string): void {
    const warning = {code, path, message};
    this.warnings.push(warning);
    this.listener?.(warning);
  }

  /** Records a caught `TimelineError` (or anything thrown) under a path. */
  warnError(error: unknown, path: string): void {
    if (error instanceof TimelineError) {
      for (const issue of error.issues) this.warn(issue.code, joinPath(path, issue.path), stripPath(issue));
    } else {
      this.warn("UNEXPECTED_ERROR", path, error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * In strict mode, the error listing every rejection found so far, after the
   * first `skip` warnings (those about the options themselves: an unknown or
   * forbidden option name is the programmer's, reported and ignored in both modes).
   */
  strictError(skip = 0): TimelineError | undefined {
    const rejections = this.warnings.slice(skip).filter((w) => !NORMALISATIONS.has(w.code));
    return rejections.length ? TimelineError.fromIssues(rejections) : undefined;
  }
}

function stripPath(issue: {path: string; message: string}): string {
  return issue.path && issue.message.startsWith(`${issue.path}: `) ? issue.message.slice(issue.path.length + 2) : issue.message;
}

export function joinPath(base: string, key: string | number): string {
  if (typeof key === "number") return `${base}[${key}]`;
  if (key === "") return base;
  if (key.startsWith("[")) return base + key;
  return base ? `${base}.${key}` : key;
}
