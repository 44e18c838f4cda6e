import {timeTicks} from "../time/ticks.js";
import type {LayoutMetrics} from "./metrics.js";
import type {MeasureText} from "./measureText.js";
import type {LabelContext} from "./names.js";
import {makeLabel} from "./placeLabel.js";
import type {SceneLabel, SceneTick} from "./scene.js";
import type {TimeScale} from "./timeScale.js";

/**
 * The time axis along the top: ticks on calendar boundaries in the timeline's
 * zone, as many as fit, with labels that never overlap each other (a tick whose
 * label would touch its neighbour's loses the label, majors first).
 */
export function placeAxis(scale: TimeScale, y: number, metrics: LayoutMetrics, measure: MeasureText, context: LabelContext): SceneTick[] {
  const [left, right] = scale.range;
  const font = metrics.tickFont;
  const count = Math.max(2, Math.floor((right - left) / 90));
  const ticks = timeTicks(scale.domain[0], scale.domain[1], {count, locale: context.locale, timeZone: context.timeZone});
  const centre = y - metrics.axisHeight / 2;
  const placed = ticks.map((tick): SceneTick & {label: SceneLabel} => {
    const x = scale(tick.value);
    const width = measure(tick.label, font);
    // Labels start at their tick and are kept inside the plot.
    const start = Math.min(Math.max(x + 3, left), right - width);
    return {at: x, major: tick.major, label: makeLabel(tick.label, start, centre, "start", width, font)};
  });
  const kept = new Set<SceneTick & {label: SceneLabel}>();
  const order = [...placed].sort((a, b) => Number(b.major) - Number(a.major) || a.at - b.at);
  for (const tick of order) {
    const clash = [...kept].some((other) =>
      tick.label.box.x < other.label.box.x + other.label.box.width + metrics.gap &&
      other.label.box.x < tick.label.box.x + tick.label.box.width + metrics.gap
    );
    if (!clash) kept.add(tick);
  }
  return placed.map((tick) => (kept.has(tick) ? tick : {...tick, label: null}));
}
