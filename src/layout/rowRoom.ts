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
export class RowRoom {
  private readonly origin: number;
  private readonly columns: number;
  private readonly longest: Float64Array[];
  /** How many intervals each row had when last counted; -1 before the first count. */
  private readonly counted: number[];

  constructor(private readonly rows: readonly RowSpace[], left: number, right: number) {
    this.origin = Math.floor(left) - 1;
    this.columns = Math.max(1, Math.ceil(right) + 2 - this.origin);
    this.longest = rows.map(() => new Float64Array(this.columns));
    this.counted = rows.map(() => -1);
  }

  /** The longest free stretch of `row` touching the column of `x` (Infinity outside the plot). */
  at(row: number, x: number): number {
    const column = Math.floor(x) - this.origin;
    if (!(column >= 0 && column < this.columns)) return Infinity;
    if (this.counted[row] !== this.rows[row]!.taken) this.recount(row);
    return this.longest[row]![column]!;
  }

  private recount(row: number): void {
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
