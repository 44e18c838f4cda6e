/**
 * The free and taken horizontal space of one row: disjoint intervals kept sorted,
 * so "is [left, right] free?" is a binary search. A row holds at most what fits
 * across the plot, so its list stays short however many events are laid out.
 */
export class RowSpace {
  private readonly lefts: number[] = [];
  private readonly rights: number[] = [];
  private widestGap = Infinity;
  private widestGapKnown = true;

  /**
   * Whether [left, right] keeps `gap` away from everything taken. A row whose
   * widest free stretch is too short says no at once: in a crowded timeline most
   * rows are full, and most events are turned away.
   */
  fits(left: number, right: number, gap: number): boolean {
    if (right - left + 2 * gap > this.widestFree()) return false;
    const i = this.firstEndingAfter(left - gap);
    return i === this.lefts.length || this.lefts[i]! >= right + gap;
  }

  /** Takes [left, right]; callers check `fits` first, so intervals never overlap. */
  take(left: number, right: number): void {
    const i = this.firstEndingAfter(left);
    this.lefts.splice(i, 0, left);
    this.rights.splice(i, 0, right);
    this.widestGapKnown = false;
  }

  /** The longest free stretch of the row, between taken intervals or at either end. */
  widestFree(): number {
    if (!this.widestGapKnown) {
      // Free space before the first and after the last interval is unbounded here;
      // only gaps between intervals can be short.
      let widest = 0;
      for (let i = 1; i < this.lefts.length; i++) widest = Math.max(widest, this.lefts[i]! - this.rights[i - 1]!);
      this.widestGap = this.lefts.length > 0 ? Math.max(widest, this.outerRoom()) : Infinity;
      this.widestGapKnown = true;
    }
    return this.widestGap;
  }

  /** Room outside the taken intervals, beyond the plot edges: the caller's bounds keep items in the plot. */
  private outerRoom(): number {
    return this.bounds ? Math.max(this.lefts[0]! - this.bounds[0], this.bounds[1] - this.rights[this.rights.length - 1]!) : Infinity;
  }

  /** The plot's extent, so free space at the row's ends is measured too. */
  constructor(private readonly bounds?: readonly [number, number]) {}

  /** Index of the first interval whose right end is beyond `x`. */
  private firstEndingAfter(x: number): number {
    let low = 0;
    let high = this.rights.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.rights[middle]! <= x) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
