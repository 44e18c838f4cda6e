import type {MeasureText} from "../layout/measureText.js";
import type {Orientation} from "../layout/scene.js";
import type {ThemeName} from "../render/theme.js";

/** Everything the interactive timeline is configured with; see the component's accessors. */
export interface InstanceOptions {
  width: number | null;
  height: number | null;
  locale: string | null;
  timeZone: string | null;
  theme: ThemeName;
  maxRows: number;
  domain: [number, number] | null;
  strict: boolean;
  measureText: MeasureText | null;
  /** Which way time runs; null: vertical below `breakpoint`. */
  orientation: Orientation | null;
  /** Below this width (px) time runs down the screen. */
  breakpoint: number;
  overview: boolean;
}
