// Debian's Chromium for the browser bench: CHROMIUM_PATH, else `chromium` on the PATH.
import {execSync} from "node:child_process";

export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync("command -v chromium", {encoding: "utf8", shell: "/bin/sh"}).trim() || undefined;
  } catch {
    return undefined;
  }
}
