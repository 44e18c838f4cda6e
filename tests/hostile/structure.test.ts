// @vitest-environment jsdom
// RELIABILITY.md "Named bad inputs", structure, through the renderers: what
// tests/model/badInput.test.ts checks at the model (the lenient outcome of each
// case) is checked here where it differs, in strict mode, and where it is drawn:
// renderToSVG and createTimeline, with the invariants and conservation asserted
// after every lenient render.
import {afterEach, describe, expect, it} from "vitest";
import {TimelineError, type TimelineWarning} from "../../src/model/errors.js";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {createTimeline} from "../../src/render/createTimeline.js";
import {renderToSVG} from "../../src/render/renderToSVG.js";
import {byClass, destroyAll, mountChecked, renderChecked} from "../support/checkedRender.js";
import {parseSvg, svgViolations} from "../support/invariants.js";

afterEach(destroyAll);

const codesAt = (warnings: readonly TimelineWarning[], prefix: string) =>
  warnings.filter((w) => w.path === prefix || w.path.startsWith(`${prefix}.`)).map((w) => w.code);

function strictCodes(input: unknown): string[] {
  try {
    parseTimeline(input);
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineError);
    return (error as TimelineError).issues.map((issue) => `${issue.path} ${issue.code}`);
  }
  return [];
}

describe("top-level input", () => {
  it.each([["null", null], ["an empty object", {}], ["a string", "<svg onload=alert(1)>"], ["undefined", undefined], ["a number", 1]])(
    "renderToSVG and createTimeline throw a TimelineError for %s, lenient or strict",
    (_, input) => {
      for (const strict of [false, true]) {
        expect(() => renderToSVG(input, {strict})).toThrow(TimelineError);
        expect(() => createTimeline(document.createElement("div"), input as never, {strict})).toThrow(TimelineError);
      }
    }
  );

  // With no handle returned, a frame left behind (its listeners, its observer)
  // could never be destroyed.
  it("createTimeline that throws leaves the container as it was", () => {
    const inputs: [unknown, {strict?: boolean}][] = [[null, {}], [{events: [{title: "t", start: "2023-02-30"}]}, {strict: true}]];
    for (const [input, options] of inputs) {
      const container = document.body.appendChild(document.createElement("div"));
      expect(() => createTimeline(container, input as never, options)).toThrow(TimelineError);
      expect(container.childNodes).toHaveLength(0);
    }
  });

  it("[] draws the empty state, with no warning, in both modes", () => {
    for (const strict of [false, true]) {
      const warnings: TimelineWarning[] = [];
      const svg = renderToSVG([], {strict, onWarning: (w) => warnings.push(w)});
      expect(svgViolations(svg)).toEqual([]);
      expect(svg).toContain(">No events<");
      expect(warnings).toEqual([]);
    }
    const {svg} = mountChecked([], {width: 600});
    expect(byClass(svg, "chronoline-empty").map((e) => e.textContent)).toEqual(["No events"]);
  });
});

describe("items", () => {
  const mixed = {events: [null, 3, ["title", "2023"], "2023 event", true, {id: "kept", title: "Kept", start: "2023-03-17"}, undefined]};

  it("items that are null, numbers, arrays, strings, booleans or undefined are reported by index and the rest drawn", () => {
    const {warnings, root} = renderChecked(mixed);
    for (const index of [0, 1, 2, 3, 4, 6]) expect(codesAt(warnings, `events[${index}]`), `events[${index}]`).toEqual(["INVALID_EVENT"]);
    expect(byClass(root, "chronoline-event").map((g) => g.getAttribute("data-id"))).toEqual(["kept"]);
  });

  it("in strict mode the same items make one TimelineError that lists each of them", () => {
    expect(strictCodes(mixed)).toEqual([0, 1, 2, 3, 4, 6].map((i) => `events[${i}] INVALID_EVENT`));
  });

  it("a missing, blank or non-text title drops that event alone, reported; strict mode throws", () => {
    const titles: unknown[] = [undefined, "", "   ", "\t\n", {text: "x"}, Symbol("x"), ["x"], () => "x", 12n];
    const input = {events: [...titles.map((title, i) => ({id: `bad-${i}`, title, start: "2023-03-17"})), {id: "good", title: "Good", start: "2023-03-18"}]};
    const {warnings, root} = renderChecked(input);
    titles.forEach((_, i) => expect(codesAt(warnings, `events[${i}]`), `events[${i}]`).toContain("EVENT_DROPPED"));
    expect(byClass(root, "chronoline-event").map((g) => g.getAttribute("data-id"))).toEqual(["good"]);
    expect(strictCodes(input).length).toBeGreaterThanOrEqual(titles.length);
  });

  it("a getter that throws costs its own field in the drawing too; strict mode reports FIELD_THROWS", () => {
    const event: Record<string, unknown> = {id: "e", title: "Title", start: "2023-03-17"};
    Object.defineProperty(event, "color", {enumerable: true, get() { throw new Error("boom"); }});
    const dropped: Record<string, unknown> = {id: "d", start: "2023-03-18"};
    Object.defineProperty(dropped, "title", {enumerable: true, get() { throw new Error("boom"); }});
    const input = {events: [event, dropped]};
    const {warnings, root} = renderChecked(input);
    expect(codesAt(warnings, "events[0].color")).toEqual(["FIELD_THROWS"]);
    expect(codesAt(warnings, "events[1]")).toContain("FIELD_THROWS");
    expect(byClass(root, "chronoline-event").map((g) => g.getAttribute("data-id"))).toEqual(["e"]);
    expect(strictCodes(input)).toContain("events[0].color FIELD_THROWS");
  });

  it("a Proxy whose traps throw is one bad event, not a crash", () => {
    const trap = () => {
      throw new Error("trap");
    };
    const hostile = new Proxy({}, {ownKeys: trap, get: trap, getOwnPropertyDescriptor: trap, has: trap});
    const {warnings, root} = renderChecked({events: [hostile, {id: "ok", title: "OK", start: "2023"}]});
    expect(warnings.some((w) => w.path.startsWith("events[0]"))).toBe(true);
    expect(byClass(root, "chronoline-event").map((g) => g.getAttribute("data-id"))).toEqual(["ok"]);
  });

  it("duplicate ids, and 1 against \"1\": both events drawn, the first keeps the id, the second is reported; strict throws", () => {
    const input = {events: [{id: 1, title: "First", start: "2023-03-17"}, {id: "1", title: "Second", start: "2023-03-18"}, {id: "1", title: "Third", start: "2023-03-19"}]};
    const {warnings, root} = renderChecked(input);
    const drawn = new Map(byClass(root, "chronoline-event").map((g) => [g.getElementsByTagName("text")[0]!.textContent, g.getAttribute("data-id")]));
    expect(drawn.get("First")).toBe("1");
    expect(drawn.get("Second")).not.toBe("1");
    expect(new Set(drawn.values()).size).toBe(3);
    expect(warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["events[1].id DUPLICATE_ID", "events[2].id DUPLICATE_ID"]);
    expect(strictCodes(input)).toEqual(["events[1].id DUPLICATE_ID", "events[2].id DUPLICATE_ID"]);
  });

  it("ids with control characters, lone surrogates or line breaks are reported and replaced by derived ids, so the SVG stays XML", () => {
    const ids = ["a\u0000b", "tab\there", "line\nbreak", "lone\ud800", "bell\u0007", "nonchar\uffff"];
    const input = {events: ids.map((id, i) => ({id, title: `t${i}`, start: `202${i}-01-01`}))};
    const {warnings, root} = renderChecked(input);
    expect(warnings.map((w) => `${w.path} ${w.code}`)).toEqual(ids.map((_, i) => `events[${i}].id INVALID_ID`));
    for (const g of byClass(root, "chronoline-event")) expect(ids).not.toContain(g.getAttribute("data-id"));
    expect(strictCodes(input)).toHaveLength(ids.length);
  });
});

describe("hostile ids", () => {
  const ids = ['x" onfocus=alert(1)', "#a .b", "__proto__", "constructor", "]", "\\", "a'b", "<svg>", "chronoline-event", "*"];
  const input = {
    lanes: [{id: "l", title: "Lane"}],
    events: ids.map((id, i) => ({id, title: `Event ${i}`, start: `2023-0${1 + (i % 9)}-1${i % 9}`, lane: "l"})),
    relations: [{from: ids[0], to: ids[1]}],
    annotations: [{event: ids[2], text: "A note"}]
  };

  it("hostile ids are data only: never a DOM id, never a class, in the SVG string or the interactive DOM", () => {
    const {root} = renderChecked(input);
    const {svg} = mountChecked(input, {width: 1000});
    for (const drawing of [root, svg as Element]) {
      const all = [drawing, ...Array.from(drawing.getElementsByTagName("*"))];
      expect(all.filter((element) => element.hasAttribute("id"))).toEqual([]);
      const classes = new Set(all.flatMap((element) => (element.getAttribute("class") ?? "").split(/\s+/)));
      for (const id of ids.filter((id) => id !== "chronoline-event")) expect(classes.has(id), id).toBe(false);
      expect(byClass(drawing, "chronoline-event").map((g) => g.getAttribute("data-id")).sort()).toEqual([...ids].sort());
    }
  });

  it("select, focus and zoomTo find every hostile id without building a selector from it", () => {
    const {container, handle} = mountChecked(input, {width: 1000});
    for (const id of ids) {
      handle.select(id);
      expect(container.querySelector(".chronoline-details-title")!.textContent).toBe(`Event ${ids.indexOf(id)}`);
      handle.select(null);
      handle.focus(id);
      expect(document.activeElement?.getAttribute("data-id")).toBe(id);
      handle.zoomTo(id, {animate: false});
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("an unknown hostile id is a clear TimelineError from select and focus, not a selector error", () => {
    const {handle} = mountChecked(input, {width: 1000});
    for (const id of ["missing\"]", "#nope .x", "toString", "hasOwnProperty"]) {
      expect(() => handle.select(id)).toThrow(TimelineError);
      expect(() => handle.focus(id)).toThrow(TimelineError);
    }
  });
});

describe("text", () => {
  it("a 1,000,000-character title is drawn cut on a grapheme boundary, with exactly one warning, in both modes", () => {
    const family = "👨‍👩‍👧‍👦";
    const title = family.repeat(1_000_000 / family.length);
    const input = {events: [{id: "long", title, description: title, start: "2023-03-17"}]};
    const {root, warnings} = renderChecked(input);
    expect(warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["events[0].title TEXT_TRUNCATED", "events[0].description TEXT_TRUNCATED"]);
    const name = byClass(root, "chronoline-event")[0]!.getAttribute("aria-label")!;
    expect(name.length).toBeLessThan(400);
    const kept = name.slice(name.indexOf(": ") + 2);
    expect(kept.endsWith("…")).toBe(true);
    expect(kept.slice(0, -1).length % family.length).toBe(0);
    // A normalisation, not a rejection: strict mode keeps it too.
    const strictWarnings: TimelineWarning[] = [];
    expect(() => renderToSVG(input, {strict: true, onWarning: (w) => strictWarnings.push(w)})).not.toThrow();
    expect(strictWarnings.map((w) => w.code)).toEqual(["TEXT_TRUNCATED", "TEXT_TRUNCATED"]);
  });

  it("control characters and lone surrogates in every text field are cleaned; the SVG parses as XML; strict mode keeps them cleaned", () => {
    const dirty = "a\u0000b\u0008c\u000bd\u001fe\u007ff\u0085g\ud800h\udc00i\ufffej\uffffk";
    const input = {
      title: dirty,
      lanes: [{id: "l", title: dirty}],
      events: [{id: "e", title: dirty, description: dirty, start: "2023-03-17", lane: "l", tags: [dirty], dateLabel: dirty}],
      eras: [{title: dirty, start: "2023-01", end: "2023-05"}],
      markers: [{title: dirty, date: "2023-02-01"}],
      annotations: [{event: "e", text: dirty}],
      relations: []
    };
    const {svg, warnings} = renderChecked(input);
    expect(() => parseSvg(svg)).not.toThrow();
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/);
    expect(new Set(warnings.map((w) => w.code))).toEqual(new Set(["TEXT_CLEANED"]));
    expect(() => parseTimeline(input)).not.toThrow();
  });

  it("bidi overrides are isolated in the accessible name: the date stays first and in order", () => {
    const {root} = renderChecked({events: [{id: "e", title: "\u202Eevil\u202Dtxt.exe", start: "2023-03-17"}]});
    const name = byClass(root, "chronoline-event")[0]!.getAttribute("aria-label")!;
    expect(name.startsWith("17 Mar 2023: \u2068")).toBe(true);
    expect(name.endsWith("\u202C\u202C\u2069")).toBe(true);
    // The override cannot reach the date: it is opened and closed inside the isolate.
    const isolate = name.slice(name.indexOf("\u2068"));
    expect((isolate.match(/[\u202A-\u202E]/g) ?? []).filter((c) => c !== "\u202C")).toHaveLength(2);
  });

  it("HTML in every text field is drawn literally, never as markup", () => {
    const html = '<b>bold</b><img src=x onerror="alert(1)"><!-- c -->&amp;';
    const input = {
      title: html,
      lanes: [{id: "l", title: html}],
      events: [{id: "e", title: html, description: html, start: "2023-03-17", lane: "l", actors: [html], places: [{name: html}], tags: [html], dateLabel: html, sources: [{url: "https://example.org/", title: html, publisher: html}]}],
      eras: [{title: html, start: "2023-01", end: "2023-05"}],
      markers: [{title: html, date: "2023-02-01"}],
      annotations: [{event: "e", text: html}]
    };
    const {root} = renderChecked(input);
    expect(root.getElementsByTagName("b")).toHaveLength(0);
    expect(root.getElementsByTagName("img")).toHaveLength(0);
    const event = byClass(root, "chronoline-event")[0]!;
    expect(event.getAttribute("aria-label")).toBe(`${html}: ${html}`);
    // The label may be cut to fit, as text: a prefix of the title and an ellipsis.
    const label = byClass(event, "chronoline-label")[0]!.textContent!;
    expect(label === html || (label.endsWith("…") && html.startsWith(label.slice(0, -1)))).toBe(true);
    const {container, handle} = mountChecked(input, {width: 1000});
    handle.select("e");
    (container.querySelector(".chronoline-table-toggle") as HTMLButtonElement).click();
    expect(container.querySelectorAll("b, img")).toHaveLength(0);
    expect(container.querySelector(".chronoline-details-title")!.textContent).toBe(html);
    expect(Array.from(container.querySelectorAll(".chronoline-details li"), (li) => li.textContent)).toEqual(
      expect.arrayContaining([html, `${html} (${html})`])
    );
  });
});
