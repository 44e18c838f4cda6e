// The rendering invariants of RELIABILITY.md, checkable after any render, on a
// DOM element (jsdom, a parsed SVG string, or a drawing serialized out of
// Chromium: see pageInvariants.ts).
import {DOMParser} from "@xmldom/xmldom";

/**
 * Elements that run script, load or embed other documents, animate attributes
 * (an `<animate>` or `<set>` can write `href` after sanitising), or fetch
 * anything: chronoline draws none of them.
 */
const FORBIDDEN_ELEMENTS = new Set([
  "script", "foreignobject", "iframe", "frame", "frameset", "object", "embed", "applet",
  "animate", "animatemotion", "animatetransform", "set", "discard", "handler", "listener",
  "style", "link", "meta", "base", "img", "image", "feimage"
]);

/** Attributes that load a URL or a document: never in a drawing (links use `href`, checked on its own). */
const FORBIDDEN_ATTRIBUTES = new Set(["src", "srcdoc", "srcset", "action", "formaction", "data", "xml:base", "xlink:actuate"]);

/** Where a CSS or script fragment from data would show that it escaped a value (colours, fonts, paths). */
const INJECTION = /javascript:|vbscript:|url\(|expression\(|[<{};]/i;

const SAFE_PROTOCOLS = ["http:", "https:", "mailto:"];

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

/** Text attributes: they hold the data's words (accessible names, ids as data), so any character may appear. */
function isTextAttribute(name: string): boolean {
  return name === "aria-label" || name.startsWith("data-");
}

/**
 * Every violation found under `root`; empty when the drawing is safe:
 * no forbidden element, no `on*` or `style` attribute, no attribute that loads
 * a URL, no `NaN`/`Infinity`/`undefined` in an attribute, no CSS or script
 * fragment in a presentation attribute, every `href` http, https or mailto by
 * `new URL()`, and `<use>` only of a fragment of the same document.
 */
export function renderingViolations(root: Element): string[] {
  const violations: string[] = [];
  const visit = (element: Element) => {
    const name = element.nodeName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(name) || FORBIDDEN_ELEMENTS.has(name.replace(/^[a-z]+:/, ""))) violations.push(`<${name}> element`);
    for (const attribute of Array.from(element.attributes)) {
      const attr = attribute.name.toLowerCase();
      const local = attr.replace(/^[a-z]+:/, "");
      if (local.startsWith("on")) violations.push(`${attr} attribute on <${name}>`);
      if (attr === "style") violations.push(`style attribute on <${name}>`);
      if (FORBIDDEN_ATTRIBUTES.has(attr)) violations.push(`${attr} attribute on <${name}>`);
      if (!isTextAttribute(attr)) {
        if (/NaN|Infinity|undefined/.test(attribute.value)) violations.push(`${attr}="${attribute.value}" on <${name}>`);
        if (local !== "href" && INJECTION.test(attribute.value)) violations.push(`${attr}="${attribute.value.slice(0, 80)}" on <${name}> looks injected`);
      }
      if (local === "href") {
        if (name === "use") {
          if (!attribute.value.startsWith("#")) violations.push(`external <use> (${attr}="${attribute.value.slice(0, 80)}")`);
        } else {
          let protocol = "";
          try {
            protocol = new URL(attribute.value).protocol;
          } catch {
            protocol = "unparseable";
          }
          if (!SAFE_PROTOCOLS.includes(protocol)) violations.push(`${attr}="${attribute.value.slice(0, 80)}" on <${name}>`);
        }
      }
    }
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === 1) visit(child as Element);
    }
  };
  visit(root);
  return violations;
}

/** Parses `svg` as XML and checks the invariants: the one call for any SVG string. */
export function svgViolations(svg: string): string[] {
  return renderingViolations(parseSvg(svg).documentElement);
}
