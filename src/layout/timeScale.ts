import {scaleLinear} from "d3-scale";

/**
 * Time to x. Time values are plain numbers on one axis (deep time included), so a
 * linear scale is exact where a `Date`-based time scale would stop at ±271,821
 * years. Infinite values (open ends) map to the edges of the range.
 */
export interface TimeScale {
  (time: number): number;
  domain: [number, number];
  range: [number, number];
}

export function timeScale(domain: [number, number], range: [number, number]): TimeScale {
  const linear = scaleLinear().domain(domain).range(range);
  const scale = ((time: number) => {
    if (time === -Infinity) return range[0];
    if (time === Infinity) return range[1];
    return linear(time);
  }) as TimeScale;
  scale.domain = domain;
  scale.range = range;
  return scale;
}
