// Types of the story modules, for the TypeScript tests that import them.
import type {TimelineInput, TimelineOptions} from "../../src/index.js";

/** The options a story is drawn with: those of `createTimeline`, with a width. */
export interface StoryOptions extends Pick<TimelineOptions, "height" | "theme" | "locale" | "timeZone" | "orientation" | "maxRows"> {
  width: number;
}

export interface Story {
  /** The module's file name, and the gallery's `#story=…`. */
  name: string;
  title: string;
  /** The sidebar heading the story is listed under. */
  group: string;
  description: string;
  /** A path under examples/ ("data/….json", fetched in the browser, read from disk in Node), the data itself, or a generator of it. */
  data: string | TimelineInput | (() => TimelineInput);
  options: StoryOptions;
  /** Too slow for the golden files and the visual baselines (for now). */
  heavy?: boolean;
  /** The lines that draw the story with the public API, given the options shown. */
  code(options: TimelineOptions): string;
}

export declare const storyNames: readonly string[];
export declare function loadStories(): Promise<Story[]>;
