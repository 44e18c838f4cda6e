/// <reference types="node" />
import {readFileSync} from "node:fs";

export interface PackageInfo {
  version: string;
}

/**
 * chronoline's package.json, found from this module upwards (dist/cli.js is one
 * folder below it, src/cli/*.ts two), so the command reports the version it is.
 */
export function packageInfo(): PackageInfo {
  for (let up = "../"; up.length <= 12; up += "../") {
    try {
      const pkg = JSON.parse(readFileSync(new URL(`${up}package.json`, import.meta.url), "utf8")) as {name?: unknown; version?: unknown};
      if (pkg.name === "chronoline" && typeof pkg.version === "string") return {version: pkg.version};
    } catch {
      // not here: one folder up
    }
  }
  return {version: "unknown"};
}

/** Where the JSON Schema of this version is published: the default `$schema` of converted documents. */
export function schemaUrl(version: string): string {
  return `https://unpkg.com/chronoline@${version}/dist/chronoline.schema.json`;
}
