// The side-by-side bench in Chromium: chronoline and vis-timeline (the peer to
// beat, its current release) draw the same generated events in the same run,
// 1200 px wide: vis-timeline at 600 px high (its items stack inside), chronoline
// as tall as its lanes need (the table gives each drawing's size). For each:
// first render (the call to two animation frames later),
// the work of 30 programmatic zoom steps (p50 and p95: the call and the style and
// layout it causes, read back at once; paint is not included), DOM nodes in the
// container, JS heap used after a forced GC.
// A case that passes 60 s is recorded as a timeout. Figures, not tests.
import {readFileSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {chromium} from "playwright-core";
import {findChromium} from "./findChromium.mjs";
import {generateEvents} from "./generateEvents.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const CASE_TIMEOUT_MS = 60_000;
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const ZOOM_STEPS = 30;

const executablePath = findChromium();
if (!executablePath) {
  console.warn("*** SKIPPING THE BROWSER BENCH: no Chromium found (install Debian's chromium or set CHROMIUM_PATH).");
  process.exit(0);
}

const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--enable-precise-memory-info"]
});

/** The page's work for one library, as source evaluated in the page: mount(events) and zoom(start, end). */
const LIBRARIES = {
  chronoline: {
    scripts: [`${root}dist/chronoline.umd.min.js`],
    styles: [`${root}dist/chronoline.css`],
    drawing: "svg.chronoline",
    setup: () => {
      window.bench = {
        mount(events) {
          window.handle = chronoline.createTimeline(document.getElementById("chart"), {events}, {width: 1200, overview: false});
        },
        zoom(start, end) {
          window.handle.zoomTo([start, end], {animate: false});
        }
      };
    }
  },
  "vis-timeline": {
    scripts: [`${root}node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js`],
    styles: [`${root}node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css`],
    drawing: ".vis-timeline",
    setup: () => {
      window.bench = {
        mount(events) {
          const items = events.map((event) => ({
            id: event.id,
            content: event.title,
            start: event.start,
            ...(event.end && {end: event.end, type: "range"}),
            group: event.lane
          }));
          const groups = [...new Set(events.map((event) => event.lane))].map((id) => ({id, content: id}));
          window.handle = new vis.Timeline(document.getElementById("chart"), items, groups, {width: "1200px", height: "600px"});
        },
        zoom(start, end) {
          // setWindow only schedules vis-timeline's redraw for its next animation
          // frame; redraw() does that work now, inside the measured frame, as
          // chronoline's zoomTo does.
          window.handle.setWindow(start, end, {animation: false});
          window.handle.redraw();
        }
      };
    }
  }
};

async function measure(library, events) {
  const page = await browser.newPage({viewport: {width: 1280, height: 700}});
  const cdp = await page.context().newCDPSession(page);
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body><div id="chart"></div></body></html>`);
  const {scripts, styles, setup} = LIBRARIES[library];
  for (const path of styles) await page.addStyleTag({path}).catch(() => {});
  for (const path of scripts) await page.addScriptTag({path});
  await page.evaluate(setup);
  await page.evaluate((events) => (window.events = events), events);
  const firstRender = await withTimeout(page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    window.bench.mount(window.events);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
  })));
  if (firstRender === "timeout") {
    await page.close();
    return {firstRender: "timeout"};
  }
  const zooms = await withTimeout(page.evaluate(({steps}) => new Promise((resolve) => {
    const events = window.events;
    const starts = events.map((e) => Date.parse(e.start)).sort((a, b) => a - b);
    const first = starts[0];
    const last = starts[starts.length - 1];
    const times = [];
    let step = 0;
    const next = () => {
      if (step === steps) return resolve(times);
      // Zoom in towards the middle and out again: widths from the whole extent down to 1/64 of it.
      const fraction = 2 ** -(step < steps / 2 ? step / 2.5 : (steps - step) / 2.5);
      const middle = (first + last) / 2;
      const half = ((last - first) / 2) * fraction;
      // A frame's work: the zoom call and the style and layout it causes (read back
      // at once), not the wait for the display's next frame.
      const start = performance.now();
      window.bench.zoom(middle - half, middle + half);
      document.getElementById("chart").getBoundingClientRect();
      times.push(performance.now() - start);
      step++;
      requestAnimationFrame(() => requestAnimationFrame(next));
    };
    next();
  }), {steps: ZOOM_STEPS}));
  const nodes = await page.evaluate(() => document.getElementById("chart").querySelectorAll("*").length);
  const size = await page.evaluate((selector) => {
    const {width, height} = document.querySelector(`#chart ${selector}`).getBoundingClientRect();
    return `${Math.round(width)}×${Math.round(height)}`;
  }, LIBRARIES[library].drawing);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? NaN);
  await page.close();
  if (zooms === "timeout") return {firstRender, zoom: "timeout", nodes, heap, size};
  const sorted = [...zooms].sort((a, b) => a - b);
  return {firstRender, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), nodes, heap, size};
}

function withTimeout(promise) {
  return Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve("timeout"), CASE_TIMEOUT_MS))]);
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const ms = (value) => (typeof value === "number" ? `${value.toFixed(1)} ms` : value ?? "–");
const ratio = (peer, ours) => (typeof peer === "number" && typeof ours === "number" ? `${(peer / ours).toFixed(1)}x` : "–");

const rows = [];
for (const size of SIZES) {
  const events = generateEvents(size, 42);
  const ours = await measure("chronoline", events);
  const peer = await measure("vis-timeline", events);
  rows.push({size, ours, peer});
  console.log(`${size.toLocaleString("en")} events: chronoline first render ${ms(ours.firstRender)}, vis-timeline ${ms(peer.firstRender)}`);
}

const header = "| events | library | drawing | first render | zoom frame p50 | zoom frame p95 | DOM nodes | JS heap |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |";
const lines = rows.flatMap(({size, ours, peer}) => [
  `| ${size.toLocaleString("en")} | chronoline | ${ours.size ?? "–"} | ${ms(ours.firstRender)} | ${ms(ours.p50)} | ${ms(ours.p95)} | ${ours.nodes ?? "–"} | ${mb(ours.heap)} |`,
  `| | vis-timeline ${peerVersion()} | ${peer.size ?? "–"} | ${ms(peer.firstRender)} | ${ms(peer.p50 ?? peer.zoom)} | ${ms(peer.p95 ?? peer.zoom)} | ${peer.nodes ?? "–"} | ${mb(peer.heap)} |`,
  `| | vis-timeline ÷ chronoline | | ${ratio(peer.firstRender, ours.firstRender)} | ${ratio(peer.p50, ours.p50)} | ${ratio(peer.p95, ours.p95)} | ${ratio(peer.nodes, ours.nodes)} | ${ratio(peer.heap, ours.heap)} |`
]);
const budgets = [
  "Budgets (DESIGN.md §5): first render < 200 ms at 10,000 and < 1 s at 100,000; zoom p95 < 16 ms at 100,000;",
  "at least 10x faster first render than vis-timeline at 10,000."
].join("\n");
const report = `# chronoline vs vis-timeline in Chromium\n\n${new Date().toISOString().slice(0, 10)}, ${await browser.version()}, 1200 px wide (the drawing column gives each one's size), events from tests/bench/generateEvents.mjs (seed 42).\n\n${header}\n${lines.join("\n")}\n\n${budgets}\n`;
console.log(`\n${report}`);
writeFileSync(`${root}tests/bench/results.md`, report);
console.log("written to tests/bench/results.md");
await browser.close();

function mb(bytes) {
  return typeof bytes === "number" && Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(1)} MB` : "–";
}

function peerVersion() {
  return JSON.parse(readFileSync(`${root}node_modules/vis-timeline/package.json`, "utf8")).version;
}
