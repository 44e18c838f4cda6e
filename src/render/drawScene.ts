import type {Scene} from "../layout/scene.js";
import {drawClusters, drawEvents} from "./drawEvents.js";
import {drawDensity} from "./drawDensity.js";
import {drawAxis, drawEras, drawLanes, drawMarkers} from "./drawDecor.js";
import {drawAnnotations, drawRelations} from "./drawNotes.js";
import {drawLabel} from "./drawText.js";
import type {Theme} from "./theme.js";
import {h, num, type VNode} from "./vnode.js";

export const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

/**
 * The whole drawing of a Scene, back to front: background, eras, lanes, axis and
 * grid, markers, relations, events, annotations. Presentation attributes carry the
 * theme so a standalone SVG needs no stylesheet; chronoline.css overrides them.
 */
export function drawScene(scene: Scene, theme: Theme): VNode {
  return h("svg", "root", {
    xmlns: SVG_NAMESPACE,
    class: `chronoline chronoline--${theme.name}`,
    width: scene.width,
    height: scene.height,
    viewBox: `0 0 ${num(scene.width)} ${num(scene.height)}`,
    role: "group",
    "aria-label": scene.name,
    "font-family": theme.fontFamily,
    "font-size": 12
  }, [
    h("title", "title", {}, scene.name),
    h("rect", "background", {class: "chronoline-background", width: scene.width, height: scene.height, fill: theme.background}),
    drawEras(scene, theme),
    drawLanes(scene, theme),
    drawAxis(scene, theme),
    drawMarkers(scene, theme),
    drawRelations(scene, theme),
    drawEvents(scene, theme),
    drawClusters(scene, theme),
    drawDensity(scene, theme),
    drawAnnotations(scene, theme),
    ...(scene.emptyMessage ? [drawLabel(scene.emptyMessage, "chronoline-empty", theme, "empty", theme.mutedText)] : [])
  ]);
}
