import type {LayoutCache} from "../layout/layoutCache.js";
import {layoutTimeline, type LayoutView} from "../layout/layoutTimeline.js";
import type {LayoutMetrics} from "../layout/metrics.js";
import type {Scene} from "../layout/scene.js";
import type {Timeline} from "../model/types.js";
import {drawScene} from "../render/drawScene.js";
import {renderInto} from "../render/reconcile.js";
import type {Theme} from "../render/theme.js";
import {metricsFromStyle} from "./cssMetrics.js";
import {decorateInteraction, type InteractionState} from "./decorate.js";
import type {InstanceOptions} from "./instanceOptions.js";
import type {MarkCanvas} from "./markCanvas.js";

const DEFAULT_WIDTH = 900;
/**
 * Above this many drawn events the marks go to a canvas and each event becomes a
 * single SVG node (its label): the DOM then stays within a few thousand nodes
 * however many events the view holds, since the layout folds the rest into
 * clusters and density strips.
 */
const CANVAS_THRESHOLD = 300;

/**
 * The drawing in the timeline's frame: a window of time laid out at the
 * container's size, then drawn with the interactive layer (focus, selection,
 * hover) on top, its marks on a canvas when the view is crowded.
 */
export class TimelineDrawing {
  /** The width laid out last, px; 0 before the first layout. */
  width = 0;
  /**
   * A vertical timeline without a fixed height is as tall as its visible events
   * need; while zooming, that height stays put (zoom needs a steady extent).
   */
  private pinnedHeight: number | null = null;
  /** Spacing read from the page's custom properties, on each update and resize (not per zoom frame). */
  private styleMetrics: Partial<LayoutMetrics> = {};

  constructor(
    private readonly container: Element,
    private readonly frame: HTMLDivElement,
    private readonly svg: SVGSVGElement,
    private readonly marks: MarkCanvas,
    private readonly cache: LayoutCache
  ) {}

  /**
   * Lays out a window at the container's width. `fromZoom` for a zoom frame at
   * an unchanged width: the page's spacing and the pinned height are kept.
   */
  layout(timeline: Timeline, window: [number, number], options: InstanceOptions, fromZoom: boolean): Scene {
    const width = options.width ?? (this.container.clientWidth > 0 ? this.container.clientWidth : DEFAULT_WIDTH);
    if (width !== this.width || !fromZoom) {
      this.pinnedHeight = null;
      this.styleMetrics = metricsFromStyle(this.frame);
      this.marks.restyle();
    }
    this.width = width;
    const scene = layoutTimeline(timeline, this.viewOf(window, options));
    if (scene.orientation === "vertical" && options.height === null) this.pinnedHeight ??= scene.height;
    return scene;
  }

  /** The layout's view of a window at the current size: one place, so trial layouts match what is drawn. */
  viewOf(window: [number, number], options: InstanceOptions): LayoutView {
    const width = this.width || DEFAULT_WIDTH;
    return {
      width,
      domain: window,
      cache: this.cache,
      metrics: {...this.styleMetrics, maxRows: options.maxRows},
      orientation: options.orientation ?? (width < options.breakpoint ? "vertical" : "horizontal"),
      ...(options.height !== null ? {height: options.height} : this.pinnedHeight !== null && {height: this.pinnedHeight}),
      ...(options.measureText !== null && {measureText: options.measureText})
    };
  }

  /** Draws a scene with the focus, selection and hover of `state`: no new layout. */
  draw(scene: Scene, timeline: Timeline, state: InteractionState, theme: Theme): void {
    const drawing = drawScene(scene, theme);
    const compact = scene.events.length > CANVAS_THRESHOLD;
    renderInto(this.frame, decorateInteraction(drawing, scene, state, relatedIds(timeline, state), theme, compact));
    this.frame.classList.toggle("chronoline-frame--dark", theme.name === "dark");
    if (compact) this.marks.draw(scene, this.svg, theme);
    else this.marks.hide();
  }
}

/** The events related to the hovered event, or else to the selected one. */
function relatedIds(timeline: Timeline, state: InteractionState): Set<string> {
  const active = state.hoveredId ?? state.selectedId;
  const related = new Set<string>();
  if (active === null) return related;
  for (const relation of timeline.relations) {
    if (relation.from === active) related.add(relation.to);
    if (relation.to === active) related.add(relation.from);
  }
  return related;
}
