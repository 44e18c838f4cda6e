import {timeTicks} from "../../time/ticks.js";
import type {LayoutMetrics} from "../metrics.js";
import type {MeasureText} from "../measureText.js";
import type {LabelContext} from "../names.js";
import {makeLabel} from "../placeLabel.js";
import type {SceneTick} from "../scene.js";
import type {TimeScale} from "../timeScale.js";

/** Length of a major tick; minor ticks are shorter (see drawAxis). */
const MAJOR_TICK = 8;
/** Between a tick's end and its label. */
const TICK_PADDING = 4;
/** Ticks are spaced about this far apart down the plot. */
const TICK_SPACING = 56;
/** Vertical gap kept between neighbouring tick labels. */
const LABEL_GAP = 4;

export interface VerticalAxis {
  /** From the left edge of the widest label kept to the axis line, ticks included. */
  width: number;
  /** The ticks, given the x of the axis line. */
  ticks(axisX: number): SceneTick[];
}

interface MeasuredTick {
  at: number;
  major: boolean;
  text: string;
  width: number;
  keep: boolean;
}

/**
 * The time axis down the left: ticks on calendar boundaries, labels right-aligned
 * left of the line. Labels are measured first, so the layout can put the axis
 * line just right of the widest; a label that would touch a neighbour's is
 * dropped, majors kept first (as along the top of a horizontal layout).
 */
export function verticalAxis(scale: TimeScale, metrics: LayoutMetrics, measure: MeasureText, context: LabelContext): VerticalAxis {
  const [top, bottom] = scale.range;
  const font = metrics.tickFont;
  const height = Math.round(font.size * 1.25);
  const count = Math.max(2, Math.floor((bottom - top) / TICK_SPACING));
  const ticks: MeasuredTick[] = timeTicks(scale.domain[0], scale.domain[1], {count, locale: context.locale, timeZone: context.timeZone})
    .map((tick) => ({at: scale(tick.value), major: tick.major, text: tick.label, width: measure(tick.label, font), keep: false}));
  const kept: MeasuredTick[] = [];
  const order = [...ticks].sort((a, b) => Number(b.major) - Number(a.major) || a.at - b.at);
  for (const tick of order) {
    if (kept.every((other) => Math.abs(other.at - tick.at) >= height + LABEL_GAP)) {
      tick.keep = true;
      kept.push(tick);
    }
  }
  const labelWidth = Math.max(0, ...kept.map((tick) => tick.width));
  return {
    width: labelWidth + MAJOR_TICK + TICK_PADDING,
    ticks: (axisX) => ticks.map((tick) => ({
      at: tick.at,
      major: tick.major,
      label: tick.keep ? makeLabel(tick.text, axisX - MAJOR_TICK - TICK_PADDING, tick.at, "end", tick.width, font) : null
    }))
  };
}
