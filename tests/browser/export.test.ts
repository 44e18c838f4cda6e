// Export in Chromium: handle.toPNG({scale}) draws the current view's standalone SVG
// into a canvas (under a page policy that allows only data: images), and the print
// stylesheet prints the whole drawing without the interactive parts.
import {readFileSync} from "node:fs";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {decodePng, inkedPixels, pixelAt, pngHeader} from "../export/pngImage.js";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {repoPath} from "../support/paths.js";
import {exampleData} from "../support/scenarios.js";
import type {TestWindow} from "../support/timelinePage.js";

const story = exampleData("state-visit-2023");
const ORIGIN = "http://chronoline.test";
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

interface Exported {
  type: string;
  base64: string;
  svg: string;
}

(chromiumPath ? describe : describe.skip)("export in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({viewport: {width: 1200, height: 1000}});
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    // Served with the demo server's policy: images from data: URLs only (blob: is
    // refused), scripts and styles from files, Trusted Types enforced.
    const files: Record<string, [string, string]> = {
      "/chronoline.css": ["text/css", "chronoline.css"],
      "/chronoline.umd.min.js": ["text/javascript", "chronoline.umd.min.js"]
    };
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = files[path];
      if (file) return route.fulfill({contentType: file[0], body: readFileSync(repoPath("dist", file[1]))});
      return route.fulfill({
        contentType: "text/html",
        headers: {"content-security-policy": CSP},
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>export</title><link rel="icon" href="data:,">` +
          `<link rel="stylesheet" href="/chronoline.css"><script src="/chronoline.umd.min.js"></script></head>` +
          `<body><main><div id="chart"></div></main></body></html>`
      });
    });
    page.on("console", (message) => {
      if (/Content Security Policy|Trusted Type/i.test(message.text())) problems.push(`policy: ${message.text()}`);
    });
    await page.goto(`${ORIGIN}/`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function mount(options: Record<string, unknown>): Promise<void> {
    await page.evaluate(({input, options}) => {
      const w = window as unknown as TestWindow;
      w.handle?.destroy();
      w.handle = w.chronoline.createTimeline(document.getElementById("chart")!, input as never, options);
    }, {input: story, options});
  }

  async function exportPng(options?: {scale?: number}): Promise<Exported> {
    return page.evaluate(async (options) => {
      const handle = (window as unknown as TestWindow).handle!;
      const blob = await handle.toPNG(options);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return {type: blob.type, base64: btoa(binary), svg: handle.toSVG()};
    }, options);
  }

  function svgSize(svg: string): {width: number; height: number} {
    const root = /<svg\b[^>]*>/.exec(svg)![0];
    return {width: Number(/\swidth="([\d.]+)"/.exec(root)![1]), height: Number(/\sheight="([\d.]+)"/.exec(root)![1])};
  }

  it("handle.toPNG({scale: 2}) resolves to a PNG Blob of the view at twice its size, drawn", async () => {
    await mount({width: 900});
    const {type, base64, svg} = await exportPng({scale: 2});
    expect(type).toBe("image/png");
    const bytes = Buffer.from(base64, "base64");
    const size = svgSize(svg);
    expect(pngHeader(bytes)).toEqual({width: 2 * size.width, height: 2 * size.height});
    const pixels = decodePng(bytes);
    expect(pixelAt(pixels, 1, 1)).toBe("#ffffff");
    expect(inkedPixels(pixels)).toBeGreaterThan(0.05 * pixels.width * pixels.height);
    expect(problems).toEqual([]);
  });

  it("the page's policy is in force: a blob: image is refused where toPNG's data: image loads", async () => {
    const loaded = await page.evaluate(async (svg) => {
      const load = (src: string) => new Promise<boolean>((resolve) => {
        const image = new Image();
        image.onload = () => resolve(true);
        image.onerror = () => resolve(false);
        image.src = src;
      });
      const blobUrl = URL.createObjectURL(new Blob([svg], {type: "image/svg+xml"}));
      return {blob: await load(blobUrl), data: await load(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)};
    }, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect(loaded).toEqual({blob: false, data: true});
    problems.length = 0;
  });

  it("handle.toPNG() draws the current view at scale 1, in the theme's colours", async () => {
    await mount({width: 640, theme: "dark"});
    await page.evaluate(() => (window as unknown as TestWindow).handle!.zoomTo([Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)], {animate: false}));
    const {base64, svg} = await exportPng();
    expect(svg).toContain("2023");
    const pixels = decodePng(Buffer.from(base64, "base64"));
    expect([pixels.width, pixels.height]).toEqual([svgSize(svg).width, svgSize(svg).height]);
    expect(pixelAt(pixels, 1, 1)).toBe("#16181d");
    expect(problems).toEqual([]);
  });

  it("a bad scale rejects with a TimelineError, and so does a destroyed handle", async () => {
    await mount({width: 600});
    const results = await page.evaluate(async () => {
      const w = window as unknown as TestWindow;
      const outcome = (promise: Promise<unknown>) => promise.then(() => "resolved", (error: {name: string; code: string}) => `${error.name} ${error.code}`);
      const handle = w.handle!;
      const bad = [await outcome(handle.toPNG({scale: 0})), await outcome(handle.toPNG({scale: 100}))];
      handle.destroy();
      w.handle = null;
      return [...bad, await outcome(handle.toPNG())];
    });
    expect(results).toEqual(["TimelineError INVALID_OPTION", "TimelineError INVALID_OPTION", "TimelineError DESTROYED"]);
  });

  it("printing shows the whole drawing at the page's width in its own colours, without tooltip, card, overview or buttons", async () => {
    // Drawn 600 px wide on screen, printed across the page.
    await mount({width: 600, theme: "dark"});
    await page.evaluate(() => (window as unknown as TestWindow).handle!.select("putin-state-visit-china"));
    // On screen, the card and the overview are there to be hidden.
    expect(await page.locator("#chart .chronoline-details").isVisible()).toBe(true);
    expect(await page.locator("#chart .chronoline-overview").isVisible()).toBe(true);
    await page.emulateMedia({media: "print"});
    try {
      const printed = await page.evaluate(() => {
        const chart = document.getElementById("chart")!;
        const svg = chart.querySelector<SVGSVGElement>("svg.chronoline")!;
        const shown = (selector: string) => [...chart.querySelectorAll(selector)].some((node) => getComputedStyle(node).display !== "none");
        const box = svg.getBoundingClientRect();
        const viewBox = svg.viewBox.baseVal;
        return {
          chartWidth: chart.getBoundingClientRect().width,
          width: box.width,
          aspect: box.width / box.height,
          viewBoxAspect: viewBox.width / viewBox.height,
          colourAdjust: getComputedStyle(svg).getPropertyValue("print-color-adjust"),
          details: shown(".chronoline-details"),
          tooltip: shown(".chronoline-tooltip"),
          overview: shown(".chronoline-overview"),
          toggle: shown(".chronoline-table-toggle")
        };
      });
      expect(printed.chartWidth).toBeGreaterThan(1000);
      expect(printed.width).toBeCloseTo(printed.chartWidth, 0);
      expect(printed.aspect).toBeCloseTo(printed.viewBoxAspect, 2);
      expect(printed.colourAdjust).toBe("exact");
      expect(printed).toMatchObject({details: false, tooltip: false, overview: false, toggle: false});
      const pdf = await page.pdf({printBackground: false});
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      await page.emulateMedia({media: "screen"});
    }
  });
});
