/**
 * Time to x. Time values are plain numbers on one axis (deep time included), so a
 * linear map is exact where a `Date`-based time scale would stop at ±271,821
 * years. Infinite values (open ends) map to the edges of the range.
 */
export interface TimeScale {
  (time: number): number;
  domain: [number, number];
  range: [number, number];
}

/**
 * The arithmetic is d3-scale's `scaleLinear` (normalise to t in [0, 1], then
 * `r0 * (1 - t) + r1 * t`, as d3-interpolate does), written out: layout maps every
 * visible event through it on each zoom frame, and chronoline uses nothing else of
 * d3-scale (no ticks, no clamping, no inversion), which brought d3-array, d3-format
 * and d3-interpolate into the UMD for one multiplication. The same numbers, so the
 * same drawings to the last digit.
 */
export function timeScale(domain: [number, number], range: [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((time: number) => {
    if (time === -Infinity) return r0;
    if (time === Infinity) return r1;
    // A zero-width domain maps everything to the middle, as d3 does.
    const t = span ? (time - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  }) as TimeScale;
  scale.domain = domain;
  scale.range = range;
  return scale;
}
