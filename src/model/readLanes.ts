import {describeValue} from "./errors.js";
import {laneSpec} from "./fieldSpec.js";
import {isRecord, readFields} from "./fields.js";
import {joinPath, type Report} from "./report.js";
import {readColor, readText} from "./readValues.js";
import type {Lane} from "./types.js";

const LANE_FIELDS = laneSpec.keys;

/** The lanes declared by the input, in order; duplicates and bad items reported. */
export function readLanes(value: unknown, report: Report): Lane[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report.warn("INVALID_LIST", "lanes", `invalid lanes: ${describeValue(value)} is not an array`);
    return [];
  }
  const lanes: Lane[] = [];
  const seen = new Set<string>();
  value.forEach((item, i) => {
    const path = joinPath("lanes", i);
    if (!isRecord(item)) {
      report.warn("INVALID_LANE", path, `invalid lane: ${describeValue(item)} is not an object`);
      return;
    }
    const fields = readFields(item, LANE_FIELDS, path, report);
    const id = readText(fields.get("id"), joinPath(path, "id"), report, {required: true});
    if (id === undefined) return;
    if (seen.has(id)) {
      report.warn("DUPLICATE_ID", joinPath(path, "id"), `duplicate lane id ${describeValue(id)}, the first is kept`);
      return;
    }
    seen.add(id);
    const color = readColor(fields.get("color"), joinPath(path, "color"), report);
    lanes.push({id, title: readText(fields.get("title"), joinPath(path, "title"), report) ?? id, ...(color && {color})});
  });
  return lanes;
}

/**
 * The lanes to draw: the declared ones, then lanes named only by events (in order
 * of first use; reported when lanes were declared, since that is likely a typo),
 * with the unnamed default lane first when any event has no lane.
 */
export function settleLanes(
  declared: readonly Lane[],
  events: readonly {lane: string; index: number}[],
  report: Report
): Lane[] {
  const known = new Map(declared.map((lane) => [lane.id, lane]));
  const extra: Lane[] = [];
  let usesDefault = false;
  for (const event of events) {
    if (event.lane === "") {
      usesDefault = true;
    } else if (!known.has(event.lane)) {
      const lane = {id: event.lane, title: event.lane};
      known.set(lane.id, lane);
      extra.push(lane);
      if (declared.length) {
        report.warn("UNKNOWN_LANE", joinPath(joinPath("events", event.index), "lane"),
          `unknown lane ${describeValue(event.lane)}, added after the declared lanes`);
      }
    }
  }
  return [...(usesDefault ? [{id: "", title: ""}] : []), ...declared, ...extra];
}
