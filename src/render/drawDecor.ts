import type {Scene} from "../layout/scene.js";
import {drawLabel} from "./drawText.js";
import type {Theme} from "./theme.js";
import {h, reusable, type VNode} from "./vnode.js";

/** Eras: shaded bands behind everything, titled in the header rows. */
export function drawEras(scene: Scene, theme: Theme): VNode {
  return h("g", "eras", {class: "chronoline-eras"}, scene.eras.map((era) =>
    h("g", `era:${era.id}`, {class: "chronoline-era", "data-id": era.id, role: "img", "aria-label": era.name}, [
      h("title", "title", {}, era.name),
      h("rect", "band", {
        class: "chronoline-era-band",
        x: era.box.x,
        y: era.box.y,
        width: era.box.width,
        height: era.box.height,
        fill: era.color ?? theme.eraFill,
        "fill-opacity": era.color === undefined ? undefined : 0.18
      }),
      ...(era.label ? [drawLabel(era.label, "chronoline-era-label", theme, "label", theme.eraText)] : [])
    ])
  ));
}

/** Lanes: a rule along the start of each lane (its top, or its left side when time runs down) and its title. */
export function drawLanes(scene: Scene, theme: Theme): VNode {
  return h("g", "lanes", {class: "chronoline-lanes"}, scene.lanes.map((lane) => {
    const {box} = lane;
    const rule = scene.orientation === "horizontal"
      ? {x1: box.x, x2: box.x + box.width, y1: box.y, y2: box.y}
      : {x1: box.x, x2: box.x, y1: box.y, y2: box.y + box.height};
    return h("g", `lane:${lane.id}`, {class: "chronoline-lane", "data-id": lane.id}, [
      h("line", "rule", {class: "chronoline-lane-rule", ...rule, stroke: theme.laneRule}),
      ...(lane.title ? [drawLabel(lane.title, "chronoline-lane-title", theme, "title")] : [])
    ]);
  }));
}

/** Markers: a rule at a key date across the lanes, labelled in the header rows. */
export function drawMarkers(scene: Scene, theme: Theme): VNode {
  return h("g", "markers", {class: "chronoline-markers"}, scene.markers.map((marker) =>
    h("g", `marker:${marker.id}`, {class: "chronoline-marker", "data-id": marker.id, role: "img", "aria-label": marker.name}, [
      h("title", "title", {}, marker.name),
      h("line", "rule", {
        class: "chronoline-marker-rule",
        x1: marker.line[0][0],
        y1: marker.line[0][1],
        x2: marker.line[1][0],
        y2: marker.line[1][1],
        stroke: theme.marker,
        "stroke-dasharray": "4 3"
      }),
      drawLabel(marker.label, "chronoline-marker-label", theme, "label", theme.marker)
    ])
  ));
}

/**
 * The axis: its line, ticks pointing away from the plot, grid lines across the
 * plot, labels. Time runs along x (ticks go up) or along y (ticks go left).
 */
export function drawAxis(scene: Scene, theme: Theme): VNode {
  const {axis, plot} = scene;
  const [[ax, ay], [bx, by]] = axis.line;
  const across = scene.orientation === "horizontal";
  // Ticks are keyed by what they say, so while zooming or panning a tick keeps
  // its element and only moves (its text is not laid out again); the first
  // "Mar" is the first "Mar" on screen.
  const seen = new Map<string, number>();
  return h("g", "axis", {class: "chronoline-axis", "aria-hidden": "true"}, [
    h("line", "domain", {class: "chronoline-axis-line", x1: ax, y1: ay, x2: bx, y2: by, stroke: theme.axis}),
    ...axis.ticks.map((tick) => {
      const says = `${tick.major ? "major" : "minor"}:${tick.label?.text ?? ""}`;
      const repeat = seen.get(says) ?? 0;
      seen.set(says, repeat + 1);
      const length = tick.major ? 8 : 5;
      const grid = across
        ? {x1: tick.at, x2: tick.at, y1: ay, y2: plot.y + plot.height}
        : {x1: ax, x2: plot.x + plot.width, y1: tick.at, y2: tick.at};
      const mark = across
        ? {x1: tick.at, x2: tick.at, y1: ay - length, y2: ay}
        : {x1: ax - length, x2: ax, y1: tick.at, y2: tick.at};
      return reusable(h("g", `tick:${says}:${repeat}`, {class: tick.major ? "chronoline-tick chronoline-tick-major" : "chronoline-tick"}, [
        h("line", "grid", {class: "chronoline-grid", ...grid, stroke: theme.grid}),
        h("line", "tick", {class: "chronoline-tick-line", ...mark, stroke: theme.axis}),
        ...(tick.label
          ? [drawLabel(tick.label, "chronoline-tick-label", theme, "label", tick.major ? theme.text : theme.mutedText)]
          : [])
      ]));
    })
  ]);
}
