import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {darkTheme, lightTheme, type Theme} from "../../src/render/theme.js";
import {repoPath} from "../support/paths.js";

// Comments may quote rules; only real declarations count.
const css = readFileSync(repoPath("src", "style", "chronoline.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

/** The custom properties declared in the rule for `selector`. */
function customProperties(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf("}", start));
  return new Map([...body.matchAll(/(--chronoline-[a-z0-9-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function expectedProperties(theme: Theme): Map<string, string> {
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(theme)) {
    if (key === "name") continue;
    if (key === "palette") (value as string[]).forEach((color, i) => entries.push([`--chronoline-series-${i}`, color]));
    else entries.push([`--chronoline-${kebab(key)}`, value as string]);
  }
  return new Map(entries);
}

describe("theme and stylesheet", () => {
  it("chronoline.css declares every light theme value that renderToSVG embeds", () => {
    const declared = customProperties(".chronoline");
    for (const [name, value] of expectedProperties(lightTheme)) expect(declared.get(name), name).toBe(value);
  });

  it("chronoline.css's dark rule declares every dark value that differs from light", () => {
    const light = customProperties(".chronoline");
    const dark = new Map([...light, ...customProperties(".chronoline.chronoline--dark")]);
    for (const [name, value] of expectedProperties(darkTheme)) expect(dark.get(name), name).toBe(value);
  });

  it("chronoline.css contains no imports, URLs or expressions", () => {
    expect(css).not.toMatch(/@import|url\(|expression\(/);
  });
});
