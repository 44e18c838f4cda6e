// The scenarios every renderer is tested on: the example data files, so that every
// example is also a test (STYLE.md §12).
import {readFileSync} from "node:fs";
import type {TimelineInput} from "../../src/index.js";
import {repoPath} from "./paths.js";
import {denseYear} from "./denseScenario.js";

export function exampleData(name: string): TimelineInput {
  return JSON.parse(readFileSync(repoPath("examples", "data", `${name}.json`), "utf8"));
}

export interface Scenario {
  name: string;
  input: TimelineInput;
  options: {width: number; theme?: "light" | "dark"; locale?: string; timeZone?: string; orientation?: "horizontal" | "vertical"};
}

export const scenarios: readonly Scenario[] = [
  {name: "state-visit-2023", input: exampleData("state-visit-2023"), options: {width: 900}},
  {name: "state-visit-2023-320", input: exampleData("state-visit-2023"), options: {width: 320}},
  {name: "state-visit-2023-640", input: exampleData("state-visit-2023"), options: {width: 640}},
  {name: "state-visit-2023-1600", input: exampleData("state-visit-2023"), options: {width: 1600}},
  {name: "dense-2023", input: denseYear(), options: {width: 900}},
  {name: "state-visit-2023-dark", input: exampleData("state-visit-2023"), options: {width: 900, theme: "dark"}},
  {name: "state-visit-2023-ru-moscow", input: exampleData("state-visit-2023"), options: {width: 900, locale: "ru", timeZone: "Europe/Moscow"}},
  {name: "uncertain-dates-2023", input: exampleData("uncertain-dates-2023"), options: {width: 900}},
  {name: "ancient-rome", input: exampleData("ancient-rome"), options: {width: 640}},
  {name: "empty", input: {events: []}, options: {width: 480}},
  {name: "state-visit-2023-vertical-400", input: exampleData("state-visit-2023"), options: {width: 400, orientation: "vertical"}},
  {name: "dense-2023-vertical-400", input: denseYear(), options: {width: 400, orientation: "vertical"}}
];
