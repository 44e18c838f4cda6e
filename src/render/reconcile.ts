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

function updateElement(element: Element, node: VNode): void {
  for (const attribute of Array.from(element.attributes)) {
    if (!(attribute.name in node.attrs) && attribute.name !== "xmlns") element.removeAttribute(attribute.name);
  }
  for (const [name, value] of Object.entries(node.attrs)) {
    // The namespace is the element's own; as an attribute it is only for the string form.
    if (name === "xmlns") continue;
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  if (node.children) {
    reconcileChildren(element, node.children);
  } else if (element.textContent !== (node.text ?? "")) {
    element.textContent = node.text ?? "";
  }
}
