// @vitest-environment jsdom
import {select} from "d3-selection";
import {afterEach, describe, expect, it} from "vitest";
import {timeline} from "../../src/render/timeline.js";
import {createTimeline} from "../../src/render/createTimeline.js";
import {readFileSync} from "node:fs";
import {TimelineError} from "../../src/model/errors.js";
import type {TimelineWarning} from "../../src/index.js";
import {parseSvg, renderingViolations} from "../support/invariants.js";
import {exampleData, scenarios} from "../support/scenarios.js";
import {repoPath} from "../support/paths.js";

// Every drawing any test leaves in the document keeps the rendering invariants.
afterEach(() => {
  for (const svg of Array.from(document.querySelectorAll("svg.chronoline"))) expect(renderingViolations(svg)).toEqual([]);
  document.body.replaceChildren();
});

function container(): HTMLDivElement {
  const div = document.createElement("div");
  document.body.append(div);
  return div;
}

/** A drawing as comparable data: element names, attributes and text, in order. */
function shape(node: Node): unknown {
  if (node.nodeType === 3) return node.textContent;
  const element = node as Element;
  const attributes = Object.fromEntries(
    Array.from(element.attributes).filter((a) => a.name !== "xmlns").map((a) => [a.name, a.value])
  );
  return [element.nodeName.toLowerCase(), attributes, Array.from(element.childNodes).map(shape)];
}

describe("timeline()", () => {
  it.each(scenarios.map((s) => [s.name, s] as const))("the component draws the %s scenario exactly as its golden file (as renderToSVG does)", (_, scenario) => {
    const div = container();
    const chart = timeline().interactive(false).width(scenario.options.width);
    if (scenario.options.theme) chart.theme(scenario.options.theme);
    if (scenario.options.locale) chart.locale(scenario.options.locale);
    if (scenario.options.timeZone) chart.timeZone(scenario.options.timeZone);
    chart.orientation(scenario.options.orientation ?? "horizontal");
    select(div).datum(scenario.input).call(chart);
    const svg = div.querySelector("svg.chronoline")!;
    expect(renderingViolations(svg)).toEqual([]);
    const golden = readFileSync(repoPath("tests", "output", `${scenario.name}.svg`), "utf8");
    expect(shape(svg)).toEqual(shape(parseSvg(golden).documentElement));
  });

  it("calling the component again with the same data creates, removes and changes nothing", () => {
    const div = container();
    const chart = timeline().interactive(false).width(900);
    const input = exampleData("state-visit-2023");
    select(div).datum(input).call(chart);
    const before = Array.from(div.querySelectorAll("*"));
    const observer = new MutationObserver(() => {});
    observer.observe(div, {subtree: true, childList: true, attributes: true, characterData: true});
    select(div).datum(structuredClone(input)).call(chart);
    expect(observer.takeRecords()).toEqual([]);
    expect(Array.from(div.querySelectorAll("*"))).toEqual(before);
  });

  it("an update keeps the nodes of events whose ids persist and removes the others", () => {
    const div = container();
    const chart = timeline().width(900);
    const input = exampleData("state-visit-2023");
    select(div).datum(input).call(chart);
    const visit = div.querySelector('[data-id="putin-state-visit-china"]');
    const updated = {...input, events: input.events.filter((e) => e.id !== "hamas-attack")};
    select(div).datum(updated).call(chart);
    expect(div.querySelector('[data-id="putin-state-visit-china"]')).toBe(visit);
    expect(div.querySelector('[data-id="hamas-attack"]')).toBeNull();
    expect(div.querySelectorAll(".chronoline-event")).toHaveLength(input.events.length - 1);
  });

  it("the component leaves the container's other children alone", () => {
    const div = container();
    const note = div.appendChild(document.createElement("p"));
    const chart = timeline();
    select(div).datum([{title: "t", start: "2023"}]).call(chart);
    select(div).datum([{title: "u", start: "2024"}]).call(chart);
    expect(div.firstChild).toBe(note);
    expect(div.querySelectorAll("svg.chronoline")).toHaveLength(1);
  });

  it("a hostile title and description render as literal text", () => {
    const div = container();
    const payload = '<img src=x onerror="window.__xss=1">';
    select(div).datum({title: payload, events: [{title: payload, description: payload, start: "2023-03-17"}]}).call(timeline());
    expect(div.querySelector("img")).toBeNull();
    expect(div.querySelector(".chronoline-label")!.textContent).toBe(payload);
    expect(renderingViolations(div.querySelector("svg")!)).toEqual([]);
  });

  it("the component is lenient by default and reports warnings to onWarning and warnings()", () => {
    const div = container();
    const seen: TimelineWarning[] = [];
    const chart = timeline().onWarning((w) => seen.push(w));
    select(div).datum([{title: "ok", start: "2023"}, {title: "bad", start: "2023-02-30"}]).call(chart);
    expect(div.querySelectorAll(".chronoline-event")).toHaveLength(1);
    expect(seen.map((w) => w.path)).toContain("events[1].start");
    expect(chart.warnings()).toEqual(seen);
  });

  it("timeline().strict(true) makes the component throw the TimelineError", () => {
    expect(() => select(container()).datum([{title: "bad", start: "2023-02-30"}]).call(timeline().strict(true))).toThrow(TimelineError);
  });
});

describe("timeline() accessors", () => {
  it("timeline().width() has the expected default, null (the container's width, else 900)", () => {
    expect(timeline().width()).toBeNull();
    const div = container();
    select(div).datum([]).call(timeline());
    expect(div.querySelector("svg")!.getAttribute("width")).toBe("900");
  });

  it("timeline().width(value) coerces numeric strings and rejects nonsense", () => {
    expect(timeline().width("640" as unknown as number).width()).toBe(640);
    for (const bad of [-1, 0, NaN, Infinity, 1e9, "wide"]) expect(() => timeline().width(bad as number)).toThrow(TimelineError);
  });

  it("timeline().height() has the expected default, null (fit the content), and sets a fixed height", () => {
    expect(timeline().height()).toBeNull();
    const div = container();
    select(div).datum([]).call(timeline().height(333));
    expect(div.querySelector("svg")!.getAttribute("height")).toBe("333");
  });

  it("timeline().locale() defaults to null and validates", () => {
    expect(timeline().locale()).toBeNull();
    expect(timeline().locale("ru").locale()).toBe("ru");
    expect(() => timeline().locale("not a locale!")).toThrow(TimelineError);
  });

  it("timeline().timeZone() defaults to null and validates", () => {
    expect(timeline().timeZone()).toBeNull();
    expect(timeline().timeZone("Asia/Shanghai").timeZone()).toBe("Asia/Shanghai");
    expect(() => timeline().timeZone("Mars/Olympus")).toThrow(TimelineError);
  });

  it("timeline().theme() defaults to light and switches the root class", () => {
    expect(timeline().theme()).toBe("light");
    const div = container();
    select(div).datum([]).call(timeline().theme("dark"));
    expect(div.querySelector("svg")!.getAttribute("class")).toBe("chronoline chronoline--dark");
    expect(() => timeline().theme("neon" as "dark")).toThrow(TimelineError);
  });

  it("timeline().domain() defaults to null and copies on the way in and out", () => {
    expect(timeline().domain()).toBeNull();
    const domain: [number, number] = [0, 1000];
    const chart = timeline().domain(domain);
    domain[0] = 500;
    expect(chart.domain()).toEqual([0, 1000]);
    chart.domain()![0] = 7;
    expect(chart.domain()).toEqual([0, 1000]);
    expect(() => timeline().domain([5, 1])).toThrow(TimelineError);
  });

  it("timeline().maxRows() defaults to 8 and caps a lane's sub-rows", () => {
    expect(timeline().maxRows()).toBe(8);
    expect(() => timeline().maxRows(0)).toThrow(TimelineError);
    expect(() => timeline().maxRows(2.5)).toThrow(TimelineError);
    const div = container();
    select(div).datum(exampleData("state-visit-2023")).call(timeline().width(900).maxRows(1));
    expect(div.querySelectorAll(".chronoline-cluster").length).toBeGreaterThan(0);
  });

  it("timeline().orientation() defaults to null: vertical below the breakpoint, horizontal above", () => {
    expect(timeline().orientation()).toBeNull();
    expect(timeline().breakpoint()).toBe(560);
    expect(() => timeline().orientation("diagonal" as "vertical")).toThrow(TimelineError);
    const axisOf = (chart: ReturnType<typeof timeline>) => {
      const div = container();
      select(div).datum(exampleData("state-visit-2023")).call(chart.interactive(false));
      const line = div.querySelector(".chronoline-axis-line")!;
      return line.getAttribute("x1") === line.getAttribute("x2") ? "vertical" : "horizontal";
    };
    expect(axisOf(timeline().width(400))).toBe("vertical");
    expect(axisOf(timeline().width(800))).toBe("horizontal");
    expect(axisOf(timeline().width(400).orientation("horizontal"))).toBe("horizontal");
    expect(axisOf(timeline().width(800).breakpoint(1000))).toBe("vertical");
  });

  it("timeline().strict() defaults to false and coerces", () => {
    expect(timeline().strict()).toBe(false);
    expect(timeline().strict(1 as unknown as boolean).strict()).toBe(true);
  });

  it("timeline().onWarning() and measureText() default to null and accept only functions", () => {
    expect(timeline().onWarning()).toBeNull();
    expect(timeline().measureText()).toBeNull();
    expect(() => timeline().onWarning("log" as unknown as () => void)).toThrow(TimelineError);
  });

  it("timeline().measureText(fn) is used for layout", () => {
    const div = container();
    let calls = 0;
    select(div).datum([{title: "t", start: "2023"}]).call(timeline().measureText((text) => (calls++, text.length * 7)));
    expect(calls).toBeGreaterThan(0);
  });
});

describe("createTimeline", () => {
  it("createTimeline draws, updates in place and destroys", () => {
    const div = container();
    const handle = createTimeline(div, exampleData("state-visit-2023"), {width: 900});
    const svg = div.querySelector("svg.chronoline");
    expect(div.querySelectorAll(".chronoline-event")).toHaveLength(13);
    handle.update([{title: "one", start: "2023"}]);
    expect(div.querySelector("svg.chronoline")).toBe(svg);
    expect(div.querySelectorAll(".chronoline-event")).toHaveLength(1);
    handle.destroy();
    expect(div.querySelector("svg")).toBeNull();
    handle.destroy();
    expect(() => handle.update([])).toThrow(TimelineError);
  });

  it("createTimeline rejects a container that is not an element", () => {
    expect(() => createTimeline(null as unknown as Element, [])).toThrow(TimelineError);
  });
});
