import type {Scene} from "../layout/scene.js";
import type {Theme} from "./theme.js";
import {h, pathOf, type VNode} from "./vnode.js";

/** Annotation callouts: connector, note box, wrapped lines. */
export function drawAnnotations(scene: Scene, theme: Theme): VNode {
  return h("g", "annotations", {class: "chronoline-annotations"}, scene.annotations.map((note) =>
    h("g", `note:${note.id}`, {class: "chronoline-annotation", "data-id": note.id, role: "note", "aria-label": note.name}, [
      h("path", "connector", {class: "chronoline-connector", d: pathOf(note.connector), fill: "none", stroke: theme.connector}),
      h("circle", "anchor", {
        class: "chronoline-connector-end",
        cx: note.connector[note.connector.length - 1]![0],
        cy: note.connector[note.connector.length - 1]![1],
        r: 2,
        fill: theme.connector
      }),
      h("rect", "box", {
        class: "chronoline-note",
        x: note.box.x,
        y: note.box.y,
        width: note.box.width,
        height: note.box.height,
        rx: 3,
        fill: theme.noteFill,
        stroke: theme.noteStroke
      }),
      h("text", "text", {class: "chronoline-note-text", fill: theme.text}, note.lines.map((line, i) =>
        h("tspan", `line:${i}`, {x: line.x, y: line.y}, line.text)
      ))
    ])
  ));
}

/** Relations: a curve from one event to another, ending in an arrowhead. */
export function drawRelations(scene: Scene, theme: Theme): VNode {
  return h("g", "relations", {class: "chronoline-relations"}, scene.relations.map((relation) =>
    h("g", `relation:${relation.id}`, {
      class: "chronoline-relation",
      "data-from": relation.from,
      "data-to": relation.to,
      "data-type": relation.type,
      role: "img",
      "aria-label": relation.name
    }, [
      h("title", "title", {}, relation.name),
      h("path", "curve", {class: "chronoline-relation-line", d: relation.path, fill: "none", stroke: theme.relation, "stroke-width": 1.25}),
      h("path", "arrow", {class: "chronoline-relation-arrow", d: pathOf(relation.arrow, true), fill: theme.relation})
    ])
  ));
}

