import type {Scene} from "../layout/scene.js";
import {DensityHits} from "./densityHits.js";
import {eventIdOf} from "./eventNodes.js";
import type {MarkCanvas} from "./markCanvas.js";
import {MarkHits} from "./markHits.js";

/** An event drawn only as part of a density strip, and how many share its pixel column. */
export interface FoldedTarget {
  id: string;
  samePixel: number;
}

/**
 * Which event is under the pointer: an SVG event group says so itself; on a
 * density strip or over canvas-drawn marks the point is looked up in the
 * scene's hit tests, built when first needed after each layout.
 */
export class PointerTargets {
  private scene!: Scene;
  /** Hit testing on the density strips of the current scene, built when first needed. */
  private densityHits: DensityHits | null = null;
  /** Hit testing on canvas-drawn marks of the current scene, built when first needed. */
  private markHits: MarkHits | null = null;

  constructor(private readonly svg: SVGSVGElement, private readonly marks: MarkCanvas) {}

  /** A new scene is drawn: hit tests of the old one no longer apply. */
  use(scene: Scene): void {
    this.scene = scene;
    this.densityHits = null;
    this.markHits = null;
  }

  /** Whether the event under the pointer can change without the pointer leaving an element. */
  changesWithin(event: MouseEvent): boolean {
    const onStrip = (event.target as Element | null)?.classList?.contains("chronoline-density-strip");
    return Boolean(onStrip || !this.marks.node.hidden);
  }

  /** The event under the pointer, folded, drawn or canvas-drawn; null if none. */
  eventAt(event: MouseEvent): string | null {
    return this.folded(event)?.id ?? this.drawn(event);
  }

  /** The event under the pointer that is drawn, as an SVG group or on the canvas. */
  drawn(event: MouseEvent): string | null {
    return eventIdOf(event.target as Element | null) ?? this.onCanvas(event);
  }

  /** The folded event under the pointer on a density strip, if the pointer is on one. */
  folded(event: MouseEvent): FoldedTarget | undefined {
    const target = event.target as Element | null;
    if (!target?.classList?.contains("chronoline-density-strip")) return undefined;
    const point = this.pointOf(event);
    if (!point) return undefined;
    this.densityHits ??= new DensityHits(this.scene);
    return this.densityHits.nearest(target.getAttribute("data-lane") ?? "", this.scene.orientation === "vertical" ? point.y : point.x);
  }

  /** The event whose canvas-drawn mark is under the pointer (crowded views only). */
  private onCanvas(event: MouseEvent): string | null {
    if (this.marks.node.hidden || eventIdOf(event.target as Element | null) !== null) return null;
    const point = this.pointOf(event);
    if (!point) return null;
    this.markHits ??= new MarkHits(this.scene);
    return this.markHits.at(point.x, point.y)?.id ?? null;
  }

  /** The pointer in the drawing's own coordinates. */
  private pointOf(event: MouseEvent): DOMPoint | null {
    const matrix = this.svg.getScreenCTM?.();
    return matrix ? new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse()) : null;
  }
}
