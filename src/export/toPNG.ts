import {TimelineError} from "../model/errors.js";
import {invalidOption} from "../model/options.js";
import {pngSize, pngSizeProblem, readScale, svgSize} from "./pngSize.js";

export interface ToPNGOptions {
  /** Image pixels per px of the drawing; default 1. `window.devicePixelRatio` gives an image as sharp as the screen. */
  scale?: number;
}

/**
 * A standalone SVG document drawn into a canvas and encoded as PNG, in a
 * browser. The SVG is loaded as an image from a data: URL (allowed by
 * `img-src data:`; no blob: needed), after the page's fonts have loaded. Inside
 * an image, text is drawn with the fonts installed on the system: fonts that
 * the page loads through @font-face are not available there.
 */
export async function svgToPNG(svg: string, document: Document, options?: ToPNGOptions): Promise<Blob> {
  if (options !== undefined && options !== null && (typeof options !== "object" || Array.isArray(options))) {
    throw invalidOption("options", options, "an object");
  }
  const scale = options?.scale === undefined ? 1 : readScale(options.scale);
  if (scale === undefined) throw invalidOption("scale", options?.scale, "a number above 0");
  const size = svgSize(svg);
  if (!size) throw new TimelineError("PNG_FAILED", "cannot make a PNG: the drawing has no width and height");
  const pixels = pngSize(size.width, size.height, scale);
  const problem = pngSizeProblem(pixels);
  if (problem) throw invalidOption("scale", scale, `a smaller scale: ${problem}`);

  // Text measured and drawn after web fonts arrive matches what the page shows.
  await document.fonts?.ready;
  const image = document.createElement("img");
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    await image.decode();
  } catch {
    throw new TimelineError("PNG_FAILED", "cannot make a PNG: the browser could not load the drawing as an image");
  }
  const canvas = document.createElement("canvas");
  canvas.width = pixels.width;
  canvas.height = pixels.height;
  const context = canvas.getContext("2d");
  if (!context) throw new TimelineError("PNG_FAILED", "cannot make a PNG: no 2D canvas context");
  context.drawImage(image, 0, 0, pixels.width, pixels.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new TimelineError("PNG_FAILED", "cannot make a PNG: the canvas could not be encoded"));
    }, "image/png");
  });
}
