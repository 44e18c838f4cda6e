// The example pages in real Chromium, served by the demo server with its strict
// Content-Security-Policy: every event of the default story drawn, no console
// errors or CSP violations, and label boxes (measured by the browser) apart.
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {drawingViolations} from "../support/pageInvariants.js";
import {exampleData} from "../support/scenarios.js";
import {repoPath} from "../support/paths.js";

interface Box {x: number; y: number; width: number; height: number}

(chromiumPath ? describe : describe.skip)("the examples in Chromium", () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    const {startServer} = await import(repoPath("examples", "serve.mjs"));
    server = await startServer({port: 0});
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(path: string): Promise<{page: Page; problems: string[]}> {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}});
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(`${origin}/examples/${path}`);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'none'");
    await page.waitForSelector("svg.chronoline .chronoline-event");
    return {page, problems};
  }

  const story = exampleData("state-visit-2023");

  for (const path of ["index.html", "umd.html", "esm.html"]) {
    it(`${path} draws every event of the default story with no console errors`, async () => {
      const {page, problems} = await open(path);
      const ids = await page.$$eval("svg.chronoline .chronoline-event", (groups) => groups.map((g) => g.getAttribute("data-id")));
      expect(ids.sort()).toEqual(story.events.map((e) => String(e.id)).sort());
      const names = await page.$$eval("svg.chronoline .chronoline-event", (groups) => groups.map((g) => g.getAttribute("aria-label")));
      expect(names).toContain("17–18 Oct 2023, 2 days: Putin's state visit to China");
      expect(problems).toEqual([]);
      expect(await drawingViolations(page)).toEqual([]);
      await page.close();
    });

    it(`${path}: label boxes measured by the browser do not overlap`, async () => {
      const {page} = await open(path);
      const boxes: (Box & {text: string})[] = await page.$$eval(
        "svg.chronoline .chronoline-label, svg.chronoline .chronoline-lane-title, svg.chronoline .chronoline-era-label, svg.chronoline .chronoline-marker-label, svg.chronoline .chronoline-tick-label, svg.chronoline .chronoline-note",
        (elements) => elements.map((element) => {
          const box = (element as SVGGraphicsElement).getBBox();
          return {x: box.x, y: box.y, width: box.width, height: box.height, text: element.textContent ?? ""};
        })
      );
      expect(boxes.length).toBeGreaterThan(story.events.length);
      const overlapping: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          // Glyph boxes include ascent and descent; a pixel of slack keeps neighbouring rows apart.
          if (a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1) {
            overlapping.push(`${a.text} / ${b.text}`);
          }
        }
      }
      expect(overlapping).toEqual([]);
      expect(await drawingViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it("index.html switches story and theme from its controls", async () => {
    const {page, problems} = await open("index.html#ancient-rome");
    await page.waitForFunction(() => document.querySelector(".chronoline-event")?.getAttribute("aria-label")?.includes("BC"));
    expect(await page.textContent("#story-title")).toBe("Rome, from Republic to Empire");
    await page.selectOption("#theme", "dark");
    await page.waitForSelector("svg.chronoline.chronoline--dark");
    const background = await page.$eval("svg.chronoline .chronoline-background", (rect) => getComputedStyle(rect).fill);
    expect(background).toBe("rgb(22, 24, 29)");
    expect(problems).toEqual([]);
    expect(await drawingViolations(page)).toEqual([]);
    await page.close();
  });

  it("hostile text renders as literal text in the browser and runs no script", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(`${origin}/examples/umd.html`);
    await page.waitForSelector("svg.chronoline");
    const result = await page.evaluate(() => {
      const trap = {called: false};
      (window as unknown as {trap: () => void}).trap = () => {
        trap.called = true;
      };
      const payload = '<img src=x onerror="trap()"><script>trap()</script>';
      const container = document.createElement("div");
      document.body.append(container);
      const api = (window as unknown as {chronoline: {createTimeline: (c: Element, i: unknown, o: unknown) => void}}).chronoline;
      api.createTimeline(container, {title: payload, events: [{title: payload, description: payload, start: "2023-03-17"}]}, {width: 600});
      return new Promise<{called: boolean; images: number; scripts: number; name: string}>((resolve) =>
        setTimeout(() => resolve({
          called: trap.called,
          images: container.querySelectorAll("img").length,
          scripts: container.querySelectorAll("script").length,
          name: container.querySelector(".chronoline-event title")?.textContent ?? ""
        }), 200)
      );
    });
    expect(result).toEqual({called: false, images: 0, scripts: 0, name: '17 Mar 2023: <img src=x onerror="trap()"><script>trap()</script>'});
    expect(problems).toEqual([]);
    expect(await drawingViolations(page)).toEqual([]);
    await page.close();
  });
});
