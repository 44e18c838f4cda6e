// `npm run bench`: figures against the budgets of DESIGN.md §5, measured on the
// built package. Figures, not tests: nothing here fails on a slow machine.
import {readFileSync} from "node:fs";
import {gzipSync} from "node:zlib";
import {minify} from "terser";
import {layoutTimeline, parseTimeline, renderToSVG} from "../../dist/index.js";
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
for (const count of [1_000, 10_000]) {
  const timeline = parseTimeline({events: generateEvents(count, 42)});
  report(`layout, ${count.toLocaleString("en")} events in view (first picture's simple layout)`, time(() => layoutTimeline(timeline, {width: 1200}), 5), count === 10_000 ? 30 : undefined);
}
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
