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

  it("control characters and lone surrogates never make the SVG invalid XML", () => {
    const svg = renderToSVG([{title: "a\u0000b\u0008\ud800c\uffff", start: "2023"}]);
    expect(() => parseSvg(svg)).not.toThrow();
  });
});
