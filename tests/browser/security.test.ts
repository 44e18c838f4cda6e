// The security harness of RELIABILITY.md in real Chromium. Each payload of
// tests/support/payloads.ts goes into every text sink of the event model
// (tests/support/hostileInput.ts) and, one at a time, into every text option;
// createTimeline draws it; then every event and cluster is hovered, focused,
// pressed, clicked and opened with Enter (clusters zoom in, and what they held
// is visited too), every details card is opened through handle.select and its
// buttons pressed, the keyboard walks the events, and the table is shown. A
// trap stands in for alert, confirm, prompt and print and as window.__trap,
// which the payloads call. Asserted per payload: the trap was never called, no
// script, frame or plugin element and no on* attribute ever appeared anywhere in
// the document (a MutationObserver sees even short-lived ones), no prototype was
// polluted, no handler threw, the drawing keeps the rendering invariants, every
// link is http, https or mailto, no hostile id became a DOM id or class, and
// every event is drawn, clustered or reported by index (conservation).
//
// The same runs happen again on a page served with the strict Content-Security-
// Policy and Trusted Types, built with page.route() under the demo server's
// origin (its scripts are same-origin files: inline scripts are blocked there),
// where every securitypolicyviolation is recorded from the first instant and
// none may happen.
import {readFileSync} from "node:fs";
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {TimelineWarning} from "../../src/index.js";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {conservationViolations, drawnIdsOf} from "../support/conservation.js";
import {DATA_SINKS, HARNESS_OPTIONS, OPTION_SINKS, hostileOptions, hostileTimeline} from "../support/hostileInput.js";
import {svgViolations} from "../support/invariants.js";
import {xmlDrawingViolations} from "../support/pageInvariants.js";
import {repoPath} from "../support/paths.js";
import {payloads, stringPayloads, type Payload} from "../support/payloads.js";

const HARNESS_SOURCE = readFileSync(repoPath("tests", "support", "securityHarness.js"), "utf8");
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

interface RunResult {
  created: boolean;
  error: string | null;
  warnings: TimelineWarning[];
  /** The drawing right after createTimeline, before any interaction: the whole extent. */
  initialDrawing: string;
  errors: string[];
  visited: number;
  cards: {id: string; text: string; links: (string | null)[]}[];
  drawings: string[];
  toSVG: string;
  tableRows: number;
  tableShown: boolean;
  domIds: string[];
  classTokens: string[];
  links: {href: string | null; attributes: string[]}[];
}

interface OptionRun {
  name: string;
  outcome: "rendered" | "threw";
  errorName?: string;
  code?: string;
  drawings?: string[];
  left: number;
}

interface HarnessReport {
  trapCalls: string[];
  suspicious: string[];
  listenerErrors: string[];
  polluted: string[];
}

interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
}

interface HarnessWindow {
  securityHarness: {
    run(inputJson: string, optionsJson: string): Promise<RunResult>;
    runOptions(valueJson: string, names: readonly string[]): OptionRun[];
    report(): HarnessReport;
    forget(): void;
  };
  __cspViolations: Violation[];
}

/** Everything wrong with one run, as readable lines; empty when the payload was harmless. */
function runProblems(payload: Payload, input: unknown, result: RunResult): string[] {
  if (!result.created) return [`createTimeline threw: ${result.error}`];
  const problems = [...result.errors];
  if (result.drawings.length !== 1) problems.push(`${result.drawings.length} drawings instead of 1`);
  problems.push(...xmlDrawingViolations(result.drawings));
  problems.push(...svgViolations(result.toSVG).map((violation) => `toSVG(): ${violation}`));
  problems.push(...xmlDrawingViolations([result.initialDrawing]).map((violation) => `before interaction: ${violation}`));
  problems.push(...conservationViolations(input, drawnIdsOf(result.initialDrawing), result.warnings));
  if (typeof payload.value === "string" && payload.value.trim() !== "") {
    const hostile = payload.value;
    if (result.domIds.includes(hostile)) problems.push("the hostile id became a DOM id");
    if (result.classTokens.includes(hostile)) problems.push("the hostile id became a class");
  }
  for (const link of result.links) {
    let protocol = "unparseable";
    try {
      protocol = new URL(link.href ?? "").protocol;
    } catch {
      // reported below
    }
    if (!["http:", "https:", "mailto:"].includes(protocol)) problems.push(`link to ${JSON.stringify(link.href?.slice(0, 80))}`);
    if (link.attributes.join(" ") !== "href rel target") problems.push(`link with attributes ${link.attributes.join(" ")}`);
  }
  const kept = parseTimeline(input, {strict: false}).events;
  if (result.cards.length !== kept.length) problems.push(`${result.cards.length} details cards opened for ${kept.length} events`);
  for (const card of result.cards) {
    const event = kept.find((e) => e.id === card.id);
    if (event && !card.text.includes(event.title)) problems.push(`the card of ${JSON.stringify(card.id.slice(0, 40))} does not show its title as text`);
  }
  if (!result.tableShown || result.tableRows === 0) problems.push("the table was not shown with its rows");
  if (result.visited === 0) problems.push("no event or cluster was driven");
  return problems;
}

function optionProblems(runs: readonly OptionRun[]): string[] {
  return runs.flatMap((run) => {
    if (run.outcome === "threw") {
      const problems: string[] = [];
      if (run.errorName !== "TimelineError" || run.code !== "INVALID_OPTION") problems.push(`${run.name}: threw ${run.errorName} ${run.code}`);
      if (run.left !== 0) problems.push(`${run.name}: a rejected option left ${run.left} nodes in the container`);
      return problems;
    }
    return xmlDrawingViolations(run.drawings ?? []).map((violation) => `${run.name}: ${violation}`);
  });
}

/** Renders one payload in every sink and every option, drives it all, and returns what went wrong. */
async function exercise(page: Page, payload: Payload): Promise<{problems: string[]; report: HarnessReport; result: RunResult}> {
  const input = hostileTimeline(payload.value);
  const options = hostileOptions(payload.value);
  const result = await page.evaluate(
    ({input, options}) => (window as unknown as HarnessWindow).securityHarness.run(input, options),
    {input: JSON.stringify(input), options: JSON.stringify(options)}
  );
  const problems = runProblems(payload, input, result);
  const optionRuns = await page.evaluate(
    ({value, names}) => (window as unknown as HarnessWindow).securityHarness.runOptions(value, names),
    {value: JSON.stringify(payload.value), names: OPTION_SINKS}
  );
  problems.push(...optionProblems(optionRuns));
  const report = await page.evaluate(() => (window as unknown as HarnessWindow).securityHarness.report());
  return {problems, report, result};
}

const clean: HarnessReport = {trapCalls: [], suspicious: [], listenerErrors: [], polluted: []};

(chromiumPath ? describe : describe.skip)("the security harness in Chromium", () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const {startServer} = await import(repoPath("examples", "serve.mjs"));
    server = await startServer({port: 0});
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it(`has ${payloads.length} payloads for ${DATA_SINKS.length} data sinks and ${OPTION_SINKS.length} options`, () => {
    expect(payloads.length).toBeGreaterThanOrEqual(50);
    expect(new Set(payloads.map((p) => p.name)).size).toBe(payloads.length);
    const categories = new Set(payloads.map((p) => p.category));
    for (const category of ["html", "mutation-xss", "svg", "url", "css", "attribute-name", "prototype", "template", "bidi-control", "long"]) {
      expect(categories, category).toContain(category);
    }
    console.info(`security harness: ${payloads.length} payloads × ${DATA_SINKS.length} data sinks, ${stringPayloads.length} string payloads × ${OPTION_SINKS.length} options`);
  });

  /** A page for the harness: dialogs recorded (the trap should make them impossible), errors collected, motion reduced so cluster zooms are immediate. */
  async function preparePage(): Promise<{page: Page; dialogs: string[]; pageErrors: string[]}> {
    const page = await browser.newPage({viewport: {width: 1300, height: 1000}});
    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("popup", (popup) => dialogs.push(`popup: ${popup.url()}`));
    await page.emulateMedia({reducedMotion: "reduce"});
    return {page, dialogs, pageErrors};
  }

  describe("on a plain page", () => {
    let page: Page;
    let dialogs: string[];
    let pageErrors: string[];

    beforeAll(async () => {
      ({page, dialogs, pageErrors} = await preparePage());
      await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>security harness</title><link rel="icon" href="data:,"></head><body></body></html>`);
      await page.addStyleTag({path: repoPath("dist", "chronoline.css")});
      await page.addScriptTag({path: repoPath("dist", "chronoline.umd.min.js")});
      await page.addScriptTag({content: HARNESS_SOURCE});
    });

    afterAll(async () => {
      await page?.close();
    });

    it.each(payloads.map((p) => [p.category, p.name, p] as const))("%s payload %j in every sink and option: inert, invariants and conservation hold", async (_, __, payload) => {
      const {problems, report} = await exercise(page, payload);
      expect(problems).toEqual([]);
      expect(report).toEqual(clean);
      expect({dialogs, pageErrors}).toEqual({dialogs: [], pageErrors: []});
    });

    it("every string payload as an event, hovered, clicked and opened with the real mouse and keyboard: the trap is never called", async () => {
      const input = {
        title: "Every payload",
        events: stringPayloads.map((payload, i) => ({
          id: payload.value.slice(0, 150),
          title: payload.value,
          description: payload.value,
          start: new Date(Date.UTC(2023, 0, 1 + 4 * i)).toISOString().slice(0, 10),
          lane: ["a", "b", "c"][i % 3],
          sources: [{url: payload.value, title: payload.value}, {url: "https://example.org/", title: payload.value}],
          color: payload.value,
          tags: [payload.value]
        }))
      };
      const warnings: TimelineWarning[] = await page.evaluate((json) => {
        document.body.replaceChildren();
        const container = document.body.appendChild(document.createElement("div"));
        container.id = "all-payloads";
        const warnings: TimelineWarning[] = [];
        const w = window as unknown as {chronoline: typeof import("../../src/index.js"); allHandle: import("../../src/index.js").TimelineHandle};
        w.allHandle = w.chronoline.createTimeline(container, JSON.parse(json), {width: 1250, onWarning: (warning) => warnings.push(warning)});
        return warnings;
      }, JSON.stringify(input));
      const events = page.locator("#all-payloads svg.chronoline g.chronoline-event");
      const count = await events.count();
      expect(count).toBeGreaterThan(5);
      for (let i = 0; i < count; i++) {
        const mark = events.nth(i).locator(".chronoline-mark");
        await mark.hover({force: true});
        await mark.click({force: true});
        await page.keyboard.press("Escape");
      }
      // Clusters zoom in when clicked; open whatever they held.
      for (let round = 0; round < 5 && (await page.locator("#all-payloads .chronoline-cluster").count()) > 0; round++) {
        await page.locator("#all-payloads .chronoline-cluster .chronoline-cluster-badge").first().click({force: true});
        await events.first().locator(".chronoline-mark").click({force: true});
        await page.keyboard.press("Escape");
      }
      await page.keyboard.press("Home");
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("Enter");
        await page.keyboard.press("Tab");
        await page.keyboard.press("Escape");
      }
      await page.locator("#all-payloads .chronoline-table-toggle").click();
      const drawings = await page.evaluate(() => Array.from(document.querySelectorAll("#all-payloads svg.chronoline"), (svg) => new XMLSerializer().serializeToString(svg)));
      expect(xmlDrawingViolations(drawings)).toEqual([]);
      expect(warnings.length).toBeGreaterThan(0);
      const report = await page.evaluate(() => (window as unknown as HarnessWindow).securityHarness.report());
      expect(report).toEqual(clean);
      expect({dialogs, pageErrors}).toEqual({dialogs: [], pageErrors: []});
      await page.evaluate(() => (window as unknown as {allHandle: {destroy(): void}}).allHandle.destroy());
    });
  });

  describe("under Content-Security-Policy with Trusted Types", () => {
    let page: Page;
    let dialogs: string[];
    let pageErrors: string[];
    const violations = () => page.evaluate(() => (window as unknown as HarnessWindow).__cspViolations.slice());

    beforeAll(async () => {
      ({page, dialogs, pageErrors} = await preparePage());
      await page.addInitScript(() => {
        const w = window as unknown as HarnessWindow;
        w.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", (event) => {
          w.__cspViolations.push({
            directive: event.effectiveDirective || event.violatedDirective,
            blockedURI: event.blockedURI,
            sourceFile: event.sourceFile,
            line: event.lineNumber,
            sample: event.sample
          });
        });
      });
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>security harness under CSP</title>` +
        `<link rel="icon" href="data:,"><link rel="stylesheet" href="/dist/chronoline.css"></head>` +
        `<body><script src="/dist/chronoline.umd.min.js"></script><script src="/harness/harness.js"></script></body></html>`;
      await page.route(`${origin}/harness/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === "/harness/index.html") {
          return route.fulfill({status: 200, headers: {"content-type": "text/html; charset=utf-8", "content-security-policy": CSP}, body: html});
        }
        if (path === "/harness/harness.js") {
          return route.fulfill({status: 200, headers: {"content-type": "text/javascript; charset=utf-8"}, body: HARNESS_SOURCE});
        }
        return route.fulfill({status: 404, body: "not found"});
      });
      const response = await page.goto(`${origin}/harness/index.html`);
      expect(response?.headers()["content-security-policy"]).toBe(CSP);
      expect(await page.evaluate(() => typeof (window as unknown as HarnessWindow).securityHarness)).toBe("object");
    });

    afterAll(async () => {
      await page?.close();
    });

    it("the page really enforces the policy: an inline script and a string to innerHTML are refused and reported", async () => {
      const probe = await page.evaluate(() => {
        const script = document.createElement("script");
        let trustedTypes = "accepted";
        try {
          script.textContent = "window.__inlineRan = true";
        } catch (error) {
          trustedTypes = String((error as Error).name);
        }
        document.body.append(script);
        script.remove();
        let html = "accepted";
        const div = document.createElement("div");
        try {
          div.innerHTML = "<b>x</b>";
        } catch (error) {
          html = String((error as Error).name);
        }
        return {inlineRan: (window as unknown as {__inlineRan?: boolean}).__inlineRan === true, trustedTypes, html};
      });
      expect(probe).toEqual({inlineRan: false, trustedTypes: "TypeError", html: "TypeError"});
      const seen = await violations();
      expect(seen.map((v) => v.directive)).toContain("require-trusted-types-for");
      // Only the probe's own violations and its script element so far: start counting from here.
      await page.evaluate(() => {
        const w = window as unknown as HarnessWindow;
        w.__cspViolations.length = 0;
        w.securityHarness.forget();
      });
    });

    it.each(payloads.map((p) => [p.category, p.name, p] as const))("%s payload %j under the strict CSP: inert, invariants hold, no policy violation", async (_, __, payload) => {
      const {problems, report} = await exercise(page, payload);
      expect(problems).toEqual([]);
      expect(report).toEqual(clean);
      expect(await violations()).toEqual([]);
      expect({dialogs, pageErrors}).toEqual({dialogs: [], pageErrors: []});
    });

    it("the default story, driven the same way, causes no policy violation either", async () => {
      const story = JSON.parse(readFileSync(repoPath("examples", "data", "state-visit-2023.json"), "utf8"));
      const result = await page.evaluate(
        ({input, options}) => (window as unknown as HarnessWindow).securityHarness.run(input, options),
        {input: JSON.stringify(story), options: JSON.stringify(HARNESS_OPTIONS)}
      );
      expect(runProblems({name: "story", category: "html", value: ""}, story, result)).toEqual([]);
      expect(result.cards.length).toBe(story.events.length);
      expect(await violations()).toEqual([]);
    });
  });
});
