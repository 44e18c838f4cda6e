// The life cycle of an interactive timeline in real Chromium, measured through the
// DevTools protocol: destroy() removes every node and listener it added (counted by
// DOMDebugger.getEventListeners on window, document and the container), a second
// destroy() does nothing, later calls fail with a TimelineError, and hundreds of
// create/destroy cycles leave the renderer's DOM counters flat.
import type {Browser, CDPSession, Page} from "playwright-core";
import {afterAll, afterEach, beforeAll, describe, expect, it} from "vitest";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {drawingViolations} from "../support/pageInvariants.js";
import {exampleData} from "../support/scenarios.js";
import {mountTimeline, openTimelinePage, plotGeometry, settle, toClient, type TestWindow} from "../support/timelinePage.js";

const story = exampleData("state-visit-2023");

interface Listeners {
  window: string[];
  document: string[];
  /** Listeners on the container and on everything inside it. */
  container: string[];
  /** Listeners anywhere in the document's tree. */
  tree: string[];
}

(chromiumPath ? describe : describe.skip)("the life cycle of an interactive timeline in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let cdp: CDPSession;

  beforeAll(async () => {
    browser = await launchChromium();
    ({page, problems} = await openTimelinePage(browser));
    cdp = await page.context().newCDPSession(page);
  });

  // Whatever each test leaves drawn keeps the rendering invariants.
  afterEach(async () => {
    expect(await drawingViolations(page)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The listeners (type, and "capture" for capturing ones) on an object and, with depth -1, on its whole subtree. */
  async function listenersOf(expression: string, depth?: number): Promise<string[]> {
    const {result} = await cdp.send("Runtime.evaluate", {expression});
    const objectId = result.objectId!;
    const {listeners} = await cdp.send("DOMDebugger.getEventListeners", {objectId, ...(depth !== undefined && {depth})});
    await cdp.send("Runtime.releaseObject", {objectId});
    return listeners.map((listener) => `${listener.type}${listener.useCapture ? " (capture)" : ""}`).sort();
  }

  async function listeners(): Promise<Listeners> {
    return {
      window: await listenersOf("window"),
      document: await listenersOf("document"),
      container: await listenersOf("document.getElementById('chart')", -1),
      tree: await listenersOf("document", -1)
    };
  }

  /** A fresh, empty #chart with no timeline in it. */
  async function emptyChart(): Promise<void> {
    await page.mouse.move(1, 1);
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.handle?.destroy();
      w.handle = null;
      document.getElementById("chart")!.replaceChildren();
    });
  }

  /** Hover, wheel zoom, keyboard focus and an open details card: everything that adds listeners. */
  async function useTheTimeline(): Promise<void> {
    const plot = await plotGeometry(page);
    const at = toClient(plot, plot.x1 + 0.6 * (plot.x2 - plot.x1), plot.y1 + 60);
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -300);
    await page.hover("#chart svg.chronoline g.chronoline-event .chronoline-mark");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    // Open a card with the mouse, on whichever event the zoom left in view.
    await page.locator("#chart svg.chronoline g.chronoline-event .chronoline-mark").first().click();
    await page.getByRole("dialog").waitFor({state: "visible"});
    await settle(page);
  }

  describe("destroy()", () => {
    it("handle.destroy() empties the container and brings the listeners on window, document and the container back to where they were", async () => {
      await emptyChart();
      const baseline = await listeners();
      await mountTimeline(page, story, {width: 1200});
      await useTheTimeline();
      const during = await listeners();
      // The measurement sees what the timeline added: its own listeners in the container,
      // and the document's capturing pointerdown that closes the open card.
      expect(during.container.length).toBeGreaterThan(baseline.container.length);
      expect(during.document).toContain("pointerdown (capture)");
      await page.evaluate(() => (window as unknown as TestWindow).handle!.destroy());
      expect(await page.evaluate(() => document.getElementById("chart")!.childNodes.length)).toBe(0);
      expect(await listeners()).toEqual(baseline);
      expect(problems).toEqual([]);
    });

    it("a second handle.destroy() does nothing and throws nothing", async () => {
      await emptyChart();
      const baseline = await listeners();
      await mountTimeline(page, story, {width: 1200});
      const result = await page.evaluate(() => {
        const handle = (window as unknown as TestWindow).handle!;
        handle.destroy();
        try {
          handle.destroy();
          return {threw: null, children: document.getElementById("chart")!.childNodes.length};
        } catch (error) {
          return {threw: String(error), children: document.getElementById("chart")!.childNodes.length};
        }
      });
      expect(result).toEqual({threw: null, children: 0});
      expect(await listeners()).toEqual(baseline);
    });

    it("every method but warnings() called after destroy() throws a TimelineError with code DESTROYED", async () => {
      await emptyChart();
      await mountTimeline(page, story, {width: 1200});
      const outcomes = await page.evaluate(() => {
        const handle = (window as unknown as TestWindow).handle!;
        handle.destroy();
        const calls: Record<string, () => unknown> = {
          update: () => handle.update({events: []}),
          zoomTo: () => handle.zoomTo([0, 1], {animate: false}),
          select: () => handle.select("icc-warrant"),
          focus: () => handle.focus("icc-warrant"),
          on: () => handle.on("zoom", () => {}),
          off: () => handle.off("zoom"),
          toSVG: () => handle.toSVG()
        };
        const outcome: Record<string, unknown> = {};
        for (const [name, call] of Object.entries(calls)) {
          try {
            call();
            outcome[name] = "returned";
          } catch (error) {
            const {name: errorName, code, message} = error as {name: string; code?: string; message: string};
            outcome[name] = {name: errorName, code, mentionsMethod: message.includes(`${name}()`)};
          }
        }
        let warnings: unknown;
        try {
          warnings = Array.isArray(handle.warnings()) ? "an array" : "not an array";
        } catch (error) {
          warnings = String(error);
        }
        return {outcome, warnings};
      });
      const expected = {name: "TimelineError", code: "DESTROYED", mentionsMethod: true};
      expect(outcomes.outcome).toEqual({
        update: expected, zoomTo: expected, select: expected, focus: expected, on: expected, off: expected, toSVG: expected
      });
      // The last warnings stay readable after destroy().
      expect(outcomes.warnings).toBe("an array");
    });

    it("handle.destroy() in the middle of a drag: no errors, and nothing left on window once the button is released", async () => {
      await emptyChart();
      const baseline = await listeners();
      await mountTimeline(page, story, {width: 1200});
      await page.evaluate(() => (window as unknown as TestWindow).handle!.zoomTo([Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1)], {animate: false}));
      const plot = await plotGeometry(page);
      const from = toClient(plot, plot.x1 + 0.5 * (plot.x2 - plot.x1), plot.y1 - 6);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + 60, from.y, {steps: 3});
      await page.evaluate(() => (window as unknown as TestWindow).handle!.destroy());
      const zoomsBefore = await page.evaluate(() => (window as unknown as TestWindow).zooms.length);
      await page.mouse.move(from.x + 120, from.y, {steps: 3});
      await page.mouse.up();
      await settle(page);
      // The handle's listeners went with destroy(): moving on reports nothing.
      expect(await page.evaluate(() => (window as unknown as TestWindow).zooms.length)).toBe(zoomsBefore);
      expect(await page.evaluate(() => document.getElementById("chart")!.childNodes.length)).toBe(0);
      expect(await listeners()).toEqual(baseline);
      expect(problems).toEqual([]);
    });

    // d3-zoom's gesture listeners on window (mousemove, mouseup, and d3-drag's dragstart and
    // selectstart, all capturing) would stay until the button is released, and each move in
    // between would lay out and redraw the detached drawing of the destroyed instance;
    // destroy() ends the gesture itself (TimeWindow.destroy). Without a drag, nothing is
    // left either (test above).
    it("handle.destroy() during a drag ends it: the drag's listeners leave window at once and later moves redraw nothing", async () => {
      await emptyChart();
      const baseline = await listeners();
      await mountTimeline(page, story, {width: 1200});
      await page.evaluate(() => (window as unknown as TestWindow).handle!.zoomTo([Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1)], {animate: false}));
      const plot = await plotGeometry(page);
      const from = toClient(plot, plot.x1 + 0.5 * (plot.x2 - plot.x1), plot.y1 - 6);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      try {
        await page.mouse.move(from.x + 60, from.y, {steps: 3});
        const ticksOf = () => page.evaluate(() => {
          const svg = (window as unknown as {destroyedSvg: SVGSVGElement}).destroyedSvg;
          return Array.from(svg.querySelectorAll(".chronoline-tick-line"), (line) => line.getAttribute("x1")).join(" ");
        });
        await page.evaluate(() => {
          (window as unknown as {destroyedSvg: Element}).destroyedSvg = document.querySelector("#chart svg.chronoline")!;
          (window as unknown as TestWindow).handle!.destroy();
        });
        const windowListeners = await listenersOf("window");
        const ticks = await ticksOf();
        await page.mouse.move(from.x + 120, from.y, {steps: 3});
        expect({windowListeners, ticks: await ticksOf()}).toEqual({windowListeners: baseline.window, ticks});
      } finally {
        await page.mouse.up();
        await page.evaluate(() => delete (window as unknown as {destroyedSvg?: Element}).destroyedSvg);
      }
    });
  });

  describe("many lives in one container", () => {
    it("200 create/select/destroy cycles leave the DOM node and JS listener counts flat after a forced GC", async () => {
      await emptyChart();
      const cycles = (count: number) => page.evaluate(({count, input}) => {
        const w = window as unknown as TestWindow;
        const container = document.getElementById("chart")!;
        for (let i = 0; i < count; i++) {
          const handle = w.chronoline.createTimeline(container, input as never, {width: 900});
          handle.on("zoom.cycle", () => {});
          handle.select("icc-warrant");
          handle.zoomTo([Date.UTC(2022, 0, 1), Date.UTC(2023, 11, 31)], {animate: false});
          handle.destroy();
        }
        return container.childNodes.length;
      }, {count, input: story});
      const counters = async () => {
        // Twice: the first pass may only finalise what the second then frees.
        await cdp.send("HeapProfiler.collectGarbage");
        await cdp.send("HeapProfiler.collectGarbage");
        return cdp.send("Memory.getDOMCounters");
      };
      const started = performance.now();
      expect(await cycles(1)).toBe(0);
      const afterFirst = await counters();
      expect(await cycles(199)).toBe(0);
      const afterAll = await counters();
      const elapsed = performance.now() - started;
      console.info(`DOM counters after 1 cycle ${JSON.stringify(afterFirst)}, after 200 ${JSON.stringify(afterAll)}; 200 cycles in ${elapsed.toFixed(0)} ms`);
      expect(afterAll.documents).toBe(afterFirst.documents);
      expect(afterAll.jsEventListeners).toBe(afterFirst.jsEventListeners);
      // A timeline of this story is about 700 nodes, so 199 leaked ones would add ~140,000.
      // The slack covers nodes the engine itself creates or caches lazily (text metrics,
      // style sharing), which a forced GC does not promise to return to the exact count.
      expect(Math.abs(afterAll.nodes - afterFirst.nodes)).toBeLessThanOrEqual(50);
    });
  });
});
