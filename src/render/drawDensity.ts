import type {Scene} from "../layout/scene.js";
import type {Theme} from "./theme.js";
import {h, num, type VNode} from "./vnode.js";

/**
 * Density strips: under each lane's clusters, one shape whose columns rise with
 * the number of folded events at each pixel (square root, so one event still
 * shows beside a hundred). One node per lane, however many events.
 */
export function drawDensity(scene: Scene, theme: Theme): VNode {
  return h("g", "density", {class: "chronoline-density", "aria-hidden": "true"}, scene.density.map((strip) => {
    const most = strip.columns.reduce((max, column) => Math.max(max, column.count), 1);
    const bottom = strip.box.y + strip.box.height;
    let d = "";
    for (const {x, count} of strip.columns) {
      const height = Math.max(1.5, Math.sqrt(count / most) * (strip.box.height - 1));
      d += `M${num(x)},${num(bottom)}h1v${num(-height)}h-1Z`;
    }
    return h("path", `strip:${strip.laneId}`, {
      class: `chronoline-density-strip chronoline-series-${strip.series}`,
      "data-lane": strip.laneId,
      d,
      fill: theme.palette[strip.series % theme.palette.length]!,
      "fill-opacity": 0.55
    });
  }));
}
