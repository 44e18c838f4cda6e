import {brushX, type BrushBehavior, type D3BrushEvent} from "d3-brush";
import {select, type Selection} from "d3-selection";
import type {Timeline} from "../model/types.js";
import {reconcileChildren} from "../render/reconcile.js";
import {SVG_NAMESPACE} from "../render/drawScene.js";
import type {Theme} from "../render/theme.js";
import {h, num, type VNode} from "../render/vnode.js";

const HEIGHT = 36;
const PADDING = 16;
const BIN_WIDTH = 3;

/**
 * The overview band: the whole extent of the timeline in a short strip (a
 * density of its events) with a brush that shows the visible window. Brushing
 * moves the main view; the main view moves the brush without that move being
 * taken as brushing (d3 marks programmatic moves with no source event).
 */
export class Overview {
  readonly svg: SVGSVGElement;
  private readonly bars: SVGGElement;
  private readonly brushLayer: Selection<SVGGElement, unknown, null, undefined>;
  private readonly brush: BrushBehavior<unknown>;
  private extent: [number, number] = [0, 1];
  private drawn: {timeline: Timeline | null; width: number; theme: Theme | null} = {timeline: null, width: 0, theme: null};
  private width = 0;

  constructor(frame: HTMLElement, onBrush: (domain: [number, number]) => void) {
    const document = frame.ownerDocument;
    this.svg = document.createElementNS(SVG_NAMESPACE, "svg") as SVGSVGElement;
    this.svg.setAttribute("class", "chronoline-overview");
    this.svg.setAttribute("aria-hidden", "true");
    this.bars = this.svg.appendChild(document.createElementNS(SVG_NAMESPACE, "g") as SVGGElement);
    this.bars.setAttribute("class", "chronoline-overview-density");
    this.brushLayer = select(this.svg.appendChild(document.createElementNS(SVG_NAMESPACE, "g") as SVGGElement));
    this.brushLayer.attr("class", "chronoline-overview-brush");
    this.brush = brushX().on("brush end", (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent || !event.selection) return;
      const [x0, x1] = event.selection as [number, number];
      if (x1 - x0 < 1) return;
      onBrush([this.timeAt(x0), this.timeAt(x1)]);
    });
    frame.append(this.svg);
  }

  /** Redraws the density of the whole timeline at this width. */
  update(timeline: Timeline, width: number, extent: [number, number], theme: Theme): void {
    // Zoom frames call this too: the density only changes with the data, the width or the theme.
    if (timeline === this.drawn.timeline && width === this.drawn.width && theme === this.drawn.theme) return;
    this.drawn = {timeline, width, theme};
    this.extent = extent;
    this.width = width;
    this.svg.setAttribute("width", num(width));
    this.svg.setAttribute("height", num(HEIGHT));
    this.svg.setAttribute("viewBox", `0 0 ${num(width)} ${HEIGHT}`);
    const bins = new Float64Array(Math.max(1, Math.ceil((width - 2 * PADDING) / BIN_WIDTH)));
    for (const event of timeline.events) {
      const {start, end} = event.span;
      const time = Number.isFinite(start) && Number.isFinite(end) ? (start + end) / 2 : Number.isFinite(start) ? start : end;
      const bin = Math.floor((this.xAt(time) - PADDING) / BIN_WIDTH);
      if (bin >= 0 && bin < bins.length) bins[bin]! += 1;
    }
    const most = bins.reduce((max, count) => Math.max(max, count), 1);
    // One shape for all bars: the band costs three nodes whatever the data.
    let bars = "";
    bins.forEach((count, bin) => {
      if (!count) return;
      // Square root: a single event stays visible next to a busy week.
      const height = Math.max(2, Math.sqrt(count / most) * (HEIGHT - 10));
      bars += `M${num(PADDING + bin * BIN_WIDTH)},${HEIGHT - 4}h${BIN_WIDTH - 1}v${num(-height)}h${1 - BIN_WIDTH}Z`;
    });
    const nodes: VNode[] = [
      h("rect", "background", {class: "chronoline-overview-background", width, height: HEIGHT, fill: theme.background}),
      h("line", "base", {class: "chronoline-overview-base", x1: PADDING, x2: width - PADDING, y1: HEIGHT - 4, y2: HEIGHT - 4, stroke: theme.axis}),
      h("path", "bars", {class: "chronoline-overview-bars chronoline-series-0", d: bars, fill: theme.palette[0]!})
    ];
    reconcileChildren(this.bars, nodes);
    this.brush.extent([[PADDING, 0], [width - PADDING, HEIGHT]]);
    this.brushLayer.call(this.brush);
  }

  /**
   * Moves the brush to the visible window, without reporting it as brushing.
   * When everything is visible the brush is cleared, so a drag anywhere on the
   * band starts a new window (a brush covering the band could only be moved).
   */
  showWindow(domain: [number, number]): void {
    const x0 = Math.max(PADDING, this.xAt(domain[0]));
    const x1 = Math.min(this.width - PADDING, this.xAt(domain[1]));
    const everything = x1 - x0 >= this.width - 2 * PADDING - 1;
    this.brushLayer.call(this.brush.move, x1 - x0 >= 1 && !everything ? [x0, x1] : null);
  }

  destroy(): void {
    this.brush.on("brush end", null);
    this.brushLayer.on(".brush", null);
    this.svg.remove();
  }

  private xAt(time: number): number {
    const [t0, t1] = this.extent;
    return PADDING + ((time - t0) / (t1 - t0)) * (this.width - 2 * PADDING);
  }

  private timeAt(x: number): number {
    const [t0, t1] = this.extent;
    return t0 + ((x - PADDING) / (this.width - 2 * PADDING)) * (t1 - t0);
  }
}
