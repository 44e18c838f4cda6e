import type {Scene, SceneEvent} from "../layout/scene.js";

/**
 * Finds the mark under the pointer when marks are drawn on a canvas: the marks
 * sorted by their left edge, with a running maximum of right edges, so a point
 * query visits only marks that can contain it.
 */
export class MarkHits {
  private readonly marks: SceneEvent[];
  private readonly lefts: Float64Array;
  private readonly maxRightSoFar: Float64Array;

  constructor(scene: Scene) {
    this.marks = [...scene.events].sort((a, b) => a.mark.x - b.mark.x);
    this.lefts = Float64Array.from(this.marks, (event) => event.mark.x);
    this.maxRightSoFar = new Float64Array(this.marks.length);
    let right = -Infinity;
    this.marks.forEach((event, i) => {
      right = Math.max(right, event.mark.x + event.mark.width);
      this.maxRightSoFar[i] = right;
    });
  }

  /** The event whose mark contains (x, y), with `slack` px around small marks; the nearest centre wins. */
  at(x: number, y: number, slack = 2): SceneEvent | undefined {
    // Marks starting after x + slack cannot contain it.
    let end = 0;
    let high = this.lefts.length;
    while (end < high) {
      const middle = (end + high) >>> 1;
      if (this.lefts[middle]! <= x + slack) end = middle + 1;
      else high = middle;
    }
    let best: SceneEvent | undefined;
    let bestDistance = Infinity;
    for (let i = end - 1; i >= 0 && this.maxRightSoFar[i]! >= x - slack; i--) {
      const {mark} = this.marks[i]!;
      if (x < mark.x - slack || x > mark.x + mark.width + slack || y < mark.y - slack || y > mark.y + mark.height + slack) continue;
      const distance = Math.hypot(x - (mark.x + mark.width / 2), y - (mark.y + mark.height / 2));
      if (distance < bestDistance) {
        best = this.marks[i];
        bestDistance = distance;
      }
    }
    return best;
  }
}
