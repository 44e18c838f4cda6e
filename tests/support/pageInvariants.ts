// The rendering invariants (invariants.ts) for drawings in a Chromium page: each
// drawing is serialized with the page's XMLSerializer, parsed in Node by the same
// real XML parser as renderToSVG's output, and checked there, so one checker
// serves jsdom, Node and Chromium.
import type {Page} from "playwright-core";
import {parseSvg, renderingViolations} from "./invariants.js";

/** The drawings matching `selector` (default: every chronoline drawing) as XML strings. */
export function serializedDrawings(page: Page, selector = "svg.chronoline"): Promise<string[]> {
  return page.evaluate((selector) => {
    const serializer = new XMLSerializer();
    return Array.from(document.querySelectorAll(selector), (svg) => serializer.serializeToString(svg));
  }, selector);
}

/**
 * Every violation of the invariants in the drawings on the page, each prefixed
 * with the drawing's position; a drawing that is not well-formed XML is one.
 * An empty page has none (tests that need a drawing check that on their own).
 */
export async function drawingViolations(page: Page, selector = "svg.chronoline"): Promise<string[]> {
  return xmlDrawingViolations(await serializedDrawings(page, selector));
}

/** The same check for drawings already serialized (e.g. returned by a page script). */
export function xmlDrawingViolations(drawings: readonly string[]): string[] {
  return drawings.flatMap((xml, i) => {
    try {
      return renderingViolations(parseSvg(xml).documentElement).map((violation) => `drawing ${i}: ${violation}`);
    } catch (error) {
      return [`drawing ${i}: ${(error as Error).message}`];
    }
  });
}
