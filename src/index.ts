export {TimelineError} from "./model/errors.js";
export type {TimelineIssue, TimelineWarning} from "./model/errors.js";
export {parseTimeline} from "./model/parseTimeline.js";
export type {ParseOptions} from "./model/parseTimeline.js";
export type {
  Annotation,
  AnnotationInput,
  DateInput,
  Era,
  EraInput,
  EventInput,
  Lane,
  LaneInput,
  Marker,
  MarkerInput,
  Place,
  PlaceInput,
  Relation,
  RelationInput,
  RelationType,
  Source,
  SourceInput,
  Timeline,
  TimelineEvent,
  TimelineInput
} from "./model/types.js";
export {parseDate} from "./time/parseDate.js";
export type {ParseDateOptions} from "./time/parseDate.js";
export type {Precision, TimeSpan} from "./time/span.js";
export {formatSpan} from "./time/formatSpan.js";
export type {FormatOptions} from "./time/formatSpan.js";
export {timeTicks} from "./time/ticks.js";
export type {AxisTick, TickOptions} from "./time/ticks.js";
export {layoutTimeline} from "./layout/layoutTimeline.js";
export type {LayoutView} from "./layout/layoutTimeline.js";
export type * from "./layout/scene.js";
export {measureTextWithTable, canvasMeasureText} from "./layout/measureText.js";
export type {FontSpec, MeasureText} from "./layout/measureText.js";
export {timeline} from "./render/timeline.js";
export type {TimelineComponent, TimelineData} from "./render/timeline.js";
export {renderToSVG} from "./render/renderToSVG.js";
export type {RenderToSVGOptions} from "./render/renderToSVG.js";
export {lightTheme, darkTheme} from "./render/theme.js";
export type {Theme, ThemeName} from "./render/theme.js";
export {createTimeline} from "./render/createTimeline.js";
export type {TimelineHandle, TimelineOptions} from "./render/createTimeline.js";
export type {ToPNGOptions} from "./export/toPNG.js";
export {LayoutCache} from "./layout/layoutCache.js";
