// Reading PNG files in tests: the header by hand (what a PNG says it is) and the
// pixels through pngjs.
import {PNG} from "pngjs";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a PNG must start with. */
export function pngHeader(bytes: Uint8Array): {width: number; height: number} {
  if (!SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new Error("not a PNG: wrong signature");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== "IHDR") throw new Error(`not a PNG: first chunk is ${type}`);
  return {width: view.getUint32(16), height: view.getUint32(20)};
}

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  data: Uint8Array;
}

export function decodePng(bytes: Uint8Array): Pixels {
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return {width: png.width, height: png.height, data: png.data};
}

export function pixelAt(pixels: Pixels, x: number, y: number): string {
  const i = (y * pixels.width + x) * 4;
  return `#${[0, 1, 2].map((c) => pixels.data[i + c]!.toString(16).padStart(2, "0")).join("")}`;
}

/** How many pixels differ from the colour at (0, 0), the background. */
export function inkedPixels(pixels: Pixels): number {
  const background = pixelAt(pixels, 0, 0);
  let count = 0;
  for (let y = 0; y < pixels.height; y++) for (let x = 0; x < pixels.width; x++) if (pixelAt(pixels, x, y) !== background) count++;
  return count;
}

/** Pixels as dark as text on the light theme (each channel below 80). */
export function darkPixels(pixels: Pixels): number {
  let count = 0;
  for (let i = 0; i < pixels.data.length; i += 4) if (pixels.data[i]! < 80 && pixels.data[i + 1]! < 80 && pixels.data[i + 2]! < 80) count++;
  return count;
}
