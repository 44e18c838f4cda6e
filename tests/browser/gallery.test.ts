// The gallery in real Chromium, served by the demo server with its strict
// Content-Security-Policy: every story drawn in both themes with no console
// errors, and every control (and the URL hash) changing what is drawn.
import {readdirSync, readFileSync} from "node:fs";
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {parseTimeline} from "../../src/index.js";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {drawingViolations} from "../support/pageInvariants.js";
import {repoPath} from "../support/paths.js";
import {stories, storyInput} from "../support/scenarios.js";

interface GalleryPage {
  page: Page;
  /** Console errors and warnings, page errors, failed requests, CSP violations and requests to other origins. */
  problems: string[];
}

(chromiumPath ? describe : describe.skip)("the gallery in Chromium", () => {
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

  async function openGallery(hash: string): Promise<GalleryPage> {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}});
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
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.emulateMedia({reducedMotion: "reduce"});
    const response = await page.goto(`${origin}/examples/gallery.html#${hash}`);
    expect(response?.headers()["content-security-policy"]).toContain("require-trusted-types-for 'script'");
    await waitForStory(page, new URLSearchParams(hash).get("story") ?? "state-visit");
    return {page, problems};
  }

  /** Waits until the gallery has drawn `story` with the hash it now holds. */
  async function waitForStory(page: Page, story: string): Promise<void> {
    await page.waitForSelector(`main[data-ready="true"][data-story="${story}"]`, {timeout: 60_000});
  }

  /** Changes a control as a reader does, and waits for the drawing that follows. */
  async function setControl(page: Page, name: string, value: string): Promise<void> {
    const story = await page.getAttribute("main", "data-story");
    const before = await page.evaluate(() => location.hash);
    const control = page.locator(`#controls [name="${name}"]`);
    if ((await control.evaluate((node) => node.tagName)) === "SELECT") await control.selectOption(value);
    else {
      await control.fill(value);
      await control.dispatchEvent("change");
    }
    await page.waitForFunction((before) => location.hash !== before, before);
    await waitForStory(page, story!);
  }

  const tickLabels = (page: Page) => page.$$eval("#chart svg.chronoline .chronoline-tick-label", (labels) => labels.map((label) => label.textContent));
  const svgAttribute = (page: Page, name: string) => page.getAttribute("#chart svg.chronoline", name);

  for (const story of stories) {
    it(
      `the story "${story.name}" draws in the light and the dark theme with no console errors`,
      async () => {
        const {page, problems} = await openGallery(`story=${story.name}&theme=light`);
        expect(await page.textContent("h1")).toBe(story.title);
        expect(await page.getAttribute(`#story-list a[data-story="${story.name}"]`, "aria-current")).toBe("page");
        expect(await page.locator("#chart svg.chronoline .chronoline-event").count()).toBeGreaterThan(0);
        expect(await svgAttribute(page, "class")).not.toContain("chronoline--dark");
        expect(await svgAttribute(page, "width")).toBe(String(story.options.width));
        expect(await drawingViolations(page, "#chart svg.chronoline")).toEqual([]);

        await page.evaluate((name) => (location.hash = `story=${name}&theme=dark`), story.name);
        await page.waitForSelector("#chart svg.chronoline.chronoline--dark");
        await waitForStory(page, story.name);
        expect(await page.locator("#chart svg.chronoline .chronoline-event").count()).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.body.classList.contains("dark"))).toBe(true);
        expect(await drawingViolations(page, "#chart svg.chronoline")).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      },
      story.heavy ? 120_000 : 60_000
    );
  }

  it("the sidebar lists every story file of examples/stories/, under its group", async () => {
    const helpers = new Set(["index.js", "code.js", "generateNews.js"]);
    const files = readdirSync(repoPath("examples", "stories")).filter((file) => file.endsWith(".js") && !helpers.has(file));
    expect(stories.map((story) => `${story.name}.js`).sort()).toEqual(files.sort());
    const {page} = await openGallery("story=state-visit");
    const listed = await page.$$eval("#story-list section", (sections) =>
      sections.map((section) => [section.querySelector("h2")!.textContent, Array.from(section.querySelectorAll("a"), (a) => a.dataset.story)])
    );
    expect(listed.flatMap(([, names]) => names)).toEqual(stories.map((story) => story.name));
    for (const [group, names] of listed) {
      for (const name of names as string[]) expect(stories.find((story) => story.name === name)!.group).toBe(group);
    }
    await page.close();
  });

  it("the first story is the 2023 state visit, shown when the hash names none", async () => {
    expect(stories[0]!.name).toBe("state-visit");
    const {page, problems} = await openGallery("");
    expect(await page.textContent("h1")).toBe("Putin's state visit to China, October 2023");
    expect(await page.$$eval("#chart .chronoline-event", (groups) => groups.map((g) => g.getAttribute("data-id")))).toContain("putin-state-visit-china");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a changed width changes the SVG's width, and the hash records it", async () => {
    const {page, problems} = await openGallery("story=state-visit");
    expect(await svgAttribute(page, "width")).toBe("900");
    await setControl(page, "width", "700");
    expect(await svgAttribute(page, "width")).toBe("700");
    expect(await page.evaluate(() => location.hash)).toBe("#story=state-visit&width=700");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a changed locale changes the tick labels", async () => {
    const {page, problems} = await openGallery("story=lanes-relations");
    const english = await tickLabels(page);
    expect(english).toContain("Mar");
    await setControl(page, "locale", "ru");
    const russian = await tickLabels(page);
    expect(russian).not.toEqual(english);
    expect(russian.join(" ")).toMatch(/[а-я]/);
    await setControl(page, "locale", "zh");
    expect((await tickLabels(page)).join(" ")).toContain("月");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a changed time zone moves the tick labels: the same instants read in UTC and in Shanghai", async () => {
    const {page, problems} = await openGallery("story=time-zone-utc");
    const utc = await tickLabels(page);
    await setControl(page, "timeZone", "Asia/Shanghai");
    const shanghai = await tickLabels(page);
    expect(shanghai).not.toEqual(utc);
    // Midnight in Beijing, 16:00 UTC, is the new year's tick in Shanghai time.
    const beijing = await page.getAttribute('#chart [data-id="beijing"]', "aria-label");
    expect(beijing).toContain("1 Jan 2024, 00:00");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the orientation, height and density controls change the drawing", async () => {
    const {page, problems} = await openGallery("story=state-visit");
    expect(await page.locator("#chart .chronoline-cluster").count()).toBe(0);
    await setControl(page, "maxRows", "1");
    expect(await page.locator("#chart .chronoline-cluster").count()).toBeGreaterThan(0);
    await setControl(page, "height", "480");
    expect(await svgAttribute(page, "height")).toBe("480");
    await setControl(page, "orientation", "vertical");
    const axis = await page.$eval("#chart .chronoline-axis-line", (line) => [line.getAttribute("x1"), line.getAttribute("x2")]);
    expect(axis[0]).toBe(axis[1]);
    expect(await page.evaluate(() => location.hash)).toBe("#story=state-visit&height=480&orientation=vertical&maxRows=1");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the data set control draws another story's data with this story's options", async () => {
    const {page, problems} = await openGallery("story=dark-theme");
    await setControl(page, "data", "deep-time");
    const ids = await page.$$eval("#chart .chronoline-event", (groups) => groups.map((g) => g.getAttribute("data-id")));
    expect(ids).toContain("big-bang");
    expect(await svgAttribute(page, "class")).toContain("chronoline--dark");
    expect(await page.textContent("#code")).toContain('fetch("data/deep-time.json")');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the hash addresses a story and its controls: #story=bce&theme=dark&locale=ru", async () => {
    const {page, problems} = await openGallery("story=bce&theme=dark&locale=ru");
    expect(await page.textContent("h1")).toBe("Rome, from BC to AD");
    expect(await page.inputValue('#controls [name="theme"]')).toBe("dark");
    expect(await page.inputValue('#controls [name="locale"]')).toBe("ru");
    expect(await svgAttribute(page, "class")).toContain("chronoline--dark");
    expect((await tickLabels(page)).join(" ")).toMatch(/до н\. э\./);
    // Reset goes back to the story as written.
    await page.click("#controls .reset");
    await page.waitForFunction(() => location.hash === "#story=bce");
    await page.waitForSelector("#chart svg.chronoline.chronoline--light");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a nonsensical value in the hash is reported on the page, not thrown", async () => {
    const {page, problems} = await openGallery("story=state-visit&width=wide");
    expect(await page.textContent("#status")).toMatch(/width/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the code panel is text and shows the options the controls hold", async () => {
    const {page, problems} = await openGallery("story=locale-zh&theme=dark");
    const code = (await page.textContent("#code"))!;
    expect(code).toContain('import {createTimeline} from "chronoline";');
    expect(code).toContain('fetch("data/diplomacy-2023-zh.json")');
    expect(code).toContain('theme: "dark"');
    expect(code).toContain('locale: "zh"');
    expect(code).toContain('timeZone: "Asia/Shanghai"');
    expect(await page.$$eval("#code *", (nodes) => nodes.length)).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the lenient-mode story lists every warning beside the chart, with its path", async () => {
    const story = stories.find((s) => s.name === "lenient-errors")!;
    const expected = parseTimeline(storyInput(story), {strict: false}).warnings.map((w) => w.path);
    expect(expected.length).toBeGreaterThan(10);
    const {page, problems} = await openGallery("story=lenient-errors");
    expect(await page.isVisible("#warnings")).toBe(true);
    const paths = await page.$$eval("#warning-list .warning-path", (spans) => spans.map((span) => span.textContent));
    expect(paths).toEqual(expected);
    const [chart, warnings] = await Promise.all([page.locator("#chart").boundingBox(), page.locator("#warnings").boundingBox()]);
    expect(warnings!.x).toBeGreaterThan(chart!.x + chart!.width - 1);
    expect(await page.textContent("#warning-list")).toContain('"2023-02-30" is not a calendar date');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("every example page shares one import map", () => {
    const importMap = (page: string) => /<script type="importmap">([\s\S]*?)<\/script>/.exec(readFileSync(repoPath("examples", page), "utf8"))?.[1];
    const pages = readdirSync(repoPath("examples")).filter((file) => file.endsWith(".html") && readFileSync(repoPath("examples", file), "utf8").includes("importmap"));
    expect(pages).toEqual(expect.arrayContaining(["index.html", "esm.html", "gallery.html", "dashboard.html"]));
    for (const page of pages) expect(importMap(page), page).toBe(importMap("index.html"));
  });

  it("index.html links to the gallery and the dashboard", () => {
    const index = readFileSync(repoPath("examples", "index.html"), "utf8");
    expect(index).toContain('href="gallery.html"');
    expect(index).toContain('href="dashboard.html"');
  });
});
