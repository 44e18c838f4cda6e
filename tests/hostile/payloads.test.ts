// The security harness's payloads (tests/support/payloads.ts) in Node: each one
// in every text sink of the model (tests/support/hostileInput.ts), drawn by
// renderToSVG. The SVG string must parse as XML, keep the rendering invariants
// and conservation, contain no markup but chronoline's own, and show the text as
// the model cleaned it; strict mode must refuse the input with a TimelineError;
// nothing may be polluted. The same payloads run in Chromium, interactively, in
// tests/browser/security.test.ts.
import {describe, expect, it} from "vitest";
import {TimelineError} from "../../src/model/errors.js";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {renderToSVG} from "../../src/render/renderToSVG.js";
import {byClass, renderChecked} from "../support/checkedRender.js";
import {hostileOptions, hostileTimeline} from "../support/hostileInput.js";
import {payloads} from "../support/payloads.js";

// Every element chronoline draws; anything else in the string would be markup from the data.
const OWN_ELEMENTS = new Set(["svg", "title", "rect", "g", "line", "text", "tspan", "circle", "path"]);

describe("payloads in every sink, drawn by renderToSVG", () => {
  it.each(payloads.map((p) => [p.category, p.name, p] as const))("%s payload %j: inert text, invariants and conservation hold", (_, __, payload) => {
    const input = hostileTimeline(payload.value);
    const {svg, root} = renderChecked(input, hostileOptions(payload.value) as never);
    const tags = new Set([...svg.matchAll(/<([a-zA-Z][\w:-]*)/g)].map(([, tag]) => tag!.toLowerCase()));
    expect([...tags].filter((tag) => !OWN_ELEMENTS.has(tag))).toEqual([]);
    expect(svg).not.toMatch(/<!|<\?|\]\]>/);
    // The text of an event is exactly what the model made of it.
    const model = parseTimeline(input, {strict: false});
    const second = model.events.find((event) => event.id === "second");
    if (second) {
      const group = byClass(root, "chronoline-event").find((g) => g.getAttribute("data-id") === "second");
      const clustered = byClass(root, "chronoline-cluster").some((g) => (JSON.parse(g.getAttribute("data-ids")!) as string[]).includes("second"));
      if (group) expect(group.getAttribute("aria-label")!.endsWith(`: ${second.title}`)).toBe(true);
      else expect(clustered).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(payloads.map((p) => [p.category, p.name, p] as const))("%s payload %j: strict mode refuses the input with a TimelineError", (_, __, payload) => {
    expect(() => renderToSVG(hostileTimeline(payload.value), {...hostileOptions(payload.value), strict: true} as never)).toThrow(TimelineError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
