import type {RowSpace} from "./rowSpace.js";

/**
 * For each row of a lane and each pixel column, the longest free stretch of the
 * row that touches the column: an upper bound on the room any mark or label
 * over that column can have. In a crowded lane most events can be turned away
 * by comparing a few of these numbers, instead of searching every row for a
 * place for the mark and then for its label (see `placeLane`).
 *
 * The bound is safe by construction: a placement that fits lies inside one free
 * stretch, and that stretch contains the mark's anchor, so it touches the
 * anchor's column. A row is recounted only when asked for after something was
 * taken in it.
 */
const EMPTY = new Float64Array(0);

/** Look-ups of `most` between recounts: a recount visits every column of every row. */
const LOOKUPS_PER_RECOUNT = 256;

export class RowRoom {
  private readonly origin: number;
  private readonly columns: number;
  private readonly longest: Float64Array[];
  /** How many intervals each row had when last counted; -1 before the first count. */
  private readonly counted: number[];
  /** The longest stretch of any row per column, and the rows' counts it was taken at. */
  private mostOfRows: Float64Array;
  private readonly mostCounted: number[];
  private lookupsSinceMost = LOOKUPS_PER_RECOUNT;

  constructor(private readonly rows: readonly RowSpace[], left: number, right: number) {
    this.origin = Math.floor(left) - 1;
    this.columns = Math.max(1, Math.ceil(right) + 2 - this.origin);
    // Allocated on first use: only crowded lanes ask for room at all.
    this.longest = rows.map(() => EMPTY);
    this.counted = rows.map(() => -1);
    this.mostOfRows = EMPTY;
    this.mostCounted = rows.map(() => -1);
  }

  /**
   * The longest free stretch of any row touching the column of `x`: one look-up
   * that turns away most events of a crowded lane, where testing each row's
   * room would be most of the lane's placement.
   */
  most(x: number): number {
    const column = Math.floor(x) - this.origin;
    if (!(column >= 0 && column < this.columns)) return Infinity;
    // Taking space only ever shortens stretches, so counts from before the last
    // placements still bound the room from above: recounting every row after
    // each placement would cost more than it spares.
    if (++this.lookupsSinceMost >= LOOKUPS_PER_RECOUNT && this.mostIsStale()) this.recountMost();
    return this.mostOfRows[column]!;
  }

  /** The longest free stretch of `row` touching the column of `x` (Infinity outside the plot). */
  at(row: number, x: number): number {
    const column = Math.floor(x) - this.origin;
    if (!(column >= 0 && column < this.columns)) return Infinity;
    if (this.counted[row] !== this.rows[row]!.taken) this.recount(row);
    return this.longest[row]![column]!;
  }

  private mostIsStale(): boolean {
    for (let row = 0; row < this.rows.length; row++) if (this.mostCounted[row] !== this.rows[row]!.taken) return true;
    return false;
  }

  private recountMost(): void {
    this.lookupsSinceMost = 0;
    if (this.mostOfRows === EMPTY) this.mostOfRows = new Float64Array(this.columns);
    const most = this.mostOfRows;
    most.fill(0);
    for (let row = 0; row < this.rows.length; row++) {
      if (this.counted[row] !== this.rows[row]!.taken) this.recount(row);
      const longest = this.longest[row]!;
      for (let column = 0; column < this.columns; column++) if (most[column]! < longest[column]!) most[column] = longest[column]!;
      this.mostCounted[row] = this.rows[row]!.taken;
    }
  }

  private recount(row: number): void {
    if (this.longest[row] === EMPTY) this.longest[row] = new Float64Array(this.columns);
    const longest = this.longest[row]!;
    longest.fill(0);
    const last = this.columns - 1;
    this.rows[row]!.forEachFreeRun((from, to) => {
      const length = to - from;
      // Columns [c, c + 1] meeting [from, to], one more on each side for rounding.
      const first = Math.max(0, Math.floor(from) - 1 - this.origin);
      const end = Math.min(last, Math.floor(to) + 1 - this.origin);
      for (let column = first; column <= end; column++) if (longest[column]! < length) longest[column] = length;
    });
    this.counted[row] = this.rows[row]!.taken;
  }
}
