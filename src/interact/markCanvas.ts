import type {Orientation, Scene, SceneEvent} from "../layout/scene.js";
import type {Theme} from "../render/theme.js";

/**
 * The marks of a crowded view, drawn on a canvas laid over the drawing (it takes
 * no pointer events; the layout keeps labels, badges and notes off the marks, so
 * nothing it covers is lost). At the device's pixel ratio, in the colours the
 * page's stylesheet gives the series (`--chronoline-series-N`).
 */
export class MarkCanvas {
  readonly node: HTMLCanvasElement;

  constructor(frame: HTMLElement) {
    this.node = frame.ownerDocument.createElement("canvas");
    this.node.className = "chronoline-marks";
    this.node.setAttribute("aria-hidden", "true");
    this.node.hidden = true;
    frame.append(this.node);
  }

  /**
   * Draws the scene's marks over `svg`. The canvas sits at the drawing's top
   * left and takes its size the same way (its width in CSS px, scaled down with
   * it by the stylesheet), so no layout is read back on a zoom frame.
   */
  draw(scene: Scene, svg: SVGSVGElement, theme: Theme): void {
    const view = svg.ownerDocument.defaultView;
    const context = this.node.getContext("2d");
    if (!view || !context) return;
    const ratio = view.devicePixelRatio || 1;
    // Only real changes are written: a zoom frame draws here each time.
    if (this.node.hidden) this.node.hidden = false;
    const width = Math.max(1, Math.round(scene.width * ratio));
    const height = Math.max(1, Math.round(scene.height * ratio));
    if (this.node.width !== width) this.node.width = width;
    if (this.node.height !== height) this.node.height = height;
    // Sized through the CSSOM, which a strict Content-Security-Policy allows.
    const cssWidth = `${scene.width}px`;
    if (this.node.style.width !== cssWidth) this.node.style.width = cssWidth;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, scene.width, scene.height);
    const {palette, leader} = this.colours(svg, theme);
    for (const event of scene.events) drawMark(context, event, event.color ?? palette[event.series % palette.length]!, leader, scene.orientation);
  }

  /** Forgets the colours read from the stylesheet, so the next draw reads them again (after new data, a resize). */
  restyle(): void {
    this.resolved = null;
  }

  /** The series and leader colours the page's stylesheet gives, read once and kept until `restyle`. */
  private colours(svg: SVGSVGElement, theme: Theme): {palette: string[]; leader: string} {
    if (!this.resolved || this.resolved.theme !== theme) {
      const style = svg.ownerDocument.defaultView!.getComputedStyle(svg);
      this.resolved = {
        theme,
        palette: theme.palette.map((fallback, i) => style.getPropertyValue(`--chronoline-series-${i}`).trim() || fallback),
        leader: style.getPropertyValue("--chronoline-axis").trim() || theme.axis
      };
    }
    return this.resolved;
  }

  private resolved: {theme: Theme; palette: string[]; leader: string} | null = null;

  hide(): void {
    if (!this.node.hidden) this.node.hidden = true;
  }

  destroy(): void {
    this.node.remove();
  }
}

function drawMark(context: CanvasRenderingContext2D, event: SceneEvent, colour: string, leaderColour: string, orientation: Orientation): void {
  const {mark} = event;
  if (event.leader) {
    context.strokeStyle = leaderColour;
    context.lineWidth = 1;
    context.beginPath();
    event.leader.forEach(([x, y], i) => (i ? context.lineTo(x, y) : context.moveTo(x, y)));
    context.stroke();
  }
  context.fillStyle = colour;
  context.globalAlpha = event.soft ? 0.28 : 1;
  context.beginPath();
  if (event.kind === "point") context.arc(mark.x + mark.width / 2, mark.y + mark.height / 2, mark.width / 2, 0, 2 * Math.PI);
  else context.roundRect(mark.x, mark.y, mark.width, mark.height, 2);
  context.fill();
  context.globalAlpha = 1;
  if (event.uncertain) {
    context.strokeStyle = colour;
    context.setLineDash([3, 2]);
    context.stroke();
    context.setLineDash([]);
  }
  if (event.openStart || event.openEnd) {
    context.fillStyle = colour;
    for (const [open, direction] of [[event.openStart, -1], [event.openEnd, 1]] as const) {
      if (!open) continue;
      context.beginPath();
      if (orientation === "horizontal") {
        const x = direction < 0 ? mark.x : mark.x + mark.width;
        context.moveTo(x, mark.y);
        context.lineTo(x + direction * 8, mark.y + mark.height / 2);
        context.lineTo(x, mark.y + mark.height);
      } else {
        const y = direction < 0 ? mark.y : mark.y + mark.height;
        context.moveTo(mark.x, y);
        context.lineTo(mark.x + mark.width / 2, y + direction * 8);
        context.lineTo(mark.x + mark.width, y);
      }
      context.fill();
    }
  }
}
