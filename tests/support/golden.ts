// Golden files: a rendering is compared with a committed file in tests/output/.
// A difference writes the new output beside it as *-changed.svg (git-ignored)
// for review; `npm run test:update` rewrites the goldens; CI never writes them.
import {existsSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {expect} from "vitest";
import {repoPath} from "./paths.js";

const outputDir = repoPath("tests", "output");

export function expectGolden(name: string, actual: string): void {
  const golden = join(outputDir, `${name}.svg`);
  const changed = join(outputDir, `${name}-changed.svg`);
  const update = process.env.CHRONOLINE_UPDATE_GOLDENS === "1" && !process.env.CI;
  if (update || (!existsSync(golden) && !process.env.CI)) {
    writeFileSync(golden, actual);
    rmSync(changed, {force: true});
    return;
  }
  const expected = existsSync(golden) ? readFileSync(golden, "utf8") : "";
  if (actual === expected) {
    rmSync(changed, {force: true});
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(`${name}.svg differs from its golden file; the new output is in tests/output/${name}-changed.svg`);
}
