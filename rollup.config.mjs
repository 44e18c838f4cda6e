import {readFileSync, mkdirSync, copyFileSync} from "node:fs";
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import {dts} from "rollup-plugin-dts";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const banner = `// chronoline ${pkg.version} (${pkg.license})`;
// The ESM build leaves its dependencies (the d3 modules) to the user's bundler.
const external = (id) => Object.keys(pkg.dependencies).some((dep) => id === dep || id.startsWith(`${dep}/`));
const ts = () => typescript({tsconfig: "./tsconfig.json", noEmitOnError: true, declaration: false, noEmit: false});

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
  }
];
