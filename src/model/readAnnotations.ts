import {describeValue} from "./errors.js";
import {annotationSpec, eraSpec, markerSpec, relationSpec} from "./fieldSpec.js";
import {isRecord, readFields, type InputObject} from "./fields.js";
import {IdRegistry, deriveId} from "./ids.js";
import {joinPath, type Report} from "./report.js";
import {readId} from "./readEvent.js";
import {readSpanAt, readStartEnd} from "./readSpan.js";
import {MAX_DESCRIPTION_LENGTH, readColor, readText} from "./readValues.js";
import {RELATION_TYPES, type Annotation, type Era, type Marker, type Relation, type RelationType} from "./types.js";
import type {TimeSpan} from "../time/span.js";

const ERA_FIELDS = eraSpec.keys;
const MARKER_FIELDS = markerSpec.keys;
const ANNOTATION_FIELDS = annotationSpec.keys;
const RELATION_FIELDS = relationSpec.keys;

/**
 * Eras, markers, annotations and relations: the things drawn around events. Each
 * list is read item by item; a bad item is reported and dropped alone.
 */

function eachItem(
  value: unknown,
  key: string,
  report: Report,
  read: (item: InputObject, path: string) => void
): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) {
    report.warn("INVALID_LIST", key, `invalid ${key}: ${describeValue(value)} is not an array`);
    return;
  }
  value.forEach((item, i) => {
    const path = joinPath(key, i);
    if (isRecord(item)) read(item, path);
    else report.warn("INVALID_ITEM", path, `invalid item: ${describeValue(item)} is not an object`);
  });
}

function settleId(explicit: string | undefined, prefix: string, content: string[], ids: IdRegistry, path: string, report: Report): string {
  if (explicit !== undefined) {
    if (!ids.has(explicit)) {
      ids.add(explicit);
      return explicit;
    }
    report.warn("DUPLICATE_ID", joinPath(path, "id"), `duplicate id ${describeValue(explicit)}, a derived id is used`);
  }
  return ids.unique(deriveId(prefix, content));
}

export function readEras(value: unknown, timeZone: string, report: Report): Era[] {
  const eras: Era[] = [];
  const ids = new IdRegistry();
  eachItem(value, "eras", report, (item, path) => {
    const fields = readFields(item, ERA_FIELDS, path, report);
    const title = readText(fields.get("title"), joinPath(path, "title"), report, {required: true});
    const span = readStartEnd(fields.get("start"), fields.get("end"), path, timeZone, report);
    if (title === undefined || span === undefined) return;
    const color = readColor(fields.get("color"), joinPath(path, "color"), report);
    const id = settleId(readId(fields.get("id"), joinPath(path, "id"), report), "era", [title, String(span.start)], ids, path, report);
    eras.push({id, title, span, ...(color && {color})});
  });
  return eras;
}

export function readMarkers(value: unknown, timeZone: string, report: Report): Marker[] {
  const markers: Marker[] = [];
  const ids = new IdRegistry();
  eachItem(value, "markers", report, (item, path) => {
    const fields = readFields(item, MARKER_FIELDS, path, report);
    const title = readText(fields.get("title"), joinPath(path, "title"), report, {required: true});
    const span = readSpanAt(fields.get("date"), joinPath(path, "date"), timeZone, report);
    if (title === undefined || span === undefined) return;
    const id = settleId(readId(fields.get("id"), joinPath(path, "id"), report), "marker", [title, String(span.start)], ids, path, report);
    markers.push({id, title, span});
  });
  return markers;
}

export function readAnnotations(
  value: unknown,
  timeZone: string,
  eventSpans: ReadonlyMap<string, TimeSpan>,
  report: Report
): Annotation[] {
  const annotations: Annotation[] = [];
  const ids = new IdRegistry();
  eachItem(value, "annotations", report, (item, path) => {
    const fields = readFields(item, ANNOTATION_FIELDS, path, report);
    const text = readText(fields.get("text"), joinPath(path, "text"), report, {required: true, maxLength: MAX_DESCRIPTION_LENGTH});
    if (text === undefined) return;
    let span: TimeSpan | undefined;
    let event: string | undefined;
    if (fields.get("event") !== undefined) {
      event = readId(fields.get("event"), joinPath(path, "event"), report);
      span = event === undefined ? undefined : eventSpans.get(event);
      if (event !== undefined && span === undefined) {
        report.warn("UNKNOWN_EVENT", joinPath(path, "event"), `annotation points at missing event ${describeValue(event)}`);
      }
    } else if (fields.get("date") !== undefined) {
      span = readStartEnd(fields.get("date"), fields.get("end"), path, timeZone, report, {start: "date", end: "end"});
    } else {
      report.warn("MISSING_ANCHOR", path, "annotation has neither an event nor a date");
    }
    if (span === undefined) return;
    const id = settleId(readId(fields.get("id"), joinPath(path, "id"), report), "note", [text, String(span.start)], ids, path, report);
    annotations.push({id, text, span, ...(event !== undefined && {event})});
  });
  return annotations;
}

export function readRelations(value: unknown, eventIds: ReadonlySet<string>, report: Report): Relation[] {
  const relations: Relation[] = [];
  eachItem(value, "relations", report, (item, path) => {
    const fields = readFields(item, RELATION_FIELDS, path, report);
    const ends = (["from", "to"] as const).map((key) => {
      const id = readId(fields.get(key), joinPath(path, key), report);
      if (id === undefined) report.warn("MISSING_EVENT_REFERENCE", joinPath(path, key), `relation needs "${key}"`);
      else if (!eventIds.has(id)) report.warn("UNKNOWN_EVENT", joinPath(path, key), `relation points at missing event ${describeValue(id)}`);
      else return id;
      return undefined;
    });
    const type = readRelationType(fields.get("type"), joinPath(path, "type"), report);
    const [from, to] = ends;
    if (from === undefined || to === undefined) return;
    const label = readText(fields.get("label"), joinPath(path, "label"), report);
    relations.push({from, to, type, ...(label && {label})});
  });
  return relations;
}

function readRelationType(value: unknown, path: string, report: Report): RelationType {
  if (value === undefined || value === null) return "related";
  if ((RELATION_TYPES as readonly unknown[]).includes(value)) return value as RelationType;
  report.warn("INVALID_RELATION_TYPE", path, `invalid relation type ${describeValue(value)}, "related" is used`);
  return "related";
}
