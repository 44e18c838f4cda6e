// The built importers, as users get them through "chronoline/import": `npm test` builds first.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {repoPath} from "../support/paths.js";

const read = (...parts: string[]) => readFileSync(repoPath(...parts), "utf8");

describe("the chronoline/import entry", () => {
  it("package.json exports ./import with its types", () => {
    const pkg = JSON.parse(read("package.json"));
    expect(pkg.exports["./import"]).toEqual({types: "./dist/import.d.ts", import: "./dist/import.js"});
  });

  it("dist/import.js takes the core from ./index.js and leaves its parsers to the user's bundler", () => {
    const esm = read("dist", "import.js");
    expect(esm).toMatch(/^import \{[^}]*\bTimelineError\b[^}]*\} from '\.\/index\.js';$/m);
    expect(esm).not.toMatch(/class TimelineError/);
    expect(esm).toMatch(/from 'd3-dsv'/);
    expect(esm).toMatch(/from '@markwhen\/parser'/);
    expect(esm).not.toMatch(/\binnerHTML\b|\beval\(|new Function/);
  });

  it("the core bundles carry no importer", () => {
    for (const file of ["index.js", "chronoline.umd.js"]) {
      const core = read("dist", file);
      expect(core, file).not.toMatch(/d3-dsv|@markwhen|fromTimelineJS|htmlToText/);
    }
  });

  it("dist/import.d.ts declares the importers over the core's types", () => {
    const dts = read("dist", "import.d.ts");
    expect(dts).toMatch(/from '\.\/index\.js'/);
    for (const name of ["fromTimelineJS", "fromTimelineJSSheet", "fromVisTimeline", "fromMarkwhen", "fromCSV", "detectFormat", "importTimeline"]) {
      expect(dts, name).toMatch(new RegExp(`declare function ${name}\\b`));
    }
  });

  it("the built importers run in plain Node, and throw the core's TimelineError", async () => {
    const importers = await import(repoPath("dist", "import.js"));
    const core = await import(repoPath("dist", "index.js"));
    const {input, format} = importers.importTimeline("name,start\nEisenhower,1953-01-20");
    expect(format).toBe("csv");
    expect(core.parseTimeline(input).events[0].title).toBe("Eisenhower");
    expect(() => importers.importTimeline("{\"events\": [")).toThrow(core.TimelineError);
  });
});
