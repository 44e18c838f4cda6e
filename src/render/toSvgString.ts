import type {VNode} from "./vnode.js";

const TEXT_ESCAPES: Record<string, string> = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"};

/** Text and attribute values are escaped, so any input string stays inert text. */
function escape(value: string): string {
  return value.replace(/[&<>"]/g, (char) => TEXT_ESCAPES[char]!);
}

/** Serialises a drawing as SVG markup, the same bytes for the same tree. */
export function toSvgString(node: VNode): string {
  let attrs = "";
  for (const [name, value] of Object.entries(node.attrs)) attrs += ` ${name}="${escape(value)}"`;
  if (node.children?.length) return `<${node.tag}${attrs}>${node.children.map(toSvgString).join("")}</${node.tag}>`;
  if (node.text !== undefined) return `<${node.tag}${attrs}>${escape(node.text)}</${node.tag}>`;
  return `<${node.tag}${attrs}/>`;
}
