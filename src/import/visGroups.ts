import type {LaneInput} from "../index.js";
import {describeValue} from "../model/errors.js";
import {isRecord} from "../model/fields.js";
import {htmlToText} from "./htmlToText.js";
import {oneLine} from "./plainText.js";
import type {WarningList} from "./warningList.js";

/** A vis-timeline group as a chronoline lane: its id, and its title with those of the groups it is nested in. */
export interface VisLane {
  id: string;
  /** "Parent / Child" for a nested group. */
  title: string;
}

/**
 * The lanes of vis-timeline groups, in vis-timeline's order: top-level groups
 * sorted by their `order` field (or the field named by `groupOrder`; input
 * order where it is missing or equal), each followed by the groups of its
 * `nestedGroups`, whose titles are joined to its own ("Parent / Child").
 * Group ids are compared as strings, as chronoline compares ids.
 */
export function readVisGroups(groups: readonly unknown[], groupOrder: string, warnings: WarningList): Map<string, VisLane> {
  const byId = new Map<string, {title: string; order: unknown; children: unknown[]; path: string}>();
  groups.forEach((group, i) => {
    const path = `groups[${i}]`;
    if (!isRecord(group) || (typeof group.id !== "string" && typeof group.id !== "number")) {
      warnings.add("INVALID_GROUP", path, `group skipped: ${isRecord(group) ? `id ${describeValue(group.id)} is not a string or number` : `${describeValue(group)} is not an object`}`);
      return;
    }
    const id = String(group.id);
    if (byId.has(id)) {
      warnings.add("DUPLICATE_ID", `${path}.id`, `duplicate group id ${describeValue(id)}, the first is kept`);
      return;
    }
    const content = typeof group.content === "string" || typeof group.content === "number" ? oneLine(htmlToText(String(group.content)).text) : "";
    const children = Array.isArray(group.nestedGroups) ? group.nestedGroups : [];
    byId.set(id, {title: content || id, order: group[groupOrder], children, path});
  });

  const nested = new Set<string>();
  for (const group of byId.values()) for (const child of group.children) nested.add(String(child));
  const lanes = new Map<string, VisLane>();
  const visit = (id: string, parentTitle: string | undefined) => {
    const group = byId.get(id)!;
    const title = parentTitle === undefined ? group.title : `${parentTitle} / ${group.title}`;
    lanes.set(id, {id, title});
    group.children.forEach((child, i) => {
      const childId = String(child);
      if (!byId.has(childId)) {
        warnings.add("UNKNOWN_GROUP", `${group.path}.nestedGroups[${i}]`, `no group with id ${describeValue(child)}`);
      } else if (lanes.has(childId)) {
        warnings.add("NESTING_CYCLE", `${group.path}.nestedGroups[${i}]`, `group ${describeValue(child)} is nested twice or in itself, kept where it was first`);
      } else {
        visit(childId, title);
      }
    });
  };
  const topLevel = [...byId.keys()].filter((id) => !nested.has(id));
  for (const id of sortByOrder(topLevel, (id) => byId.get(id)!.order)) visit(id, undefined);
  // Groups nested only in each other (a cycle) have no top level to start from.
  for (const id of byId.keys()) if (!lanes.has(id)) visit(id, undefined);
  return lanes;
}

/** Stable: by number or string order value, groups without one after the others, in input order. */
function sortByOrder(ids: readonly string[], orderOf: (id: string) => unknown): string[] {
  const rank = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? 0 : typeof value === "string" ? 1 : 2);
  return ids
    .map((id, index) => ({id, index, order: orderOf(id)}))
    .sort((a, b) => {
      const byKind = rank(a.order) - rank(b.order);
      if (byKind) return byKind;
      if (typeof a.order === "number" && typeof b.order === "number" && a.order !== b.order) return a.order - b.order;
      if (typeof a.order === "string" && typeof b.order === "string" && a.order !== b.order) return a.order < b.order ? -1 : 1;
      return a.index - b.index;
    })
    .map(({id}) => id);
}

/** The lanes as chronoline input, in order. */
export function laneInputs(lanes: ReadonlyMap<string, VisLane>): LaneInput[] {
  return [...lanes.values()].map(({id, title}) => ({id, title}));
}
