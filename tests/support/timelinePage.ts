// A bare page with the UMD build and its stylesheet, for driving an interactive
// timeline in Chromium: createTimeline in #chart, its handle and every "zoom"
// event it reports kept on `window`, and the plot's geometry read from the drawing.
import type {Browser, Page} from "playwright-core";
import type * as Chronoline from "../../src/index.js";
import {repoPath} from "./paths.js";

export interface ZoomDetail {
  domain: [number, number];
  userInput: boolean;
}

/** What a test page keeps on `window`. */
export interface TestWindow {
  chronoline: typeof Chronoline;
  handle: Chronoline.TimelineHandle | null;
  /** Every "zoom" event since the last mount, in order. */
  zooms: ZoomDetail[];
  /** The window shown before any zoom: the data's padded extent, as the layout computes it. */
  extent: [number, number];
  /** The data and width of the last mount. */
  input: unknown;
  width: number;
}

/** Where time is drawn, in the drawing's own coordinates, and how they map to the page. */
export interface PlotGeometry {
  /** The axis line: time runs from (x1, y1) to (x2, y2). */
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  /** The drawing's size (its width and height attributes). */
  width: number;
  height: number;
  /** Client coordinates = drawing coordinates * scale + offset. */
  scale: number;
  left: number;
  top: number;
}

/** A page with nothing focusable before the chart, so the first Tab lands in it. */
export async function openTimelinePage(browser: Browser, viewport = {width: 1400, height: 1500}): Promise<{page: Page; problems: string[]}> {
  const page = await browser.newPage({viewport});
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chronoline in a test page</title>` +
      `<link rel="icon" href="data:,"></head><body><main><div id="chart"></div></main></body></html>`
  );
  await page.addStyleTag({path: repoPath("dist", "chronoline.css")});
  await page.addScriptTag({path: repoPath("dist", "chronoline.umd.min.js")});
  return {page, problems};
}

/** Replaces any timeline in #chart with a new one and starts recording its zoom events. */
export async function mountTimeline(page: Page, input: unknown, options: Chronoline.TimelineOptions & {width: number}): Promise<void> {
  await page.evaluate(({input, options}) => {
    const w = window as unknown as TestWindow;
    w.handle?.destroy();
    const container = document.getElementById("chart")!;
    w.zooms = [];
    w.input = input;
    w.width = options.width;
    w.extent = w.chronoline.layoutTimeline(w.chronoline.parseTimeline(input as Chronoline.TimelineInput, {strict: false}), {width: options.width}).domain;
    w.handle = w.chronoline.createTimeline(container, input as Chronoline.TimelineInput, options);
    w.handle.on("zoom.test", (detail) => w.zooms.push(detail));
  }, {input, options});
}

export function zoomEvents(page: Page): Promise<ZoomDetail[]> {
  return page.evaluate(() => (window as unknown as TestWindow).zooms.slice());
}

/** The window shown before any zoom. */
export function initialDomain(page: Page): Promise<[number, number]> {
  return page.evaluate(() => (window as unknown as TestWindow).extent);
}

/** Waits until at least `count` zoom events have been reported, and returns them all. */
export async function waitForZooms(page: Page, count = 1): Promise<ZoomDetail[]> {
  await page.waitForFunction((count) => (window as unknown as TestWindow).zooms.length >= count, count);
  return zoomEvents(page);
}

/** Lets the page run a few animation frames, so that anything scheduled by the last input has happened. */
export async function settle(page: Page, frames = 3): Promise<void> {
  await page.evaluate((frames) => new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(frames);
  }), frames);
}

export function plotGeometry(page: Page): Promise<PlotGeometry> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>("#chart svg.chronoline")!;
    const line = svg.querySelector<SVGLineElement>(".chronoline-axis-line")!;
    const value = (element: Element, name: string) => Number(element.getAttribute(name));
    const matrix = svg.getScreenCTM()!;
    return {
      x1: value(line, "x1"), x2: value(line, "x2"), y1: value(line, "y1"), y2: value(line, "y2"),
      width: value(svg, "width"), height: value(svg, "height"),
      scale: matrix.a, left: matrix.e, top: matrix.f
    };
  });
}

/** The time drawn at `x` (drawing coordinates) on a horizontal axis showing `domain`. */
export function timeAtX(x: number, domain: [number, number], plot: PlotGeometry): number {
  return domain[0] + ((x - plot.x1) / (plot.x2 - plot.x1)) * (domain[1] - domain[0]);
}

/** Where `time` is drawn (drawing coordinates) on a horizontal axis showing `domain`. */
export function xOfTime(time: number, domain: [number, number], plot: PlotGeometry): number {
  return plot.x1 + ((time - domain[0]) / (domain[1] - domain[0])) * (plot.x2 - plot.x1);
}

/** A drawing point in client (mouse) coordinates. */
export function toClient(plot: PlotGeometry, x: number, y: number): {x: number; y: number} {
  return {x: plot.left + x * plot.scale, y: plot.top + y * plot.scale};
}

/** What is drawn: the ids of labelled events and of the events folded into clusters. */
export function drawnIds(page: Page): Promise<{events: string[]; clustered: string[]}> {
  return page.evaluate(() => ({
    events: Array.from(document.querySelectorAll("#chart svg.chronoline g.chronoline-event"), (g) => g.getAttribute("data-id")!),
    clustered: Array.from(document.querySelectorAll("#chart svg.chronoline g.chronoline-cluster"), (g) => JSON.parse(g.getAttribute("data-ids")!) as string[]).flat()
  }));
}

/** The positions of the axis' ticks as drawn, and as the layout places them for `domain` (same data and width). */
export function tickPositions(page: Page, domain: [number, number]): Promise<{drawn: number[]; expected: number[]}> {
  return page.evaluate((domain) => {
    const w = window as unknown as TestWindow;
    const svg = document.querySelector<SVGSVGElement>("#chart svg.chronoline")!;
    const drawn = Array.from(svg.querySelectorAll(".chronoline-tick .chronoline-tick-line"), (line) => Number(line.getAttribute("x1")));
    const timeline = w.chronoline.parseTimeline(w.input as Chronoline.TimelineInput, {strict: false});
    const scene = w.chronoline.layoutTimeline(timeline, {width: w.width, domain});
    return {drawn, expected: scene.axis.ticks.map((tick) => Math.round(tick.at * 100) / 100)};
  }, domain);
}

/**
 * Waits until the drawing has no d3 transition scheduled or running. d3-transition
 * keeps them on the node as `__transition` and deletes it when the last one ends
 * or is interrupted: a condition to wait for instead of a guessed duration.
 */
export async function waitForTransitions(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const svg = document.querySelector("#chart svg.chronoline") as (SVGSVGElement & {__transition?: object}) | null;
    return !svg?.__transition;
  });
}
