// RELIABILITY.md "Fault and resource tests" in real Chromium: a resize storm is
// laid out at most once per animation frame with no "ResizeObserver loop" error;
// hidden containers (0×0, display: none, a hidden ancestor) draw no NaN and draw
// correctly once shown; two timelines with different options on one page do not
// touch each other. The Node share (the widest domain, 100,000 events) is in
// tests/hostile/faults.test.ts.
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, beforeEach, describe, expect, it} from "vitest";
import type * as Chronoline from "../../src/index.js";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {conservationViolations} from "../support/conservation.js";
import {drawingViolations} from "../support/pageInvariants.js";
import {exampleData} from "../support/scenarios.js";
import {openTimelinePage, settle} from "../support/timelinePage.js";

const story = exampleData("state-visit-2023");

interface FaultWindow {
  chronoline: typeof Chronoline;
  handles: Chronoline.TimelineHandle[];
  warnings: Chronoline.TimelineWarning[];
}

(chromiumPath ? describe : describe.skip)("faults in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({page, problems} = await openTimelinePage(browser, {width: 1400, height: 1200}));
  });

  beforeEach(async () => {
    await page.evaluate(() => {
      const w = window as unknown as FaultWindow;
      for (const handle of w.handles ?? []) handle.destroy();
      w.handles = [];
      w.warnings = [];
      document.querySelector("main")!.replaceChildren();
    });
    problems.length = 0;
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A container in the page, styled through the CSSOM, with a timeline that follows its width. */
  function mount(page: Page, css: Record<string, string>, options: Chronoline.TimelineOptions = {}, id = "chart"): Promise<void> {
    return page.evaluate(({css, options, input, id}) => {
      const w = window as unknown as FaultWindow;
      const container = document.querySelector("main")!.appendChild(document.createElement("div"));
      container.id = id;
      Object.assign(container.style, css);
      w.handles.push(w.chronoline.createTimeline(container, input as Chronoline.TimelineInput, {...options, onWarning: (warning) => w.warnings.push(warning)}));
    }, {css, options, input: story, id});
  }

  /** What #id shows: the drawing's width and the ids drawn or clustered. */
  function shown(page: Page, id = "chart") {
    return page.evaluate((id) => {
      const svg = document.querySelector(`#${id} svg.chronoline`)!;
      return {
        width: svg.getAttribute("width"),
        events: Array.from(svg.querySelectorAll("g.chronoline-event"), (g) => g.getAttribute("data-id")!),
        clustered: Array.from(svg.querySelectorAll("g.chronoline-cluster"), (g) => JSON.parse(g.getAttribute("data-ids")!) as string[]).flat(),
        warnings: (window as unknown as FaultWindow).warnings
      };
    }, id);
  }

  it("a resize storm of 200 width changes is laid out at most once per animation frame, ends at the last width, and logs no ResizeObserver loop error", async () => {
    await mount(page, {width: "900px"});
    await settle(page);
    const storm = await page.evaluate(async () => {
      const container = document.getElementById("chart")!;
      const svg = container.querySelector("svg.chronoline")!;
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener("error", onError);
      // Frames are counted by a requestAnimationFrame loop registered before any
      // the timeline schedules, so a layout runs in the frame the counter shows.
      let frame = 0;
      let counting = true;
      const tick = () => {
        frame++;
        if (counting) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const layouts = new Map<number, number>();
      const observer = new MutationObserver((records) => {
        for (const record of records) if (record.target === svg) layouts.set(frame, (layouts.get(frame) ?? 0) + 1);
      });
      observer.observe(svg, {attributes: true, attributeFilter: ["width"]});
      const started = performance.now();
      // Four changes per task, as a dragged splitter makes them, 200 in all.
      for (let i = 0; i < 200; i++) {
        container.style.width = `${500 + ((i * 37) % 800)}px`;
        if (i % 4 === 3) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      container.style.width = "1000px";
      await new Promise<void>((resolve) => {
        let left = 6;
        const wait = () => (--left ? requestAnimationFrame(wait) : resolve());
        requestAnimationFrame(wait);
      });
      counting = false;
      observer.disconnect();
      window.removeEventListener("error", onError);
      return {
        frames: frame,
        perFrame: [...layouts.values()],
        layouts: [...layouts.values()].reduce((a, b) => a + b, 0),
        elapsed: performance.now() - started,
        width: svg.getAttribute("width"),
        errors
      };
    });
    console.info(`resize storm: ${storm.layouts} layouts in ${storm.frames} frames (${storm.elapsed.toFixed(0)} ms)`);
    expect(storm.layouts).toBeGreaterThan(0);
    expect(Math.max(...storm.perFrame)).toBe(1);
    expect(storm.layouts).toBeLessThanOrEqual(storm.frames);
    expect(storm.width).toBe("1000");
    expect(storm.errors).toEqual([]);
    expect(problems.filter((p) => /ResizeObserver/.test(p))).toEqual([]);
    expect(problems).toEqual([]);
    expect(await drawingViolations(page)).toEqual([]);
  });

  for (const [name, css, show] of [
    ["a 0×0 container", {width: "0px", height: "0px", overflow: "hidden"}, {width: "700px", height: "auto", overflow: "visible"}],
    ["a display: none container", {display: "none", width: "700px"}, {display: "block"}],
    ["a container in a collapsed grid track", {width: "0px", minWidth: "0px"}, {width: "700px"}]
  ] as const) {
    it(`${name}: no NaN while hidden, and once shown a drawing at its width with every event`, async () => {
      await mount(page, css as Record<string, string>);
      await settle(page);
      expect(await drawingViolations(page)).toEqual([]);
      const hidden = await shown(page);
      expect(Number(hidden.width)).toBeGreaterThan(0);
      // An update while hidden must not break anything either.
      await page.evaluate((input) => (window as unknown as FaultWindow).handles[0]!.update(input as Chronoline.TimelineInput), story);
      await page.evaluate((show) => Object.assign(document.getElementById("chart")!.style, show), show as Record<string, string>);
      await settle(page, 5);
      const visible = await shown(page);
      expect(visible.width).toBe("700");
      expect(await drawingViolations(page)).toEqual([]);
      expect(conservationViolations(story, visible, visible.warnings)).toEqual([]);
      expect(visible.events.length + visible.clustered.length).toBe(story.events.length);
      // Laid out for 700 px: what a fresh timeline at 700 px draws.
      await mount(page, {width: "700px"}, {}, "fresh");
      await settle(page);
      const fresh = await shown(page, "fresh");
      expect({events: [...visible.events].sort(), clustered: [...visible.clustered].sort()}).toEqual({events: [...fresh.events].sort(), clustered: [...fresh.clustered].sort()});
      expect(problems).toEqual([]);
    });
  }

  it("two timelines with different theme, locale and maxRows on one page keep their own labels and classes while the other is used", async () => {
    await mount(page, {width: "900px"}, {theme: "dark", locale: "ru", maxRows: 1}, "a");
    await mount(page, {width: "900px"}, {theme: "light", locale: "en-GB", maxRows: 8}, "b");
    await settle(page);
    const snapshot = (id: string) => page.evaluate((id) => {
      const frame = document.querySelector(`#${id} .chronoline-frame`)!;
      const svg = frame.querySelector("svg.chronoline")!;
      return {
        frameClass: frame.getAttribute("class"),
        rootClass: svg.getAttribute("class"),
        texts: Array.from(svg.querySelectorAll("text"), (t) => t.textContent),
        classes: Array.from(svg.querySelectorAll("[class]"), (e) => e.getAttribute("class")),
        names: Array.from(svg.querySelectorAll("[aria-label]"), (e) => e.getAttribute("aria-label")),
        table: Array.from(frame.querySelectorAll("table.chronoline-table td:first-child"), (td) => td.textContent)
      };
    }, id);
    const use = (id: string) => page.evaluate(async (id) => {
      const w = window as unknown as FaultWindow;
      const handle = w.handles[id === "a" ? 0 : 1]!;
      const svg = document.querySelector(`#${id} svg.chronoline`)!;
      for (const g of Array.from(svg.querySelectorAll("g.chronoline-event")).slice(0, 4)) {
        g.dispatchEvent(new PointerEvent("pointerover", {bubbles: true}));
        g.dispatchEvent(new MouseEvent("click", {bubbles: true}));
      }
      handle.select("icc-warrant");
      handle.focus("putin-state-visit-china");
      svg.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowRight", bubbles: true}));
      handle.zoomTo([Date.UTC(2023, 0, 1), Date.UTC(2023, 11, 31)], {animate: false});
      handle.zoomTo([Date.UTC(2013, 0, 1), Date.UTC(2024, 0, 1)], {animate: false});
      handle.select(null);
      (document.querySelector(`#${id} .chronoline-table-toggle`) as HTMLButtonElement).click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }, id);

    const a0 = await snapshot("a");
    const b0 = await snapshot("b");
    expect(a0.rootClass).toContain("chronoline--dark");
    expect(a0.frameClass).toContain("chronoline-frame--dark");
    expect(b0.rootClass).toContain("chronoline--light");
    expect(b0.frameClass).not.toContain("chronoline-frame--dark");
    expect(a0.names.join(" ")).toMatch(/[а-я]/);
    expect(b0.names.join(" ")).not.toMatch(/[а-я]/);
    // maxRows 1 folds events that maxRows 8 has room for.
    expect(a0.classes.filter((c) => c === "chronoline-cluster").length).toBeGreaterThan(b0.classes.filter((c) => c === "chronoline-cluster").length);

    await use("a");
    expect(await snapshot("b")).toEqual(b0);
    const a1 = await snapshot("a");
    await use("b");
    expect(await snapshot("a")).toEqual(a1);
    expect((await snapshot("b")).rootClass).toBe(b0.rootClass);
    expect(await drawingViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
