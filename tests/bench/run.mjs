// `npm run bench`: figures against the budgets of DESIGN.md §5, measured on the
// built package. Figures, not tests: nothing here fails on a slow machine.
import {readFileSync} from "node:fs";
import {gzipSync} from "node:zlib";
import {minify} from "terser";
import {LayoutCache, layoutTimeline, parseTimeline, renderToSVG} from "../../dist/index.js";
import {generateEvents} from "./generateEvents.mjs";

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time of `runs` calls after two warm-up calls. */
function time(fn, runs = 7) {
  fn();
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const rows = [];
function report(work, measured, budget, unit = "ms") {
  const ok = budget === undefined ? "" : measured <= budget ? "within" : "OVER";
  rows.push([work, `${measured.toFixed(1)} ${unit}`, budget === undefined ? "" : `< ${budget} ${unit}`, ok]);
}

for (const count of [1_000, 10_000, 100_000]) {
  const input = {events: generateEvents(count, 42)};
  report(`parse + validate ${count.toLocaleString("en")} events (UTC)`, time(() => parseTimeline(input), count >= 100_000 ? 3 : 7), count === 100_000 ? 300 : undefined);
}
{
  const input = {timeZone: "Europe/Moscow", events: generateEvents(100_000, 42)};
  report("parse + validate 100,000 events (Europe/Moscow)", time(() => parseTimeline(input), 3), 300);
}
const layoutTimes = new Map();
for (const count of [1_000, 10_000, 100_000]) {
  const timeline = parseTimeline({events: generateEvents(count, 42)});
  const all = [Math.min(...timeline.events.map((e) => e.span.start)), Math.max(...timeline.events.map((e) => e.span.end))];
  const fresh = time(() => layoutTimeline(timeline, {width: 1200, domain: all}), count >= 100_000 ? 3 : 7);
  layoutTimes.set(count, fresh);
  report(`layout, ${count.toLocaleString("en")} events in view`, fresh, count === 10_000 ? 30 : count === 100_000 ? 250 : undefined);
  const scene = layoutTimeline(timeline, {width: 1200, domain: all});
  const clustered = scene.clusters.reduce((sum, cluster) => sum + cluster.ids.length, 0);
  rows.push([`  labelled / clustered, ${count.toLocaleString("en")} in view`, `${scene.events.length} / ${clustered}`, "", `${((100 * scene.events.length) / (scene.events.length + clustered)).toFixed(1)}% labelled`]);
  // A zoom frame: a window holding about 1% of the events, laid out again with the cache a zooming view keeps.
  const middle = (all[0] + all[1]) / 2;
  const half = (all[1] - all[0]) / 200;
  const cache = new LayoutCache();
  let frame = 0;
  const zoomed = time(() => {
    const shift = ((frame++ % 10) - 5) * half * 0.1;
    layoutTimeline(timeline, {width: 1200, domain: [middle - half + shift, middle + half + shift], cache});
  }, 15);
  report(`  re-layout, zoomed to 1% of ${count.toLocaleString("en")} (cached)`, zoomed, 8);
}
rows.push(["  growth 10k -> 100k (n log n = 12.5x)", `${(layoutTimes.get(100_000) / layoutTimes.get(10_000)).toFixed(1)}x`, "", ""]);
{
  const input = {events: generateEvents(1_000, 42)};
  report("renderToSVG, 1,000 events", time(() => renderToSVG(input, {width: 1200})), 50);
}
{
  const esm = readFileSync(new URL("../../dist/index.js", import.meta.url), "utf8");
  const minified = (await minify(esm, {module: true})).code;
  report("bundle: own code, minified + gzipped (d3 excluded)", gzipSync(minified).length / 1024, 25, "KB");
  const umd = readFileSync(new URL("../../dist/chronoline.umd.min.js", import.meta.url));
  report("bundle: UMD with d3, minified + gzipped", gzipSync(umd).length / 1024, 60, "KB");
}

const header = ["work", "measured", "budget", ""];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
console.log(`chronoline bench, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of rows) console.log(line(row));
