import type {Relation} from "../model/types.js";
import {deriveId} from "../model/ids.js";
import type {SceneEvent, SceneRelation} from "./scene.js";

const ARROW_LENGTH = 7;
const ARROW_HALF_WIDTH = 3.5;

/**
 * Relations as curved arrows from one event's mark to another's. The curve
 * bows upward so it leaves and enters marks from above, and its height grows with
 * the distance so long links arc over what lies between.
 */
export function placeRelations(
  relations: readonly Relation[],
  events: ReadonlyMap<string, SceneEvent>,
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
    const lift = Math.min(60, 12 + Math.hypot(tx - sx, ty - sy) * 0.15);
    const c1: [number, number] = [sx + (tx - sx) * 0.25, Math.min(sy, ty) - lift];
    const c2: [number, number] = [tx - (tx - sx) * 0.25, Math.min(sy, ty) - lift];
    // The arrow's tip stops at the mark's edge, pointing along the curve's last tangent.
    const angle = Math.atan2(ty - c2[1], tx - c2[0]);
    const stop = to.kind === "point" ? 6 : 2;
    const tip: [number, number] = [tx - Math.cos(angle) * stop, ty - Math.sin(angle) * stop];
    const base: [number, number] = [tip[0] - Math.cos(angle) * ARROW_LENGTH, tip[1] - Math.sin(angle) * ARROW_LENGTH];
    const normal: [number, number] = [-Math.sin(angle) * ARROW_HALF_WIDTH, Math.cos(angle) * ARROW_HALF_WIDTH];
    const path = `M${round(sx)},${round(sy)}C${round(c1[0])},${round(c1[1])} ${round(c2[0])},${round(c2[1])} ${round(base[0])},${round(base[1])}`;
    let id = deriveId("rel", [relation.from, relation.to, relation.type]);
    for (let n = 2; seen.has(id); n++) id = `${deriveId("rel", [relation.from, relation.to, relation.type])}-${n}`;
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
