import {readFileSync, mkdirSync, copyFileSync, readdirSync, chmodSync} from "node:fs";
import {builtinModules} from "node:module";
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

// chronoline/png and the command take the core, the importers and the png entry
// from their own bundles (./index.js, ./import.js, ./png.js), never a copy: one
// TimelineError class, and the command loads resvg only for PNG output.
const siblingBundles = {
  "src/index.ts": "./index.js",
  "src/import/index.ts": "./import.js",
  "src/export/png.ts": "./png.js"
};
const fromSiblingBundles = (self) => ({
  name: "from-sibling-bundles",
  resolveId(source, importer) {
    if (!importer || !source.startsWith(".")) return null;
    const file = resolve(dirname(importer), source).replace(/\.js$/, ".ts");
    for (const [entry, bundle] of Object.entries(siblingBundles)) {
      if (entry !== self && file === fileURLToPath(new URL(`./${entry}`, import.meta.url))) return {id: bundle, external: true};
    }
    return null;
  }
});
const nodeExternal = (id) => external(id) || id.startsWith("node:") || builtinModules.includes(id);

// renderToPNG finds its fonts beside its module: src/export/fonts/ in the
// sources, dist/fonts/ in the package (with their licence, OFL.txt).
const copyFonts = {
  name: "copy-fonts",
  writeBundle() {
    mkdirSync("dist/fonts", {recursive: true});
    for (const file of readdirSync("src/export/fonts")) copyFileSync(`src/export/fonts/${file}`, `dist/fonts/${file}`);
  }
};

// The JSON Schema is generated from the field definitions that the readers take
// their known fields from (src/model/fieldSpec.ts): this build bundles the
// generator, runs it, and writes only its output, dist/chronoline.schema.json.
const emitJsonSchema = {
  name: "emit-json-schema",
  async generateBundle(_options, bundle) {
    const [fileName, chunk] = Object.entries(bundle).find(([, output]) => output.type === "chunk" && output.isEntry);
    delete bundle[fileName];
    const generator = await import(`data:text/javascript;base64,${Buffer.from(chunk.code).toString("base64")}`);
    this.emitFile({type: "asset", fileName: "chronoline.schema.json", source: `${JSON.stringify(generator.timelineJsonSchema(), null, 2)}\n`});
  }
};

const makeExecutable = {
  name: "make-executable",
  writeBundle({file}) {
    chmodSync(file, 0o755);
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
  },
  // PNG in Node (chronoline/png): its own entry, so browser bundles never see resvg.
  {
    input: "src/export/png.ts",
    external: nodeExternal,
    output: {file: "dist/png.js", format: "es", banner, sourcemap: true},
    plugins: [fromSiblingBundles("src/export/png.ts"), ts(), copyFonts]
  },
  {
    input: "src/export/png.ts",
    external: nodeExternal,
    output: {file: "dist/png.d.ts", format: "es"},
    plugins: [fromSiblingBundles("src/export/png.ts"), dts({tsconfig: "./tsconfig.json"})]
  },
  // The command (package.json "bin").
  {
    input: "src/cli/main.ts",
    external: nodeExternal,
    output: {file: "dist/cli.js", format: "es", banner: `#!/usr/bin/env node\n${banner}`},
    plugins: [fromSiblingBundles("src/cli/main.ts"), ts(), makeExecutable]
  },
  {
    input: "src/model/jsonSchema.ts",
    output: {dir: "dist", format: "es", entryFileNames: "schema-generator.js"},
    plugins: [ts(), emitJsonSchema]
  }
];
