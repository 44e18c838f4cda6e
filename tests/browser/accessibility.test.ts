// Accessibility of the default example page in real Chromium, served by the demo
// server under its strict Content-Security-Policy: axe-core finds nothing serious
// or critical, the drawing is a labelled group, focus changes are announced, and
// the table alternative lists every event.
//
// axe is injected with page.evaluate(source), which runs through the DevTools
// protocol and is not subject to the page's CSP. page.addScriptTag cannot be
// used on this page: it sets a <script>'s text, which
// `require-trusted-types-for 'script'` blocks ("This document requires
// 'TrustedScript' assignment"), and the server only serves examples/, dist/
// and d3's modules, so axe cannot be loaded from 'self' either.
import {readFileSync} from "node:fs";
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type * as Chronoline from "../../src/index.js";
import type {EventInput} from "../../src/index.js";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {drawingViolations} from "../support/pageInvariants.js";
import {repoPath} from "../support/paths.js";
import {exampleData} from "../support/scenarios.js";
import {mountTimeline, openTimelinePage} from "../support/timelinePage.js";

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: {target: string[]; html: string; failureSummary: string}[];
}

const story = exampleData("state-visit-2023");

(chromiumPath ? describe : describe.skip)("accessibility of the example page in Chromium", () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  const axeSource = readFileSync(repoPath("node_modules", "axe-core", "axe.min.js"), "utf8");

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

  /** index.html with the default story drawn, and every page error or CSP violation collected. */
  async function openIndex(): Promise<{page: Page; problems: string[]}> {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}});
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(`${origin}/examples/index.html`);
    expect(response?.headers()["content-security-policy"]).toContain("require-trusted-types-for 'script'");
    await page.waitForSelector("svg.chronoline .chronoline-event");
    return {page, problems};
  }

  async function runAxe(page: Page): Promise<AxeViolation[]> {
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: AxeViolation[]}>}}).axe;
      const results = await axe.run(document, {resultTypes: ["violations"]});
      return results.violations.map(({id, impact, help, nodes}) => ({
        id, impact, help,
        nodes: nodes.map(({target, html, failureSummary}) => ({target: target.map(String), html, failureSummary}))
      }));
    });
  }

  /** Prints every violation, and returns the serious and critical ones as readable lines. */
  function seriousOrCritical(violations: readonly AxeViolation[], when: string): string[] {
    for (const violation of violations) {
      console.info(`axe (${when}) ${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(" ")}: ${node.html.slice(0, 160)}\n      ${node.failureSummary.replace(/\n/g, "\n      ")}`).join("\n"));
    }
    return violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .flatMap((violation) => violation.nodes.map((node) => `${violation.impact} ${violation.id} at ${node.target.join(" ")}: ${node.html.slice(0, 120)}`));
  }

  describe("axe-core", () => {
    it("index.html under its CSP has no serious or critical axe violations", async () => {
      const {page, problems} = await openIndex();
      expect(seriousOrCritical(await runAxe(page), "index.html")).toEqual([]);
      expect(problems).toEqual([]);
      expect(await drawingViolations(page)).toEqual([]);
      await page.close();
    });

    it("index.html with the table shown and a details card open has no serious or critical axe violations", async () => {
      const {page, problems} = await openIndex();
      await page.getByRole("button", {name: "Show the events as a table"}).click();
      await page.locator("svg.chronoline g.chronoline-event[data-id='icc-warrant']").click();
      await page.getByRole("dialog").waitFor({state: "visible"});
      expect(seriousOrCritical(await runAxe(page), "table shown, card open")).toEqual([]);
      expect(problems).toEqual([]);
      expect(await drawingViolations(page)).toEqual([]);
      await page.close();
    });
  });

  describe("names and announcements", () => {
    it("the root svg is a group named by the title, the extent and the number of events", async () => {
      const {page} = await openIndex();
      const root = await page.$eval("svg.chronoline", (svg) => ({
        role: svg.getAttribute("role"),
        label: svg.getAttribute("aria-label"),
        title: svg.querySelector(":scope > title")?.textContent ?? null
      }));
      expect(root.role).toBe("group");
      expect(root.label).toBe("Putin's state visit to China, October 2023, 7 Sept 2013 – 18 Oct 2023, 13 events");
      expect(root.title).toBe(root.label);
      // The same name reaches the accessibility tree.
      await expect(page.getByRole("group", {name: root.label!, exact: true}).count()).resolves.toBe(1);
      expect(await drawingViolations(page)).toEqual([]);
      await page.close();
    });

    it("the live region announces the name of each event that receives focus", async () => {
      const {page} = await openIndex();
      const live = page.locator('.chronoline-frame [aria-live="polite"]');
      expect(await live.count()).toBe(1);
      expect(await live.textContent()).toBe("");
      await page.locator("svg.chronoline g.chronoline-event[data-id='icc-warrant']").focus();
      expect(await live.textContent()).toBe("17 Mar 2023: ICC issues an arrest warrant for Putin");
      await page.keyboard.press("ArrowRight");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe("xi-state-visit-moscow");
      expect(await live.textContent()).toBe("20–22 Mar 2023, 3 days: Xi's state visit to Moscow");
      expect(await drawingViolations(page)).toEqual([]);
      await page.close();
    });
  });

  describe("the table alternative", () => {
    it("lists one row per event in time order: date, title, lane, description and sources", async () => {
      const {page} = await openIndex();
      const rows = await page.$$eval("table.chronoline-table tbody tr", (trs) => trs.map((tr) => ({
        cells: Array.from(tr.children, (cell) => `${cell.tagName.toLowerCase()}: ${cell.textContent}`),
        links: Array.from(tr.querySelectorAll("a"), (a) => ({href: a.getAttribute("href"), rel: a.getAttribute("rel"), target: a.getAttribute("target")}))
      })));
      const headers = await page.$$eval("table.chronoline-table thead th", (ths) => ths.map((th) => th.textContent));
      expect(headers).toEqual(["Date", "Title", "Lane", "Description", "Sources"]);
      const {parseTimeline, formatSpan}: typeof Chronoline = await import(repoPath("dist", "index.js"));
      const timeline = parseTimeline(story);
      const lanes = new Map(timeline.lanes.map((lane) => [lane.id, lane.title]));
      const inputs = new Map((story.events as EventInput[]).map((event) => [String(event.id), event]));
      expect(rows).toHaveLength(timeline.events.length);
      timeline.events.forEach((event, i) => {
        const input = inputs.get(event.id)!;
        const sources = input.sources ?? [];
        expect(rows[i]!.cells).toEqual([
          `td: ${formatSpan(event.span, {locale: timeline.locale, timeZone: timeline.timeZone})}`,
          `th: ${input.title}`,
          `td: ${lanes.get(input.lane as string)}`,
          `td: ${input.description ?? ""}`,
          `td: ${sources.map((source) => `${source.title} `).join("")}`
        ]);
        expect(rows[i]!.links).toEqual(sources.map((source) => ({href: source.url, rel: "noopener noreferrer", target: "_blank"})));
      });
      const icc = rows[timeline.events.findIndex((event) => event.id === "icc-warrant")]!;
      expect(icc.cells[0]).toBe("td: 17 Mar 2023");
      const visit = rows[timeline.events.findIndex((event) => event.id === "putin-state-visit-china")]!;
      expect(visit.cells[0]).toBe("td: 17–18 Oct 2023");
      expect(await drawingViolations(page)).toEqual([]);
      await page.close();
    });

    it("is visually hidden but in the accessibility tree until its toggle button shows it", async () => {
      const {page} = await openIndex();
      const table = page.locator("table.chronoline-table");
      // The table's box carries the hiding (a table ignores the 1px width a box obeys).
      const box = page.locator(".chronoline-table-box");
      const toggle = page.getByRole("button", {name: "Show the events as a table"});
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");
      const hidden = await box.evaluate((element) => {
        const style = getComputedStyle(element);
        const table = getComputedStyle(element.querySelector("table")!);
        return {clipPath: style.clipPath, position: style.position, display: table.display, visibility: table.visibility, ariaHidden: element.closest("[aria-hidden='true']") !== null};
      });
      // Clipped away entirely, yet neither display: none, visibility: hidden nor aria-hidden.
      expect(hidden).toEqual({clipPath: "inset(50%)", position: "absolute", display: "table", visibility: "visible", ariaHidden: false});
      // Screen readers still get the whole table: caption, header row and one row per event.
      const named = page.getByRole("table", {name: "Putin's state visit to China, October 2023", exact: true});
      expect(await named.count()).toBe(1);
      expect(await named.getByRole("row").count()).toBe(1 + story.events.length);
      await toggle.click();
      const shown = page.getByRole("button", {name: "Hide the table"});
      expect(await shown.getAttribute("aria-expanded")).toBe("true");
      const shownBox = await table.boundingBox();
      expect(shownBox!.width).toBeGreaterThan(400);
      expect(shownBox!.height).toBeGreaterThan(story.events.length * 16);
      expect(await box.evaluate((element) => getComputedStyle(element).clipPath)).toBe("none");
      await shown.click();
      expect(await page.getByRole("button", {name: "Show the events as a table"}).getAttribute("aria-expanded")).toBe("false");
      expect(await box.evaluate((element) => getComputedStyle(element).clipPath)).toBe("inset(50%)");
      expect(await drawingViolations(page)).toEqual([]);
      await page.close();
    });

    // What screen readers get is Chromium's own accessibility tree, so the hidden table
    // is looked for there (Playwright's role queries compute roles from the DOM). Hiding
    // that also skips layout, such as content-visibility: auto off screen, drops it.
    it("while hidden, the table is whole in Chromium's own accessibility tree", async () => {
      const {page} = await openIndex();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Accessibility.enable");
      const {nodes} = await cdp.send("Accessibility.getFullAXTree");
      const table = nodes.find((node) => node.role?.value === "table" && node.name?.value === "Putin's state visit to China, October 2023");
      expect(table).toBeDefined();
      const children = new Map(nodes.map((node) => [node.nodeId, node.childIds ?? []]));
      const byId = new Map(nodes.map((node) => [node.nodeId, node]));
      const inTable: typeof nodes = [];
      const visit = (id: string) => {
        for (const child of children.get(id) ?? []) {
          inTable.push(byId.get(child)!);
          visit(child);
        }
      };
      visit(table!.nodeId);
      expect(inTable.filter((node) => node.role?.value === "row")).toHaveLength(1 + story.events.length);
      const cellNames = inTable.filter((node) => node.role?.value === "cell" || node.role?.value === "rowheader").map((node) => node.name?.value);
      expect(cellNames).toContain("17 Mar 2023");
      expect(cellNames).toContain("17–18 Oct 2023");
      await cdp.detach();
      await page.close();
    });

    // A hidden <table> would ignore `width: 1px` and widen the page (clip-path does not clip
    // scrollable overflow); its box is what gets hidden. index.html's .chart clips overflow,
    // so this page does not.
    it("while hidden, the table does not widen a page that does not clip it", async () => {
      const {page} = await openTimelinePage(browser, {width: 1200, height: 900});
      await mountTimeline(page, story, {width: 900});
      const measure = () => page.evaluate(() => ({
        pageWidth: document.documentElement.scrollWidth,
        viewportWidth: document.documentElement.clientWidth,
        tableWidth: document.querySelector("table.chronoline-table")!.getBoundingClientRect().width
      }));
      const hidden = await measure();
      console.info(`hidden table: ${JSON.stringify(hidden)}`);
      expect(hidden.pageWidth).toBeLessThanOrEqual(hidden.viewportWidth);
      expect(await drawingViolations(page)).toEqual([]);
      await page.close();
    });
  });
});
