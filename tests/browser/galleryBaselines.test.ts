// Visual baselines: each story of the gallery, alone (#story=…&embed=1) in a
// 1200×700 viewport, compared with a committed PNG in tests/baselines/.
//
// The comparison is pixelmatch's at threshold 0.1 (its default: how far apart
// two colours must be, in YIQ space, for a pixel to count; anti-aliased pixels
// are recognised and not counted), and a story passes while fewer than 0.01% of
// its pixels (84 of 840,000) differ. Measured: on one machine the screenshots
// are identical (0 pixels), so the allowance is only for what another patch
// release of Chromium may change in anti-aliasing. A larger one would be
// blind: a label moved by 1 px costs about 320 pixels, by 2 px about 680, a
// period added to a label about 550, whereas 0.5% would be 4,200. Smaller
// changes still pass (a dot dropped, about 50 pixels; a digit of a tick label,
// about 20): the golden SVG files check geometry and text exactly, and these
// images guard what only a browser shows (the stylesheet, themes, fonts, the
// page around the drawing).
//
// A failing comparison writes <name>-actual.png and <name>-diff.png beside the
// baseline (git-ignored) for review. Baselines are written only with
// CHRONOLINE_UPDATE_GOLDENS=1, never under CI, and a missing one fails.
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";
import {join} from "node:path";
import pixelmatch from "pixelmatch";
import {PNG} from "pngjs";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {repoPath} from "../support/paths.js";
import {stories} from "../support/scenarios.js";

const VIEWPORT = {width: 1200, height: 700};
/** pixelmatch's per-pixel colour threshold (0 to 1). */
const THRESHOLD = 0.1;
/** The share of pixels that may differ. */
const MAX_DIFFERENT_PIXELS = 0.0001;

const baselineDir = repoPath("tests", "baselines");
const update = process.env.CHRONOLINE_UPDATE_GOLDENS === "1" && !process.env.CI;

/** Compares a screenshot with its baseline; the message says what to look at when they differ. */
function compareWithBaseline(name: string, actual: Buffer): {ok: boolean; message: string} {
  const baseline = join(baselineDir, `${name}.png`);
  const actualFile = join(baselineDir, `${name}-actual.png`);
  const diffFile = join(baselineDir, `${name}-diff.png`);
  if (update) {
    mkdirSync(baselineDir, {recursive: true});
    writeFileSync(baseline, actual);
    rmSync(actualFile, {force: true});
    rmSync(diffFile, {force: true});
    return {ok: true, message: "written"};
  }
  if (!existsSync(baseline)) {
    writeFileSync(actualFile, actual);
    return {ok: false, message: `no baseline tests/baselines/${name}.png: review ${name}-actual.png, then run with CHRONOLINE_UPDATE_GOLDENS=1`};
  }
  const expected = PNG.sync.read(readFileSync(baseline));
  const shot = PNG.sync.read(actual);
  if (expected.width !== shot.width || expected.height !== shot.height) {
    writeFileSync(actualFile, actual);
    return {ok: false, message: `${name}: ${shot.width}×${shot.height}, the baseline is ${expected.width}×${expected.height}`};
  }
  const diff = new PNG({width: shot.width, height: shot.height});
  const different = pixelmatch(expected.data, shot.data, diff.data, shot.width, shot.height, {threshold: THRESHOLD});
  const allowed = Math.floor(shot.width * shot.height * MAX_DIFFERENT_PIXELS);
  if (different < allowed) {
    rmSync(actualFile, {force: true});
    rmSync(diffFile, {force: true});
    return {ok: true, message: `${different} pixels differ`};
  }
  writeFileSync(actualFile, actual);
  writeFileSync(diffFile, PNG.sync.write(diff));
  return {ok: false, message: `${name}: ${different} pixels differ (at most ${allowed - 1} may); see tests/baselines/${name}-actual.png and ${name}-diff.png`};
}

(chromiumPath ? describe : describe.skip)("the gallery's visual baselines", () => {
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

  // Heavy stories wait for the work on scale, as they do for golden files.
  for (const story of stories.filter((s) => !s.heavy)) {
    it(`the story "${story.name}" looks as its baseline at 1200×700`, async () => {
      const page = await browser.newPage({viewport: VIEWPORT, deviceScaleFactor: 1});
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      // No transitions (programmatic zooms animate otherwise), no caret, no hover.
      await page.emulateMedia({reducedMotion: "reduce", colorScheme: "light"});
      await page.goto(`${origin}/examples/gallery.html#story=${story.name}&embed=1`);
      await page.waitForSelector(`main[data-ready="true"][data-story="${story.name}"]`);
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      const shot = await page.screenshot({type: "png", animations: "disabled", caret: "hide"});
      await page.close();
      expect(problems).toEqual([]);
      const {ok, message} = compareWithBaseline(`gallery-${story.name}`, shot);
      expect(ok, message).toBe(true);
    });
  }
});
