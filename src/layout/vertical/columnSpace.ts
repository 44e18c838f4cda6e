/**
 * The free and taken space of a column along y: disjoint intervals kept sorted,
 * each with the item that holds it, like `RowSpace` turned on its side. Besides
 * "is [top, bottom] free?" it answers "where is the nearest free place for an
 * item this tall?", which is how labels, badges and notes find room near the
 * time they belong to, and it can give space back (a label evicted for a badge).
 * A column holds at most what fits down the plot, so its lists stay short.
 */
export class ColumnSpace<T> {
  private readonly tops: number[] = [];
  private readonly bottoms: number[] = [];
  private readonly owners: T[] = [];

  /** Whether [top, bottom] keeps `gap` away from everything taken. */
  fits(top: number, bottom: number, gap: number): boolean {
    const i = this.firstEndingAfter(top - gap);
    return i === this.tops.length || this.tops[i]! >= bottom + gap;
  }

  /** Takes [top, bottom] for `owner`; callers check `fits` first, so intervals never overlap. */
  take(top: number, bottom: number, owner: T): void {
    const i = this.firstEndingAfter(top);
    this.tops.splice(i, 0, top);
    this.bottoms.splice(i, 0, bottom);
    this.owners.splice(i, 0, owner);
  }

  /** Gives back the space `owner` took at `top`. */
  release(top: number, owner: T): void {
    for (let i = this.firstEndingAfter(top); i < this.tops.length && this.tops[i]! <= top; i++) {
      if (this.owners[i] === owner) {
        this.tops.splice(i, 1);
        this.bottoms.splice(i, 1);
        this.owners.splice(i, 1);
        return;
      }
    }
  }

  /**
   * The top of the free place for an item `size` tall, `gap` away from its
   * neighbours, whose top lies in [low, high], nearest to `target`; undefined
   * when there is none. Ties go to the place above, so results never depend on
   * anything but the space taken. Walks outwards from the target and stops as
   * soon as the gaps left are farther than the best place found.
   */
  nearestFree(target: number, size: number, gap: number, low: number, high: number): number | undefined {
    if (!(low <= high)) return undefined;
    const {tops, bottoms} = this;
    const count = tops.length;
    let best = NaN;
    let bestDistance = Infinity;
    // Gap k lies between interval k - 1 and interval k; tops in it run from
    // bottoms[k - 1] + gap to tops[k] - gap - size. Gap `start` holds the
    // target or lies just above the interval holding it; walk up, then down.
    // (Plain loops: this runs for every event of a crowded view.)
    const start = this.firstEndingAfter(target);
    for (let k = start; k >= 0; k--) {
      const last = k === count ? Infinity : tops[k]! - gap - size;
      if (last < low || target - last > bestDistance) break;
      const first = Math.max(k === 0 ? -Infinity : bottoms[k - 1]! + gap, low);
      const end = Math.min(last, high);
      if (first > end) continue;
      const top = Math.min(Math.max(target, first), end);
      const distance = Math.abs(top - target);
      if (distance < bestDistance || (distance === bestDistance && top < best)) {
        best = top;
        bestDistance = distance;
      }
    }
    for (let k = start + 1; k <= count; k++) {
      const first = bottoms[k - 1]! + gap;
      if (first > high || first - target > bestDistance) break;
      const end = Math.min(k === count ? Infinity : tops[k]! - gap - size, high);
      const from = Math.max(first, low);
      if (from > end) continue;
      const top = Math.min(Math.max(target, from), end);
      const distance = Math.abs(top - target);
      if (distance < bestDistance || (distance === bestDistance && top < best)) {
        best = top;
        bestDistance = distance;
      }
    }
    return bestDistance === Infinity ? undefined : best;
  }

  /** The owners of the intervals meeting [top, bottom], top to bottom. */
  ownersWithin(top: number, bottom: number): T[] {
    const found: T[] = [];
    for (let i = this.firstEndingAfter(top); i < this.tops.length && this.tops[i]! <= bottom; i++) found.push(this.owners[i]!);
    return found;
  }

  /** Where the lowest interval ends; -Infinity when nothing is taken. */
  lowestBottom(): number {
    return this.bottoms.length ? this.bottoms[this.bottoms.length - 1]! : -Infinity;
  }

  /** Index of the first interval whose bottom is below `y`. */
  private firstEndingAfter(y: number): number {
    let low = 0;
    let high = this.bottoms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.bottoms[middle]! <= y) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
