import type {Point} from "../scene.js";

/** A leader as a straight segment, from its mark to its label. */
export interface LeaderSegment {
  from: Point;
  to: Point;
}

/**
 * The first two leaders (by their positions in `leaders`) that cross, or
 * undefined. Leaders run straight from mark to label; with labels in the order
 * of their marks' times, leaders of marks in different lanes can still cross,
 * and the column puts such pairs the other way round (see `LabelColumn.arrange`).
 */
export function firstCrossing(leaders: readonly (LeaderSegment | null)[]): [number, number] | undefined {
  for (let i = 0; i < leaders.length; i++) {
    const a = leaders[i];
    if (!a) continue;
    for (let j = i + 1; j < leaders.length; j++) {
      const b = leaders[j];
      if (b && crosses(a, b)) return [i, j];
    }
  }
  return undefined;
}

/** Whether two segments cross at a point inside both. */
function crosses({from: [x1, y1], to: [x2, y2]}: LeaderSegment, {from: [x3, y3], to: [x4, y4]}: LeaderSegment): boolean {
  const d = (x2 - x1) * (y4 - y3) - (y2 - y1) * (x4 - x3);
  if (Math.abs(d) < 1e-9) return false;
  const t = ((x3 - x1) * (y4 - y3) - (y3 - y1) * (x4 - x3)) / d;
  const u = ((x3 - x1) * (y2 - y1) - (y3 - y1) * (x2 - x1)) / d;
  return t > 1e-9 && t < 1 - 1e-9 && u > 1e-9 && u < 1 - 1e-9;
}
