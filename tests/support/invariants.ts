// The rendering invariants of RELIABILITY.md, checkable after any render, on a
// DOM element (jsdom or a parsed SVG string).
import {DOMParser} from "@xmldom/xmldom";

const FORBIDDEN_ELEMENTS = new Set(["script", "foreignobject", "iframe", "object", "embed", "animate", "set", "style", "img"]);

/** Parses SVG markup with a real XML parser; throws on any well-formedness error. */
export function parseSvg(svg: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== "warning") errors.push(message);
    }
  }).parseFromString(svg, "image/svg+xml") as unknown as Document;
  if (errors.length) throw new Error(`SVG is not well-formed XML: ${errors.join("; ")}`);
  return document;
}

/** Every violation found under `root`; empty when the drawing is safe. */
export function renderingViolations(root: Element): string[] {
  const violations: string[] = [];
  const visit = (element: Element) => {
    const name = element.nodeName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(name)) violations.push(`<${name}> element`);
    for (const attribute of Array.from(element.attributes)) {
      const attr = attribute.name.toLowerCase();
      if (attr.startsWith("on")) violations.push(`${attr} attribute on <${name}>`);
      if (attr === "style") violations.push(`style attribute on <${name}>`);
      if (/NaN|Infinity|undefined/.test(attribute.value) && attr !== "aria-label" && !attr.startsWith("data-")) {
        violations.push(`${attr}="${attribute.value}" on <${name}>`);
      }
      if (attr === "href" || attr === "xlink:href") {
        let protocol = "";
        try {
          protocol = new URL(attribute.value).protocol;
        } catch {
          protocol = "unparseable";
        }
        if (!["http:", "https:", "mailto:"].includes(protocol)) violations.push(`${attr}="${attribute.value}" on <${name}>`);
        if (name === "use") violations.push("external <use>");
      }
    }
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === 1) visit(child as Element);
    }
  };
  visit(root);
  return violations;
}
