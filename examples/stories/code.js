// The "code" of a story: the few lines that draw it with the public API, given
// the options the gallery's controls currently hold. Text only; the gallery
// shows it with textContent.

const IMPORT = `import {createTimeline} from "chronoline";`;

/** An options object as JavaScript source: inline when short, one option a line when not. */
export function optionsSource(options) {
  const entries = Object.entries(options).filter(([, value]) => value !== undefined && value !== null);
  const parts = entries.map(([name, value]) => `${name}: ${typeof value === "function" ? value.toString() : JSON.stringify(value)}`);
  if (parts.length === 0) return "{}";
  const inline = `{${parts.join(", ")}}`;
  return inline.length <= 40 ? inline : `{\n  ${parts.join(",\n  ")}\n}`;
}

/** `const handle = createTimeline(…)` with the given options. */
export function createTimelineSource(options) {
  return `const handle = createTimeline(document.getElementById("chart"), input, ${optionsSource(options)});`;
}

/** The code of a story whose data is a JSON file: fetch it, draw it, then any `after` lines. */
export function fetchAndDraw(path, {after = []} = {}) {
  return (options) =>
    [IMPORT, "", `const input = await (await fetch(${JSON.stringify(path)})).json();`, createTimelineSource(options), ...after].join("\n");
}

/** The code of a story whose data comes from a generator module in this folder. */
export function generateAndDraw(generator, args) {
  return (options) =>
    [
      IMPORT,
      `import {${generator}} from "./stories/${generator}.js";`,
      "",
      `const input = ${generator}(${optionsSource(args)});`,
      createTimelineSource(options)
    ].join("\n");
}
