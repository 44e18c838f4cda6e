import type {TimelineInput, TimelineWarning} from "../index.js";

/** The formats `detectFormat` tells apart; "unknown" when none fits. */
export type ImportFormat = "chronoline" | "timelinejs" | "timelinejs-sheet" | "vis" | "markwhen" | "csv";
export type DetectedFormat = ImportFormat | "unknown";

/**
 * What an importer gives back: chronoline input, ready for `parseTimeline`, and
 * a warning for every source item (event, row, era, group) that it could not
 * carry over whole. An item is either in `input` or named in `warnings`.
 */
export interface ImportResult {
  input: TimelineInput;
  /** `{code, path, message}`; paths point into the source: `events[3].start_date.year`, `rows[12].Year`, `lines[40]`. */
  warnings: TimelineWarning[];
}
