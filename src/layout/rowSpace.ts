/**
 * The free and taken horizontal space of one row: disjoint intervals kept sorted,
 * so "is [left, right] free?" is a binary search. A row holds at most what fits
 * across the plot, so its list stays short however many events are laid out.
 */
export class RowSpace {
  private readonly lefts: number[] = [];
  private readonly rights: number[] = [];

  /** Whether [left, right] keeps `gap` away from everything taken. */
  fits(left: number, right: number, gap: number): boolean {
    const i = this.firstEndingAfter(left - gap);
    return i === this.lefts.length || this.lefts[i]! >= right + gap;
  }

  /** Takes [left, right]; callers check `fits` first, so intervals never overlap. */
  take(left: number, right: number): void {
    const i = this.firstEndingAfter(left);
    this.lefts.splice(i, 0, left);
    this.rights.splice(i, 0, right);
  }

  /** How many intervals are taken: grows with every `take`, so it tells whether the row changed. */
  get taken(): number {
    return this.lefts.length;
  }

  /** Calls `visit(from, to)` for each free stretch between taken intervals, left to right; the outer ones reach to infinity. */
  forEachFreeRun(visit: (from: number, to: number) => void): void {
    let from = -Infinity;
    for (let i = 0; i < this.lefts.length; i++) {
      visit(from, this.lefts[i]!);
      from = this.rights[i]!;
    }
    visit(from, Infinity);
  }

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
