import {describe, expect, it} from "vitest";
import {renderToSVG} from "../../src/render/renderToSVG.js";
import {TimelineError} from "../../src/model/errors.js";
import type {TimelineWarning} from "../../src/index.js";
import {expectGolden} from "../support/golden.js";
import {parseSvg, renderingViolations, svgViolations} from "../support/invariants.js";
import {exampleData, scenarios} from "../support/scenarios.js";

describe("renderToSVG", () => {
  it.each(scenarios.map((s) => [s.name, s] as const))("renderToSVG draws the %s scenario as its golden file", (_, scenario) => {
    const svg = renderToSVG(scenario.input, scenario.options);
    const document = parseSvg(svg);
    expect(renderingViolations(document.documentElement)).toEqual([]);
    expectGolden(scenario.name, svg);
  });

  it("renderToSVG gives the same bytes for the same input", () => {
    const input = exampleData("state-visit-2023");
    expect(renderToSVG(input)).toBe(renderToSVG(structuredClone(input)));
    expect(svgViolations(renderToSVG(input))).toEqual([]);
  });

  it("renderToSVG runs without a global document", () => {
    expect(typeof (globalThis as {document?: unknown}).document).toBe("undefined");
    expect(renderToSVG([{title: "t", start: "2023"}])).toMatch(/^<svg /);
    expect(svgViolations(renderToSVG([{title: "t", start: "2023"}]))).toEqual([]);
  });

  it("renderToSVG draws every event of the default story, each with its id and accessible name", () => {
    const input = exampleData("state-visit-2023");
    const document = parseSvg(renderToSVG(input, {width: 900}));
    expect(renderingViolations(document.documentElement)).toEqual([]);
    const groups = Array.from(document.getElementsByTagName("g")).filter((g) => g.getAttribute("class") === "chronoline-event");
    expect(groups.map((g) => g.getAttribute("data-id")).sort()).toEqual(input.events.map((e) => String(e.id)).sort());
    const visit = groups.find((g) => g.getAttribute("data-id") === "putin-state-visit-china")!;
    expect(visit.getAttribute("aria-label")).toBe("17–18 Oct 2023, 2 days: Putin's state visit to China");
    expect(visit.getElementsByTagName("title")[0]!.textContent).toBe(visit.getAttribute("aria-label"));
    const warrant = groups.find((g) => g.getAttribute("data-id") === "icc-warrant")!;
    expect(warrant.getAttribute("aria-label")).toBe("17 Mar 2023: ICC issues an arrest warrant for Putin");
  });

  it("renderToSVG draws lanes, eras, markers, annotations and relations with their public classes", () => {
    const svg = renderToSVG(exampleData("state-visit-2023"));
    for (const className of ["chronoline-lane", "chronoline-era", "chronoline-marker", "chronoline-annotation", "chronoline-relation", "chronoline-axis", "chronoline-label"]) {
      expect(svg, className).toContain(`class="${className}`);
    }
    const document = parseSvg(svg);
    expect(renderingViolations(document.documentElement)).toEqual([]);
    const classOf = (element: Element) => element.getAttribute("class") ?? "";
    const all = Array.from(document.getElementsByTagName("*"));
    expect(all.filter((e) => classOf(e) === "chronoline-lane").map((e) => e.getAttribute("data-id"))).toEqual(["russia", "china", "international"]);
    expect(all.filter((e) => classOf(e) === "chronoline-relation")).toHaveLength(3);
    expect(all.filter((e) => classOf(e) === "chronoline-annotation")).toHaveLength(2);
  });

  it("renderToSVG is lenient by default: bad items are dropped and reported, the rest drawn", () => {
    const warnings: TimelineWarning[] = [];
    const svg = renderToSVG({events: [{title: "kept", start: "2023-03-17"}, {title: "bad", start: "2023-02-30"}]}, {onWarning: (w) => warnings.push(w)});
    expect(svg).toContain(">kept<");
    expect(svg).not.toContain(">bad<");
    expect(svgViolations(svg)).toEqual([]);
    expect(warnings.map((w) => w.path)).toContain("events[1].start");
  });

  it("renderToSVG with strict: true throws the TimelineError instead", () => {
    expect(() => renderToSVG({events: [{title: "bad", start: "2023-02-30"}]}, {strict: true})).toThrow(TimelineError);
  });

  it.each([-1, 0, NaN, Infinity, 1e9, "wide"])("renderToSVG rejects width %s with a TimelineError", (width) => {
    expect(() => renderToSVG([], {width: width as number})).toThrow(TimelineError);
  });

  it("renderToSVG reports unknown options and ignores __proto__", () => {
    const warnings: TimelineWarning[] = [];
    const options = JSON.parse('{"widht": 300, "__proto__": {"polluted": true}}');
    const svg = renderToSVG([], {...options, onWarning: (w: TimelineWarning) => warnings.push(w)});
    expect(svgViolations(svg)).toEqual([]);
    expect(warnings.map((w) => w.code).sort()).toEqual(["FORBIDDEN_KEY", "UNKNOWN_OPTION"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("renderToSVG draws an empty timeline with a message", () => {
    const svg = renderToSVG([]);
    expect(svg).toContain(">No events<");
    expect(renderingViolations(parseSvg(svg).documentElement)).toEqual([]);
  });

  it("renderToSVG embeds the theme's colours as presentation attributes", () => {
    expect(renderToSVG([], {theme: "dark"})).toContain('class="chronoline-background" width="900" height="');
    expect(renderToSVG([], {theme: "dark"})).toContain('fill="#16181d"');
    expect(renderToSVG([], {theme: "light"})).toContain('fill="#ffffff"');
    expect(svgViolations(renderToSVG([], {theme: "dark"}))).toEqual([]);
  });

  it("renderToSVG labels BCE years as such and never as year 0", () => {
    const svg = renderToSVG(exampleData("ancient-rome"), {width: 640});
    expect(svg).toContain("44 BC");
    expect(svg).not.toMatch(/>0 (AD|BC)|>-\d/);
    expect(svgViolations(svg)).toEqual([]);
  });

  it("renderToSVG draws an open-ended era to the edge of a finite domain", () => {
    const svg = renderToSVG({events: [{title: "a", start: "2023-01-01"}, {title: "b", start: "2023-12-31"}], eras: [{title: "open", start: "2023-06/.."}]}, {width: 500});
    expect(svgViolations(svg)).toEqual([]);
    const band = Array.from(parseSvg(svg).getElementsByTagName("rect")).find((r) => r.getAttribute("class") === "chronoline-era-band")!;
    expect(Number(band.getAttribute("x")) + Number(band.getAttribute("width"))).toBeCloseTo(500 - 16, 0);
  });
});
