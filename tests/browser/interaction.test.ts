// The interactive timeline in real Chromium, driven by mouse and keyboard: wheel
// zoom, drag to pan, zoomTo, the overview brush, keyboard navigation, the details
// card, hover and clusters. Each test mounts createTimeline on a bare page with
// the UMD build (tests/support/timelinePage.ts) and reads the "zoom" events the
// handle reports next to what is drawn.
import type {Browser, Page} from "playwright-core";
import {afterAll, afterEach, beforeAll, describe, expect, it} from "vitest";
import type {EventInput} from "../../src/index.js";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {drawingViolations} from "../support/pageInvariants.js";
import {denseYear} from "../support/denseScenario.js";
import {exampleData} from "../support/scenarios.js";
import {
  drawnIds, initialDomain, mountTimeline, openTimelinePage, plotGeometry, settle, tickPositions, timeAtX, toClient,
  waitForTransitions, waitForZooms, xOfTime, zoomEvents, type TestWindow
} from "../support/timelinePage.js";

const story = exampleData("state-visit-2023");
const dense = denseYear();
const DAY = 86_400_000;

/** The default story's events in time order: by start, then end, then id (as the model sorts them). */
const storyOrder = [...(story.events as EventInput[])]
  .map((event) => ({
    id: String(event.id),
    title: event.title as string,
    lane: event.lane as string,
    start: Date.parse(event.start as string),
    end: Date.parse((event.end ?? event.start) as string)
  }))
  .sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The focused element: its tag, class, tab index, data-id and accessible name. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      className: element?.getAttribute("class") ?? "",
      tabindex: element?.getAttribute("tabindex") ?? null,
      id: element?.getAttribute("data-id") ?? null,
      name: element?.getAttribute("aria-label") ?? "",
      role: element?.getAttribute("role") ?? null
    };
  });
}

/** The date label of each event of the mounted data, as the model and formatSpan give it. */
function dateLabels(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const w = window as unknown as TestWindow;
    const timeline = w.chronoline.parseTimeline(w.input as never, {strict: false});
    const context = {locale: timeline.locale, timeZone: timeline.timeZone};
    return Object.fromEntries(timeline.events.map((event) => [event.id, w.chronoline.formatSpan(event.span, context)]));
  });
}

/** Presses ArrowRight `steps` times from wherever focus is, returning the focused element before and after each press. */
async function walkRight(page: Page, steps: number) {
  const visited = [await focused(page)];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press("ArrowRight");
    visited.push(await focused(page));
  }
  return visited;
}

(chromiumPath ? describe : describe.skip)("the interactive timeline in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({page, problems} = await openTimelinePage(browser));
  });

  // Whatever each test leaves drawn keeps the rendering invariants.
  afterEach(async () => {
    expect(await drawingViolations(page)).toEqual([]);
  });

  afterAll(async () => {
    expect(problems).toEqual([]);
    await browser?.close();
  });

  /** Mounts a timeline with the pointer parked outside it, so no stray hover changes the drawing. */
  async function mount(input: unknown, options: {width: number; maxRows?: number}) {
    await page.mouse.move(1, 1);
    await page.emulateMedia({reducedMotion: "no-preference"});
    await mountTimeline(page, input, options);
  }

  describe("zoom and pan", () => {
    it("a wheel over the plot zooms in around the time under the pointer, reports the drawn window and opens clusters", async () => {
      await mount(dense, {width: 1200});
      const before = await drawnIds(page);
      const shown = await initialDomain(page);
      const plot = await plotGeometry(page);
      const x = plot.x1 + 0.4 * (plot.x2 - plot.x1);
      const pointedTime = timeAtX(x, shown, plot);
      const at = toClient(plot, x, plot.y1 + 60);
      await page.mouse.move(at.x, at.y);
      await page.mouse.wheel(0, -500);
      await waitForZooms(page, 1);
      await settle(page);
      const zooms = await zoomEvents(page);
      const {domain, userInput} = zooms.at(-1)!;
      expect(userInput).toBe(true);
      // d3-zoom scales by 2^(-deltaY * 0.002): twice, for one wheel of -500 px.
      expect(domain[1] - domain[0]).toBeCloseTo((shown[1] - shown[0]) / 2, -3);
      expect(domain[0]).toBeLessThan(pointedTime);
      expect(domain[1]).toBeGreaterThan(pointedTime);
      // The time under the pointer stays under it.
      expect(Math.abs(xOfTime(pointedTime, domain, plot) - x)).toBeLessThan(2);
      // The axis drawn is the axis of the window reported.
      const ticks = await tickPositions(page, domain);
      expect(ticks.drawn.length).toBeGreaterThan(3);
      expect(ticks.drawn).toEqual(ticks.expected);
      const after = await drawnIds(page);
      expect(after.events).not.toEqual(before.events);
      const opened = after.events.filter((id) => before.clustered.includes(id));
      expect(opened.length).toBeGreaterThan(0);
    });

    it("dragging the plot pans: the window moves by the drag distance in time and keeps its width", async () => {
      await mount(dense, {width: 1200});
      const shown = await initialDomain(page);
      const span = shown[1] - shown[0];
      const start: [number, number] = [shown[0] + 0.3 * span, shown[0] + 0.5 * span];
      await page.evaluate((window_) => (window as unknown as TestWindow).handle!.zoomTo(window_, {animate: false}), start);
      const zoomed = (await waitForZooms(page, 1)).at(-1)!.domain;
      const plot = await plotGeometry(page);
      // Grab the plot in the axis band, where no event or badge is.
      const from = toClient(plot, plot.x1 + 0.5 * (plot.x2 - plot.x1), plot.y1 - 6);
      const dragPx = 150;
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + dragPx, from.y, {steps: 6});
      await page.mouse.up();
      await settle(page);
      const zooms = await zoomEvents(page);
      const {domain, userInput} = zooms.at(-1)!;
      expect(userInput).toBe(true);
      const width = zoomed[1] - zoomed[0];
      const shift = ((dragPx / plot.scale) / (plot.x2 - plot.x1)) * width;
      const onePixel = width / (plot.x2 - plot.x1);
      expect(Math.abs(domain[1] - domain[0] - width)).toBeLessThan(width * 1e-9);
      // Dragging to the right brings earlier time into view.
      expect(Math.abs(domain[0] - (zoomed[0] - shift))).toBeLessThan(onePixel);
      // A drag is not a click: no details card opened.
      expect(await page.locator("#chart [role=dialog]").isHidden()).toBe(true);
    });

    it("handle.zoomTo(id, {animate: false}) shows that event with its label and reports the window once", async () => {
      await mount(dense, {width: 1200});
      const {clustered} = await drawnIds(page);
      const byId = new Map((dense.events as EventInput[]).map((event) => [String(event.id), event]));
      // A clustered event in mid-year, so the view must both move and zoom in.
      const id = clustered.find((candidate) => /^2023-0[5-8]/.test(String(byId.get(candidate)!.start)))!;
      expect(id).toBeDefined();
      const time = Date.parse(String(byId.get(id)!.start));
      await page.evaluate((id) => (window as unknown as TestWindow).handle!.zoomTo(id, {animate: false}), id);
      const zooms = await zoomEvents(page);
      expect(zooms).toHaveLength(1);
      const {domain} = zooms[0]!;
      expect(domain[0]).toBeLessThanOrEqual(time);
      expect(domain[1]).toBeGreaterThanOrEqual(time + DAY);
      const label = await page.evaluate((id) => {
        const svg = document.querySelector<SVGSVGElement>("#chart svg.chronoline")!;
        const group = Array.from(svg.querySelectorAll("g.chronoline-event")).find((g) => g.getAttribute("data-id") === id);
        const text = group?.querySelector<SVGTextElement>(".chronoline-label");
        if (!text) return null;
        const box = text.getBBox();
        const style = getComputedStyle(text);
        return {
          text: text.textContent, x: box.x, y: box.y, width: box.width, height: box.height,
          visibility: style.visibility, display: style.display, opacity: style.opacity,
          svgWidth: Number(svg.getAttribute("width")), svgHeight: Number(svg.getAttribute("height"))
        };
      }, id);
      expect(label).not.toBeNull();
      expect(label!.text).not.toBe("");
      expect(label!.width).toBeGreaterThan(0);
      expect(label!.visibility).toBe("visible");
      expect(label!.display).not.toBe("none");
      expect(label!.opacity).toBe("1");
      expect(label!.x).toBeGreaterThanOrEqual(0);
      expect(label!.x + label!.width).toBeLessThanOrEqual(label!.svgWidth);
      expect(label!.y).toBeGreaterThanOrEqual(0);
      expect(label!.y + label!.height).toBeLessThanOrEqual(label!.svgHeight);
    });

    it("handle.zoomTo([start, end], {animate: false}) shows exactly that window and reports it once", async () => {
      await mount(dense, {width: 1200});
      const target: [number, number] = [Date.UTC(2023, 4, 1), Date.UTC(2023, 5, 1)];
      await page.evaluate((target) => (window as unknown as TestWindow).handle!.zoomTo(target, {animate: false}), target);
      await settle(page);
      const zooms = await zoomEvents(page);
      expect(zooms).toHaveLength(1);
      const {domain, userInput} = zooms[0]!;
      expect(userInput).toBe(false);
      expect(Math.abs(domain[0] - target[0])).toBeLessThan(1000);
      expect(Math.abs(domain[1] - target[1])).toBeLessThan(1000);
      const ticks = await tickPositions(page, domain);
      expect(ticks.drawn).toEqual(ticks.expected);
    });

    it("handle.zoomTo([start, end]) animates to exactly that window (no reduced-motion preference)", async () => {
      await mount(dense, {width: 1200});
      const target: [number, number] = [Date.UTC(2023, 4, 1), Date.UTC(2023, 5, 1)];
      await page.evaluate((target) => (window as unknown as TestWindow).handle!.zoomTo(target), target);
      await waitForTransitions(page);
      const zooms = await zoomEvents(page);
      const {domain} = zooms.at(-1)!;
      console.info(`animated zoomTo: ${zooms.length} zoom event(s), last ${domain.map((t) => new Date(t).toISOString()).join(" – ")}`);
      expect(Math.abs(domain[0] - target[0])).toBeLessThan(1000);
      expect(Math.abs(domain[1] - target[1])).toBeLessThan(1000);
    });
  });

  describe("the overview band", () => {
    /** The brush's selection rect and the overview's place on the page. */
    function brushState() {
      return page.evaluate(() => {
        const overview = document.querySelector<SVGSVGElement>("#chart svg.chronoline-overview")!;
        const selection = overview.querySelector(".selection")!;
        const overlay = overview.querySelector<SVGRectElement>(".overlay")!.getBoundingClientRect();
        const matrix = overview.getScreenCTM()!;
        return {
          x: Number(selection.getAttribute("x")),
          width: Number(selection.getAttribute("width")),
          display: getComputedStyle(selection).display,
          overviewWidth: Number(overview.getAttribute("width")),
          overlay: {left: overlay.left, top: overlay.top, width: overlay.width, height: overlay.height},
          scale: matrix.a,
          left: matrix.e
        };
      });
    }
    // The overview's brush spans its width less this padding on each side (src/interact/overview.ts).
    const PADDING = 16;

    /** The time at a client x in the overview, whose brush maps the whole extent onto its width less the padding. */
    function overviewTime(brush: Awaited<ReturnType<typeof brushState>>, extent: [number, number], clientX: number): number {
      const x = (clientX - brush.left) / brush.scale;
      return extent[0] + ((x - PADDING) / (brush.overviewWidth - 2 * PADDING)) * (extent[1] - extent[0]);
    }

    it("brushing across the overview moves the main view to the brushed window, with a bounded number of zoom events", async () => {
      await mount(dense, {width: 1200});
      const extent = await initialDomain(page);
      const span = extent[1] - extent[0];
      // Show an early window first: at the full extent the brush's selection covers the whole
      // overlay (see the next test), and a new brush can only start on free overlay.
      const early: [number, number] = [extent[0] + 0.05 * span, extent[0] + 0.2 * span];
      await page.evaluate((window_) => (window as unknown as TestWindow).handle!.zoomTo(window_, {animate: false}), early);
      const earlier = (await zoomEvents(page)).length;
      await page.locator("#chart svg.chronoline-overview").scrollIntoViewIfNeeded();
      const brush = await brushState();
      const y = brush.overlay.top + brush.overlay.height / 2;
      const x0 = brush.overlay.left + brush.overlay.width * 0.5;
      const x1 = brush.overlay.left + brush.overlay.width * 0.7;
      expect(await page.evaluate(({x, y}) => document.elementFromPoint(x, y)?.getAttribute("class"), {x: x0, y})).toBe("overlay");
      const steps = 8;
      await page.mouse.move(x0, y);
      await page.mouse.down();
      await page.mouse.move(x1, y, {steps});
      await page.mouse.up();
      await settle(page);
      const zooms = (await zoomEvents(page)).slice(earlier);
      // At most one per brush move and one for the end; a feedback loop would add more.
      expect(zooms.length).toBeGreaterThan(0);
      expect(zooms.length).toBeLessThanOrEqual(steps + 1);
      await settle(page, 5);
      expect(await zoomEvents(page)).toHaveLength(earlier + zooms.length);
      const {domain, userInput} = zooms.at(-1)!;
      console.info(`overview brush: ${zooms.length} zoom events for ${steps} mouse moves; userInput reported as ${userInput}`);
      expect(typeof userInput).toBe("boolean");
      const onePixel = span / (brush.overviewWidth - 2 * PADDING);
      expect(Math.abs(domain[0] - overviewTime(brush, extent, x0))).toBeLessThan(onePixel);
      expect(Math.abs(domain[1] - overviewTime(brush, extent, x1))).toBeLessThan(onePixel);
      // The brush stays where it was drawn.
      const after = await brushState();
      expect(Math.abs(after.x - (x0 - brush.left) / brush.scale)).toBeLessThan(1);
      expect(Math.abs(after.x + after.width - (x1 - brush.left) / brush.scale)).toBeLessThan(1);
    });

    it("from the full view, the overview shows no brush and a drag across the band selects a new window", async () => {
      await mount(dense, {width: 1200});
      const extent = await initialDomain(page);
      await page.locator("#chart svg.chronoline-overview").scrollIntoViewIfNeeded();
      const brush = await brushState();
      // Everything is visible: a brush covering the band could only be moved, so there is none.
      expect(brush.display).toBe("none");
      const y = brush.overlay.top + brush.overlay.height / 2;
      const x0 = brush.overlay.left + brush.overlay.width * 0.2;
      const x1 = brush.overlay.left + brush.overlay.width * 0.45;
      await page.mouse.move(x0, y);
      await page.mouse.down();
      await page.mouse.move(x1, y, {steps: 5});
      await page.mouse.up();
      await settle(page);
      const zooms = await zoomEvents(page);
      expect(zooms.length).toBeGreaterThan(0);
      expect(zooms.length).toBeLessThanOrEqual(6);
      const {domain, userInput} = zooms.at(-1)!;
      // Brushing is the reader's doing.
      expect(userInput).toBe(true);
      const onePixel = (extent[1] - extent[0]) / (brush.overviewWidth - 2 * PADDING);
      expect(Math.abs(domain[0] - overviewTime(brush, extent, x0))).toBeLessThan(onePixel);
      expect(Math.abs(domain[1] - overviewTime(brush, extent, x1))).toBeLessThan(onePixel);
    });

    it("zooming the main view moves the brush to the visible window, without the brush zooming back", async () => {
      await mount(dense, {width: 1200});
      const extent = await initialDomain(page);
      const before = await brushState();
      // The full view shows no brush; the zoom below makes it appear over the visible window.
      expect(before.display).toBe("none");
      const plot = await plotGeometry(page);
      const at = toClient(plot, plot.x1 + 0.7 * (plot.x2 - plot.x1), plot.y1 + 60);
      await page.mouse.move(at.x, at.y);
      await page.mouse.wheel(0, -1000);
      await waitForZooms(page, 1);
      await settle(page, 5);
      const zooms = await zoomEvents(page);
      // One wheel event, one zoom: the brush moving is not taken as brushing.
      expect(zooms).toHaveLength(1);
      const {domain} = zooms[0]!;
      const xAt = (time: number) => PADDING + ((time - extent[0]) / (extent[1] - extent[0])) * (before.overviewWidth - 2 * PADDING);
      const after = await brushState();
      expect(Math.abs(after.x - xAt(domain[0]))).toBeLessThan(0.5);
      expect(Math.abs(after.x + after.width - xAt(domain[1]))).toBeLessThan(0.5);
      expect(after.display).not.toBe("none");
      expect(after.width).toBeLessThan((before.overviewWidth - 2 * PADDING) / 3);
    });
  });

  describe("keyboard", () => {
    it("Tab from the start of the page focuses the first event in time, the timeline's one tab stop", async () => {
      await mount(story, {width: 1200});
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press("Tab");
      const element = await focused(page);
      expect(element).toMatchObject({tag: "g", tabindex: "0", id: storyOrder[0]!.id, role: "button"});
      expect(element.className.split(" ")).toContain("chronoline-event");
      const tabStops = await page.$$eval("#chart svg.chronoline [tabindex='0']", (nodes) => nodes.length);
      expect(tabStops).toBe(1);
    });

    it("ArrowRight walks every event in time order, each named with its date label and title", async () => {
      await mount(story, {width: 1200});
      const labels = await dateLabels(page);
      expect(labels["icc-warrant"]).toBe("17 Mar 2023");
      expect(labels["putin-state-visit-china"]).toBe("17–18 Oct 2023");
      await page.keyboard.press("Tab");
      const visited = await walkRight(page, storyOrder.length);
      // One more ArrowRight at the end stays on the last event.
      expect(visited.map((element) => element.id)).toEqual([...storyOrder.map((event) => event.id), storyOrder.at(-1)!.id]);
      for (const [i, event] of storyOrder.entries()) {
        const element = visited[i]!;
        expect(element.tabindex, event.id).toBe("0");
        expect(element.name, event.id).toContain(event.title);
        expect(element.name, event.id).toContain(labels[event.id]!);
      }
      expect(visited.find((element) => element.id === "icc-warrant")!.name).toContain("17 Mar 2023");
      expect(visited.find((element) => element.id === "putin-state-visit-china")!.name).toContain("17–18 Oct 2023");
    });

    it("Enter opens the details card with the sources' links; Escape closes it and focus returns to the event", async () => {
      await mount(story, {width: 1200});
      await page.keyboard.press("Tab");
      const index = storyOrder.findIndex((event) => event.id === "icc-warrant");
      for (let i = 0; i < index; i++) await page.keyboard.press("ArrowRight");
      expect((await focused(page)).id).toBe("icc-warrant");
      await page.keyboard.press("Enter");
      const dialog = page.locator("#chart [role=dialog]");
      await expectVisible(dialog);
      expect(await dialog.textContent()).toContain("ICC issues an arrest warrant for Putin");
      const links = await dialog.locator("a").evaluateAll((anchors) => anchors.map((a) => ({
        href: a.getAttribute("href"), rel: a.getAttribute("rel"), target: a.getAttribute("target")
      })));
      expect(links).toHaveLength(1);
      expect(new URL(links[0]!.href!).hostname).toBe("www.icc-cpi.int");
      expect(links[0]).toMatchObject({rel: "noopener noreferrer", target: "_blank"});
      expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("dialog");
      const expanded = await page.$eval("#chart svg.chronoline g.chronoline-event[aria-expanded='true']", (g) => g.getAttribute("data-id"));
      expect(expanded).toBe("icc-warrant");
      await page.keyboard.press("Escape");
      expect(await dialog.isHidden()).toBe(true);
      expect(await focused(page)).toMatchObject({id: "icc-warrant", tabindex: "0"});
    });

    it("Home and End focus the first and the last event in time", async () => {
      await mount(story, {width: 1200});
      await page.keyboard.press("Tab");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("End");
      expect((await focused(page)).id).toBe(storyOrder.at(-1)!.id);
      await page.keyboard.press("Home");
      expect((await focused(page)).id).toBe(storyOrder[0]!.id);
    });

    it("ArrowDown and ArrowUp move focus to an event in the next and the previous lane", async () => {
      await mount(story, {width: 1200});
      const laneOf = new Map(storyOrder.map((event) => [event.id, event.lane]));
      await page.keyboard.press("Tab");
      // The first event is in the middle lane (China), so both directions have somewhere to go.
      expect(laneOf.get((await focused(page)).id!)).toBe("china");
      await page.keyboard.press("ArrowDown");
      const down = await focused(page);
      expect(laneOf.get(down.id!)).toBe("international");
      expect(down.tabindex).toBe("0");
      await page.keyboard.press("ArrowUp");
      expect(laneOf.get((await focused(page)).id!)).toBe("china");
      await page.keyboard.press("ArrowUp");
      expect(laneOf.get((await focused(page)).id!)).toBe("russia");
    });

    /** Focuses the ICC warrant by keyboard, presses `key`, and returns the window shown once any animation is over. */
    async function zoomByKey(key: string): Promise<[number, number]> {
      await page.keyboard.press(key);
      await waitForTransitions(page);
      await settle(page);
      return (await zoomEvents(page)).at(-1)?.domain ?? (await initialDomain(page));
    }

    async function focusIccWarrant() {
      await page.keyboard.press("Tab");
      const index = storyOrder.findIndex((event) => event.id === "icc-warrant");
      for (let i = 0; i < index; i++) await page.keyboard.press("ArrowRight");
      expect((await focused(page)).id).toBe("icc-warrant");
    }

    it("+ zooms in twofold around the focused event and - zooms back out (reduced motion: no animation)", async () => {
      await mount(story, {width: 1200});
      await page.emulateMedia({reducedMotion: "reduce"});
      const extent = await initialDomain(page);
      const width = extent[1] - extent[0];
      await focusIccWarrant();
      const zoomedIn = await zoomByKey("+");
      expect(zoomedIn[1] - zoomedIn[0]).toBeCloseTo(width / 2, -3);
      const icc = Date.UTC(2023, 2, 17);
      expect(zoomedIn[0]).toBeLessThan(icc);
      expect(zoomedIn[1]).toBeGreaterThan(icc);
      expect((await focused(page)).id).toBe("icc-warrant");
      const zoomedOut = await zoomByKey("-");
      expect(zoomedOut[1] - zoomedOut[0]).toBeCloseTo(width, -3);
      expect(zoomedOut[0]).toBeCloseTo(extent[0], -3);
    });

    it("+ zooms in twofold around the focused event, animated (no reduced-motion preference)", async () => {
      await mount(story, {width: 1200});
      const extent = await initialDomain(page);
      const width = extent[1] - extent[0];
      await focusIccWarrant();
      const zoomedIn = await zoomByKey("+");
      console.info(`animated "+": ${(await zoomEvents(page)).length} zoom event(s), window ${((zoomedIn[1] - zoomedIn[0]) / width).toFixed(4)} of the extent (expected 0.5)`);
      expect(zoomedIn[1] - zoomedIn[0]).toBeCloseTo(width / 2, -3);
    });

    it("at 400 px wide time runs down the screen and the ArrowRight walk still visits every event in time order", async () => {
      await page.setViewportSize({width: 480, height: 1000});
      try {
        await mount(story, {width: 400});
        const axis = await page.$eval("#chart svg.chronoline .chronoline-axis-line", (line) => ({
          x1: Number(line.getAttribute("x1")), x2: Number(line.getAttribute("x2")),
          y1: Number(line.getAttribute("y1")), y2: Number(line.getAttribute("y2"))
        }));
        expect(axis.x1).toBe(axis.x2);
        expect(axis.y2).toBeGreaterThan(axis.y1);
        await page.keyboard.press("Tab");
        const visited = await walkRight(page, storyOrder.length - 1);
        expect(visited.map((element) => element.id)).toEqual(storyOrder.map((event) => event.id));
        const labels = await dateLabels(page);
        for (const [i, event] of storyOrder.entries()) {
          expect(visited[i]!.name, event.id).toContain(event.title);
          expect(visited[i]!.name, event.id).toContain(labels[event.id]!);
        }
      } finally {
        await page.setViewportSize({width: 1400, height: 1000});
      }
    });
  });

  describe("zoomTo an event at each orientation", () => {
    for (const width of [1200, 400]) {
      it(`at ${width} px wide, handle.zoomTo(id, {animate: false}) draws each clustered event it is given`, async () => {
        await page.setViewportSize({width: width + 80, height: 1500});
        try {
          await mount(dense, {width});
          const {clustered} = await drawnIds(page);
          expect(clustered.length).toBeGreaterThan(0);
          // Every tenth clustered event, so the check covers the whole year.
          const ids = clustered.filter((_, i) => i % 10 === 0);
          const missing: string[] = [];
          for (const id of ids) {
            await page.evaluate((id) => (window as unknown as TestWindow).handle!.zoomTo(id, {animate: false}), id);
            const {events} = await drawnIds(page);
            if (!events.includes(id)) missing.push(id);
          }
          expect(missing, `${missing.length} of ${ids.length} not drawn after zoomTo`).toEqual([]);
        } finally {
          await page.setViewportSize({width: 1400, height: 1500});
        }
      });
    }
  });

  describe("pointer", () => {
    it("hovering an event shows the tooltip with its title and date and marks its related events", async () => {
      await mount(story, {width: 1200});
      await page.hover("#chart svg.chronoline g.chronoline-event[data-id='belt-and-road-forum'] .chronoline-mark");
      const tooltip = page.locator("#chart .chronoline-tooltip");
      await expectVisible(tooltip);
      expect(await tooltip.textContent()).toBe("Third Belt and Road Forum17–18 Oct 2023");
      const related = await page.$$eval("#chart svg.chronoline g.chronoline-event.chronoline-related", (groups) => groups.map((g) => g.getAttribute("data-id")));
      expect(related).toEqual(["silk-road-economic-belt"]);
      const relation = await page.$$eval("#chart svg.chronoline .chronoline-relation.chronoline-related", (nodes) => nodes.map((n) => `${n.getAttribute("data-from")} ${n.getAttribute("data-to")}`));
      expect(relation).toEqual(["belt-and-road-forum silk-road-economic-belt"]);
    });

    it("leaving the drawing hides the tooltip and clears the related marks", async () => {
      await mount(story, {width: 1200});
      await page.hover("#chart svg.chronoline g.chronoline-event[data-id='silk-road-economic-belt'] .chronoline-mark");
      await expectVisible(page.locator("#chart .chronoline-tooltip"));
      expect(await page.$$eval("#chart .chronoline-related", (nodes) => nodes.length)).toBeGreaterThan(0);
      await page.mouse.move(1, 1);
      await page.waitForFunction(() => document.querySelector<HTMLElement>("#chart .chronoline-tooltip")!.hidden);
      expect(await page.$$eval("#chart .chronoline-related", (nodes) => nodes.length)).toBe(0);
    });

    /** Clicks the cluster badge nearest the middle of the year and returns it with the window it should zoom to. */
    async function clickMiddleCluster() {
      const extent = await initialDomain(page);
      const clusters = await page.$$eval("#chart svg.chronoline g.chronoline-cluster", (groups) => groups.map((g, index) => ({
        index, start: Number(g.getAttribute("data-start")), end: Number(g.getAttribute("data-end")),
        ids: JSON.parse(g.getAttribute("data-ids")!) as string[]
      })));
      // A cluster well inside the year, so its padded extent needs no clamping.
      const middle = (extent[0] + extent[1]) / 2;
      const inside = (c: {start: number; end: number}) =>
        c.end > c.start && c.start > extent[0] + 0.2 * (extent[1] - extent[0]) && c.end < extent[1] - 0.2 * (extent[1] - extent[0]);
      const cluster = clusters.filter(inside).sort((a, b) => Math.abs((a.start + a.end) / 2 - middle) - Math.abs((b.start + b.end) / 2 - middle))[0]!;
      expect(cluster).toBeDefined();
      const pad = (cluster.end - cluster.start) * 0.1;
      await page.locator("#chart svg.chronoline g.chronoline-cluster").nth(cluster.index).click();
      await waitForTransitions(page);
      await settle(page);
      return {cluster, pad, target: [cluster.start - pad, cluster.end + pad] as [number, number]};
    }

    it("clicking a cluster badge zooms into the extent of its events and opens it (reduced motion: no animation)", async () => {
      await mount(dense, {width: 1200, maxRows: 2});
      await page.emulateMedia({reducedMotion: "reduce"});
      const {cluster, pad, target} = await clickMiddleCluster();
      const zooms = await zoomEvents(page);
      expect(zooms).toHaveLength(1);
      const {domain} = zooms[0]!;
      expect(domain[0]).toBeLessThanOrEqual(cluster.start);
      expect(domain[1]).toBeGreaterThanOrEqual(cluster.end);
      expect(domain[0]).toBeGreaterThanOrEqual(target[0] - pad * 1e-6);
      expect(domain[1]).toBeLessThanOrEqual(target[1] + pad * 1e-6);
      const after = await drawnIds(page);
      expect(cluster.ids.some((id) => after.events.includes(id))).toBe(true);
      // A click on a badge is not a click on an event.
      expect(await page.locator("#chart [role=dialog]").isHidden()).toBe(true);
    });

    it("clicking a cluster badge zooms into the extent of its events, animated (no reduced-motion preference)", async () => {
      await mount(dense, {width: 1200, maxRows: 2});
      const {cluster} = await clickMiddleCluster();
      const {domain} = (await zoomEvents(page)).at(-1)!;
      expect(domain[0]).toBeLessThanOrEqual(cluster.start);
      expect(domain[1]).toBeGreaterThanOrEqual(cluster.end);
      expect(domain[1] - domain[0]).toBeLessThan((cluster.end - cluster.start) * 1.3);
    });
  });
});

async function expectVisible(locator: ReturnType<Page["locator"]>): Promise<void> {
  await locator.waitFor({state: "visible"});
}
