/**
 * Interval packing: assigns each item the first row where it does not overlap the
 * items already there (by their horizontal extent plus a gap). Items are taken in
 * order of their left edge, so the result is the classic greedy interval
 * colouring and is independent of input order when ties are broken by key.
 */
export interface Extent {
  key: string;
  left: number;
  right: number;
}

export function packRows<T extends Extent>(items: readonly T[], gap: number): Map<T, number> {
  const sorted = [...items].sort((a, b) => a.left - b.left || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rowEnds: number[] = [];
  const rows = new Map<T, number>();
  for (const item of sorted) {
    let row = rowEnds.findIndex((end) => end + gap <= item.left);
    if (row === -1) row = rowEnds.push(item.right) - 1;
    else rowEnds[row] = item.right;
    rows.set(item, row);
  }
  return rows;
}
