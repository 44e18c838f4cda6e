// renderToPNG, as users get it from "chronoline/png" (dist/png.js): resvg with the
// Liberation Sans files shipped beside the module, never the system's fonts.
import {execFileSync} from "node:child_process";
import {existsSync, readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import type * as Core from "../../src/index.js";
import type * as Png from "../../src/export/png.js";
import {repoPath} from "../support/paths.js";
import {exampleData} from "../support/scenarios.js";
import {darkPixels, decodePng, inkedPixels, pixelAt, pngHeader} from "./pngImage.js";

// Each test starts Node or rasterises an image: slow on a busy machine.
const SLOW = {timeout: 60_000};
const story = exampleData("state-visit-2023");
let png: typeof Png;
let core: typeof Core;

beforeAll(async () => {
  png = await import(repoPath("dist", "png.js"));
  core = await import(repoPath("dist", "index.js"));
});

/** The drawing's size in px, from the SVG that renderToSVG writes for the same input and options. */
function svgSize(svg: string): {width: number; height: number} {
  const root = /<svg\b[^>]*>/.exec(svg)![0];
  return {width: Number(/\swidth="([\d.]+)"/.exec(root)![1]), height: Number(/\sheight="([\d.]+)"/.exec(root)![1])};
}

describe("renderToPNG(input, options) from chronoline/png", SLOW, () => {
  it("renderToPNG(input) is a PNG of the drawing's size, with text and marks drawn", () => {
    const bytes = png.renderToPNG(story);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const size = svgSize(core.renderToSVG(story));
    expect(pngHeader(bytes)).toEqual(size);
    const pixels = decodePng(bytes);
    expect(pixels.width).toBe(size.width);
    expect(pixelAt(pixels, 0, 0)).toBe("#ffffff");
    // Labels in the theme's text colour: no text at all is what a missing font gives.
    expect(darkPixels(pixels)).toBeGreaterThan(1_000);
    expect(inkedPixels(pixels)).toBeGreaterThan(0.05 * size.width * size.height);
  });

  it("renderToPNG(input, {scale: 2}) has twice the pixels a side", () => {
    const size = svgSize(core.renderToSVG(story, {width: 640}));
    expect(pngHeader(png.renderToPNG(story, {width: 640, scale: 2}))).toEqual({width: 2 * size.width, height: 2 * size.height});
  });

  it("renderToPNG(input, {width, height, theme}) takes renderToSVG's options", () => {
    const bytes = png.renderToPNG(story, {width: 500, height: 400, theme: "dark", orientation: "vertical"});
    const pixels = decodePng(bytes);
    expect([pixels.width, pixels.height]).toEqual([500, 400]);
    expect(pixelAt(pixels, 0, 0)).toBe(core.darkTheme.background);
  });

  it("the same input and options give the same bytes", () => {
    const first = png.renderToPNG(story, {width: 700, scale: 1.5});
    const second = png.renderToPNG(story, {width: 700, scale: 1.5});
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });

  it("the pixels do not depend on the machine's fonts: the same bytes with fontconfig pointed at nothing", () => {
    const here = Buffer.from(png.renderToPNG(story, {width: 600}));
    const script = `import {renderToPNG} from ${JSON.stringify(repoPath("dist", "png.js"))};
      import {existsSync, readFileSync} from "node:fs";
      const input = JSON.parse(readFileSync(${JSON.stringify(repoPath("examples", "data", "state-visit-2023.json"))}, "utf8"));
      process.stdout.write(Buffer.from(renderToPNG(input, {width: 600})).toString("base64"));`;
    const elsewhere = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      env: {PATH: process.env.PATH ?? "", FONTCONFIG_FILE: "/dev/null", FONTCONFIG_PATH: "/nonexistent", HOME: "/nonexistent"},
      maxBuffer: 64 * 1024 * 1024
    });
    expect(Buffer.compare(Buffer.from(elsewhere, "base64"), here)).toBe(0);
  });

  it("a bad scale is a TimelineError of the core (INVALID_OPTION), also for images larger than a canvas", () => {
    for (const scale of [0, -1, Number.NaN, "2"]) {
      expect(() => png.renderToPNG(story, {scale: scale as number}), String(scale)).toThrow(core.TimelineError);
    }
    expect(() => png.renderToPNG(story, {width: 20_000, scale: 2})).toThrow(/largest canvas/);
    try {
      png.renderToPNG(story, {scale: 0});
    } catch (error) {
      expect((error as Core.TimelineError).code).toBe("INVALID_OPTION");
      expect((error as Core.TimelineError).path).toBe("options.scale");
    }
  });

  it("fontFiles adds fonts for scripts that Liberation Sans lacks, and must name existing files", () => {
    expect(() => png.renderToPNG(story, {fontFiles: ["/nonexistent/font.ttf"]})).toThrow(/not found: \/nonexistent\/font.ttf/);
    expect(() => png.renderToPNG(story, {fontFiles: "x.ttf" as unknown as string[]})).toThrow(core.TimelineError);
    const extra = repoPath("dist", "fonts", "LiberationSans-Regular.ttf");
    expect(pngHeader(png.renderToPNG(story, {width: 300, fontFiles: [extra]}))).toMatchObject({width: 300});
  });

  // .ci/run installs Noto CJK (fonts-noto-cjk); elsewhere this is skipped.
  const notoCjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
  it.skipIf(!existsSync(notoCjk))("characters Liberation Sans lacks are drawn from fontFiles, and left out without them", () => {
    const chinese = {
      locale: "zh-Hans",
      events: [
        {title: "习近平对俄罗斯进行国事访问", start: "2023-03-20", end: "2023-03-22"},
        {title: "普京出席北京“一带一路”国际合作高峰论坛", start: "2023-10-17"},
        {title: "金砖国家约翰内斯堡峰会", start: "2023-08-22", end: "2023-08-24"}
      ]
    };
    const plain = decodePng(png.renderToPNG(chinese, {width: 700}));
    const withCjk = decodePng(png.renderToPNG(chinese, {width: 700, fontFiles: [notoCjk]}));
    expect([withCjk.width, withCjk.height]).toEqual([plain.width, plain.height]);
    expect(darkPixels(withCjk)).toBeGreaterThan(2 * darkPixels(plain));
  });

  it("lenient by default: bad items are reported to onWarning and the rest is drawn", () => {
    const warnings: Core.TimelineWarning[] = [];
    const bytes = png.renderToPNG({events: [...story.events, {title: "No such day", start: "2023-02-30"}]}, {onWarning: (w) => warnings.push(w)});
    expect(pngHeader(bytes).width).toBe(900);
    expect(warnings.map((w) => w.code)).toContain("INVALID_DATE");
  });
});

describe("the chronoline/png entry", SLOW, () => {
  const read = (...parts: string[]) => readFileSync(repoPath(...parts), "utf8");

  it("package.json exports ./png with its types and ships the fonts with their licence", () => {
    const pkg = JSON.parse(read("package.json"));
    expect(pkg.exports["./png"]).toEqual({types: "./dist/png.d.ts", import: "./dist/png.js"});
    expect(pkg.files).toEqual(expect.arrayContaining(["dist/fonts/*.ttf", "dist/fonts/OFL.txt"]));
    expect(read("dist", "fonts", "OFL.txt")).toMatch(/SIL OPEN FONT LICENSE Version 1\.1/);
    for (const face of ["Regular", "Bold"]) {
      const shipped = readFileSync(repoPath("dist", "fonts", `LiberationSans-${face}.ttf`));
      expect(Buffer.compare(shipped, readFileSync(repoPath("src", "export", "fonts", `LiberationSans-${face}.ttf`))), face).toBe(0);
    }
  });

  it("dist/png.js takes the core from ./index.js and resvg from the package; the core bundles never load resvg", () => {
    const esm = read("dist", "png.js");
    expect(esm).toMatch(/^import \{[^}]*\brenderToSVG\b[^}]*\} from '\.\/index\.js';$/m);
    expect(esm).toMatch(/from '@resvg\/resvg-js'/);
    expect(esm).not.toMatch(/class TimelineError/);
    for (const file of ["index.js", "chronoline.umd.js", "import.js"]) expect(read("dist", file), file).not.toMatch(/@resvg\/resvg-js/);
  });

  it("dist/png.d.ts declares renderToPNG over the core's types", () => {
    const dts = read("dist", "png.d.ts");
    expect(dts).toMatch(/from '\.\/index\.js'/);
    expect(dts).toMatch(/declare function renderToPNG\b/);
    expect(dts).toMatch(/interface RenderToPNGOptions extends RenderToSVGOptions/);
  });
});
