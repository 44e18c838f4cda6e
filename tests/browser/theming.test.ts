// Spacing and colours from the page's CSS custom properties, in Chromium.
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {drawingViolations} from "../support/pageInvariants.js";
import {repoPath} from "../support/paths.js";
import {exampleData} from "../support/scenarios.js";

(chromiumPath ? describe : describe.skip)("theming through custom properties", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function rowGaps(extraCss: string): Promise<number[]> {
    const page = await browser.newPage({viewport: {width: 1000, height: 900}});
    await page.setContent(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body><div id="chart"></div></body></html>`);
    await page.addStyleTag({path: repoPath("dist", "chronoline.css")});
    if (extraCss) await page.addStyleTag({content: extraCss});
    await page.addScriptTag({path: repoPath("dist", "chronoline.umd.min.js")});
    const gaps = await page.evaluate((input) => {
      const api = (window as unknown as {chronoline: {createTimeline: (c: Element, i: unknown, o: unknown) => unknown}}).chronoline;
      api.createTimeline(document.getElementById("chart")!, input, {width: 900});
      const ys = Array.from(document.querySelectorAll(".chronoline-lane[data-id='international'] ~ * .chronoline-event, .chronoline-event"), (g) => {
        const mark = g.querySelector(".chronoline-mark")!;
        return Math.round(Number(mark.getAttribute("cy") ?? Number(mark.getAttribute("y")) + Number(mark.getAttribute("height")) / 2));
      });
      const distinct = [...new Set(ys)].sort((a, b) => a - b);
      return distinct.slice(1).map((y, i) => y - distinct[i]!);
    }, exampleData("state-visit-2023"));
    expect(await drawingViolations(page)).toEqual([]);
    await page.close();
    return gaps;
  }

  it("--chronoline-row-height on the container sets the distance between sub-rows", async () => {
    const plain = await rowGaps("");
    const roomy = await rowGaps("#chart { --chronoline-row-height: 34px; }");
    expect(Math.min(...plain)).toBe(22);
    expect(Math.min(...roomy)).toBe(34);
  });

  it("the dark theme's custom properties colour the drawing", async () => {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body><div id="chart"></div></body></html>`);
    await page.addStyleTag({path: repoPath("dist", "chronoline.css")});
    await page.addStyleTag({content: ".chronoline.chronoline--dark { --chronoline-background: rgb(1, 2, 3); }"});
    await page.addScriptTag({path: repoPath("dist", "chronoline.umd.min.js")});
    const fill = await page.evaluate((input) => {
      const api = (window as unknown as {chronoline: {createTimeline: (c: Element, i: unknown, o: unknown) => unknown}}).chronoline;
      api.createTimeline(document.getElementById("chart")!, input, {width: 900, theme: "dark"});
      return getComputedStyle(document.querySelector(".chronoline-background")!).fill;
    }, exampleData("state-visit-2023"));
    // The page's rule for the dark theme, loaded after chronoline.css, wins.
    expect(fill).toBe("rgb(1, 2, 3)");
    expect(await drawingViolations(page)).toEqual([]);
    await page.close();
  });
});
