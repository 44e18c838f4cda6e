/**
 * The resolved colours and fonts of a theme. The browser takes these from CSS
 * custom properties in chronoline.css (which override presentation attributes);
 * standalone SVG embeds them as presentation attributes so it looks the same with
 * no stylesheet. A test keeps the two in step.
 */
export interface Theme {
  name: "light" | "dark";
  fontFamily: string;
  background: string;
  text: string;
  mutedText: string;
  axis: string;
  grid: string;
  laneRule: string;
  eraFill: string;
  eraText: string;
  marker: string;
  noteFill: string;
  noteStroke: string;
  connector: string;
  relation: string;
  /** Categorical colours for lanes, `--chronoline-series-0` … `-9`. */
  palette: readonly string[];
}

const fontFamily = "'Liberation Sans', Arial, Helvetica, sans-serif";

export const lightTheme: Theme = {
  name: "light",
  fontFamily,
  background: "#ffffff",
  text: "#1b1e23",
  mutedText: "#5c6370",
  axis: "#8a919c",
  grid: "#e6e8eb",
  laneRule: "#d5d9de",
  eraFill: "#f1ede4",
  eraText: "#6b5d3f",
  marker: "#b42318",
  noteFill: "#fffbea",
  noteStroke: "#c9a227",
  connector: "#9a7b12",
  relation: "#7a8290",
  // Observable's ten categorical colours: distinct, and readable on white and on dark grey.
  palette: ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5", "#9c6b4e", "#9498a0"]
};

export const darkTheme: Theme = {
  name: "dark",
  fontFamily,
  background: "#16181d",
  text: "#e8eaed",
  mutedText: "#a3aab5",
  axis: "#7d8590",
  grid: "#2a2e35",
  laneRule: "#363b43",
  eraFill: "#2a261d",
  eraText: "#d8c69a",
  marker: "#ff6b5e",
  noteFill: "#2b2614",
  noteStroke: "#c9a227",
  connector: "#d6b441",
  relation: "#8e96a3",
  palette: lightTheme.palette
};

export const themes = {light: lightTheme, dark: darkTheme} as const;
export type ThemeName = keyof typeof themes;
