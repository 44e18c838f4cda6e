import {describe, expect, it} from "vitest";
import {renderToSVG} from "../../src/render/renderToSVG.js";
import {parseSvg, renderingViolations} from "../support/invariants.js";

const PAYLOAD = '<img src=x onerror="globalThis.__xss=1">';

describe("hostile text in Node", () => {
  it("a title and a description holding HTML render as literal text", () => {
    const svg = renderToSVG({
      title: PAYLOAD,
      lanes: [{id: "l", title: PAYLOAD}],
      events: [{id: PAYLOAD, title: PAYLOAD, description: PAYLOAD, start: "2023-03-17", lane: "l"}],
      eras: [{title: PAYLOAD, start: "2023-01", end: "2023-06"}],
      markers: [{title: PAYLOAD, date: "2023-02-01"}],
      annotations: [{event: PAYLOAD, text: PAYLOAD}]
    });
    const document = parseSvg(svg);
    expect(document.getElementsByTagName("img")).toHaveLength(0);
    expect(renderingViolations(document.documentElement)).toEqual([]);
    const label = Array.from(document.getElementsByTagName("text")).find((t) => t.getAttribute("class") === "chronoline-label")!;
    expect(label.textContent).toBe(PAYLOAD);
    const event = Array.from(document.getElementsByTagName("g")).find((g) => g.getAttribute("class") === "chronoline-event")!;
    expect(event.getAttribute("data-id")).toBe(PAYLOAD);
  });

  it("hostile ids are never used as a DOM id, class or selector", () => {
    const ids = ['x" onfocus=alert(1)', "#a .b", "__proto__", "chronoline-event"];
    const document = parseSvg(renderToSVG({events: ids.map((id, i) => ({id, title: `t${i}`, start: `202${i}`}))}));
    expect(renderingViolations(document.documentElement)).toEqual([]);
    const all = Array.from(document.getElementsByTagName("*"));
    expect(all.filter((element) => element.hasAttribute("id"))).toEqual([]);
    for (const element of all) {
      const classes = (element.getAttribute("class") ?? "").split(" ");
      for (const id of ids.slice(0, 3)) expect(classes).not.toContain(id);
    }
    expect(all.filter((e) => (e.getAttribute("class") ?? "") === "chronoline-event").map((e) => e.getAttribute("data-id")).sort()).toEqual([...ids].sort());
  });

  it("control characters and lone surrogates never make the SVG invalid XML", () => {
    const svg = renderToSVG([{title: "a\u0000b\u0008\ud800c\uffff", start: "2023"}]);
    expect(() => parseSvg(svg)).not.toThrow();
    expect(renderingViolations(parseSvg(svg).documentElement)).toEqual([]);
  });
});
