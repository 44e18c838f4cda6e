import {select, type Selection} from "d3-selection";
import {TimelineError, type TimelineWarning} from "../model/errors.js";
import {parseTimeline} from "../model/parseTimeline.js";
import type {Timeline, TimelineEvent} from "../model/types.js";
import {dataDomain} from "../layout/domain.js";
import {LayoutCache} from "../layout/layoutCache.js";
import type {Orientation, Scene} from "../layout/scene.js";
import {drawScene} from "../render/drawScene.js";
import {renderInto} from "../render/reconcile.js";
import {themes} from "../render/theme.js";
import {toSvgString} from "../render/toSvgString.js";
import type {TimelineData} from "../render/timeline.js";
import type {InteractionState} from "./decorate.js";
import {TimelineDispatcher} from "./dispatcher.js";
import {element} from "./dom.js";
import {EventDetails} from "./eventDetails.js";
import {eventIdOf, eventNode} from "./eventNodes.js";
import type {InstanceOptions} from "./instanceOptions.js";
import type {InteractionHost} from "./interactionHost.js";
import {navigateByKey, type KeyboardActions} from "./keyboard.js";
import {Overview} from "./overview.js";
import {PointerHover} from "./pointerHover.js";
import {PointerTargets} from "./pointerTargets.js";
import {TimelineDrawing} from "./timelineDrawing.js";
import {TimeWindow} from "./timeWindow.js";
import {Tooltip} from "./tooltip.js";
import {ViewTable} from "./viewTable.js";
import {windowShowing} from "./windowShowing.js";
import {checkWindow, narrowestWindow, padWindow} from "./zoomMath.js";
import {MarkCanvas} from "./markCanvas.js";

// The component (render/timeline.ts) takes the options type from here, with the class.
export type {InstanceOptions};

/**
 * One interactive timeline in one container, and the coordinator of its parts:
 * the drawing (timelineDrawing), zoom and pan on the time axis (timeWindow) with
 * the overview band, keyboard navigation (keyboard), hover and the tooltip
 * (pointerHover), the details card (eventDetails), the live region and the table
 * alternative (viewTable). It keeps the view state (data, scene, focus,
 * selection, hover) and lays the timeline out again for every change, so labels
 * and clusters always fit what is shown.
 */
export class TimelineInstance {
  private readonly frame: HTMLDivElement;
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly details: EventDetails;
  private readonly table: ViewTable;
  private readonly marks: MarkCanvas;
  private readonly drawing: TimelineDrawing;
  private readonly targets: PointerTargets;
  private readonly tooltip: Tooltip;
  private readonly hover: PointerHover;
  private readonly live: HTMLDivElement;
  private readonly timeWindow: TimeWindow;
  private readonly cache = new LayoutCache();
  private overview: Overview | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private frameRequest = 0;
  private options!: InstanceOptions;
  private timeline!: Timeline;
  private eventsById = new Map<string, TimelineEvent>();
  private scene!: Scene;
  private state: InteractionState = {focusedId: null, selectedId: null, hoveredId: null};
  private warnings: TimelineWarning[] = [];
  private destroyed = false;
  private readonly removeListeners: (() => void)[] = [];

  constructor(private readonly container: Element, private readonly dispatcher: TimelineDispatcher) {
    const document = container.ownerDocument;
    this.frame = element(document, "div", "chronoline-frame");
    container.append(this.frame);
    // The drawing itself; renderInto finds and updates it.
    renderInto(this.frame, {tag: "svg", key: "root", attrs: {class: "chronoline"}});
    this.svg = select(this.frame.querySelector<SVGSVGElement>("svg.chronoline")!);
    this.tooltip = new Tooltip(this.frame);
    this.live = element(document, "div", "chronoline-live chronoline-visually-hidden");
    this.live.setAttribute("aria-live", "polite");
    this.frame.append(this.live);
    const host: InteractionHost = {
      scene: () => this.scene,
      timeline: () => this.timeline,
      state: () => this.state,
      eventById: (id) => this.eventById(id),
      dateLabel: (event) => this.cache.name(event, this.labels()).dateLabel,
      setState: (change, redraw) => this.setState(change, redraw)
    };
    this.details = new EventDetails(this.frame, host, dispatcher, (id) => this.focus(id));
    this.marks = new MarkCanvas(this.frame);
    this.drawing = new TimelineDrawing(container, this.frame, this.svg.node()!, this.marks, this.cache);
    this.table = new ViewTable(this.frame, () => ({timeline: this.timeline, window: this.timeWindow.current, cache: this.cache, labels: this.labels()}));
    this.targets = new PointerTargets(this.svg.node()!, this.marks);
    this.hover = new PointerHover(this.tooltip, this.targets, host, dispatcher);
    this.timeWindow = new TimeWindow(this.svg, {
      moved: (userInput) => this.zoomed(userInput),
      // The table follows the view once a gesture or an animation ends, not on every frame.
      settled: () => this.table.updateSoon()
    });
    const keys: KeyboardActions = {
      focus: (id) => this.focus(id),
      select: (id) => this.select(id),
      zoomBy: (factor, point) => this.timeWindow.scaleBy(factor, point),
      closeDetails: () => this.details.close(true)
    };
    const svg = this.svg.node()!;
    this.listen(svg, "click", (event) => this.clicked(event as MouseEvent));
    this.listen(svg, "keydown", (event) => {
      const view = {timeline: this.timeline, scene: this.scene, focusedId: this.state.focusedId, detailsOpen: this.details.isOpen};
      navigateByKey(event as KeyboardEvent, view, keys);
    });
    this.listen(svg, "focusin", (event) => this.focusedIn(event));
    this.listen(svg, "pointerover", (event) => this.hover.over(event as PointerEvent));
    this.listen(svg, "pointermove", (event) => this.hover.moved(event as PointerEvent));
    this.listen(svg, "pointerleave", () => this.hover.hover(null));
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
    const moved = this.timeWindow.setExtent(dataDomain(timeline), options.domain);
    const events = new Set(timeline.events.map((event) => event.id));
    for (const key of ["focusedId", "selectedId", "hoveredId"] as const) {
      if (this.state[key] !== null && !events.has(this.state[key]!)) this.state = {...this.state, [key]: null};
    }
    this.details.followSelection();
    this.render();
    this.table.update();
    // New data can move the window (a first draw, a wider extent): say so, like any zoom.
    if (moved) this.emitZoom(false);
  }

  warningsOfLastUpdate(): readonly TimelineWarning[] {
    return this.warnings;
  }

  /** The visible window of time, [start, end] in epoch ms. */
  domain(): [number, number] {
    this.assertAlive("domain");
    const [start, end] = this.timeWindow.current;
    return [start, end];
  }

  /** Shows a window of time, or an event, animated unless the user prefers reduced motion. */
  zoomTo(target: [number, number] | string, {animate = true}: {animate?: boolean} = {}): void {
    this.assertAlive("zoomTo");
    const window = typeof target === "string" ? this.windowShowing(target) : checkWindow(target);
    this.timeWindow.zoomTo(window, animate);
  }

  /** Opens the details of an event (null closes them). */
  select(id: string | null): void {
    this.assertAlive("select");
    if (id === null) {
      this.details.close(false);
      return;
    }
    const event = this.knownEvent(id, "select(): ");
    this.showEvent(id);
    this.details.open(event);
  }

  /** Moves keyboard focus to an event, bringing it into view first. */
  focus(id: string): void {
    this.assertAlive("focus");
    const event = this.knownEvent(id, "focus(): ");
    if (this.details.isOpen) this.details.close(false);
    this.showEvent(id);
    this.setState({focusedId: id});
    eventNode(this.frame, id)?.focus();
    this.announceFocus(event);
  }

  /** The current view as a standalone SVG document, without the interactive layer. */
  toSVG(): string {
    this.assertAlive("toSVG");
    return toSvgString(drawScene(this.scene, themes[this.options.theme]));
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.table.destroy();
    this.timeWindow.destroy();
    for (const remove of this.removeListeners.splice(0)) remove();
    this.details.destroy();
    this.resizeObserver?.disconnect();
    if (this.frameRequest) this.container.ownerDocument.defaultView?.cancelAnimationFrame(this.frameRequest);
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
    this.scene = this.drawing.layout(this.timeline, this.timeWindow.current, this.options, fromZoom);
    this.targets.use(this.scene);
    this.redraw();
    this.timeWindow.fit(this.scene, this.cache.perTimeline(this.timeline, "narrowestWindow", () => narrowestWindow(this.timeline)), fromZoom);
    this.updateOverview(this.drawing.width, this.scene.orientation);
  }

  /** Draws the current scene again with the current focus, selection and hover: no new layout. */
  private redraw(): void {
    this.drawing.draw(this.scene, this.timeline, this.state, themes[this.options.theme]);
  }

  /** Changes what is focused, selected or hovered, and draws it unless `redraw` is false. */
  private setState(change: Partial<InteractionState>, redraw = true): void {
    this.state = {...this.state, ...change};
    if (redraw) this.redraw();
  }

  private updateOverview(width: number, orientation: Orientation): void {
    const wanted = this.options.overview && orientation === "horizontal";
    if (!wanted) {
      this.overview?.destroy();
      this.overview = null;
      return;
    }
    this.overview ??= new Overview(this.frame, (window) => this.timeWindow.brush(() => this.zoomTo(window, {animate: false})));
    // The overview sits right under the drawing.
    this.svg.node()!.after(this.overview.svg);
    this.overview.update(this.timeline, width, this.timeWindow.extent, themes[this.options.theme]);
    this.overview.showWindow(this.timeWindow.current);
  }

  /** d3-zoom moved the window; its transform already shows it. */
  private zoomed(userInput: boolean): void {
    this.tooltip.hide();
    this.render(true);
    this.emitZoom(userInput);
  }

  private emitZoom(userInput: boolean): void {
    const [start, end] = this.timeWindow.current;
    this.dispatcher.emit("zoom", {domain: [start, end], userInput});
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
    const id = this.targets.eventAt(event);
    if (id !== null) this.select(id);
  }

  private focusedIn(event: Event): void {
    const id = eventIdOf(event.target as Element | null);
    if (id === null || id === this.state.focusedId) return;
    // Move the tab stop to where focus is now.
    this.setState({focusedId: id});
    const timelineEvent = this.eventById(id);
    if (timelineEvent) this.announceFocus(timelineEvent);
  }

  /** Says which event has focus, to screen readers and to "focus" listeners. */
  private announceFocus(event: TimelineEvent): void {
    this.live.textContent = this.cache.name(event, this.labels()).name;
    this.dispatcher.emit("focus", {event});
  }

  /** Makes sure an event is drawn with its label: pans to it, and zooms in while it is clustered. */
  private showEvent(id: string): void {
    if (this.scene.events.some((e) => e.id === id)) return;
    this.timeWindow.jumpTo(this.windowShowing(id));
    this.render();
    this.table.update();
    this.emitZoom(false);
  }

  /** A window around an event, narrowed until the layout gives it a label. */
  private windowShowing(id: string): [number, number] {
    const {current, extent} = this.timeWindow;
    return windowShowing(this.timeline, this.knownEvent(id, ""), current, extent, (window) => this.drawing.viewOf(window, this.options));
  }

  private scheduleResize(): void {
    const view = this.container.ownerDocument.defaultView;
    if (!view || this.frameRequest || this.destroyed) return;
    this.frameRequest = view.requestAnimationFrame(() => {
      this.frameRequest = 0;
      if (this.destroyed || this.options.width !== null) return;
      const width = this.container.clientWidth;
      if (width > 0 && width !== this.drawing.width) this.render();
    });
  }

  private labels(): {locale: string; timeZone: string} {
    return {locale: this.timeline.locale, timeZone: this.timeline.timeZone};
  }

  private eventById(id: string): TimelineEvent | undefined {
    return this.eventsById.get(id);
  }

  /** The event with this id; `context` names the caller in the error thrown when there is none. */
  private knownEvent(id: string, context: string): TimelineEvent {
    const event = this.eventById(id);
    if (!event) throw new TimelineError("UNKNOWN_EVENT", `${context}no event with id ${JSON.stringify(id.slice(0, 60))}`);
    return event;
  }

  private listen(target: EventTarget, type: string, listener: (event: Event) => void): void {
    target.addEventListener(type, listener);
    this.removeListeners.push(() => target.removeEventListener(type, listener));
  }

  private assertAlive(method: string): void {
    if (this.destroyed) throw new TimelineError("DESTROYED", `${method}() called after destroy()`);
  }
}
