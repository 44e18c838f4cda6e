import type {Relation} from "../../model/types.js";
import {deriveId} from "../../model/ids.js";
import type {Point, SceneEvent, SceneRelation} from "../scene.js";

const ARROW_LENGTH = 7;
const ARROW_HALF_WIDTH = 3.5;

/**
 * Relations when time runs down: curves from one mark to another that bow to
 * the left, towards the axis, the way they bow upwards when time runs across;
 * they bow further the farther apart the marks are, but never past `leftmost`
 * (just right of the axis line), so they stay clear of the tick labels and of
 * the label column on the right.
 */
export function placeVerticalRelations(
  relations: readonly Relation[],
  events: ReadonlyMap<string, SceneEvent>,
  leftmost: number,
  labelFor: (relation: Relation, from: SceneEvent, to: SceneEvent) => string
): SceneRelation[] {
  const placed: SceneRelation[] = [];
  const seen = new Set<string>();
  for (const relation of relations) {
    const from = events.get(relation.from);
    const to = events.get(relation.to);
    if (!from || !to || from === to) continue; // one end outside the view
    const [sx, sy] = from.anchor;
    const [tx, ty] = to.anchor;
    const bow = Math.min(60, 12 + Math.hypot(tx - sx, ty - sy) * 0.15);
    const x = Math.max(leftmost, Math.min(sx, tx) - bow);
    const c1: Point = [x, sy + (ty - sy) * 0.25];
    const c2: Point = [x, ty - (ty - sy) * 0.25];
    // The tip stops at the mark's edge, pointing along the curve's last tangent.
    const angle = Math.atan2(ty - c2[1], tx - c2[0]);
    const stop = to.kind === "point" ? 6 : 2;
    const tip: Point = [tx - Math.cos(angle) * stop, ty - Math.sin(angle) * stop];
    const base: Point = [tip[0] - Math.cos(angle) * ARROW_LENGTH, tip[1] - Math.sin(angle) * ARROW_LENGTH];
    const normal: Point = [-Math.sin(angle) * ARROW_HALF_WIDTH, Math.cos(angle) * ARROW_HALF_WIDTH];
    const path = `M${round(sx)},${round(sy)}C${round(c1[0])},${round(c1[1])} ${round(c2[0])},${round(c2[1])} ${round(base[0])},${round(base[1])}`;
    const baseId = deriveId("rel", [relation.from, relation.to, relation.type]);
    let id = baseId;
    for (let n = 2; seen.has(id); n++) id = `${baseId}-${n}`;
    seen.add(id);
    placed.push({
      id,
      from: relation.from,
      to: relation.to,
      type: relation.type,
      path,
      arrow: [tip, [base[0] + normal[0], base[1] + normal[1]], [base[0] - normal[0], base[1] - normal[1]]],
      name: labelFor(relation, from, to)
    });
  }
  return placed;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
