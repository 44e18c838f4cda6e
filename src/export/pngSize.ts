/**
 * The largest PNG made here: Chromium's limits for a canvas (a side of 32,767 px,
 * 268,435,456 px in all), applied in Node too, so that a drawing that exports in
 * one place exports in the other.
 */
export const MAX_PNG_SIDE = 32_767;
export const MAX_PNG_AREA = 268_435_456;

/** Image pixels per px of the drawing: a finite number above 0, else `undefined`. */
export function readScale(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The pixel size of a drawing of `width` × `height` px at `scale`: each side rounded, as resvg does. */
export function pngSize(width: number, height: number, scale: number): {width: number; height: number} {
  return {width: Math.round(width * scale), height: Math.round(height * scale)};
}

/** Why a PNG of that size cannot be made, or `undefined` when it can. */
export function pngSizeProblem(size: {width: number; height: number}): string | undefined {
  if (size.width < 1 || size.height < 1) return `the image would be ${size.width}×${size.height} px`;
  if (size.width > MAX_PNG_SIDE || size.height > MAX_PNG_SIDE || size.width * size.height > MAX_PNG_AREA) {
    return `the image would be ${size.width}×${size.height} px, more than the largest canvas (${MAX_PNG_SIDE} px a side, ${MAX_PNG_AREA} px in all)`;
  }
  return undefined;
}

/** The width and height attributes of an SVG document's root element. */
export function svgSize(svg: string): {width: number; height: number} | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  const width = Number(root && /\swidth="([^"]*)"/.exec(root)?.[1]);
  const height = Number(root && /\sheight="([^"]*)"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? {width, height} : undefined;
}
