// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {createTimeline, type TimelineHandle} from "../../src/render/createTimeline.js";
import {renderToSVG} from "../../src/render/renderToSVG.js";
import {TimelineError} from "../../src/model/errors.js";
import type {TimelineWarning} from "../../src/index.js";
import {exampleData} from "../support/scenarios.js";
import {renderingViolations} from "../support/invariants.js";

const story = exampleData("state-visit-2023");
const handles: TimelineHandle[] = [];

function make(options: Parameters<typeof createTimeline>[2] = {width: 900}, input = story): {div: HTMLDivElement; handle: TimelineHandle} {
  const div = document.createElement("div");
  document.body.append(div);
  const handle = createTimeline(div, input, options);
  handles.push(handle);
  return {div, handle};
}

function eventNode(div: Element, id: string): SVGGElement | undefined {
  return Array.from(div.querySelectorAll<SVGGElement>("g.chronoline-event")).find((g) => g.getAttribute("data-id") === id);
}

afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  document.body.replaceChildren();
});

describe("createTimeline", () => {
  it("createTimeline draws every event, with one tab stop among them", () => {
    const {div} = make();
    const events = div.querySelectorAll("svg.chronoline g.chronoline-event");
    expect(events).toHaveLength(story.events.length);
    const stops = Array.from(events).filter((g) => g.getAttribute("tabindex") === "0");
    expect(stops.map((g) => g.getAttribute("data-id"))).toEqual(["silk-road-economic-belt"]);
    expect(renderingViolations(div.querySelector("svg.chronoline")!)).toEqual([]);
  });

  it("zoomTo([start, end], {animate: false}) shows that window and reports it", () => {
    const {div, handle} = make();
    const domains: [number, number][] = [];
    handle.on("zoom", ({domain}) => domains.push(domain));
    const window: [number, number] = [Date.UTC(2023, 8, 1), Date.UTC(2023, 11, 1)];
    handle.zoomTo(window, {animate: false});
    expect(domains).toHaveLength(1);
    expect(domains[0]![0]).toBeCloseTo(window[0], -3);
    expect(domains[0]![1]).toBeCloseTo(window[1], -3);
    const ids = Array.from(div.querySelectorAll("g.chronoline-event"), (g) => g.getAttribute("data-id"));
    expect(ids).toContain("putin-state-visit-china");
    expect(ids).not.toContain("silk-road-economic-belt");
  });

  it("domain() reads the visible window; an update that moves it reports a zoom", () => {
    const {handle} = make();
    const full = handle.domain();
    expect(full[0]).toBeLessThan(Date.UTC(2013, 8, 7));
    expect(full[1]).toBeGreaterThan(Date.UTC(2023, 9, 18));
    const zooms: [number, number][] = [];
    handle.on("zoom", ({domain}) => zooms.push(domain));
    handle.update({...story, events: [...story.events, {id: "later", title: "Later", start: "2025-06-01"}]});
    expect(zooms).toHaveLength(1);
    expect(handle.domain()).toEqual(zooms[0]);
    expect(handle.domain()[1]).toBeGreaterThan(Date.UTC(2025, 5, 1));
    handle.update({...story, events: [...story.events, {id: "later", title: "Later again", start: "2025-06-01"}]});
    expect(zooms).toHaveLength(1);
  });

  it("zoomTo(eventId) brings the event into view with its label", () => {
    const {div, handle} = make();
    handle.zoomTo([Date.UTC(2013, 8, 1), Date.UTC(2014, 0, 1)], {animate: false});
    expect(eventNode(div, "hamas-attack")).toBeUndefined();
    handle.zoomTo("hamas-attack", {animate: false});
    expect(eventNode(div, "hamas-attack")?.querySelector(".chronoline-label")?.textContent).toMatch(/^Hamas attacks Israel/);
  });

  it("select(id) opens a dialog with the event's sources as safe links, and select(null) closes it", () => {
    const {div, handle} = make();
    const selected: (string | null)[] = [];
    handle.on("select", ({event}) => selected.push(event?.id ?? null));
    handle.select("icc-warrant");
    const dialog = div.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.hidden).toBe(false);
    expect(dialog.querySelector("h2")!.textContent).toBe("ICC issues an arrest warrant for Putin");
    const link = dialog.querySelector("a")!;
    expect(link.href).toMatch(/^https:\/\/www\.icc-cpi\.int\//);
    expect(link.rel).toBe("noopener noreferrer");
    expect(link.target).toBe("_blank");
    expect(eventNode(div, "icc-warrant")!.getAttribute("aria-expanded")).toBe("true");
    handle.select(null);
    expect(dialog.hidden).toBe(true);
    expect(selected).toEqual(["icc-warrant", null]);
  });

  it("the details card lists related events as buttons that move focus", () => {
    const {div, handle} = make();
    handle.select("belt-and-road-forum");
    const button = div.querySelector<HTMLButtonElement>(".chronoline-details-related")!;
    expect(button.textContent).toBe("Xi proposes the Silk Road Economic Belt");
    button.click();
    expect(document.activeElement?.getAttribute("data-id")).toBe("silk-road-economic-belt");
  });

  it("Escape in the card closes it and returns focus to the event", () => {
    const {div, handle} = make();
    handle.select("icc-warrant");
    div.querySelector(".chronoline-details")!.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true}));
    expect(div.querySelector<HTMLElement>(".chronoline-details")!.hidden).toBe(true);
    expect(document.activeElement?.getAttribute("data-id")).toBe("icc-warrant");
  });

  it("arrow keys move focus through the events in time order", () => {
    const {div, handle} = make();
    const focused: string[] = [];
    handle.on("focus", ({event}) => focused.push(event.id));
    handle.focus("silk-road-economic-belt");
    const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", {key, bubbles: true}));
    press("ArrowRight");
    press("ArrowRight");
    press("ArrowLeft");
    expect(focused).toEqual(["silk-road-economic-belt", "maritime-silk-road", "apec-bali-birthday", "maritime-silk-road"]);
    press("End");
    expect(document.activeElement?.getAttribute("data-id")).toBe("putin-xi-talks");
    expect(eventNode(div, "putin-xi-talks")!.getAttribute("tabindex")).toBe("0");
    expect(div.querySelector('[aria-live="polite"]')!.textContent).toBe("18 Oct 2023: Putin–Xi talks in Beijing");
  });

  it("Enter on a focused event opens its details", () => {
    const {div, handle} = make();
    handle.focus("icc-warrant");
    document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true}));
    expect(div.querySelector<HTMLElement>('[role="dialog"]')!.hidden).toBe(false);
  });

  it("toSVG() is the current view as a standalone SVG, without the interactive layer", () => {
    const {handle} = make();
    handle.zoomTo([Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)], {animate: false});
    const svg = handle.toSVG();
    expect(svg).not.toContain("tabindex");
    expect(svg).not.toContain("silk-road-economic-belt");
    expect(svg).toContain('data-id="putin-state-visit-china"');
  });

  it("update(input) redraws in place and keeps nodes of events that stay", () => {
    const {div, handle} = make();
    const node = eventNode(div, "icc-warrant");
    handle.update({...story, events: story.events.filter((e) => e.id !== "hamas-attack")});
    expect(eventNode(div, "icc-warrant")).toBe(node);
    expect(eventNode(div, "hamas-attack")).toBeUndefined();
  });

  it("an update that appends events measures none of the titles already drawn again", () => {
    const measured: string[] = [];
    const measureText = (text: string, font: {size: number}) => {
      measured.push(text);
      return text.length * font.size * 0.55;
    };
    const div = document.body.appendChild(document.createElement("div"));
    const handle = createTimeline(div, story, {width: 900, measureText});
    const titles = new Set(story.events.map((event) => event.title));
    expect(measured.filter((text) => titles.has(text)).length).toBeGreaterThan(5);
    measured.length = 0;
    // New objects for every event (as a fresh parse of the same feed gives), and one more.
    const appended = {...story, events: [...structuredClone(story.events), {id: "appended", title: "An appended event", start: "2023-10-19"}]};
    handle.update(appended);
    expect(measured.filter((text) => titles.has(text))).toEqual([]);
    expect(measured).toContain("An appended event");
    handle.destroy();
  });

  it("the table alternative lists every event, visually hidden until asked for", () => {
    const {div} = make();
    const table = div.querySelector("table.chronoline-table")!;
    expect(table.querySelectorAll("tbody tr")).toHaveLength(story.events.length);
    expect(table.parentElement!.classList.contains("chronoline-visually-hidden")).toBe(true);
    div.querySelector<HTMLButtonElement>(".chronoline-table-toggle")!.click();
    expect(table.parentElement!.classList.contains("chronoline-visually-hidden")).toBe(false);
    expect(table.querySelector("tbody tr")!.textContent).toContain("7 Sept 2013");
  });

  it("destroy() empties the container; a second call does nothing; other calls then throw", () => {
    const {div, handle} = make();
    handle.destroy();
    expect(div.childNodes).toHaveLength(0);
    expect(() => handle.destroy()).not.toThrow();
    for (const call of [() => handle.update(story), () => handle.zoomTo("icc-warrant"), () => handle.select(null), () => handle.focus("x"), () => handle.toSVG()]) {
      expect(call).toThrow(TimelineError);
    }
  });

  it("createTimeline checks its options like the component's accessors", () => {
    const div = document.createElement("div");
    expect(() => createTimeline(div, story, {width: -1})).toThrow(TimelineError);
    expect(() => createTimeline(div, story, {theme: "neon" as "dark"})).toThrow(TimelineError);
    expect(() => createTimeline(null as unknown as Element, story)).toThrow(TimelineError);
    const warnings: TimelineWarning[] = [];
    const handle = createTimeline(div, story, {width: 600, colour: "red", onWarning: (w: TimelineWarning) => warnings.push(w)} as never);
    handles.push(handle);
    expect(warnings.map((w) => w.code)).toEqual(["UNKNOWN_OPTION"]);
  });

  it("warnings from the data reach onWarning and warnings()", () => {
    const warnings: TimelineWarning[] = [];
    const {handle} = make({width: 600, onWarning: (w) => warnings.push(w)}, {events: [{title: "ok", start: "2023"}, {title: "bad", start: "2023-02-30"}]});
    expect(warnings.map((w) => w.path)).toContain("events[1].start");
    expect(handle.warnings()).toEqual(warnings);
  });

  it("the interactive drawing is the static drawing plus tab stops, roles and focus rings", () => {
    const {div} = make({width: 900});
    const svg = div.querySelector("svg.chronoline")!;
    const strip = (element: Element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll(".chronoline-focus-ring").forEach((ring) => ring.remove());
      for (const node of [copy, ...copy.querySelectorAll("*")]) {
        for (const name of ["tabindex", "aria-haspopup", "aria-expanded"]) node.removeAttribute(name);
        if (node.getAttribute("role") === "button") node.setAttribute("role", "img");
      }
      return copy.outerHTML;
    };
    const host = document.createElement("div");
    host.innerHTML = renderToSVG(story, {width: 900});
    expect(strip(svg)).toBe(strip(host.firstElementChild!).replace(' xmlns="http://www.w3.org/2000/svg"', ""));
  });
});
