// @vitest-environment jsdom
// RELIABILITY.md "Named bad inputs", options: bad values are programmer errors (E,
// a TimelineError naming the option, thrown before anything is drawn); unknown
// names are warnings (W) in lenient and strict mode alike; prototype-reaching
// keys are ignored and pollute nothing. chronoline has no formatter option (no
// tickFormat, labelFormat or formatter in the README's API), so "a formatter that
// returns HTML" and "a formatter that throws" are tested on the closest things:
// the data's own date wording (dateLabel), which is shown in place of a formatted
// date, and the injected measureText, the one integrator function the layout calls.
import {select} from "d3-selection";
import {afterEach, describe, expect, it} from "vitest";
import {TimelineError, type TimelineWarning} from "../../src/model/errors.js";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {layoutTimeline} from "../../src/layout/layoutTimeline.js";
import {createTimeline} from "../../src/render/createTimeline.js";
import {renderToSVG} from "../../src/render/renderToSVG.js";
import {timeline} from "../../src/render/timeline.js";
import {byClass, destroyAll, mountChecked, renderChecked} from "../support/checkedRender.js";
import {conservationViolations, drawnIdsOf} from "../support/conservation.js";
import {renderingViolations} from "../support/invariants.js";
import {exampleData} from "../support/scenarios.js";

afterEach(destroyAll);

const story = exampleData("state-visit-2023");
const polluted = () => [({} as Record<string, unknown>).polluted, ({} as Record<string, unknown>).width, ([] as unknown as Record<string, unknown>).polluted];

function thrownBy(run: () => unknown): {name: string; code: string; path: string} {
  try {
    run();
  } catch (error) {
    const {name, code, path} = error as TimelineError;
    return {name, code, path};
  }
  throw new Error("did not throw");
}

describe("option values", () => {
  const sizes = [-1, 0, Number.NaN, Infinity, -Infinity, 1e9, "wide", true, {}];

  it.each(sizes.map((value) => [String(value), value]))("createTimeline({width: %s}) throws INVALID_OPTION before drawing anything", (_, width) => {
    const container = document.body.appendChild(document.createElement("div"));
    expect(thrownBy(() => createTimeline(container, story, {width: width as number}))).toEqual({name: "TimelineError", code: "INVALID_OPTION", path: "options.width"});
    expect(container.childNodes).toHaveLength(0);
  });

  it.each(["height", "breakpoint"] as const)("createTimeline rejects a %s of -1, NaN, Infinity and 1e9", (name) => {
    for (const value of [-1, Number.NaN, Infinity, 1e9]) {
      const container = document.body.appendChild(document.createElement("div"));
      expect(thrownBy(() => createTimeline(container, story, {[name]: value}))).toEqual({name: "TimelineError", code: "INVALID_OPTION", path: `options.${name}`});
      expect(container.childNodes).toHaveLength(0);
    }
  });

  it("createTimeline rejects maxRows of -1, 0, 1.5, NaN, Infinity and 1e9", () => {
    for (const maxRows of [-1, 0, 1.5, Number.NaN, Infinity, 1e9]) {
      expect(thrownBy(() => createTimeline(document.createElement("div"), story, {maxRows})).code).toBe("INVALID_OPTION");
    }
  });

  it("createTimeline rejects a domain with NaN, Infinity, reversed or empty bounds", () => {
    for (const domain of [[Number.NaN, 1], [0, Infinity], [5, 1], [3, 3], [0], "2023"]) {
      expect(thrownBy(() => createTimeline(document.createElement("div"), story, {domain: domain as [number, number]})).code).toBe("INVALID_OPTION");
    }
  });

  it("renderToSVG rejects a height of -1, NaN, Infinity and 1e9", () => {
    for (const height of [-1, Number.NaN, Infinity, 1e9]) {
      expect(thrownBy(() => renderToSVG(story, {height}))).toEqual({name: "TimelineError", code: "INVALID_OPTION", path: "options.height"});
    }
  });

  it("an options argument that is not an object is a programmer error", () => {
    for (const options of ["wide", 42, [900], () => ({})]) {
      expect(thrownBy(() => renderToSVG(story, options as never)).code).toBe("INVALID_OPTIONS");
      expect(thrownBy(() => parseTimeline(story, options as never)).code).toBe("INVALID_OPTIONS");
    }
  });
});

describe("option names", () => {
  it("createTimeline reports unknown options (typos) to onWarning, and draws", () => {
    const {warnings, container} = mountChecked(story, {width: 900, widht: 300, themes: "dark"} as never);
    expect(warnings.filter((w) => w.code === "UNKNOWN_OPTION").map((w) => w.path).sort()).toEqual(["options.themes", "options.widht"]);
    expect(container.querySelector("svg.chronoline")!.getAttribute("width")).toBe("900");
  });

  it("parseTimeline reports an unknown option in lenient and in strict mode alike, and strict mode does not throw for it", () => {
    const lenient = parseTimeline(story, {strict: false, strcit: true} as never);
    expect(lenient.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["options.strcit UNKNOWN_OPTION"]);
    const seen: TimelineWarning[] = [];
    const strict = parseTimeline(story, {timezone: "Asia/Shanghai", onWarning: (w: TimelineWarning) => seen.push(w)} as never);
    expect(strict.events).toHaveLength(story.events.length);
    expect(strict.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["options.timezone UNKNOWN_OPTION"]);
    expect(seen).toEqual(strict.warnings);
    // Data errors still throw in strict mode, with or without option warnings.
    expect(thrownBy(() => parseTimeline({events: [{title: "t", start: "2023-02-30"}]}, {typo: 1} as never)).code).toBe("INVALID_DATE");
  });

  it("an unknown option name of 100,000 characters is reported cut short", () => {
    const {warnings} = renderChecked([], {["x".repeat(100_000)]: 1} as never);
    expect(warnings.map((w) => w.code)).toEqual(["UNKNOWN_OPTION"]);
    expect(warnings[0]!.path.length).toBeLessThan(100);
    expect(warnings[0]!.message.length).toBeLessThan(200);
  });
});

describe("prototype pollution through options", () => {
  const hostileOptions = [
    ["__proto__", "__proto__", '{"__proto__": {"polluted": "yes", "width": 5, "strict": false}}'],
    ["constructor.prototype", "constructor", '{"constructor": {"prototype": {"polluted": "yes", "width": 5}}}'],
    ["prototype", "prototype", '{"prototype": {"polluted": "yes"}}']
  ] as const;

  it.each(hostileOptions)("renderToSVG ignores %s in options with FORBIDDEN_KEY and pollutes nothing", (_, key, json) => {
    const {svg, warnings} = renderChecked(story, {...JSON.parse(json), width: 700});
    expect(warnings.filter((w) => w.code === "FORBIDDEN_KEY").map((w) => w.path)).toEqual([`options.${key}`]);
    expect(svg).toContain('width="700"');
    expect(polluted()).toEqual([undefined, undefined, undefined]);
  });

  it.each(hostileOptions)("parseTimeline ignores %s in options: a strict parse stays strict", (_, key, json) => {
    const options = JSON.parse(json);
    const lenient = parseTimeline(story, {...options, strict: false});
    expect(lenient.warnings.map((w) => `${w.path} ${w.code}`)).toEqual([`options.${key} FORBIDDEN_KEY`]);
    // "strict": false hidden behind __proto__ must not switch strict mode off.
    expect(thrownBy(() => parseTimeline({events: [{title: "t", start: "2023-02-30"}]}, options)).code).toBe("INVALID_DATE");
    expect(polluted()).toEqual([undefined, undefined, undefined]);
  });

  it.each(hostileOptions)("createTimeline ignores %s in options", (_, key, json) => {
    const {warnings, svg} = mountChecked(story, {...JSON.parse(json), width: 800});
    expect(warnings.filter((w) => w.code === "FORBIDDEN_KEY").map((w) => w.path)).toEqual([`options.${key}`]);
    expect(svg.getAttribute("width")).toBe("800");
    expect(polluted()).toEqual([undefined, undefined, undefined]);
  });

  it("inherited option values are not options: only own keys count", () => {
    const inherited = Object.create({width: 333, theme: "dark"}) as object;
    const {svg} = renderChecked(story, inherited);
    expect(svg).toContain('width="900"');
    expect(svg).toContain("chronoline--light");
  });

  it("a data object with __proto__ and constructor keys pollutes nothing, at any depth", () => {
    const json = '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, ' +
      '"events": [{"title": "t", "start": "2023", "__proto__": {"polluted": "yes"}, "sources": [{"url": "https://example.org/", "__proto__": {"polluted": "yes"}}], ' +
      '"places": [{"name": "p", "constructor": {"prototype": {"polluted": "yes"}}}]}], "lanes": [{"id": "l", "__proto__": {"polluted": "yes"}}]}';
    const {warnings} = renderChecked(JSON.parse(json));
    expect(warnings.filter((w) => w.code === "FORBIDDEN_KEY").map((w) => w.path).sort()).toEqual(
      ["__proto__", "constructor", "events[0].__proto__", "events[0].places[0].constructor", "events[0].sources[0].__proto__", "lanes[0].__proto__"]
    );
    expect(polluted()).toEqual([undefined, undefined, undefined]);
  });
});

describe("formatters (chronoline has none) and the functions it does take", () => {
  it("formatter options do not exist: formatter, tickFormat and labelFormat are reported as unknown and never called", () => {
    let calls = 0;
    const format = () => (calls++, "<img src=x onerror=alert(1)>");
    const {warnings, container} = mountChecked(story, {width: 900, formatter: format, tickFormat: format, labelFormat: format} as never);
    expect(warnings.filter((w) => w.code === "UNKNOWN_OPTION").map((w) => w.path).sort()).toEqual(["options.formatter", "options.labelFormat", "options.tickFormat"]);
    expect(calls).toBe(0);
    expect(container.querySelector("img")).toBeNull();
  });

  it("a date label holding HTML (the data's own wording of a date, shown instead of a formatted one) is shown as text", () => {
    const html = '<img src=x onerror="alert(1)">Spring 1943';
    const {container, handle, svg} = mountChecked({events: [{id: "e", title: "Event", start: "1943-21", dateLabel: html}]}, {width: 900});
    const event = byClass(svg, "chronoline-event")[0]!;
    expect(event.getAttribute("aria-label")).toBe(`${html}: Event`);
    handle.select("e");
    expect(container.querySelector(".chronoline-details-date")!.textContent).toBe(html);
    expect(container.querySelector("img")).toBeNull();
  });

  it("a measureText that returns an HTML string instead of a width: no crash, and labels stay text", () => {
    const div = document.body.appendChild(document.createElement("div"));
    const chart = timeline().interactive(false).width(900).measureText((() => "<img src=x onerror=alert(1)>") as never);
    select(div).datum(story).call(chart);
    const svg = div.querySelector("svg.chronoline")!;
    expect(renderingViolations(svg)).toEqual([]);
    expect(conservationViolations(story, drawnIdsOf(svg), chart.warnings())).toEqual([]);
    expect(div.querySelector("img")).toBeNull();
    expect(byClass(svg, "chronoline-event").length + byClass(svg, "chronoline-cluster").length).toBeGreaterThan(0);
  });

  it("a measureText that returns NaN or Infinity: the render does not crash and no attribute says NaN or Infinity", () => {
    for (const width of [Number.NaN, Infinity, -1]) {
      const div = document.body.appendChild(document.createElement("div"));
      const chart = timeline().interactive(false).width(900).measureText(() => width);
      select(div).datum(story).call(chart);
      expect(renderingViolations(div.querySelector("svg.chronoline")!)).toEqual([]);
      expect(conservationViolations(story, drawnIdsOf(div.querySelector("svg.chronoline")!), chart.warnings())).toEqual([]);
    }
  });

  // A width that is not a finite number of at least 0 would put labels at x = 0 on
  // top of each other (the renderer writes non-finite numbers as 0).
  it("a measureText that returns NaN, Infinity or a negative width leaves the layout's geometry finite", () => {
    const parsed = parseTimeline(story);
    for (const width of [Number.NaN, Infinity, -5]) {
      const scene = layoutTimeline(parsed, {width: 900, measureText: () => width});
      expect(nonFinite(scene)).toEqual([]);
      // Every width came from the fallback: the same picture as the default table's.
      expect(scene).toEqual(layoutTimeline(parsed, {width: 900}));
    }
  });

  it("a measureText that throws falls back to the built-in widths, reported once", () => {
    const warnings: TimelineWarning[] = [];
    const container = document.body.appendChild(document.createElement("div"));
    const handle = createTimeline(container, story, {width: 900, measureText: () => {
      throw new Error("font not loaded");
    }, onWarning: (w) => warnings.push(w)});
    handle.zoomTo([Date.UTC(2023, 0, 1), Date.UTC(2023, 11, 31)], {animate: false});
    expect(renderingViolations(container.querySelector("svg.chronoline")!)).toEqual([]);
    expect(warnings.filter((w) => w.path === "options.measureText")).toHaveLength(1);
    handle.destroy();
  });
});

/** Paths of every non-finite number in a layout result (spans may be open: they are not geometry). */
function nonFinite(value: unknown, path = "", found: string[] = []): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) found.push(`${path}=${value}`);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "span" || key === "start" || key === "end" || key === "domain") continue;
      nonFinite(inner, `${path}.${key}`, found);
    }
  }
  return found;
}
