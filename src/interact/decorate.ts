import type {Box, Scene, SceneEvent} from "../layout/scene.js";
import type {Theme} from "../render/theme.js";
import {h, type VNode} from "../render/vnode.js";

/** What the interactive timeline shows on top of the drawing. */
export interface InteractionState {
  /** The event holding the roving tab stop. */
  focusedId: string | null;
  /** The event whose details are open. */
  selectedId: string | null;
  /** The event under the pointer. */
  hoveredId: string | null;
}

const RING_PADDING = 3;

/**
 * Adds the interactive layer to a drawing: one tab stop over the events (roving
 * tabindex), events as buttons that open a dialog, a focus ring around mark and
 * label (shown by the stylesheet on focus), and classes that mark the selected
 * and hovered events and everything related to them. Works on the drawing, so
 * the static drawing stays exactly what `renderToSVG` writes.
 */
export function decorateInteraction(
  root: VNode,
  scene: Scene,
  state: InteractionState,
  relatedIds: ReadonlySet<string>,
  theme: Theme,
  compact = false
): VNode {
  const sceneEvents = new Map(scene.events.map((event) => [event.id, event]));
  // The tab stop stays on the focused event if it is drawn, else on the first drawn.
  const tabStop = state.focusedId !== null && sceneEvents.has(state.focusedId) ? state.focusedId : firstInTime(scene);
  return {
    ...root,
    // Browsers may make the drawing itself a tab stop; the one stop is the roving event.
    attrs: {...root.attrs, tabindex: "-1"},
    children: root.children?.map((group) => {
      if (group.key === "events") {
        const decorated = group.children?.map((node) => decorateEvent(node, sceneEvents, state, tabStop, relatedIds, theme)) ?? [];
        return {...group, children: compact ? decorated.map(compactEvent) : decorated};
      }
      if (group.key === "relations") return {...group, children: group.children?.map((node) => decorateRelation(node, state))};
      return group;
    })
  };
}

function decorateEvent(
  node: VNode,
  sceneEvents: ReadonlyMap<string, SceneEvent>,
  state: InteractionState,
  tabStop: string | null,
  relatedIds: ReadonlySet<string>,
  theme: Theme
): VNode {
  const id = node.attrs["data-id"]!;
  const event = sceneEvents.get(id);
  if (!event) return node;
  const classes = [node.attrs.class];
  if (id === state.selectedId) classes.push("chronoline-selected");
  if (id === state.hoveredId) classes.push("chronoline-hovered");
  if (relatedIds.has(id)) classes.push("chronoline-related");
  // Only the event that can hold focus, and the selected one, need a ring: one
  // per event would double the nodes of a crowded view.
  const needsRing = id === tabStop || id === state.selectedId;
  const ring = ringBox(event);
  return {
    ...node,
    attrs: {
      ...node.attrs,
      class: classes.join(" "),
      role: "button",
      "aria-haspopup": "dialog",
      "aria-expanded": String(id === state.selectedId),
      tabindex: id === tabStop ? "0" : "-1"
    },
    children: !needsRing ? node.children ?? [] : [
      ...(node.children ?? []),
      h("rect", "focus-ring", {
        class: "chronoline-focus-ring",
        x: ring.x,
        y: ring.y,
        width: ring.width,
        height: ring.height,
        rx: 4,
        fill: "none",
        stroke: theme.text,
        "stroke-width": 2,
        visibility: "hidden"
      })
    ]
  };
}

/**
 * An event as a single node, for crowded views whose marks a canvas draws: its
 * label carries the group's identity, name, role and tab stop, and the focus
 * ring follows it. The accessible name stays in `aria-label`; the `<title>`
 * (a native tooltip) gives way to the timeline's own tooltip.
 */
function compactEvent(node: VNode): VNode {
  const label = node.children?.find((child) => child.key === "label");
  const ring = node.children?.find((child) => child.key === "focus-ring");
  if (!label) return node;
  const {class: groupClass, ...identity} = node.attrs;
  const text: VNode = {...label, key: node.key, attrs: {...label.attrs, ...identity, class: `${groupClass} ${label.attrs.class}`}};
  // A ring needs a group to sit in beside the text.
  return ring ? {...node, children: [ring, {...label, key: "label"}]} : text;
}

function decorateRelation(node: VNode, state: InteractionState): VNode {
  const active = state.hoveredId ?? state.focusedId;
  if (active === null || (node.attrs["data-from"] !== active && node.attrs["data-to"] !== active)) return node;
  return {...node, attrs: {...node.attrs, class: `${node.attrs.class} chronoline-related`}};
}

/** The smallest box around an event's mark and label, padded. */
function ringBox(event: SceneEvent): Box {
  const boxes = [event.mark, event.label.box];
  const x0 = Math.min(...boxes.map((b) => b.x)) - RING_PADDING;
  const y0 = Math.min(...boxes.map((b) => b.y)) - RING_PADDING;
  const x1 = Math.max(...boxes.map((b) => b.x + b.width)) + RING_PADDING;
  const y1 = Math.max(...boxes.map((b) => b.y + b.height)) + RING_PADDING;
  return {x: x0, y: y0, width: x1 - x0, height: y1 - y0};
}

/** The drawn event earliest along the time axis. */
function firstInTime(scene: Scene): string | null {
  const along = scene.orientation === "horizontal" ? 0 : 1;
  let first: SceneEvent | undefined;
  for (const event of scene.events) if (!first || event.anchor[along] < first.anchor[along]) first = event;
  return first?.id ?? null;
}
