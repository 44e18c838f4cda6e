// Type tests: compiled by `npm run typecheck` (tsc -p tests), never run. Each line
// marked as an expected error must fail to compile, or the check fails.
import {select} from "d3-selection";
import {parseDate, parseTimeline, renderToSVG, timeline, type EventInput, type TimelineInput, type TimeSpan} from "../src/index.js";

const input: TimelineInput = {events: [{title: "ICC warrant", start: "2023-03-17", importance: 5}]};
const chart = timeline().width(900).theme("dark").locale("ru");
select<HTMLDivElement, TimelineInput>("#chart").datum(input).call(chart);
const span: TimeSpan = parseDate("2023-03");
const width: number | null = chart.width();
parseTimeline(input, {strict: false}).events[0]?.span.start satisfies number | undefined;
renderToSVG(input, {width: 900, theme: "light"});
void [span, width];

// @ts-expect-error: an event needs a title
const untitled: EventInput = {start: "2023"};
// @ts-expect-error: themes are "light" or "dark"
timeline().theme("neon");
// @ts-expect-error: width is a number
renderToSVG(input, {width: "wide"});
// @ts-expect-error: relation types are a closed set
const relation: TimelineInput = {events: [], relations: [{from: "a", to: "b", type: "likes"}]};
// @ts-expect-error: TimeSpan is read-only
span.start = 0;
void [untitled, relation];
