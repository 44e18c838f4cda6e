import {readFileSync, mkdirSync, copyFileSync} from "node:fs";
import {dirname, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import {dts} from "rollup-plugin-dts";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const banner = `// chronoline ${pkg.version} (${pkg.license})`;
// The ESM build leaves its dependencies (the d3 modules) to the user's bundler.
const external = (id) => Object.keys(pkg.dependencies).some((dep) => id === dep || id.startsWith(`${dep}/`));
const ts = () => typescript({tsconfig: "./tsconfig.json", noEmitOnError: true, declaration: false, noEmit: false});

// The importers (chronoline/import) take the core's public API (TimelineError,
// parseDate and the types) from the core bundle instead of a copy, so that
// `instanceof TimelineError` holds for errors thrown by either entry.
const coreSource = fileURLToPath(new URL("./src/index.ts", import.meta.url));
const coreFromBundle = {
  name: "core-from-bundle",
  resolveId(source, importer) {
    if (importer && resolve(dirname(importer), source).replace(/\.js$/, ".ts") === coreSource) return {id: "./index.js", external: true};
    return null;
  }
};

// The stylesheet is a source file of its own; the build only copies it.
const copyStylesheet = {
  name: "copy-stylesheet",
  writeBundle() {
    mkdirSync("dist", {recursive: true});
    copyFileSync("src/style/chronoline.css", "dist/chronoline.css");
  }
};

export default [
  {
    input: "src/index.ts",
    external,
    output: {file: "dist/index.js", format: "es", banner, sourcemap: true},
    plugins: [ts(), copyStylesheet]
  },
  {
    input: "src/index.ts",
    output: [
      {file: "dist/chronoline.umd.js", format: "umd", name: "chronoline", banner, sourcemap: true},
      {file: "dist/chronoline.umd.min.js", format: "umd", name: "chronoline", banner, plugins: [terser()]}
    ],
    plugins: [nodeResolve(), ts()]
  },
  {
    input: "src/index.ts",
    external,
    output: {file: "dist/index.d.ts", format: "es"},
    plugins: [dts({tsconfig: "./tsconfig.json"})]
  },
  // The importers: ESM and declarations only; the UMD build stays the core.
  {
    input: "src/import/index.ts",
    external,
    output: {file: "dist/import.js", format: "es", banner, sourcemap: true},
    plugins: [coreFromBundle, ts()]
  },
  {
    input: "src/import/index.ts",
    external,
    output: {file: "dist/import.d.ts", format: "es"},
    plugins: [coreFromBundle, dts({tsconfig: "./tsconfig.json"})]
  }
];
