// The `chronoline` command as installed (node dist/cli.js), run through
// child_process on the examples and the shared fixtures.
import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type * as Core from "../../src/index.js";
import type * as Import from "../../src/import/index.js";
import {decodePng, inkedPixels, pngHeader} from "../export/pngImage.js";
import {fixturesRoot} from "../import/fixtures.js";
import {repoPath} from "../support/paths.js";

// Each test starts Node or rasterises an image: slow on a busy machine.
const SLOW = {timeout: 60_000};
const cli = repoPath("dist", "cli.js");
const example = repoPath("examples", "data", "state-visit-2023.json");
const erasFixture = join(fixturesRoot, "timelinejs3", "template__eras.json");
let dir: string;
let core: typeof Core;
let importers: typeof Import;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "chronoline-cli-"));
  core = await import(repoPath("dist", "index.js"));
  importers = await import(repoPath("dist", "import.js"));
});

afterAll(() => {
  rmSync(dir, {recursive: true, force: true});
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function chronoline(args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: "utf8", ...(input !== undefined && {input}), timeout: 60_000});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

function out(name: string): string {
  return join(dir, name);
}

/** A data file in the temporary folder. */
function dataFile(name: string, data: unknown): string {
  const path = out(name);
  writeFileSync(path, typeof data === "string" ? data : JSON.stringify(data));
  return path;
}

function svgSize(svg: string): {width: number; height: number} {
  const root = /<svg\b[^>]*>/.exec(svg)![0];
  return {width: Number(/\swidth="([\d.]+)"/.exec(root)![1]), height: Number(/\sheight="([\d.]+)"/.exec(root)![1])};
}

const story = () => JSON.parse(readFileSync(example, "utf8"));

describe("chronoline render", SLOW, () => {
  it("render <file> -o out.svg writes what renderToSVG draws", () => {
    const run = chronoline(["render", example, "-o", "story.svg"]);
    expect(run).toMatchObject({status: 0, stderr: ""});
    expect(readFileSync(out("story.svg"), "utf8")).toBe(core.renderToSVG(story()));
  });

  it("render <file> -o out.png writes a PNG of the drawing's size, --scale times larger", () => {
    const run = chronoline(["render", example, "-o", "story.png", "--width", "700", "--scale", "2"]);
    expect(run).toMatchObject({status: 0, stderr: ""});
    const size = svgSize(core.renderToSVG(story(), {width: 700}));
    const bytes = readFileSync(out("story.png"));
    expect(pngHeader(bytes)).toEqual({width: 2 * size.width, height: 2 * size.height});
    const pixels = decodePng(bytes);
    expect([pixels.width, pixels.height]).toEqual([1400, 2 * size.height]);
    expect(inkedPixels(pixels)).toBeGreaterThan(0.05 * pixels.width * pixels.height);
  });

  it("the options reach the drawing: --width --height --theme --locale --time-zone --orientation --max-rows", () => {
    const args = ["--width", "480", "--height", "900", "--theme", "dark", "--locale", "ru", "--time-zone", "Europe/Moscow", "--orientation", "vertical", "--max-rows", "3"];
    expect(chronoline(["render", example, "-o", "options.svg", ...args]).status).toBe(0);
    const expected = core.renderToSVG(story(), {width: 480, height: 900, theme: "dark", locale: "ru", timeZone: "Europe/Moscow", orientation: "vertical", maxRows: 3});
    expect(readFileSync(out("options.svg"), "utf8")).toBe(expected);
  });

  it("reads standard input for -, and -o - writes the SVG to standard output", () => {
    const run = chronoline(["render", "-", "-o", "-"], readFileSync(example, "utf8"));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(core.renderToSVG(story()));
  });

  it("renders every format it imports: a TimelineJS file, told by its shape, with its three eras", () => {
    const run = chronoline(["render", erasFixture, "-o", "eras.svg"]);
    expect(run.status).toBe(0);
    const svg = readFileSync(out("eras.svg"), "utf8");
    expect(svg.match(/class="chronoline-era"/g)).toHaveLength(3);
  });

  it("--from names the format: a vis-timeline file and a CSV file", () => {
    expect(chronoline(["render", join(fixturesRoot, "vis-timeline", "motorsport-2015-groups.json"), "--from", "vis", "-o", "vis.png"]).status).toBe(0);
    expect(pngHeader(readFileSync(out("vis.png"))).width).toBe(900);
    const csv = chronoline(["render", join(fixturesRoot, "csv", "Rdatasets_ggplot2_presidential.csv"), "--from", "csv", "-o", "-"]);
    expect(csv.status).toBe(0);
    expect(csv.stdout).toContain("Eisenhower");
  });

  it("draws what is valid and reports the rest on standard error with its path (--quiet silences it)", () => {
    const file = dataFile("partly-bad.json", {events: [{title: "Good", start: "2023-03-17"}, {title: "Bad", start: "2023-02-30"}]});
    const run = chronoline(["render", file, "-o", "partly.svg"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/partly-bad\.json: warning: events\[1\]\.start: invalid date: "2023-02-30".*\(INVALID_DATE\)/);
    expect(readFileSync(out("partly.svg"), "utf8")).toContain("Good");
    expect(chronoline(["render", file, "-o", "partly.svg", "--quiet"]).stderr).toBe("");
  });
});

describe("chronoline validate", SLOW, () => {
  it("a valid file: exit status 0 and a one-line verdict", () => {
    const run = chronoline(["validate", example]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${example}: valid, 0 errors, 0 warnings (13 events, read as chronoline)\n`);
  });

  it("a bad date: exit status 1, and the error with its path", () => {
    const file = dataFile("bad-date.json", {$schema: "../x.json", events: [{title: "Fine", start: "2023"}, {title: "Bad", start: "2023-13-01"}]});
    const run = chronoline(["validate", file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${file}: error: events[1].start: invalid date`);
    expect(run.stdout).toMatch(/\(INVALID_DATE\)\n/);
    expect(run.stdout.trim().split("\n").at(-1)).toMatch(/: invalid, 2 errors, 0 warnings$/);
  });

  it("every error and warning, one a line: unknown fields, bad colours, dropped items, cleaned text", () => {
    const file = dataFile("many.json", {
      events: [
        {title: "A\u0007 title with a bell", start: "2023", colour: "red"},
        {title: "B", start: "2023", color: "red;x"},
        {start: "2023"}
      ],
      relations: [{from: "nowhere", to: "nothing", type: "causes"}]
    });
    const run = chronoline(["validate", file]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toEqual(expect.arrayContaining([
      `${file}: warning: events[0].title: control characters or lone surrogates removed (TEXT_CLEANED)`,
      `${file}: error: events[0].colour: unknown field "colour", ignored (UNKNOWN_FIELD)`,
      `${file}: error: events[1].color: invalid colour: "red;x" (INVALID_COLOR)`,
      `${file}: error: events[2].title: missing text (MISSING_TEXT)`,
      `${file}: error: relations[0].from: relation points at missing event "nowhere" (UNKNOWN_EVENT)`
    ]));
    expect(lines.at(-1)).toMatch(/invalid, \d+ errors, 1 warning$/);
  });

  it("only warnings: exit status 0", () => {
    const file = dataFile("warned.json", {events: [{title: "Tab\there and a bell\u0007", start: "2023"}]});
    const run = chronoline(["validate", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("warning: events[0].title");
    expect(run.stdout).toContain("valid, 0 errors, 1 warning");
  });

  it("not a timeline at all: exit status 1 with the path", () => {
    const file = dataFile("no-events.json", {title: "x", events: "none"});
    const run = chronoline(["validate", file, "--from", "chronoline"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/error: events: invalid timeline: "events" is "none", expected an array \(INVALID_INPUT\)/);
    // Told by its shape, it is no format at all.
    expect(chronoline(["validate", file]).status).toBe(2);
  });

  it("reads standard input for -", () => {
    const good = chronoline(["validate", "-"], readFileSync(example, "utf8"));
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^<stdin>: valid/);
    const bad = chronoline(["validate", "-"], JSON.stringify([{title: "x", start: "2023-02-29"}]));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("<stdin>: error: events[0].start: invalid date");
  });

  it("another format is checked as it converts: importer warnings point into the file", () => {
    const run = chronoline(["validate", "-", "--from", "csv"], "title,start\nGood,2023-03-17\nNo date,\n");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/<stdin>: warning: rows\[2\]: .*\(ROW_SKIPPED\)/);
    expect(run.stdout).toMatch(/valid, 0 errors, 1 warning \(1 event, read as csv\)/);
    const converted = chronoline(["validate", "-", "--from", "csv"], "title,start\nNo such day,2023-02-30\n");
    expect(converted.status).toBe(1);
    expect(converted.stdout).toMatch(/<stdin>: error: events\[0\]\.start \(as converted\): invalid date: "2023-02-30"/);
  });
});

describe("chronoline convert", SLOW, () => {
  it("convert <timelinejs file> -o out.json writes chronoline JSON with $schema, which parseTimeline accepts", () => {
    const run = chronoline(["convert", erasFixture, "--from", "timelinejs", "-o", "eras.json"]);
    expect(run).toMatchObject({status: 0, stderr: ""});
    const text = readFileSync(out("eras.json"), "utf8");
    const json = JSON.parse(text);
    expect(Object.keys(json)[0]).toBe("$schema");
    expect(json.$schema).toBe(`https://unpkg.com/chronoline@${JSON.parse(readFileSync(repoPath("package.json"), "utf8")).version}/dist/chronoline.schema.json`);
    const timeline = core.parseTimeline(json, {strict: true});
    expect(timeline.eras).toHaveLength(3);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("writes standard output without -o, and --schema sets the $schema", () => {
    const run = chronoline(["convert", "-", "--schema", "./chronoline.schema.json"], "title,start\nEisenhower,1953-01-20\n");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({$schema: "./chronoline.schema.json", events: [{title: "Eisenhower", start: "1953-01-20"}]});
  });

  it("keeps a chronoline document's own $schema", () => {
    const run = chronoline(["convert", example]);
    expect(JSON.parse(run.stdout)).toEqual(story());
  });

  it("reports what it could not convert on standard error", () => {
    const run = chronoline(["convert", "-", "--from", "csv"], "title,start\nNo date,\n");
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/<stdin>: warning: rows\[1\]: .*\(ROW_SKIPPED\)/);
  });
});

describe("a round trip: chronoline JSON, convert, import, render", SLOW, () => {
  it("gives the same SVG as rendering the original", () => {
    expect(chronoline(["convert", example, "--from", "chronoline", "-o", "round.json", "--schema", "x.json"]).status).toBe(0);
    const converted = readFileSync(out("round.json"), "utf8");
    const {input, format} = importers.importTimeline(converted);
    expect(format).toBe("chronoline");
    expect(core.renderToSVG(input)).toBe(core.renderToSVG(story()));
    expect(chronoline(["render", out("round.json"), "-o", "round.svg"]).status).toBe(0);
    expect(readFileSync(out("round.svg"), "utf8")).toBe(core.renderToSVG(story()));
  });

  it("and from another format: rendering the converted file gives the same SVG as rendering the source", () => {
    for (const [folder, file] of [["timelinejs3", "template__eras.json"], ["vis-timeline", "background-areas-with-groups.json"], ["markwhen", "markwhen-welcome-example.mw"]]) {
      const source = join(fixturesRoot, folder!, file!);
      // markwhen's "now" is the clock unless --now pins it.
      const now = ["--now", "2025-06-01T12:00Z"];
      expect(chronoline(["convert", source, "-o", `${file}.json`, ...now]).status, file).toBe(0);
      const direct = chronoline(["render", source, "-o", "-", "--quiet", ...now]);
      const viaJson = chronoline(["render", out(`${file}.json`), "-o", "-", "--quiet"]);
      expect(direct.status, file).toBe(0);
      expect(viaJson.stdout, file).toBe(direct.stdout);
    }
  });
});

describe("clear messages and exit status 2 for what cannot be read", SLOW, () => {
  const fails = (run: Run, message: RegExp) => {
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  };

  it("a missing file", () => {
    fails(chronoline(["validate", "nowhere.json"]), /^chronoline: cannot read "nowhere\.json": no such file or directory\n$/);
    fails(chronoline(["render", dir, "-o", "x.svg"]), /cannot read ".*": it is a directory/);
  });

  it("unreadable JSON, with its line and column", () => {
    const file = dataFile("broken.json", '{\n  "events": [\n    {"title": "A", "start": "2023",}\n  ]\n}\n');
    fails(chronoline(["validate", file]), /broken\.json: unreadable JSON at line 3, column 36: expected a property name in double quotes, found "}"/);
    fails(chronoline(["render", "-", "-o", "x.svg"], "{\"events\": ["), /<stdin>: unreadable JSON at line 1, column 13/);
  });

  it("a document whose format cannot be told, and an unknown --from", () => {
    fails(chronoline(["validate", "-"], "just some words\n"), /<stdin>: cannot tell the format of the document; name it with --from/);
    fails(chronoline(["validate", example, "--from", "excel"]), /unknown format "excel" for --from; the formats are auto, chronoline, timelinejs/);
  });

  const badOptions: [string, string[], RegExp][] = [
    ["a width that is not a number", ["--width", "wide"], /invalid --width: "wide" is not a number/],
    ["a width out of range", ["--width", "0"], /invalid --width: 0, expected a number of pixels/],
    ["an unknown theme", ["--theme", "blue"], /invalid --theme: "blue"; expected light or dark/],
    ["an unknown time zone", ["--time-zone", "Mars/Olympus"], /invalid --time-zone: "Mars\/Olympus", expected an IANA time zone/],
    ["a malformed locale", ["--locale", "not a locale!"], /invalid --locale/],
    ["an unknown option", ["--colour", "red"], /unknown option --colour\nRun 'chronoline --help' for usage/],
    ["--scale for SVG", ["--scale", "2"], /--scale applies to PNG output only/],
    ["a --now that is no date", ["--now", "next tuesday"], /invalid --now: "next tuesday"/]
  ];
  it.each(badOptions)("render with %s", (_, args, message) => {
    fails(chronoline(["render", example, "-o", "x.svg", ...args]), message);
  });

  it("an option of another command", () => {
    fails(chronoline(["validate", example, "--width", "900"]), /validate has no option --width/);
  });

  it("render without -o, with -o and no value, or with an image type it cannot write", () => {
    fails(chronoline(["render", example]), /render needs -o out\.svg, -o out\.png/);
    fails(chronoline(["render", example, "-o"]), /--output needs a value/);
    fails(chronoline(["render", example, "-o", "x.jpg"]), /cannot tell the image format of "x\.jpg"/);
  });

  it("an output that cannot be written", () => {
    fails(chronoline(["render", example, "-o", join(dir, "no", "such", "folder", "x.svg")]), /cannot write ".*x\.svg": no such file or directory/);
  });

  it("no command, an unknown command, no input file", () => {
    fails(chronoline([]), /no command given/);
    fails(chronoline(["draw", example]), /unknown command "draw"; the commands are render, validate, convert/);
    fails(chronoline(["validate"]), /validate needs an input file/);
  });
});

describe("help and version", SLOW, () => {
  it("--help and help <command> print usage on standard output", () => {
    const run = chronoline(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage:\n {2}chronoline render <file\|-> -o <out\.svg\|out\.png\|->/);
    expect(chronoline(["render", "--help"]).stdout).toMatch(/--time-zone <zone>/);
    expect(chronoline(["help", "convert"]).stdout).toMatch(/^Usage: chronoline convert/);
  });

  it("--version prints the package's version", () => {
    const version = JSON.parse(readFileSync(repoPath("package.json"), "utf8")).version;
    expect(chronoline(["--version"]).stdout).toBe(`${version}\n`);
  });

  it("is the package's bin, an executable ES module with a #! line", () => {
    const pkg = JSON.parse(readFileSync(repoPath("package.json"), "utf8"));
    expect(pkg.bin).toEqual({chronoline: "dist/cli.js"});
    const source = readFileSync(cli, "utf8");
    expect(source.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
    expect(source).toMatch(/from '\.\/index\.js'/);
    expect(source).toMatch(/from '\.\/import\.js'/);
    expect(source).toMatch(/import\('\.\/png\.js'\)/);
    expect(source).not.toMatch(/class TimelineError|@resvg/);
  });
});
