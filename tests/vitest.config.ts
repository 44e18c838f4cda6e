import {fileURLToPath} from "node:url";
import {defineConfig} from "vitest/config";

// Date and model tests run once per process time zone: output must not depend on
// the machine's TZ. Each project pins TZ before any test code runs.
const zonedSuites = ["tests/time/**/*.test.ts", "tests/model/**/*.test.ts", "tests/render/**/*.test.ts", "tests/hostile/**/*.test.ts"];
const zones = ["UTC", "America/New_York", "Asia/Kathmandu"];

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  test: {
    root,
    env: {CHRONOLINE_ROOT: root},
    projects: [
      ...zones.map((TZ) => ({
        extends: true as const,
        test: {name: `unit ${TZ}`, include: zonedSuites, env: {TZ}, environment: "node" as const}
      })),
      {
        extends: true as const,
        test: {
          name: "layout and package",
          include: ["tests/layout/**/*.test.ts", "tests/interact/**/*.test.ts", "tests/package/**/*.test.ts", "tests/import/**/*.test.ts", "tests/export/**/*.test.ts", "tests/cli/**/*.test.ts"],
          env: {TZ: "Asia/Kathmandu"},
          environment: "node" as const
        }
      },
      {
        extends: true as const,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node" as const,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false
        }
      }
    ]
  }
});
