// `npm run size`: the built code, minified and gzipped, against the budgets of
// DESIGN.md §5. Exits with 1 when a budget is exceeded.
import {readFileSync} from "node:fs";
import {gzipSync} from "node:zlib";
import {minify} from "terser";

const root = new URL("../../", import.meta.url);
const kb = (bytes) => bytes / 1024;
const gzipped = async (file, alreadyMinified) => {
  const code = readFileSync(new URL(file, root), "utf8");
  const minified = alreadyMinified ? code : (await minify(code, {module: true})).code;
  return gzipSync(minified).length;
};

const checks = [
  {what: "own code, ESM (dist/index.js, d3 excluded)", bytes: await gzipped("dist/index.js", false), budget: 25},
  {what: "UMD with d3 (dist/chronoline.umd.min.js)", bytes: await gzipped("dist/chronoline.umd.min.js", true), budget: 60},
  {what: "importers, ESM (dist/import.js, no budget)", bytes: await gzipped("dist/import.js", false), budget: Infinity}
];
let over = false;
for (const {what, bytes, budget} of checks) {
  const ok = kb(bytes) <= budget;
  over ||= !ok;
  console.log(`${what.padEnd(48)} ${kb(bytes).toFixed(1).padStart(6)} KB min+gz${Number.isFinite(budget) ? `   budget ${budget} KB  ${ok ? "within" : "OVER"}` : ""}`);
}
process.exitCode = over ? 1 : 0;
