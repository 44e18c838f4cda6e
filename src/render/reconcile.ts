import {SVG_NAMESPACE} from "./drawScene.js";
import type {VNode} from "./vnode.js";

/**
 * Brings a DOM subtree in line with a drawing, keyed like d3's data join (by
 * tag and key among siblings): a node whose key persists is updated in place
 * (attributes and text set only when they differ), new keys enter, gone keys
 * and elements we did not draw leave, and the children end in drawing order.
 * Rendering the same drawing twice touches nothing.
 *
 * Written out rather than through d3-selection: a zoom frame reconciles
 * thousands of nodes, and the join's selections, key strings and
 * compareDocumentPosition calls cost more than the few writes it ends in. New
 * elements are filled in before they are attached, so the page styles each
 * once, and an element already in place is never moved (a move is a remove
 * and an insert for the browser). A node marked `reuse` whose key is new takes
 * over a leaving element of the same tag: zooming renames most clusters and
 * ticks every frame, and updating a few attributes of an element costs the
 * browser far less than styling and laying out a new one.
 */
export function reconcileChildren(parent: Element, nodes: readonly VNode[]): void {
  const old: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) old.push(child);
  // Most frames keep most children in order: match the common head and tail
  // directly, and key only what lies between.
  let start = 0;
  let oldEnd = old.length;
  let newEnd = nodes.length;
  while (start < oldEnd && start < newEnd && sameKey(drawn.get(old[start]!), nodes[start]!)) {
    updateElement(old[start]!, nodes[start]!);
    start++;
  }
  while (start < oldEnd && start < newEnd && sameKey(drawn.get(old[oldEnd - 1]!), nodes[newEnd - 1]!)) {
    updateElement(old[--oldEnd]!, nodes[--newEnd]!);
  }
  if (start === oldEnd && start === newEnd) return;
  const existing = new Map<string, Element>();
  const leaving: Element[] = [];
  for (let i = start; i < oldEnd; i++) {
    const child = old[i]!;
    const node = drawn.get(child);
    const key = node && keyOf(node);
    if (key === undefined || existing.has(key)) leaving.push(child);
    else existing.set(key, child);
  }
  const placed: (Element | undefined)[] = new Array(newEnd - start);
  let entering = 0;
  for (let i = start; i < newEnd; i++) {
    const key = keyOf(nodes[i]!);
    const element = existing.get(key);
    if (element) {
      existing.delete(key);
      placed[i - start] = element;
    } else {
      entering++;
    }
  }
  // Elements whose keys left, by tag, for new nodes that may take them over.
  const reusable = entering ? reusableOf(existing) : undefined;
  const document = parent.ownerDocument;
  for (let i = start; i < newEnd; i++) {
    const node = nodes[i]!;
    let element = placed[i - start];
    if (!element && node.reuse) {
      element = reusable?.get(node.tag)?.pop();
      if (element) existing.delete(keyOf(drawn.get(element)!));
    }
    if (element) {
      updateElement(element, node);
    } else {
      // A repeated key enters again, as with d3's join.
      element = document.createElementNS(SVG_NAMESPACE, node.tag);
      fillElement(element, node);
    }
    placed[i - start] = element;
  }
  for (const element of leaving) element.remove();
  for (const element of existing.values()) element.remove();
  // Between head and tail only kept elements are left, in their old order:
  // insert or move those out of place.
  let next = start > 0 ? old[start - 1]!.nextElementSibling : parent.firstElementChild;
  for (const element of placed as Element[]) {
    if (element === next) next = element.nextElementSibling;
    else parent.insertBefore(element, next);
  }
}

function sameKey(drawnAs: VNode | undefined, node: VNode): boolean {
  return drawnAs !== undefined && drawnAs.key === node.key && drawnAs.tag === node.tag;
}

function keyOf(node: VNode): string {
  return `${node.tag}:${node.key}`;
}

/** Leaving elements drawn with `reuse`, by tag, each list in reverse drawing order (taken from the end). */
function reusableOf(leaving: ReadonlyMap<string, Element>): Map<string, Element[]> {
  const byTag = new Map<string, Element[]>();
  for (const element of leaving.values()) {
    const node = drawn.get(element)!;
    if (!node.reuse) continue;
    const list = byTag.get(node.tag);
    if (list) list.push(element);
    else byTag.set(node.tag, [element]);
  }
  for (const list of byTag.values()) list.reverse();
  return byTag;
}

/** Draws into a container: its one `svg.chronoline` child is created or updated; other children are left alone. */
export function renderInto(container: Element, root: VNode): SVGSVGElement {
  let svg: SVGSVGElement | null = null;
  for (let child = container.firstElementChild; child && !svg; child = child.nextElementSibling) {
    if (child.matches("svg.chronoline")) svg = child as SVGSVGElement;
  }
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

/** A new, detached element: everything is written, nothing compared. */
function fillElement(element: Element, node: VNode): void {
  for (const name in node.attrs) {
    // The namespace is the element's own; as an attribute it is only for the string form.
    if (name !== "xmlns") element.setAttribute(name, node.attrs[name]!);
  }
  if (node.children) reconcileChildren(element, node.children);
  else if (node.text) element.textContent = node.text;
  drawn.set(element, node);
}

function updateElement(element: Element, node: VNode): void {
  const previous = drawn.get(element);
  if (previous === node) return;
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
    if (name === "xmlns") continue;
    const value = node.attrs[name]!;
    if (previous ? previous.attrs[name] !== value : element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  if (node.children) {
    // Text drawn last time would stay beside the new children: only elements are reconciled.
    if (previous?.text) element.textContent = "";
    reconcileChildren(element, node.children);
  } else if (previous ? previous.text !== node.text || previous.children : element.textContent !== (node.text ?? "")) {
    setText(element, node.text ?? "");
  }
  drawn.set(element, node);
}

/** Changes the one text node in place when there is one, rather than replacing it with a new node. */
function setText(element: Element, text: string): void {
  const only = element.firstChild;
  if (text && only && only === element.lastChild && only.nodeType === 3) (only as Text).data = text;
  else element.textContent = text;
}
