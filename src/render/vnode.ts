/**
 * A drawing as a plain tree: element name, attributes, text, children, and a key
 * unique among its siblings. One tree feeds both outputs, the SVG string in Node
 * and the keyed DOM join in the browser, so the two cannot drift apart.
 */
export interface VNode {
  tag: string;
  /** Unique among siblings; stable across renders for the same item. */
  key: string;
  attrs: Record<string, string>;
  text?: string;
  children?: VNode[];
  /**
   * Nothing refers to this node by identity (no focus, hover or selection), so
   * when its key is new the DOM join may hand it the element of a sibling of the
   * same tag whose key left, rather than create one. Not part of the drawing.
   */
  reuse?: boolean;
}

/**
 * Numbers as attribute text: two decimals at most, no "-0", and never "NaN" or
 * "Infinity" in the output (a non-finite value is a layout bug; 0 keeps the
 * drawing valid).
 */
export function num(value: number): string {
  if (!Number.isFinite(value)) return "0";
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

export function h(tag: string, key: string, attrs: Record<string, string | number | undefined>, children?: VNode[] | string): VNode {
  const clean: Record<string, string> = {};
  // Keys, not entries: a zoom frame builds thousands of nodes, and entries allocate a pair per attribute.
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    if (value !== undefined) clean[name] = typeof value === "number" ? num(value) : value;
  }
  const node: VNode = {tag, key, attrs: clean};
  if (typeof children === "string") node.text = children;
  else if (children) node.children = children;
  return node;
}

/** Marks a node as one the DOM join may draw into a leaving sibling's element (see `VNode.reuse`). */
export function reusable(node: VNode): VNode {
  node.reuse = true;
  return node;
}

/** SVG polyline points as path data. */
export function pathOf(points: readonly (readonly [number, number])[], close = false): string {
  return points.map(([x, y], i) => `${i ? "L" : "M"}${num(x)},${num(y)}`).join("") + (close ? "Z" : "");
}
