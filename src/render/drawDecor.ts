import type {Scene} from "../layout/scene.js";
import {drawLabel} from "./drawText.js";
import type {Theme} from "./theme.js";
import {h, type VNode} from "./vnode.js";

/** Eras: shaded bands behind everything, titled in the header rows. */
export function drawEras(scene: Scene, theme: Theme): VNode {
  return h("g", "eras", {class: "chronoline-eras"}, scene.eras.map((era) =>
    h("g", `era:${era.id}`, {class: "chronoline-era", "data-id": era.id, role: "img", "aria-label": era.name}, [
      h("title", "title", {}, era.name),
      h("rect", "band", {
        class: "chronoline-era-band",
        x: era.x0,
        y: era.y0,
        width: Math.max(era.x1 - era.x0, 1),
        height: era.y1 - era.y0,
        fill: era.color ?? theme.eraFill,
        "fill-opacity": era.color === undefined ? undefined : 0.18
      }),
      ...(era.label ? [drawLabel(era.label, "chronoline-era-label", theme, "label", theme.eraText)] : [])
    ])
  ));
}

/** Lanes: a rule above each lane and its title. */
export function drawLanes(scene: Scene, theme: Theme): VNode {
  return h("g", "lanes", {class: "chronoline-lanes"}, scene.lanes.map((lane) =>
    h("g", `lane:${lane.id}`, {class: "chronoline-lane", "data-id": lane.id}, [
      h("line", "rule", {class: "chronoline-lane-rule", x1: scene.plot.x, x2: scene.plot.x + scene.plot.width, y1: lane.y, y2: lane.y, stroke: theme.laneRule}),
      ...(lane.title ? [drawLabel(lane.title, "chronoline-lane-title", theme, "title")] : [])
    ])
  ));
}

/** Markers: a rule at a key date across the lanes, labelled in the header rows. */
export function drawMarkers(scene: Scene, theme: Theme): VNode {
  return h("g", "markers", {class: "chronoline-markers"}, scene.markers.map((marker) =>
    h("g", `marker:${marker.id}`, {class: "chronoline-marker", "data-id": marker.id, role: "img", "aria-label": marker.name}, [
      h("title", "title", {}, marker.name),
      h("line", "rule", {class: "chronoline-marker-rule", x1: marker.x, x2: marker.x, y1: marker.y0, y2: marker.y1, stroke: theme.marker, "stroke-dasharray": "4 3"}),
      drawLabel(marker.label, "chronoline-marker-label", theme, "label", theme.marker)
    ])
  ));
}

/** The axis: a line along the top, ticks, grid lines down through the lanes, labels. */
export function drawAxis(scene: Scene, theme: Theme): VNode {
  const {axis, plot} = scene;
  const bottom = plot.y + plot.height;
  return h("g", "axis", {class: "chronoline-axis", "aria-hidden": "true"}, [
    h("line", "domain", {class: "chronoline-axis-line", x1: plot.x, x2: plot.x + plot.width, y1: axis.y, y2: axis.y, stroke: theme.axis}),
    ...axis.ticks.map((tick) =>
      h("g", `tick:${tick.x.toFixed(2)}`, {class: tick.major ? "chronoline-tick chronoline-tick-major" : "chronoline-tick"}, [
        h("line", "grid", {class: "chronoline-grid", x1: tick.x, x2: tick.x, y1: axis.y, y2: bottom, stroke: theme.grid}),
        h("line", "tick", {class: "chronoline-tick-line", x1: tick.x, x2: tick.x, y1: axis.y - (tick.major ? 8 : 5), y2: axis.y, stroke: theme.axis}),
        ...(tick.label
          ? [drawLabel(tick.label, "chronoline-tick-label", theme, "label", tick.major ? theme.text : theme.mutedText)]
          : [])
      ])
    )
  ]);
}
