// The layout in real Chromium, measured by the browser: the component (with its
// default canvas text measurement) draws the default story and a dense year at
// three widths, and no two label, cluster or note boxes intersect by getBBox.
import type {Browser, Page} from "playwright-core";
import {afterAll, afterEach, beforeAll, describe, expect, it} from "vitest";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {drawingViolations} from "../support/pageInvariants.js";
import {denseYear} from "../support/denseScenario.js";
import {repoPath} from "../support/paths.js";
import {exampleData} from "../support/scenarios.js";

interface MeasuredBox {x: number; y: number; width: number; height: number; what: string}

const SELECTORS = [
  ".chronoline-label", ".chronoline-cluster-badge", ".chronoline-note", ".chronoline-lane-title",
  ".chronoline-era-label", ".chronoline-marker-label", ".chronoline-tick-label"
].join(", ");

(chromiumPath ? describe : describe.skip)("the layout in Chromium", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({viewport: {width: 1700, height: 900}});
    await page.setContent(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body></body></html>`);
    await page.addStyleTag({path: repoPath("dist", "chronoline.css")});
    await page.addScriptTag({path: repoPath("dist", "chronoline.umd.min.js")});
  });

  // Whatever each test leaves drawn keeps the rendering invariants.
  afterEach(async () => {
    expect(await drawingViolations(page)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function render(input: unknown, width: number): Promise<{boxes: MeasuredBox[]; events: number; clustered: number}> {
    return page.evaluate(({input, width, selectors}) => {
      document.body.replaceChildren();
      const container = document.body.appendChild(document.createElement("div"));
      const api = (window as unknown as {chronoline: {createTimeline: (c: Element, i: unknown, o: unknown) => unknown}}).chronoline;
      api.createTimeline(container, input, {width});
      const boxes = Array.from(container.querySelectorAll(selectors), (element) => {
        const box = (element as SVGGraphicsElement).getBBox();
        return {x: box.x, y: box.y, width: box.width, height: box.height, what: `${element.getAttribute("class")}: ${element.textContent}`};
      });
      const clustered = Array.from(container.querySelectorAll(".chronoline-cluster"), (cluster) => JSON.parse(cluster.getAttribute("data-ids") ?? "[]").length)
        .reduce((sum: number, n: number) => sum + n, 0);
      return {boxes, events: container.querySelectorAll(".chronoline-event").length, clustered};
    }, {input, width, selectors: SELECTORS});
  }

  /** Pairs of boxes that intersect, by more than half a pixel (getBBox of text spans ascent and descent). */
  function intersecting(boxes: readonly MeasuredBox[]): string[] {
    const overlapping: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5) {
          overlapping.push(`${a.what} / ${b.what}`);
        }
      }
    }
    return overlapping;
  }

  /** A standalone SVG from renderToSVG (width table, no canvas), measured in the page. */
  async function measureStandalone(svg: string): Promise<MeasuredBox[]> {
    return page.evaluate(({svg, selectors}) => {
      const container = document.createElement("div");
      document.body.replaceChildren(container);
      const parsed = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
      container.append(document.importNode(parsed, true));
      return Array.from(container.querySelectorAll(selectors), (element) => {
        const box = (element as SVGGraphicsElement).getBBox();
        return {x: box.x, y: box.y, width: box.width, height: box.height, what: `${element.getAttribute("class")}: ${element.textContent}`};
      });
    }, {svg, selectors: SELECTORS});
  }

  const cases = [
    {name: "the default story", input: exampleData("state-visit-2023"), count: 13},
    {name: "a dense year", input: denseYear(), count: 500}
  ];
  for (const {name, input, count} of cases) {
    for (const width of [320, 900, 1600]) {
      it(`${name} at ${width} px: no intersecting label, cluster or note boxes, every event drawn or clustered`, async () => {
        const {boxes, events, clustered} = await render(input, width);
        expect(events + clustered).toBe(count);
        expect(intersecting(boxes)).toEqual([]);
      });

      it(`${name} at ${width} px from renderToSVG (width table): no intersecting boxes in the browser either`, async () => {
        const {renderToSVG} = await import(repoPath("dist", "index.js"));
        const boxes = await measureStandalone(renderToSVG(input, {width}));
        expect(boxes.length).toBeGreaterThan(10);
        expect(intersecting(boxes)).toEqual([]);
      });
    }
  }
});
