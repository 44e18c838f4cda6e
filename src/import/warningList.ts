import type {TimelineWarning} from "../index.js";

/** Collects an importer's warnings in the order they are found. */
export class WarningList {
  readonly warnings: TimelineWarning[] = [];

  add(code: string, path: string, message: string): void {
    this.warnings.push({code, path, message});
  }
}
