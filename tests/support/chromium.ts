// Finds Debian's Chromium for the browser tests. Without one the tests are skipped
// with a loud notice, except under CI, where a missing browser is a failure:
// .ci/run installs it, so its absence there means something is broken.
import {execSync} from "node:child_process";
import {chromium, type Browser} from "playwright-core";

export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync("command -v chromium", {encoding: "utf8", shell: "/bin/sh"}).trim() || undefined;
  } catch {
    return undefined;
  }
}

export const chromiumPath = findChromium();

if (!chromiumPath) {
  if (process.env.CI) throw new Error("CI=true but no Chromium found: .ci/run should have installed it");
  console.warn(
    "\n*** SKIPPING BROWSER TESTS: no Chromium found. Install Debian's chromium (apt-get install -y chromium\n" +
      "*** fonts-liberation) or set CHROMIUM_PATH; CI installs it and always runs them.\n"
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"
    ]
  });
}
