import type {Box, Orientation, Scene, SceneEvent} from "../layout/scene.js";
import {drawLabel} from "./drawText.js";
import type {Theme} from "./theme.js";
import {h, pathOf, reusable, type VNode} from "./vnode.js";

const OPEN_END_LENGTH = 8;

/**
 * One group per event: its accessible name, its mark (a dot, a bar, or a soft
 * band for imprecise dates), arrows on open ends, and its label. The group
 * carries the event's id as data, never as a DOM id or class.
 */
export function drawEvents(scene: Scene, theme: Theme): VNode {
  return h("g", "events", {class: "chronoline-events"}, scene.events.map((event) => drawEvent(event, scene.orientation, theme)));
}

function drawEvent(event: SceneEvent, orientation: Orientation, theme: Theme): VNode {
  const color = event.color ?? theme.palette[event.series % theme.palette.length]!;
  const markClass = `chronoline-mark chronoline-mark-${event.kind}${event.soft ? " chronoline-soft" : ""}${
    event.uncertain ? " chronoline-uncertain" : ""}${
    event.color === undefined ? ` chronoline-series-${event.series}` : ""
  }`;
  const paint = {
    fill: color,
    "fill-opacity": event.soft ? 0.28 : undefined,
    stroke: event.uncertain ? color : undefined,
    "stroke-dasharray": event.uncertain ? "3 2" : undefined
  };
  const {mark} = event;
  const children: VNode[] = [h("title", "title", {}, event.name)];
  if (event.kind === "point") {
    children.push(h("circle", "mark", {class: markClass, cx: mark.x + mark.width / 2, cy: mark.y + mark.height / 2, r: mark.width / 2, ...paint}));
  } else {
    children.push(h("rect", "mark", {class: markClass, x: mark.x, y: mark.y, width: mark.width, height: mark.height, rx: 2, ...paint}));
  }
  const chevronClass = `chronoline-open-end${event.color === undefined ? ` chronoline-series-${event.series}` : ""}`;
  if (event.openStart) children.push(h("path", "open-start", {class: chevronClass, d: chevron(mark, orientation, -1), fill: color}));
  if (event.openEnd) children.push(h("path", "open-end", {class: chevronClass, d: chevron(mark, orientation, 1), fill: color}));
  if (event.leader) {
    children.push(h("path", "leader", {class: "chronoline-leader", d: pathOf(event.leader), fill: "none", stroke: theme.axis}));
  }
  children.push(drawLabel(event.label, "chronoline-label", theme, "label", event.label.inverse ? textOn(color) : theme.text));
  return h("g", `event:${event.id}`, {
    class: "chronoline-event",
    "data-id": event.id,
    role: "img",
    "aria-label": event.name
  }, children);
}

/**
 * A chevron beyond the start (-1) or end (+1) of a mark along the time axis: the
 * span goes on past the view, or has no known end.
 */
function chevron(mark: Box, orientation: Orientation, direction: 1 | -1): string {
  if (orientation === "horizontal") {
    const x = direction < 0 ? mark.x : mark.x + mark.width;
    const tip = x + direction * OPEN_END_LENGTH;
    return pathOf([[x, mark.y], [tip, mark.y + mark.height / 2], [x, mark.y + mark.height]], true);
  }
  const y = direction < 0 ? mark.y : mark.y + mark.height;
  const tip = y + direction * OPEN_END_LENGTH;
  return pathOf([[mark.x, y], [mark.x + mark.width / 2, tip], [mark.x + mark.width, y]], true);
}

/**
 * Clusters: a "+12" badge standing for events that had no room, with their ids
 * (as a JSON array, since ids may hold any character) and a name that counts them.
 */
export function drawClusters(scene: Scene, theme: Theme): VNode {
  return h("g", "clusters", {class: "chronoline-clusters"}, scene.clusters.map((cluster) => {
    const color = theme.palette[cluster.series % theme.palette.length]!;
    return reusable(h("g", `cluster:${cluster.id}`, {
      class: "chronoline-cluster",
      "data-ids": JSON.stringify(cluster.ids),
      "data-start": cluster.start,
      "data-end": cluster.end,
      role: "img",
      "aria-label": cluster.name
    }, [
      h("title", "title", {}, cluster.name),
      h("rect", "badge", {
        class: `chronoline-cluster-badge chronoline-series-${cluster.series}`,
        x: cluster.box.x,
        y: cluster.box.y,
        width: cluster.box.width,
        height: cluster.box.height,
        rx: cluster.box.height / 2,
        fill: color,
        "fill-opacity": 0.2,
        stroke: color
      }),
      drawLabel(cluster.label, "chronoline-cluster-label", theme, "label")
    ]));
  }));
}

/** Dark or light text, whichever reads better on a solid mark of this colour. */
function textOn(color: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(color);
  if (!hex) return "#ffffff";
  const [r, g, b] = hex.slice(1).map((h) => Number.parseInt(h, 16) / 255) as [number, number, number];
  // Relative luminance (WCAG) with the sRGB curve approximated by a square.
  const luminance = 0.2126 * r * r + 0.7152 * g * g + 0.0722 * b * b;
  return luminance > 0.3 ? "#1b1e23" : "#ffffff";
}

