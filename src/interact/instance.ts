import {select, type Selection} from "d3-selection";
import "d3-transition";
import {zoom as d3zoom, type D3ZoomEvent, type ZoomBehavior} from "d3-zoom";
import {TimelineError, type TimelineWarning} from "../model/errors.js";
import {parseTimeline} from "../model/parseTimeline.js";
import type {Timeline, TimelineEvent} from "../model/types.js";
import {dataDomain} from "../layout/domain.js";
import {LayoutCache} from "../layout/layoutCache.js";
import {layoutTimeline, type LayoutView} from "../layout/layoutTimeline.js";
import type {MeasureText} from "../layout/measureText.js";
import type {Orientation, Scene, SceneEvent} from "../layout/scene.js";
import {drawScene} from "../render/drawScene.js";
import {renderInto} from "../render/reconcile.js";
import {themes, type ThemeName} from "../render/theme.js";
import {toSvgString} from "../render/toSvgString.js";
import type {TimelineData} from "../render/timeline.js";
import {decorateInteraction, type InteractionState} from "./decorate.js";
import {DetailsCard} from "./detailsCard.js";
import {TimelineDispatcher} from "./dispatcher.js";
import {element, placeWithin} from "./dom.js";
import {EventTable} from "./eventTable.js";
import {stepAcrossLanes, stepInTime} from "./navigation.js";
import {Overview} from "./overview.js";
import {checkWindow, clampWindow, narrowestWindow, padWindow, transformFor, windowOf} from "./zoomMath.js";
import {metricsFromStyle} from "./cssMetrics.js";
import {DensityHits} from "./densityHits.js";
import {MarkCanvas} from "./markCanvas.js";
import {MarkHits} from "./markHits.js";
import type {LayoutMetrics} from "../layout/metrics.js";

/** Everything the interactive timeline is configured with; see the component's accessors. */
export interface InstanceOptions {
  width: number | null;
  height: number | null;
  locale: string | null;
  timeZone: string | null;
  theme: ThemeName;
  maxRows: number;
  domain: [number, number] | null;
  strict: boolean;
  measureText: MeasureText | null;
  /** Which way time runs; null: vertical below `breakpoint`. */
  orientation: Orientation | null;
  /** Below this width (px) time runs down the screen. */
  breakpoint: number;
  overview: boolean;
}

const DEFAULT_WIDTH = 900;
/**
 * Above this many drawn events the marks go to a canvas and each event becomes a
 * single SVG node (its label): the DOM then stays within a few thousand nodes
 * however many events the view holds, since the layout folds the rest into
 * clusters and density strips.
 */
const CANVAS_THRESHOLD = 300;
const ANIMATION_MS = 500;

/**
 * One interactive timeline in one container: the drawing, zoom and pan on the
 * time axis, the overview band, keyboard navigation, the details card, the
 * tooltip, the live region and the table alternative. It keeps the view state
 * (visible window, focus, selection, hover) and lays the timeline out again for
 * every change, so labels and clusters always fit what is shown.
 */
export class TimelineInstance {
  private readonly frame: HTMLDivElement;
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly card: DetailsCard;
  private readonly table: EventTable;
  private readonly marks: MarkCanvas;
  /** Hit testing on canvas-drawn marks of the current scene, built when first needed. */
  private markHits: MarkHits | null = null;
  private readonly tooltip: HTMLDivElement;
  private readonly live: HTMLDivElement;
  private readonly zoom: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly cache = new LayoutCache();
  private overview: Overview | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private frameRequest = 0;
  private tableTimer = 0;
  private options!: InstanceOptions;
  private timeline!: Timeline;
  private eventsById = new Map<string, TimelineEvent>();
  /** Hit testing on the density strips of the current scene, built when first needed. */
  private densityHits: DensityHits | null = null;
  private scene!: Scene;
  private extent: [number, number] = [0, 1];
  private window: [number, number] = [0, 1];
  private zoomed = false;
  /** A mouse drag of d3-zoom is under way: it has listeners on the window until mouseup. */
  private mouseGesture = false;
  /** Set while the overview's brush drives the zoom, so its zoom events count as user input. */
  private brushing = false;
  private renderedWidth = 0;
  /**
   * A vertical timeline without a fixed height is as tall as its visible events
   * need; while zooming, that height stays put (zoom needs a steady extent).
   */
  private pinnedHeight: number | null = null;
  /** Spacing read from the page's custom properties, on each update and resize (not per zoom frame). */
  private styleMetrics: Partial<LayoutMetrics> = {};
  private state: InteractionState = {focusedId: null, selectedId: null, hoveredId: null};
  private warnings: TimelineWarning[] = [];
  private destroyed = false;
  private readonly removeListeners: (() => void)[] = [];
  /** Removes the document listener that closes the card on a click outside it, while the card is open. */
  private stopOutsideClicks: (() => void) | null = null;

  constructor(private readonly container: Element, private readonly dispatcher: TimelineDispatcher) {
    const document = container.ownerDocument;
    this.frame = element(document, "div", "chronoline-frame");
    container.append(this.frame);
    // The drawing itself; renderInto finds and updates it.
    renderInto(this.frame, {tag: "svg", key: "root", attrs: {class: "chronoline"}});
    this.svg = select(this.frame.querySelector<SVGSVGElement>("svg.chronoline")!);
    this.tooltip = element(document, "div", "chronoline-tooltip");
    this.tooltip.setAttribute("role", "tooltip");
    this.tooltip.hidden = true;
    this.live = element(document, "div", "chronoline-live chronoline-visually-hidden");
    this.live.setAttribute("aria-live", "polite");
    this.frame.append(this.tooltip, this.live);
    this.card = new DetailsCard(this.frame, {focusEvent: (id) => this.focus(id), close: () => this.closeDetails(true)});
    this.marks = new MarkCanvas(this.frame);
    this.table = new EventTable(this.frame);
    this.zoom = d3zoom<SVGSVGElement, unknown>()
      .on("start", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (event.sourceEvent?.type === "mousedown") this.mouseGesture = true;
      })
      .on("end", () => {
        this.mouseGesture = false;
        // The table follows the view once a gesture or an animation ends, not on every frame.
        this.scheduleTableUpdate();
      })
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.zoomed_(event));
    this.svg.call(this.zoom);
    // d3-zoom sets this inline; the stylesheet does it instead.
    this.svg.style("-webkit-tap-highlight-color", null);
    this.listen(this.svg.node()!, "click", (event) => this.clicked(event as MouseEvent));
    this.listen(this.svg.node()!, "keydown", (event) => this.keyPressed(event as KeyboardEvent));
    this.listen(this.svg.node()!, "focusin", (event) => this.focusedIn(event));
    this.listen(this.svg.node()!, "pointerover", (event) => this.pointerOver(event as PointerEvent));
    // On a density strip, or over canvas-drawn marks, the event under the pointer
    // changes without the pointer leaving an element.
    this.listen(this.svg.node()!, "pointermove", (event) => {
      const onStrip = (event.target as Element | null)?.classList?.contains("chronoline-density-strip");
      if (onStrip || !this.marks.node.hidden) this.pointerOver(event as PointerEvent);
    });
    this.listen(this.svg.node()!, "pointerleave", () => this.hover(null));
    this.listen(this.card.node, "keydown", (event) => {
      if ((event as KeyboardEvent).key === "Escape") this.closeDetails(true);
    });
    const view = document.defaultView;
    if (view?.ResizeObserver) {
      this.resizeObserver = new view.ResizeObserver(() => this.scheduleResize());
      this.resizeObserver.observe(container);
    }
  }

  /** Reads new data and options and draws them. */
  update(input: TimelineData, options: InstanceOptions): void {
    this.assertAlive("update");
    this.options = options;
    this.warnings = [];
    const timeline = parseTimeline(input, {
      strict: options.strict,
      ...(options.timeZone !== null && {timeZone: options.timeZone}),
      ...(options.locale !== null && {locale: options.locale}),
      onWarning: (warning) => {
        this.warnings.push(warning);
        this.dispatcher.emit("warning", warning);
      }
    });
    this.timeline = timeline;
    this.eventsById = new Map(timeline.events.map((event) => [event.id, event]));
    this.extent = dataDomain(timeline);
    // A window the user chose survives new data; otherwise show everything.
    const before = this.window;
    this.window = options.domain ?? (this.zoomed ? clampWindow(this.window, this.extent) : this.extent);
    const moved = before[0] !== this.window[0] || before[1] !== this.window[1];
    const events = new Set(timeline.events.map((event) => event.id));
    for (const key of ["focusedId", "selectedId", "hoveredId"] as const) {
      if (this.state[key] !== null && !events.has(this.state[key]!)) this.state = {...this.state, [key]: null};
    }
    if (this.state.selectedId === null && this.card.isOpen) this.card.hide();
    this.render();
    this.updateTable();
    // New data can move the window (a first draw, a wider extent): say so, like any zoom.
    if (moved) this.dispatcher.emit("zoom", {domain: [this.window[0], this.window[1]], userInput: false});
  }

  warningsOfLastUpdate(): readonly TimelineWarning[] {
    return this.warnings;
  }

  /** The visible window of time, [start, end] in epoch ms. */
  domain(): [number, number] {
    this.assertAlive("domain");
    return [this.window[0], this.window[1]];
  }

  /** Shows a window of time, or an event, animated unless the user prefers reduced motion. */
  zoomTo(target: [number, number] | string, {animate = true}: {animate?: boolean} = {}): void {
    this.assertAlive("zoomTo");
    const window = typeof target === "string" ? this.windowShowing(target) : checkWindow(target);
    const transform = transformFor(clampWindow(window, this.extent), this.extent, this.range(), this.vertical());
    if (animate && !this.prefersReducedMotion()) {
      this.svg.transition().duration(ANIMATION_MS).call(this.zoom.transform, transform);
    } else {
      this.svg.call(this.zoom.transform, transform);
    }
  }

  /** Opens the details of an event (null closes them). */
  select(id: string | null): void {
    this.assertAlive("select");
    if (id === null) {
      this.closeDetails(false);
      return;
    }
    const event = this.eventById(id);
    if (!event) throw new TimelineError("UNKNOWN_EVENT", `select(): no event with id ${JSON.stringify(id.slice(0, 60))}`);
    this.showEvent(id);
    this.state = {...this.state, selectedId: id, focusedId: id};
    this.redraw();
    const drawn = this.scene.events.find((e) => e.id === id);
    const at = drawn ? {x: drawn.mark.x, y: drawn.mark.y + drawn.mark.height + 8} : {x: 8, y: 8};
    this.card.open(event, this.cache.name(event, this.labels()).dateLabel, this.timeline, at);
    this.watchOutsideClicks();
    this.dispatcher.emit("select", {event});
  }

  /** Moves keyboard focus to an event, bringing it into view first. */
  focus(id: string): void {
    this.assertAlive("focus");
    const event = this.eventById(id);
    if (!event) throw new TimelineError("UNKNOWN_EVENT", `focus(): no event with id ${JSON.stringify(id.slice(0, 60))}`);
    if (this.card.isOpen) this.closeDetails(false);
    this.showEvent(id);
    this.state = {...this.state, focusedId: id};
    this.redraw();
    this.eventNode(id)?.focus();
    this.live.textContent = this.cache.name(event, this.labels()).name;
    this.dispatcher.emit("focus", {event});
  }

  /** The current view as a standalone SVG document, without the interactive layer. */
  toSVG(): string {
    this.assertAlive("toSVG");
    return toSvgString(drawScene(this.scene, themes[this.options.theme]));
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.svg.interrupt();
    this.svg.on(".zoom", null);
    if (this.mouseGesture) endMouseGesture(this.container.ownerDocument.defaultView);
    for (const remove of this.removeListeners.splice(0)) remove();
    this.stopOutsideClicks?.();
    this.stopOutsideClicks = null;
    this.resizeObserver?.disconnect();
    if (this.frameRequest) this.container.ownerDocument.defaultView?.cancelAnimationFrame(this.frameRequest);
    if (this.tableTimer) this.container.ownerDocument.defaultView?.clearTimeout(this.tableTimer);
    this.overview?.destroy();
    this.marks.destroy();
    this.frame.remove();
  }

  /**
   * Lays out and draws the current window. `fromZoom` when d3-zoom's transform
   * already shows it (a zoom event): then the transform is left alone, since
   * setting it would interrupt a running zoom transition.
   */
  private render(fromZoom = false): void {
    const width = this.options.width ?? (this.container.clientWidth > 0 ? this.container.clientWidth : DEFAULT_WIDTH);
    if (width !== this.renderedWidth || !fromZoom) {
      this.pinnedHeight = null;
      this.styleMetrics = metricsFromStyle(this.frame);
      this.marks.restyle();
    }
    this.renderedWidth = width;
    this.scene = layoutTimeline(this.timeline, this.layoutView(this.window));
    this.densityHits = null;
    this.markHits = null;
    if (this.scene.orientation === "vertical" && this.options.height === null) this.pinnedHeight ??= this.scene.height;
    this.redraw();
    this.updateZoomBounds(fromZoom);
    this.updateOverview(width, this.scene.orientation);
  }

  /** The layout's view of a window at the current size: one place, so trial layouts match what is drawn. */
  private layoutView(window: [number, number]): LayoutView {
    const width = this.renderedWidth || DEFAULT_WIDTH;
    return {
      width,
      domain: window,
      cache: this.cache,
      metrics: {...this.styleMetrics, maxRows: this.options.maxRows},
      orientation: this.options.orientation ?? (width < this.options.breakpoint ? "vertical" : "horizontal"),
      ...(this.options.height !== null ? {height: this.options.height} : this.pinnedHeight !== null && {height: this.pinnedHeight}),
      ...(this.options.measureText !== null && {measureText: this.options.measureText})
    };
  }

  /** Draws the current scene again with the current focus, selection and hover: no new layout. */
  private redraw(): void {
    const theme = themes[this.options.theme];
    const drawing = drawScene(this.scene, theme);
    const compact = this.scene.events.length > CANVAS_THRESHOLD;
    renderInto(this.frame, decorateInteraction(drawing, this.scene, this.state, this.relatedIds(), theme, compact));
    this.frame.classList.toggle("chronoline-frame--dark", theme.name === "dark");
    if (compact) this.marks.draw(this.scene, this.svg.node()!, theme);
    else this.marks.hide();
  }

  private updateZoomBounds(fromZoom: boolean): void {
    const [a, b] = this.range();
    const vertical = this.vertical();
    const {width, height} = this.scene;
    const span = this.extent[1] - this.extent[0];
    this.zoom
      .extent(vertical ? [[0, a], [width, b]] : [[a, 0], [b, height]])
      .scaleExtent([1, Math.max(1, span / this.cache.perTimeline(this.timeline, "narrowestWindow", () => narrowestWindow(this.timeline)))])
      .translateExtent(vertical ? [[-Infinity, a], [Infinity, b]] : [[a, -Infinity], [b, Infinity]]);
    // Keep d3-zoom's transform in step with a window set some other way (new data,
    // a resize, keyboard focus). Setting the stored transform directly, as d3-zoom
    // allows, emits no event and interrupts nothing.
    if (!fromZoom) this.svg.property("__zoom", transformFor(this.window, this.extent, [a, b], vertical));
  }

  private updateOverview(width: number, orientation: Orientation): void {
    const wanted = this.options.overview && orientation === "horizontal";
    if (!wanted) {
      this.overview?.destroy();
      this.overview = null;
      return;
    }
    this.overview ??= new Overview(this.frame, (window) => {
      this.brushing = true;
      try {
        this.zoomTo(window, {animate: false});
      } finally {
        this.brushing = false;
      }
    });
    // The overview sits right under the drawing.
    this.svg.node()!.after(this.overview.svg);
    this.overview.update(this.timeline, width, this.extent, themes[this.options.theme]);
    this.overview.showWindow(this.window);
  }

  private zoomed_(event: D3ZoomEvent<SVGSVGElement, unknown>): void {
    // A drag that began before destroy() ends at the next mouseup; nothing to draw until then.
    if (this.destroyed) return;
    const window = windowOf(event.transform, this.extent, this.range(), this.vertical());
    if (!(window[1] > window[0])) return;
    this.window = window;
    this.zoomed = event.transform.k !== 1 || event.transform.x !== 0 || event.transform.y !== 0;
    this.hideTooltip();
    this.render(true);
    this.dispatcher.emit("zoom", {domain: [window[0], window[1]], userInput: Boolean(event.sourceEvent) || this.brushing});
  }

  private clicked(event: MouseEvent): void {
    const target = event.target as Element | null;
    const cluster = target?.closest?.("g.chronoline-cluster");
    if (cluster) {
      const start = Number(cluster.getAttribute("data-start"));
      const end = Number(cluster.getAttribute("data-end"));
      if (Number.isFinite(start) && Number.isFinite(end) && end > start) this.zoomTo(padWindow([start, end]));
      return;
    }
    const folded = this.densityTarget(event);
    const id = folded?.id ?? eventIdOf(target) ?? this.canvasTarget(event);
    if (id !== null) this.select(id);
  }

  private focusedIn(event: Event): void {
    const id = eventIdOf(event.target as Element | null);
    if (id === null || id === this.state.focusedId) return;
    this.state = {...this.state, focusedId: id};
    // Move the tab stop to where focus is now.
    this.redraw();
    const timelineEvent = this.eventById(id);
    if (timelineEvent) {
      this.live.textContent = this.cache.name(timelineEvent, this.labels()).name;
      this.dispatcher.emit("focus", {event: timelineEvent});
    }
  }

  private keyPressed(event: KeyboardEvent): void {
    const current = this.state.focusedId ?? this.scene.events[0]?.id ?? this.timeline.events[0]?.id;
    if (current === undefined) return;
    let handled = true;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowLeft": {
        const next = stepInTime(this.timeline.events, current, event.key === "ArrowRight" ? 1 : -1);
        if (next) this.focus(next.id);
        break;
      }
      case "ArrowDown":
      case "ArrowUp": {
        const next = stepAcrossLanes(this.scene, current, event.key === "ArrowDown" ? 1 : -1);
        if (next) this.focus(next.id);
        break;
      }
      case "Home":
      case "End": {
        const events = this.timeline.events;
        const next = event.key === "Home" ? events[0] : events[events.length - 1];
        if (next) this.focus(next.id);
        break;
      }
      case "+":
      case "=":
      case "-":
      case "_":
        this.zoomAround(current, event.key === "+" || event.key === "=" ? 2 : 0.5);
        break;
      case "Enter":
      case " ":
        this.select(current);
        break;
      case "Escape":
        if (this.card.isOpen) this.closeDetails(true);
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  }

  /** The event whose canvas-drawn mark is under the pointer (crowded views only). */
  private canvasTarget(event: MouseEvent): string | null {
    if (this.marks.node.hidden || eventIdOf(event.target as Element | null) !== null) return null;
    const matrix = this.svg.node()!.getScreenCTM?.();
    if (!matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    this.markHits ??= new MarkHits(this.scene);
    return this.markHits.at(point.x, point.y)?.id ?? null;
  }

  /** The folded event under the pointer on a density strip, if the pointer is on one. */
  private densityTarget(event: MouseEvent): {id: string; samePixel: number} | undefined {
    const target = event.target as Element | null;
    if (!target?.classList?.contains("chronoline-density-strip")) return undefined;
    const matrix = this.svg.node()!.getScreenCTM?.();
    if (!matrix) return undefined;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    this.densityHits ??= new DensityHits(this.scene);
    return this.densityHits.nearest(target.getAttribute("data-lane") ?? "", this.vertical() ? point.y : point.x);
  }

  private pointerOver(event: PointerEvent): void {
    const folded = this.densityTarget(event);
    if (folded) {
      this.showFoldedTooltip(folded, event);
      return;
    }
    const id = eventIdOf(event.target as Element | null) ?? this.canvasTarget(event);
    this.hover(id);
    if (id === null) return;
    const drawn = this.scene.events.find((e) => e.id === id);
    if (!drawn) return;
    this.tooltip.replaceChildren(
      element(this.frame.ownerDocument, "strong", "", drawn.title),
      element(this.frame.ownerDocument, "span", "", drawn.dateLabel)
    );
    this.tooltip.hidden = false;
    placeWithin(this.tooltip, this.frame, drawn.mark.x + drawn.mark.width + 8, drawn.mark.y - 8);
  }

  /** A tooltip for an event drawn only as part of a density strip. */
  private showFoldedTooltip(folded: {id: string; samePixel: number}, event: MouseEvent): void {
    const timelineEvent = this.eventById(folded.id);
    if (!timelineEvent) return;
    if (this.state.hoveredId !== folded.id) {
      this.state = {...this.state, hoveredId: folded.id};
      this.dispatcher.emit("hover", {event: timelineEvent});
    }
    const document = this.frame.ownerDocument;
    const more = folded.samePixel > 1 ? element(document, "span", "chronoline-tooltip-more", `and ${folded.samePixel - 1} more here`) : null;
    this.tooltip.replaceChildren(
      element(document, "strong", "", timelineEvent.title),
      element(document, "span", "", this.cache.name(timelineEvent, this.labels()).dateLabel),
      ...(more ? [more] : [])
    );
    this.tooltip.hidden = false;
    const frame = this.frame.getBoundingClientRect();
    placeWithin(this.tooltip, this.frame, event.clientX - frame.left + 12, event.clientY - frame.top - 36);
  }

  private hover(id: string | null): void {
    if (id === this.state.hoveredId) return;
    if (id === null) this.hideTooltip();
    this.state = {...this.state, hoveredId: id};
    this.redraw();
    this.dispatcher.emit("hover", {event: id === null ? null : this.eventById(id) ?? null});
  }

  private hideTooltip(): void {
    // Every zoom frame hides it: writing `hidden` again would still restyle the frame.
    if (!this.tooltip.hidden) this.tooltip.hidden = true;
  }

  private closeDetails(returnFocus: boolean): void {
    if (!this.card.isOpen && this.state.selectedId === null) return;
    const id = this.card.eventId;
    this.card.hide();
    this.stopOutsideClicks?.();
    this.stopOutsideClicks = null;
    this.state = {...this.state, selectedId: null};
    this.redraw();
    if (returnFocus && id !== null) this.eventNode(id)?.focus();
    this.dispatcher.emit("select", {event: null});
  }

  /** While the card is open, a press anywhere outside it (and outside the events, which reopen it) closes it. */
  private watchOutsideClicks(): void {
    if (this.stopOutsideClicks) return;
    const document = this.container.ownerDocument;
    const pressed = (event: Event) => {
      const target = event.target as Node | null;
      if (target && (this.card.node.contains(target) || eventIdOf(target as Element) !== null)) return;
      this.closeDetails(false);
    };
    document.addEventListener("pointerdown", pressed, true);
    this.stopOutsideClicks = () => document.removeEventListener("pointerdown", pressed, true);
  }

  private zoomAround(id: string, factor: number): void {
    const drawn = this.scene.events.find((e) => e.id === id);
    const point: [number, number] = drawn ? drawn.anchor : [(this.range()[0] + this.range()[1]) / 2, (this.range()[0] + this.range()[1]) / 2];
    if (this.prefersReducedMotion()) this.svg.call(this.zoom.scaleBy, factor, point);
    else this.svg.transition().duration(ANIMATION_MS / 2).call(this.zoom.scaleBy, factor, point);
  }

  /** Makes sure an event is drawn with its label: pans to it, and zooms in while it is clustered. */
  private showEvent(id: string): void {
    if (this.scene.events.some((e) => e.id === id)) return;
    this.window = clampWindow(this.windowShowing(id), this.extent);
    this.zoomed = true;
    this.render();
    this.updateTable();
    this.dispatcher.emit("zoom", {domain: [this.window[0], this.window[1]], userInput: false});
  }

  /** A window around an event, narrowed until the layout gives it a label. */
  private windowShowing(id: string): [number, number] {
    const event = this.eventById(id);
    if (!event) throw new TimelineError("UNKNOWN_EVENT", `no event with id ${JSON.stringify(id.slice(0, 60))}`);
    const {start, end} = event.span;
    const middle = Number.isFinite(start) && Number.isFinite(end) ? (start + end) / 2 : Number.isFinite(start) ? start : end;
    const length = Number.isFinite(end - start) ? end - start : 0;
    let width = Math.max(Math.min(this.window[1] - this.window[0], this.extent[1] - this.extent[0]), length * 1.5);
    const narrowest = narrowestWindow(this.timeline);
    for (let attempt = 0; attempt < 24; attempt++) {
      const window = clampWindow([middle - width / 2, middle + width / 2], this.extent);
      const scene = layoutTimeline(this.timeline, this.layoutView(window));
      if (scene.events.some((e) => e.id === id) || width <= narrowest) return window;
      width = Math.max(narrowest, width / 2, length * 1.2);
    }
    return clampWindow([middle - width / 2, middle + width / 2], this.extent);
  }

  /** Updates the table a moment after the view settles: a run of zoom steps rebuilds it once. */
  private scheduleTableUpdate(): void {
    const view = this.container.ownerDocument.defaultView;
    if (!view || this.destroyed) return;
    if (this.tableTimer) view.clearTimeout(this.tableTimer);
    this.tableTimer = view.setTimeout(() => {
      this.tableTimer = 0;
      if (!this.destroyed) this.updateTable();
    }, 200);
  }

  private updateTable(): void {
    const [start, end] = this.window;
    const inView = this.timeline.events.filter((event) => event.span.end > start && event.span.start < end);
    this.table.update(this.timeline, inView, this.cache, this.labels());
  }

  private relatedIds(): Set<string> {
    const active = this.state.hoveredId ?? this.state.selectedId;
    const related = new Set<string>();
    if (active === null) return related;
    for (const relation of this.timeline.relations) {
      if (relation.from === active) related.add(relation.to);
      if (relation.to === active) related.add(relation.from);
    }
    return related;
  }

  private scheduleResize(): void {
    const view = this.container.ownerDocument.defaultView;
    if (!view || this.frameRequest || this.destroyed) return;
    this.frameRequest = view.requestAnimationFrame(() => {
      this.frameRequest = 0;
      if (this.destroyed || this.options.width !== null) return;
      const width = this.container.clientWidth;
      if (width > 0 && width !== this.renderedWidth) this.render();
    });
  }

  private range(): [number, number] {
    const {plot} = this.scene;
    return this.vertical() ? [plot.y, plot.y + plot.height] : [plot.x, plot.x + plot.width];
  }

  private vertical(): boolean {
    return this.scene.orientation === "vertical";
  }

  private labels(): {locale: string; timeZone: string} {
    return {locale: this.timeline.locale, timeZone: this.timeline.timeZone};
  }

  private eventById(id: string): TimelineEvent | undefined {
    return this.eventsById.get(id);
  }

  /** The drawn group of an event, found by comparing data, never by a selector built from an id. */
  private eventNode(id: string): SVGGElement | null {
    for (const node of this.frame.querySelectorAll<SVGGElement>("svg.chronoline .chronoline-event")) {
      if (node.getAttribute("data-id") === id) return node;
    }
    return null;
  }

  private prefersReducedMotion(): boolean {
    return this.container.ownerDocument.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  }

  private listen(target: EventTarget, type: string, listener: (event: Event) => void): void {
    target.addEventListener(type, listener);
    this.removeListeners.push(() => target.removeEventListener(type, listener));
  }

  private assertAlive(method: string): void {
    if (this.destroyed) throw new TimelineError("DESTROYED", `${method}() called after destroy()`);
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

function eventIdOf(target: Element | null): string | null {
  const group = target?.closest?.(".chronoline-event");
  return group?.getAttribute("data-id") ?? null;
}
