// Paths from the repository root. `import.meta.url` is not a file URL in the
// jsdom environment, so the root comes from the test config instead.
import {join} from "node:path";

export const repoRoot = process.env.CHRONOLINE_ROOT ?? process.cwd();

export function repoPath(...parts: string[]): string {
  return join(repoRoot, ...parts);
}
