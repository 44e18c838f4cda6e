// @vitest-environment jsdom
// RELIABILITY.md "Named bad inputs", links and styles: each case with its stated
// outcome, lenient (W: dropped or normalised, a warning at its path, the rest
// drawn) and strict (E: a TimelineError naming it). Links only ever show up in
// the interactive timeline's details card and table, so those are opened here
// (jsdom); every lenient render asserts the invariants and conservation.
import {afterEach, describe, expect, it} from "vitest";
import {TimelineError} from "../../src/model/errors.js";
import {parseTimeline} from "../../src/model/parseTimeline.js";
import {byClass, destroyAll, mountChecked, renderChecked} from "../support/checkedRender.js";

afterEach(destroyAll);

const withSource = (url: unknown) => ({events: [{id: "e", title: "An event with a source", start: "2023-03-17", sources: [{url, title: "The source"}]}]});
const strictIssue = (input: unknown): {code: string; path: string} => {
  try {
    parseTimeline(input);
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineError);
    const {code, path} = error as TimelineError;
    return {code, path};
  }
  throw new Error("the strict parse did not throw");
};

/** Opens the event's details card and shows the table; returns every link in the container. */
function linksShown(input: unknown): HTMLAnchorElement[] {
  const {container, handle} = mountChecked(input, {width: 900});
  handle.select("e");
  expect(container.querySelector<HTMLElement>(".chronoline-details")!.hidden).toBe(false);
  return Array.from(container.querySelectorAll("a"));
}

describe("links", () => {
  const unsafe: [string, string][] = [
    ["javascript:", "javascript:alert(1)"],
    ["JaVaScRiPt:", "JaVaScRiPt:alert(1)"],
    ["a leading space", " javascript:alert(1)"],
    ["a leading tab", "\tjavascript:alert(1)"],
    ["a leading control character", "\u0001javascript:alert(1)"],
    ["a leading NUL", "\u0000javascript:alert(1)"],
    ["a tab inside the scheme", "java\tscript:alert(1)"],
    ["a newline inside the scheme", "java\nscript:alert(1)"],
    ["a carriage return inside the scheme", "java\rscript:alert(1)"],
    ["a comment and an encoded newline", "javascript://example.org/%0aalert(1)"],
    ["data: HTML", "data:text/html,<script>alert(1)</script>"],
    ["data: base64", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
    ["data: SVG", "data:image/svg+xml,<svg onload=alert(1)>"],
    ["vbscript:", "vbscript:msgbox(1)"],
    ["VBScript: mixed case", "VbScRiPt:msgbox(1)"],
    ["file:", "file:///etc/passwd"],
    ["file: to a Windows share", "file://attacker.example/share/x.exe"],
    ["blob:", "blob:https://example.org/0b2f0a3e"],
    ["about:", "about:blank"],
    ["ftp:", "ftp://example.org/file"]
  ];

  it.each(unsafe)("a source URL with %s is dropped with UNSAFE_URL (lenient) and no anchor is ever made", (_, url) => {
    const input = withSource(url);
    const timeline = parseTimeline(input, {strict: false});
    expect(timeline.events[0]!.sources).toEqual([]);
    expect(timeline.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["events[0].sources[0].url UNSAFE_URL"]);
    expect(linksShown(input)).toEqual([]);
  });

  it.each(unsafe)("a source URL with %s makes a strict parse throw UNSAFE_URL at its path", (_, url) => {
    expect(strictIssue(withSource(url))).toEqual({code: "UNSAFE_URL", path: "events[0].sources[0].url"});
  });

  it.each([["a relative URL", "/relative/path"], ["a protocol-relative URL", "//evil.example/x"], ["an entity-encoded colon", "javascript&colon;alert(1)"], ["a bare word", "example"]])(
    "%s is not an absolute URL: dropped with INVALID_URL, no anchor",
    (_, url) => {
      const input = withSource(url);
      expect(parseTimeline(input, {strict: false}).warnings.map((w) => w.code)).toEqual(["INVALID_URL"]);
      expect(linksShown(input)).toEqual([]);
      expect(strictIssue(input).code).toBe("INVALID_URL");
    }
  );

  it("a quote break-out inside an https URL stays inside one href attribute, percent-encoded", () => {
    const url = 'https://example.org/a"onmouseover="alert(1)"x=\'<b>';
    const links = linksShown(withSource(url));
    // One in the card, one in the table: the same single attribute.
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link.getAttributeNames().sort()).toEqual(["href", "rel", "target"]);
      expect(link.getAttribute("href")).toBe(new URL(url).href);
    }
    const link = links.find((a) => a.closest(".chronoline-details"));
    expect(link!.getAttributeNames().sort()).toEqual(["href", "rel", "target"]);
    expect(link!.getAttribute("href")).toBe(new URL(url).href);
    expect(link!.getAttribute("href")).not.toMatch(/["<>]/);
    expect(link!.getAttribute("rel")).toBe("noopener noreferrer");
    // In the SVG string nothing of it appears at all: links live in the HTML card and table only.
    expect(renderChecked(withSource(url)).svg).not.toContain("onmouseover");
  });

  it("the table's links are the same safe links, one attribute each", () => {
    const url = 'https://example.org/"><script>alert(1)</script>';
    const {container} = mountChecked(withSource(url), {width: 900});
    const links = Array.from(container.querySelectorAll<HTMLAnchorElement>("table.chronoline-table a"));
    expect(links.map((a) => [a.getAttribute("href"), a.getAttributeNames().sort().join(" ")])).toEqual([[new URL(url).href, "href rel target"]]);
    expect(container.querySelectorAll("script")).toHaveLength(0);
  });

  it("a 100,000-character URL is dropped with URL_TOO_LONG (lenient) and throws in strict mode", () => {
    const url = `https://example.org/${"a".repeat(100_000)}`;
    const timeline = parseTimeline(withSource(url), {strict: false});
    expect(timeline.events[0]!.sources).toEqual([]);
    expect(timeline.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["events[0].sources[0].url URL_TOO_LONG"]);
    // The warning quotes the value cut short, never the whole of it.
    expect(timeline.warnings[0]!.message.length).toBeLessThan(200);
    expect(linksShown(withSource(url))).toEqual([]);
    expect(strictIssue(withSource(url))).toEqual({code: "URL_TOO_LONG", path: "events[0].sources[0].url"});
  });

  it.each([
    ["Cyrillic а in apple", "https://аpple.com/login", "xn--pple-43d.com"],
    ["Greek ο in google", "https://gοogle.com/", "xn--gogle-rce.com"],
    ["fullwidth letters", "https://ｅｘａｍｐｌｅ.com/", "example.com"]
  ])("an IDN homoglyph host (%s) is kept, and shown, in punycode", (_, url, host) => {
    const timeline = parseTimeline({events: [{id: "e", title: "t", start: "2023", sources: [{url}]}]});
    expect(new URL(timeline.events[0]!.sources[0]!.url).hostname).toBe(host);
    // With no title, the card names the link by its host: the punycode form a reader can tell apart.
    const links = linksShown({events: [{id: "e", title: "t", start: "2023", sources: [{url}]}]});
    const card = links.filter((a) => a.closest(".chronoline-details"));
    expect(card.map((a) => [a.textContent, new URL(a.href).hostname])).toEqual([[host, host]]);
  });

  it("http, https and mailto links are kept as links", () => {
    const input = {events: [{id: "e", title: "t", start: "2023", sources: [
      {url: "https://example.org/a", title: "A"}, {url: "http://example.org/b", title: "B"}, {url: "mailto:desk@example.org", title: "C"}
    ]}]};
    const card = linksShown(input).filter((a) => a.closest(".chronoline-details"));
    expect(card.map((a) => a.getAttribute("href"))).toEqual(["https://example.org/a", "http://example.org/b", "mailto:desk@example.org"]);
  });
});

describe("colours", () => {
  const hostile: [string, string][] = [
    ["a declaration break-out", "red;background:url(https://evil.example/x)"],
    ["a declaration break-out to javascript:", "red;background:url(javascript:alert(1))"],
    ["url(javascript:...)", "url(javascript:alert(1))"],
    ["url() to a tracker", "url(https://evil.example/pixel)"],
    ["expression(...)", "expression(alert(1))"],
    ["an attribute break-out", 'red" onload="alert(1)'],
    ["a rule break-out", "red}*{background:red}"],
    ["var() with a url fallback", "var(--x, url(https://evil.example/x))"],
    ["a comment", "red/**/;x:y"],
    ["an escaped character", "r\\65 d"],
    ["!important", "red !important"],
    ["a 50,000-character rgb(", `rgb(${"1,".repeat(25_000)}`]
  ];

  it.each(hostile)("an event colour with %s is rejected with INVALID_COLOR; the event is drawn in its series colour", (_, color) => {
    const input = {events: [{id: "e", title: "Coloured", start: "2023-03-17", color}]};
    const {svg, warnings} = renderChecked(input);
    expect(warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["events[0].color INVALID_COLOR"]);
    expect(parseTimeline(input, {strict: false}).events[0]!.color).toBeUndefined();
    expect(svg).toContain("chronoline-series-0");
    expect(svg).not.toMatch(/url\(|expression|onload|javascript/);
    expect(strictIssue(input)).toEqual({code: "INVALID_COLOR", path: "events[0].color"});
  });

  it.each(hostile)("a lane or era colour with %s is rejected with INVALID_COLOR", (_, color) => {
    const input = {
      lanes: [{id: "l", title: "Lane", color}],
      eras: [{title: "Era", start: "2023-01", end: "2023-06", color}],
      events: [{id: "e", title: "t", start: "2023-03-17", lane: "l"}]
    };
    const {svg, warnings} = renderChecked(input);
    expect(warnings.map((w) => `${w.path} ${w.code}`).sort()).toEqual(["eras[0].color INVALID_COLOR", "lanes[0].color INVALID_COLOR"]);
    expect(svg).not.toMatch(/url\(|expression|onload|javascript/);
  });

  it("a 50,000-character rgb( is rejected in under 5 ms", () => {
    const color = `rgb(${"1,".repeat(25_000)}`;
    // Warm the parser once on a harmless input, then measure the hostile one once.
    parseTimeline({events: [{title: "warm", start: "2023", color: "red"}]});
    const started = performance.now();
    const timeline = parseTimeline({events: [{title: "t", start: "2023", color}]}, {strict: false});
    const elapsed = performance.now() - started;
    console.info(`50,000-character rgb( rejected in ${elapsed.toFixed(3)} ms`);
    expect(timeline.warnings.map((w) => w.code)).toEqual(["INVALID_COLOR"]);
    expect(elapsed).toBeLessThan(5);
  });

  it("plain colour syntax is kept, normalised: hex, functions and names", () => {
    const colors = ["#1A56DB", " red ", "rgb(1 2 3 / 50%)", "hsl(120deg, 50%, 40%)", "oklch(0.7 0.1 200)", "transparent"];
    const timeline = parseTimeline({events: colors.map((color, i) => ({id: `e${i}`, title: "t", start: "2023", color}))});
    expect(timeline.events.map((e) => [e.id, e.color]).sort()).toEqual(
      [["e0", "#1a56db"], ["e1", "red"], ["e2", "rgb(1 2 3 / 50%)"], ["e3", "hsl(120deg, 50%, 40%)"], ["e4", "oklch(0.7 0.1 200)"], ["e5", "transparent"]]
    );
  });
});

describe("style and attribute maps", () => {
  // chronoline has no per-item style or attribute maps: such keys are unknown fields,
  // reported and ignored, and none of their names or values reaches the drawing.
  const maps = {
    style: {onclick: "alert(1)", background: "url(javascript:alert(1))"},
    attrs: {onmouseover: "alert(1)", href: "javascript:alert(1)"},
    attributes: {onfocus: "alert(1)"},
    onclick: "alert(1)",
    onmouseover: "alert(1)",
    "xlink:href": "javascript:alert(1)",
    class: "chronoline-event injected",
    dataset: {id: "x"}
  };

  it("on* and style keys on events, lanes, eras, markers, annotations, sources and places are reported as unknown fields and dropped", () => {
    const input = {
      ...maps,
      lanes: [{id: "l", title: "Lane", ...maps}],
      events: [{id: "e", title: "Event", start: "2023-03-17", lane: "l", ...maps, sources: [{url: "https://example.org/", ...maps}], places: [{name: "Place", ...maps}]}],
      eras: [{title: "Era", start: "2023-01", end: "2023-06", ...maps}],
      markers: [{title: "Marker", date: "2023-02-01", ...maps}],
      annotations: [{event: "e", text: "Note", ...maps}],
      relations: [{from: "e", to: "e", ...maps}]
    };
    const {svg, warnings} = renderChecked(input);
    const keys = Object.keys(maps);
    const items = ["", "lanes[0]", "events[0]", "events[0].sources[0]", "events[0].places[0]", "eras[0]", "markers[0]", "annotations[0]", "relations[0]"];
    const expected = items.flatMap((item) => keys.map((key) => `${item ? `${item}.` : ""}${key} UNKNOWN_FIELD`));
    expect(warnings.map((w) => `${w.path} ${w.code}`).filter((line) => line.endsWith("UNKNOWN_FIELD")).sort()).toEqual(expected.sort());
    expect(svg).not.toMatch(/alert|javascript|injected|onclick|onmouseover|onfocus/);
    expect(() => parseTimeline(input)).toThrow(TimelineError);
  });

  it("nothing of an attribute map reaches the interactive DOM, even with the card open and the table shown", () => {
    const input = {events: [{id: "e", title: "Event", start: "2023-03-17", ...maps, sources: [{url: "https://example.org/", ...maps}]}]};
    const {container, handle} = mountChecked(input, {width: 900});
    handle.select("e");
    (container.querySelector(".chronoline-table-toggle") as HTMLButtonElement).click();
    const attributes = Array.from(container.querySelectorAll("*")).flatMap((element) => element.getAttributeNames().map((name) => `${name}=${element.getAttribute(name)}`));
    expect(attributes.filter((a) => /^on|alert|javascript|injected/i.test(a))).toEqual([]);
    expect(byClass(container, "injected")).toEqual([]);
  });
});
