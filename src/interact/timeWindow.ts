import {select, type Selection} from "d3-selection";
import "d3-transition";
import {zoom, type D3ZoomEvent, type ZoomBehavior} from "d3-zoom";
import type {Scene} from "../layout/scene.js";
import {clampWindow, transformFor, windowOf} from "./zoomMath.js";

export interface TimeWindowListeners {
  /** d3-zoom moved the window: a gesture, a frame of an animation, or a move asked for in code. */
  moved(userInput: boolean): void;
  /** A gesture or an animation ended. */
  settled(): void;
}

const ANIMATION_MS = 500;

/** The plot's extent along the time axis, [a, b] in px: what d3-zoom's transform applies to. */
export function timeRange(scene: Scene): [number, number] {
  const {plot} = scene;
  return scene.orientation === "vertical" ? [plot.y, plot.y + plot.height] : [plot.x, plot.x + plot.width];
}

/**
 * The window of time in view, and d3-zoom on the drawing that moves it: wheel,
 * drag and pinch gestures, moves animated unless the user prefers reduced
 * motion, zoom and pan kept to the data, and a teardown that also ends a mouse
 * drag under way.
 */
export class TimeWindow {
  private spanned: [number, number] = [0, 1];
  private shown: [number, number] = [0, 1];
  /** The user (or a call) chose the window: it survives new data. */
  private zoomed = false;
  /** Set while the overview's brush drives the zoom, so its zoom events count as user input. */
  private brushing = false;
  /** A mouse drag of d3-zoom is under way: it has listeners on the window until mouseup. */
  private mouseGesture = false;
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  /** The scene drawn now: the transform maps time onto its plot. */
  private scene!: Scene;
  private destroyed = false;

  constructor(private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>, private readonly listeners: TimeWindowListeners) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      .on("start", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (event.sourceEvent?.type === "mousedown") this.mouseGesture = true;
      })
      .on("end", () => {
        this.mouseGesture = false;
        listeners.settled();
      })
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.followZoom(event));
    svg.call(this.behavior);
    // d3-zoom sets this inline; the stylesheet does it instead.
    svg.style("-webkit-tap-highlight-color", null);
  }

  /** What the data spans, [start, end] in epoch ms. */
  get extent(): [number, number] {
    return this.spanned;
  }

  /** What is in view, [start, end] in epoch ms. */
  get current(): [number, number] {
    return this.shown;
  }

  /**
   * New data spans `extent`: shows `domain` if given; else a window the user
   * chose survives (within the extent), otherwise everything is shown.
   * Whether the window moved.
   */
  setExtent(extent: [number, number], domain: [number, number] | null): boolean {
    this.spanned = extent;
    const before = this.shown;
    this.shown = domain ?? (this.zoomed ? clampWindow(this.shown, extent) : extent);
    return before[0] !== this.shown[0] || before[1] !== this.shown[1];
  }

  /** Shows a window at once and without an event (d3-zoom's transform follows on the next `fit`). */
  jumpTo(window: [number, number]): void {
    this.shown = clampWindow(window, this.spanned);
    this.zoomed = true;
  }

  /** Moves to a window within the extent, animated when `animate` and the user does not prefer reduced motion. */
  zoomTo(window: [number, number], animate: boolean): void {
    const transform = transformFor(clampWindow(window, this.extent), this.extent, timeRange(this.scene), this.vertical());
    if (animate && !this.prefersReducedMotion()) {
      this.svg.transition().duration(ANIMATION_MS).call(this.behavior.transform, transform);
    } else {
      this.svg.call(this.behavior.transform, transform);
    }
  }

  /** Runs a move the overview's brush asked for: its zoom events count as user input. */
  brush(move: () => void): void {
    this.brushing = true;
    try {
      move();
    } finally {
      this.brushing = false;
    }
  }

  /** Zooms by `factor` around a point of the drawing; a quicker animation, as for a key press. */
  scaleBy(factor: number, point: [number, number]): void {
    if (this.prefersReducedMotion()) this.svg.call(this.behavior.scaleBy, factor, point);
    else this.svg.transition().duration(ANIMATION_MS / 2).call(this.behavior.scaleBy, factor, point);
  }

  /**
   * After each layout: keeps zoom and pan to the plot of `scene`, zooming in no
   * further than a window `narrowest` ms wide. `fromZoom` when d3-zoom's
   * transform already shows the window.
   */
  fit(scene: Scene, narrowest: number, fromZoom: boolean): void {
    this.scene = scene;
    const [a, b] = timeRange(scene);
    const vertical = this.vertical();
    const {width, height} = scene;
    const span = this.extent[1] - this.extent[0];
    this.behavior
      .extent(vertical ? [[0, a], [width, b]] : [[a, 0], [b, height]])
      .scaleExtent([1, Math.max(1, span / narrowest)])
      .translateExtent(vertical ? [[-Infinity, a], [Infinity, b]] : [[a, -Infinity], [b, Infinity]]);
    // Keep d3-zoom's transform in step with a window set some other way (new data,
    // a resize, keyboard focus). Setting the stored transform directly, as d3-zoom
    // allows, emits no event and interrupts nothing.
    if (!fromZoom) this.svg.property("__zoom", transformFor(this.current, this.extent, [a, b], vertical));
  }

  destroy(): void {
    this.destroyed = true;
    this.svg.interrupt();
    this.svg.on(".zoom", null);
    if (this.mouseGesture) endMouseGesture(this.svg.node()!.ownerDocument.defaultView);
  }

  /** d3-zoom changed its transform: the window follows. */
  private followZoom(event: D3ZoomEvent<SVGSVGElement, unknown>): void {
    // A drag that began before destroy() ends at the next mouseup; nothing to draw until then.
    if (this.destroyed) return;
    const window = windowOf(event.transform, this.extent, timeRange(this.scene), this.vertical());
    if (!(window[1] > window[0])) return;
    this.shown = window;
    this.zoomed = event.transform.k !== 1 || event.transform.x !== 0 || event.transform.y !== 0;
    this.listeners.moved(Boolean(event.sourceEvent) || this.brushing);
  }

  private vertical(): boolean {
    return this.scene.orientation === "vertical";
  }

  private prefersReducedMotion(): boolean {
    return this.svg.node()!.ownerDocument.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  }
}

/**
 * Ends a mouse drag of d3-zoom at once: its listeners on the window (namespaced
 * ".zoom", and ".drag" for the text-selection guard) would otherwise stay until
 * the button is released. Only one mouse drag runs at a time on a page.
 */
function endMouseGesture(view: Window | null): void {
  if (!view) return;
  select(view as unknown as Element).on(".zoom", null).on(".drag", null);
}
