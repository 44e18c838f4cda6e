import {fitText} from "./fitText.js";
import type {FontSpec, MeasureText} from "./measureText.js";
import type {Box, SceneLabel} from "./scene.js";

/** A label at a vertical centre line, taking `box` space. */
export function makeLabel(
  text: string,
  x: number,
  centerY: number,
  anchor: SceneLabel["anchor"],
  width: number,
  font: FontSpec
): SceneLabel {
  const height = Math.round(font.size * 1.25);
  const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  const box: Box = {x: left, y: centerY - height / 2, width, height};
  // The baseline sits about a third of the size below the centre for Latin text.
  return {text, x, y: centerY + font.size * 0.35, anchor, box, size: font.size, weight: font.weight ?? 400};
}

export interface MarkLabelPlacement {
  label: SceneLabel | null;
  /** Horizontal extent of mark and label together. */
  left: number;
  right: number;
}

/**
 * Places an event's label on the mark's centre line: inside a span wide enough to
 * hold it, else after the mark, else before it, else on the roomier side cut to
 * fit. The simple rule of the first picture: no two items in a row overlap because
 * the row packer keeps their whole extents apart.
 */
export function placeMarkLabel(
  title: string,
  mark: {x0: number; x1: number; y: number; isSpan: boolean},
  plot: {left: number; right: number},
  font: FontSpec,
  maxWidth: number,
  offset: number,
  measure: MeasureText
): MarkLabelPlacement {
  const text = fitText(title, maxWidth, font, measure);
  const width = measure(text, font);
  const {x0, x1, y} = mark;
  const visibleX0 = Math.max(x0, plot.left);
  const visibleX1 = Math.min(x1, plot.right);
  if (mark.isSpan && visibleX1 - visibleX0 >= width + 2 * offset) {
    return {label: {...makeLabel(text, visibleX0 + offset, y, "start", width, font), onMark: true, inverse: true}, left: x0, right: x1};
  }
  const roomAfter = plot.right - (x1 + offset);
  const roomBefore = x0 - offset - plot.left;
  if (width <= roomAfter) {
    return {label: makeLabel(text, x1 + offset, y, "start", width, font), left: x0, right: x1 + offset + width};
  }
  if (width <= roomBefore) {
    return {label: makeLabel(text, x0 - offset, y, "end", width, font), left: x0 - offset - width, right: x1};
  }
  const after = roomAfter >= roomBefore;
  const cut = fitText(title, Math.max(after ? roomAfter : roomBefore, 0), font, measure);
  if (cut === "") return {label: null, left: x0, right: x1};
  const cutWidth = measure(cut, font);
  return after
    ? {label: makeLabel(cut, x1 + offset, y, "start", cutWidth, font), left: x0, right: x1 + offset + cutWidth}
    : {label: makeLabel(cut, x0 - offset, y, "end", cutWidth, font), left: x0 - offset - cutWidth, right: x1};
}

/** Moves a label (and its box) down by `dy`. */
export function shiftLabel(label: SceneLabel, dy: number): SceneLabel {
  return {...label, y: label.y + dy, box: {...label.box, y: label.box.y + dy}};
}
