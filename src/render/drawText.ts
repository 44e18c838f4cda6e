import type {SceneLabel} from "../layout/scene.js";
import type {Theme} from "./theme.js";
import {h, type VNode} from "./vnode.js";

/**
 * A text element for a label, with a halo in the background colour (drawn under
 * the glyphs through `paint-order`) so labels stay legible over grid lines.
 */
export function drawLabel(label: SceneLabel, className: string, theme: Theme, key = "label", fill = theme.text): VNode {
  const inverse = label.inverse === true;
  return h("text", key, {
    class: inverse ? `${className} chronoline-label-inverse` : label.onMark ? `${className} chronoline-label-on-mark` : className,
    x: label.x,
    y: label.y,
    "text-anchor": label.anchor === "start" ? undefined : label.anchor,
    // The root sets 12px; only other sizes and weights are spelled out.
    "font-size": label.size === 12 ? undefined : label.size,
    "font-weight": label.weight === 400 ? undefined : label.weight,
    fill,
    ...(label.onMark ? {} : {stroke: theme.background, "stroke-width": 3, "stroke-linejoin": "round", "paint-order": "stroke"})
  }, label.text);
}
