// The scenarios every renderer is tested on: the gallery's stories
// (examples/stories/), so that every example is also a test (STYLE.md §12),
// and a few variants of them that the gallery reaches only through its controls.
import {readFileSync} from "node:fs";
import type {TimelineInput} from "../../src/index.js";
import {loadStories, type Story} from "../../examples/stories/index.js";
import {generateNews} from "../../examples/stories/generateNews.js";
import {repoPath} from "./paths.js";

export function exampleData(name: string): TimelineInput {
  return JSON.parse(readFileSync(repoPath("examples", "data", `${name}.json`), "utf8"));
}

export interface Scenario {
  name: string;
  input: TimelineInput;
  options: {width: number; theme?: "light" | "dark"; locale?: string; timeZone?: string; orientation?: "horizontal" | "vertical"};
}

/** Golden files older than the gallery keep their names. */
const GOLDEN_NAMES: Readonly<Record<string, string>> = {
  "state-visit": "state-visit-2023",
  "month-precision": "uncertain-dates-2023",
  "bce": "ancient-rome",
  "dark-theme": "state-visit-2023-dark",
  "vertical": "state-visit-2023-vertical-400"
};

/** A story's data as the browser gets it: its JSON file read from disk, or generated, or inline. */
export function storyInput(story: Story): TimelineInput {
  if (typeof story.data === "string") return JSON.parse(readFileSync(repoPath("examples", story.data), "utf8"));
  if (typeof story.data === "function") return story.data();
  return structuredClone(story.data);
}

function storyScenario(story: Story): Scenario {
  const {width, theme, locale, timeZone, orientation, ...others} = story.options;
  // The golden tests draw with these options only, through renderToSVG and the component alike.
  const unsupported = Object.keys(others);
  if (unsupported.length) throw new Error(`story ${story.name}: the golden tests do not draw the options ${unsupported.join(", ")}`);
  return {
    name: GOLDEN_NAMES[story.name] ?? story.name,
    input: storyInput(story),
    options: {
      width,
      ...(theme !== undefined && {theme}),
      ...(locale !== undefined && {locale}),
      ...(timeZone !== undefined && {timeZone}),
      ...(orientation !== undefined && {orientation})
    }
  };
}

/** Every story of the gallery, in its order. */
export const stories: readonly Story[] = await loadStories();

export const scenarios: readonly Scenario[] = [
  // Heavy stories wait for the work on scale before they get golden files.
  ...stories.filter((story) => !story.heavy).map(storyScenario),
  {name: "state-visit-2023-320", input: exampleData("state-visit-2023"), options: {width: 320}},
  {name: "state-visit-2023-640", input: exampleData("state-visit-2023"), options: {width: 640}},
  {name: "state-visit-2023-1600", input: exampleData("state-visit-2023"), options: {width: 1600}},
  {name: "state-visit-2023-ru-moscow", input: exampleData("state-visit-2023"), options: {width: 900, locale: "ru", timeZone: "Europe/Moscow"}},
  {name: "dense-2023", input: generateNews({count: 500, seed: 2023}), options: {width: 900}},
  {name: "dense-2023-vertical-400", input: generateNews({count: 500, seed: 2023}), options: {width: 400, orientation: "vertical"}},
  {name: "empty", input: {events: []}, options: {width: 480}}
];
