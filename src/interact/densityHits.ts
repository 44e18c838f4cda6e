import type {Scene} from "../layout/scene.js";

/**
 * Finds the folded event under the pointer on a density strip: per lane, the
 * clustered events' positions sorted along the time axis, searched by
 * bisection. Built on the first hover after a layout, not on every zoom frame.
 */
export class DensityHits {
  private readonly lanes = new Map<string, {positions: Float64Array; ids: string[]}>();

  constructor(scene: Scene) {
    const collected = new Map<string, {position: number; id: string}[]>();
    for (const cluster of scene.clusters) {
      const list = collected.get(cluster.laneId) ?? [];
      cluster.ids.forEach((id, i) => list.push({position: cluster.positions[i]!, id}));
      collected.set(cluster.laneId, list);
    }
    for (const [lane, list] of collected) {
      list.sort((a, b) => a.position - b.position);
      this.lanes.set(lane, {positions: Float64Array.from(list, (item) => item.position), ids: list.map((item) => item.id)});
    }
  }

  /**
   * The event drawn in the pixel column under `position` on the strip of
   * `laneId`, or else in the nearest column within `tolerance` px; with how many
   * share that column. The strip draws whole columns, so every event of one is
   * "under the pointer" alike: the column's first answers, wherever in the pixel
   * the pointer is (so hover and click agree).
   */
  nearest(laneId: string, position: number, tolerance = 3): {id: string; samePixel: number} | undefined {
    const lane = this.lanes.get(laneId);
    if (!lane || lane.positions.length === 0) return undefined;
    const pointerColumn = Math.floor(position);
    let column = pointerColumn;
    let first = this.firstAtOrAfter(lane.positions, column);
    if (first === lane.positions.length || Math.floor(lane.positions[first]!) !== column) {
      // Nothing in the pointer's column: the nearest event within tolerance decides.
      const after = this.firstAtOrAfter(lane.positions, position);
      let best = -1;
      for (const i of [after - 1, after]) {
        if (i < 0 || i >= lane.positions.length) continue;
        if (best === -1 || Math.abs(lane.positions[i]! - position) < Math.abs(lane.positions[best]! - position)) best = i;
      }
      if (best === -1 || Math.abs(lane.positions[best]! - position) > tolerance) return undefined;
      column = Math.floor(lane.positions[best]!);
      first = this.firstAtOrAfter(lane.positions, column);
    }
    let samePixel = 0;
    for (let i = first; i < lane.positions.length && Math.floor(lane.positions[i]!) === column; i++) samePixel++;
    return {id: lane.ids[first]!, samePixel};
  }

  /** First index whose position is >= x. */
  private firstAtOrAfter(positions: Float64Array, x: number): number {
    let low = 0;
    let high = positions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (positions[middle]! < x) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
