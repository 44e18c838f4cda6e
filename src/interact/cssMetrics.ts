import type {LayoutMetrics} from "../layout/metrics.js";

/**
 * Spacing from the stylesheet: a page sets these custom properties on the
 * timeline's container (or any ancestor) and the layout follows. Unset or
 * unreadable values keep the layout's defaults.
 */
const PROPERTIES: readonly [string, (metrics: Partial<LayoutMetrics>, value: number) => void][] = [
  ["--chronoline-row-height", (m, v) => (m.rowHeight = v)],
  ["--chronoline-lane-gap", (m, v) => (m.laneGap = v)],
  ["--chronoline-padding", (m, v) => (m.padding = v)],
  ["--chronoline-label-size", (m, v) => (m.labelFont = {size: v})],
  ["--chronoline-label-max-width", (m, v) => (m.labelMaxWidth = v)],
  ["--chronoline-note-max-width", (m, v) => (m.noteMaxWidth = v)]
];

export function metricsFromStyle(element: Element): Partial<LayoutMetrics> {
  const view = element.ownerDocument.defaultView;
  if (!view?.getComputedStyle) return {};
  const style = view.getComputedStyle(element);
  const metrics: Partial<LayoutMetrics> = {};
  for (const [name, apply] of PROPERTIES) {
    const text = style.getPropertyValue(name).trim();
    // Plain pixel lengths only ("24px" or "24"); anything else is left to the defaults.
    const match = /^(\d+(?:\.\d+)?)(px)?$/.exec(text);
    if (!match) continue;
    const value = Number(match[1]);
    if (value > 0 && value < 10_000) apply(metrics, value);
  }
  return metrics;
}
