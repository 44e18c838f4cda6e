// The dashboard example in real Chromium, served by the demo server: filters
// go through handle.update(), the list of events in view follows "zoom", the
// details pane follows "select".
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {parseTimeline} from "../../src/index.js";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {drawingViolations} from "../support/pageInvariants.js";
import {repoPath} from "../support/paths.js";
import {exampleData} from "../support/scenarios.js";

const data = exampleData("diplomacy-2023");
const timeline = parseTimeline(data);
const idsInLane = (lane: string) => data.events.filter((event) => event.lane === lane).map((event) => String(event.id));
const idsBetween = (start: number, end: number) =>
  timeline.events.filter((event) => event.span.start < end && event.span.end > start).map((event) => event.id).sort();

(chromiumPath ? describe : describe.skip)("the dashboard in Chromium", () => {
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

  async function openDashboard(): Promise<{page: Page; problems: string[]}> {
    const page = await browser.newPage({viewport: {width: 1280, height: 1000}});
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
    page.on("request", (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) problems.push(`request to another origin: ${request.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.emulateMedia({reducedMotion: "reduce"});
    const response = await page.goto(`${origin}/examples/dashboard.html`);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'none'");
    await page.waitForSelector("body[data-ready=true] #chart svg.chronoline .chronoline-event");
    return {page, problems};
  }

  /** The ids drawn as events or folded into clusters. */
  const drawnIds = (page: Page) =>
    page.evaluate(() => [
      ...Array.from(document.querySelectorAll("#chart svg.chronoline g.chronoline-event"), (g) => g.getAttribute("data-id")!),
      ...Array.from(document.querySelectorAll("#chart svg.chronoline g.chronoline-cluster"), (g) => JSON.parse(g.getAttribute("data-ids")!) as string[]).flat()
    ]);
  const listedIds = (page: Page) => page.$$eval("#in-view-list li[data-id]", (items) => items.map((item) => (item as HTMLElement).dataset.id!));
  const summary = (page: Page) => page.textContent("#summary");

  it("dashboard.html draws every event, lists them all as in view and summarises, with no console errors", async () => {
    const {page, problems} = await openDashboard();
    const all = data.events.map((event) => String(event.id)).sort();
    expect((await drawnIds(page)).sort()).toEqual(all);
    expect((await listedIds(page)).sort()).toEqual(all);
    expect(await drawingViolations(page, "#chart svg.chronoline")).toEqual([]);
    expect(await summary(page)).toBe(`${all.length} of ${all.length} events in view · 20 Feb – 30 Nov 2023`);
    expect(await page.$$eval(".filters input[name=lane]", (boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual(data.lanes!.map((lane) => lane.id));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("unchecking a lane removes its events from the chart and the list; checking it brings them back", async () => {
    const {page, problems} = await openDashboard();
    const russia = idsInLane("russia");
    expect(russia.length).toBeGreaterThan(3);
    await page.locator('.filters input[name=lane][value="russia"]').uncheck();
    await page.waitForFunction(() => !document.querySelector('#chart [data-id="wagner-mutiny"]'));
    const drawn = await drawnIds(page);
    expect(drawn.filter((id) => russia.includes(id))).toEqual([]);
    expect(drawn.length).toBe(data.events.length - russia.length);
    expect((await listedIds(page)).filter((id) => russia.includes(id))).toEqual([]);
    expect(await page.$$eval("#chart .chronoline-lane", (lanes) => lanes.map((lane) => lane.getAttribute("data-id")))).not.toContain("russia");
    expect(await summary(page)).toContain(`${russia.length} hidden by filters`);

    await page.locator('.filters input[name=lane][value="russia"]').check();
    await page.waitForSelector('#chart [data-id="wagner-mutiny"]');
    expect((await listedIds(page)).length).toBe(data.events.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("unchecking a tag hides the events whose every tag is unchecked", async () => {
    const {page, problems} = await openDashboard();
    await page.locator('.filters input[name=tag][value="summit"]').uncheck();
    await page.waitForFunction(() => !document.querySelector('#chart [data-id="g7-hiroshima"]'));
    const onlySummit = data.events.filter((event) => event.tags?.length && event.tags.every((tag) => tag === "summit")).map((event) => String(event.id));
    expect(onlySummit).toContain("g7-hiroshima");
    const listed = await listedIds(page);
    expect(listed.filter((id) => onlySummit.includes(id))).toEqual([]);
    // Tagged "visit" as well, the Beijing forum stays.
    expect(listed).toContain("putin-beijing");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("zooming to a quarter (handle.zoomTo) narrows the list to the events in that window", async () => {
    const {page, problems} = await openDashboard();
    await page.click('[data-zoom="q3"]');
    await page.waitForFunction(() => document.querySelector("#summary")!.textContent!.includes("1 Jul – 30 Sept 2023"));
    expect((await listedIds(page)).sort()).toEqual(idsBetween(Date.UTC(2023, 6, 1), Date.UTC(2023, 9, 1)));
    expect(await summary(page)).toMatch(/^\d+ of 19 events in view · 1 Jul – 30 Sept 2023$/);
    await page.click('[data-zoom="all"]');
    await page.waitForFunction(() => document.querySelectorAll("#in-view-list li[data-id]").length === 19);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a wheel over the chart zooms in, and the list follows", async () => {
    const {page, problems} = await openDashboard();
    const box = (await page.locator("#chart svg.chronoline").boundingBox())!;
    // Over the right of the plot, where the autumn is: zooming in around it drops the spring.
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.4);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
    await page.waitForFunction(() => document.querySelectorAll("#in-view-list li[data-id]").length < 19);
    const listed = await listedIds(page);
    expect(listed).not.toContain("biden-kyiv");
    expect(listed.length).toBeGreaterThan(0);
    const drawn = await drawnIds(page);
    for (const id of listed) expect(drawn, id).toContain(id);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("clicking an event in the chart fills the details pane (the select event)", async () => {
    const {page, problems} = await openDashboard();
    await page.click('#chart [data-id="wagner-mutiny"] .chronoline-mark');
    await page.waitForFunction(() => document.querySelector("#details h3")?.textContent === "Wagner mutiny");
    const details = (await page.textContent("#details"))!;
    expect(details).toContain("23–24 Jun 2023");
    expect(details).toContain("Yevgeny Prigozhin");
    expect(await page.getAttribute("#details a", "href")).toBe("https://en.wikipedia.org/wiki/Wagner_Group_rebellion");
    expect(await page.getAttribute("#details a", "rel")).toBe("noopener noreferrer");
    // Related events are buttons that select them in turn.
    await page.click('#details .related button:text("Prigozhin killed in a plane crash")');
    await page.waitForFunction(() => document.querySelector("#details h3")?.textContent === "Prigozhin killed in a plane crash");
    // And so are the items of the list.
    await page.click('#in-view-list li[data-id="finland-nato"] button');
    await page.waitForFunction(() => document.querySelector("#details h3")?.textContent === "Finland joins NATO");
    expect(problems).toEqual([]);
    await page.close();
  });
});
