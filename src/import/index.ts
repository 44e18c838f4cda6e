// chronoline/import: the importers, a separate entry so that the core bundle
// carries neither them nor their parsers (d3-dsv, @markwhen/parser).
export {fromTimelineJS} from "./fromTimelineJS.js";
export {fromTimelineJSSheet} from "./fromTimelineJSSheet.js";
export {fromVisTimeline} from "./fromVisTimeline.js";
export type {VisOptions} from "./fromVisTimeline.js";
export {fromMarkwhen} from "./fromMarkwhen.js";
export type {MarkwhenOptions} from "./fromMarkwhen.js";
export {fromCSV} from "./fromCSV.js";
export type {CsvOptions} from "./fromCSV.js";
export type {CsvField, CsvMapping} from "./csvColumns.js";
export {detectFormat} from "./detectFormat.js";
export {importTimeline} from "./importTimeline.js";
export type {ImportOptions, ImportTimelineResult} from "./importTimeline.js";
export {htmlToText} from "./htmlToText.js";
export type {HtmlLink, HtmlText} from "./htmlToText.js";
export type {DetectedFormat, ImportFormat, ImportResult} from "./types.js";
