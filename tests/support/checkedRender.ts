// Renders that check themselves: every lenient render in the hostile suites goes
// through these, so the rendering invariants and conservation are asserted after
// each one, in Node (renderToSVG) and in a DOM (createTimeline, under jsdom).
import {expect} from "vitest";
import type {TimelineWarning} from "../../src/model/errors.js";
import {createTimeline, type TimelineHandle, type TimelineOptions} from "../../src/render/createTimeline.js";
import {renderToSVG, type RenderToSVGOptions} from "../../src/render/renderToSVG.js";
import {conservationViolations, drawnIdsOf} from "./conservation.js";
import {parseSvg, renderingViolations} from "./invariants.js";

export interface CheckedSvg {
  svg: string;
  root: Element;
  warnings: TimelineWarning[];
}

/** renderToSVG, lenient, with its warnings collected; asserts the invariants and conservation. */
export function renderChecked(input: unknown, options: Omit<RenderToSVGOptions, "onWarning" | "strict"> = {}): CheckedSvg {
  const warnings: TimelineWarning[] = [];
  const svg = renderToSVG(input, {...options, onWarning: (warning) => warnings.push(warning)});
  const root = parseSvg(svg).documentElement;
  expect(renderingViolations(root)).toEqual([]);
  expect(conservationViolations(input, drawnIdsOf(root), warnings)).toEqual([]);
  return {svg, root, warnings};
}

export interface CheckedMount {
  container: HTMLDivElement;
  svg: SVGSVGElement;
  handle: TimelineHandle;
  warnings: TimelineWarning[];
}

/**
 * createTimeline in a new container of the current document (jsdom), lenient;
 * asserts the invariants and conservation of the first drawing. The caller
 * destroys the handle (or uses `destroyAll`).
 */
export function mountChecked(input: unknown, options: Omit<TimelineOptions, "onWarning"> = {width: 900}): CheckedMount {
  const container = document.createElement("div");
  document.body.append(container);
  const warnings: TimelineWarning[] = [];
  const handle = createTimeline(container, input as never, {...options, onWarning: (warning) => warnings.push(warning)});
  mounted.push(handle);
  const svg = container.querySelector<SVGSVGElement>("svg.chronoline")!;
  expect(renderingViolations(svg)).toEqual([]);
  expect(conservationViolations(input, drawnIdsOf(svg), warnings)).toEqual([]);
  return {container, svg, handle, warnings};
}

const mounted: TimelineHandle[] = [];

/** Destroys every timeline mountChecked made and empties the document; for afterEach. */
export function destroyAll(): void {
  for (const handle of mounted.splice(0)) handle.destroy();
  document.body.replaceChildren();
}

/** Elements under `root` whose class list has `name`. */
export function byClass(root: Element, name: string): Element[] {
  const found: Element[] = [];
  const visit = (element: Element) => {
    if ((element.getAttribute("class") ?? "").split(/\s+/).includes(name)) found.push(element);
    for (const child of Array.from(element.childNodes)) if (child.nodeType === 1) visit(child as Element);
  };
  visit(root);
  return found;
}
