import {select} from "d3-selection";
import {SVG_NAMESPACE} from "./drawScene.js";
import type {VNode} from "./vnode.js";

/**
 * Brings a DOM subtree in line with a drawing through d3's keyed data join: a
 * node whose key persists is updated in place (attributes and text set only when
 * they differ), new keys enter, gone keys exit. Rendering the same drawing twice
 * touches nothing.
 */
export function reconcileChildren(parent: Element, nodes: readonly VNode[]): void {
  const document = parent.ownerDocument;
  select(parent)
    .selectChildren<Element, VNode>()
    .data(nodes, (node) => (node ? `${node.tag}:${node.key}` : ""))
    .join((enter) => enter.append((node) => document.createElementNS(SVG_NAMESPACE, node.tag)))
    .order()
    .each(function (node) {
      updateElement(this, node);
    });
}

/** Draws into a container: its one `svg.chronoline` child is created or updated; other children are left alone. */
export function renderInto(container: Element, root: VNode): SVGSVGElement {
  let svg = select(container).selectChild<SVGSVGElement>("svg.chronoline").node();
  if (!svg) svg = container.appendChild(container.ownerDocument.createElementNS(SVG_NAMESPACE, "svg") as SVGSVGElement);
  updateElement(svg, root);
  return svg;
}

/**
 * What each element was last drawn with. Comparing against it, rather than
 * reading attributes back from the DOM, keeps a redraw of thousands of nodes
 * (every zoom frame) to the writes that actually change something.
 */
const drawn = new WeakMap<Element, VNode>();

function updateElement(element: Element, node: VNode): void {
  const previous = drawn.get(element);
  if (previous) {
    for (const name in previous.attrs) {
      if (!(name in node.attrs)) element.removeAttribute(name);
    }
  } else {
    // Not drawn by us before (a fresh node, or one the page made): start from what it has.
    for (const attribute of Array.from(element.attributes)) {
      if (!(attribute.name in node.attrs) && attribute.name !== "xmlns") element.removeAttribute(attribute.name);
    }
  }
  for (const name in node.attrs) {
    // The namespace is the element's own; as an attribute it is only for the string form.
    if (name === "xmlns") continue;
    const value = node.attrs[name]!;
    if (previous ? previous.attrs[name] !== value : element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  if (node.children) {
    reconcileChildren(element, node.children);
  } else if (previous ? previous.text !== node.text || previous.children : element.textContent !== (node.text ?? "")) {
    element.textContent = node.text ?? "";
  }
  drawn.set(element, node);
}
