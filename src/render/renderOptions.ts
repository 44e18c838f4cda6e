import type {Orientation} from "../layout/scene.js";
import {invalidOption} from "../model/options.js";
import {themes, type Theme, type ThemeName} from "./theme.js";

export const DEFAULT_WIDTH = 900;
const MAX_SIZE = 100_000;

/** A drawing size in px: a finite number from 1 to 100,000, else a clear error. */
export function checkSize(name: string, value: unknown): number {
  const size = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof size !== "number" || !Number.isFinite(size) || size < 1 || size > MAX_SIZE) {
    throw invalidOption(name, value, `a number of pixels from 1 to ${MAX_SIZE}`);
  }
  return size;
}

/** Sub-rows a lane may use before its other events fold into "+N" clusters: an integer from 1 to 100. */
export function checkMaxRows(value: unknown): number {
  const rows = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof rows !== "number" || !Number.isInteger(rows) || rows < 1 || rows > 100) {
    throw invalidOption("maxRows", value, "a whole number of rows from 1 to 100");
  }
  return rows;
}

/** "horizontal" or "vertical", else a clear error. */
export function checkOrientation(value: unknown): Orientation {
  if (value === "horizontal" || value === "vertical") return value;
  throw invalidOption("orientation", value, `"horizontal" or "vertical"`);
}

export function checkTheme(value: unknown): Theme {
  if (value === "light" || value === "dark") return themes[value as ThemeName];
  throw invalidOption("theme", value, `"light" or "dark"`);
}
