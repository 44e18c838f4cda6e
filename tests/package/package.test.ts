// The built package, as users get it: `npm test` builds before running this.
import {existsSync, readFileSync} from "node:fs";
import {runInNewContext} from "node:vm";
import {describe, expect, it} from "vitest";
import {repoPath} from "../support/paths.js";
import {parseSvg, renderingViolations} from "../support/invariants.js";

const read = (...parts: string[]) => readFileSync(repoPath(...parts), "utf8");
const pkg = JSON.parse(read("package.json"));

describe("the package", () => {
  it("package.json maps types, import, umd and the stylesheet", () => {
    expect(pkg.exports["."]).toEqual({
      types: "./dist/index.d.ts",
      umd: "./dist/chronoline.umd.min.js",
      import: "./dist/index.js"
    });
    expect(pkg.exports["./style.css"]).toBe("./dist/chronoline.css");
    expect(pkg.sideEffects).toEqual(["*.css"]);
    expect(pkg.scripts.prepare).toBe("npm run build");
    for (const file of Object.values(pkg.exports["."]) as string[]) expect(existsSync(repoPath(file)), file).toBe(true);
  });

  it("the ESM build leaves the d3 modules to the user's bundler", () => {
    const esm = read("dist", "index.js");
    expect(esm).toMatch(/from ['"]d3-selection['"]/);
    expect(esm).toMatch(/from ['"]d3-zoom['"]/);
    // The core imports d3 modules only; the importers' dependencies stay out of it.
    const imports = [...esm.matchAll(/^import (?:[^;]*?from )?['"]([^'"]+)['"]/gm)].map(([, source]) => source!);
    expect(imports.length).toBeGreaterThan(0);
    for (const source of imports) expect(source).toMatch(/^d3-/);
  });

  it("the ESM build renders in plain Node", async () => {
    const chronoline = await import(repoPath("dist", "index.js"));
    const svg: string = chronoline.renderToSVG([{title: "Hello", start: "2023-03-17"}]);
    expect(renderingViolations(parseSvg(svg).documentElement)).toEqual([]);
    expect(svg).toContain(">Hello<");
  });

  it.each(["chronoline.umd.js", "chronoline.umd.min.js"])("%s defines one global, chronoline, with d3 inside", (file) => {
    const sandbox: Record<string, unknown> = {Intl, console};
    sandbox.globalThis = sandbox;
    sandbox.self = sandbox;
    runInNewContext(read("dist", file), sandbox);
    expect(Object.keys(sandbox).filter((key) => !["Intl", "console", "globalThis", "self"].includes(key))).toEqual(["chronoline"]);
    const chronoline = sandbox.chronoline as Record<string, (...args: unknown[]) => unknown>;
    for (const name of ["timeline", "createTimeline", "renderToSVG", "parseTimeline", "parseDate", "formatSpan", "TimelineError"]) {
      expect(typeof chronoline[name], name).toBe("function");
    }
    expect(chronoline.renderToSVG!([{title: "UMD", start: "2023"}])).toContain(">UMD<");
  });

  it("the declarations bundle the public types", () => {
    const dts = read("dist", "index.d.ts");
    for (const name of ["TimelineInput", "EventInput", "LaneInput", "EraInput", "MarkerInput", "AnnotationInput", "RelationInput", "SourceInput", "Timeline", "TimelineEvent", "TimeSpan", "TimelineError", "TimelineComponent"]) {
      expect(dts, name).toMatch(new RegExp(`\\b(interface|type|class) ${name}\\b`));
    }
    expect(dts).not.toMatch(/from ['"]\.\//);
  });

  it("the stylesheet is built beside the code and themes with custom properties", () => {
    expect(read("dist", "chronoline.css")).toBe(read("src", "style", "chronoline.css"));
  });
});

describe("the README", () => {
  const readme = read("README.md");

  it("opens with the two commands, demo first", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(firstBlock.split("\n")[0]).toMatch(/^npm ci && npm run demo\s+#/);
    expect(firstBlock.split("\n")[1]).toMatch(/^npm test\s+#/);
    expect(readme.indexOf("```sh")).toBeLessThan(readme.indexOf("\n## "));
  });

  it("its data format example is valid chronoline input, with no warnings", async () => {
    const {parseTimeline} = await import(repoPath("dist", "index.js"));
    const example = JSON.parse(/## The data format\n\n```json\n([\s\S]*?)```/.exec(readme)![1]!);
    const timeline = parseTimeline(example);
    expect(timeline.warnings).toEqual([]);
    expect(timeline.events).toHaveLength(example.events.length);
  });
});
