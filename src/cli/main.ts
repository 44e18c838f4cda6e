/// <reference types="node" />
// The `chronoline` command (package.json "bin"); the build adds the #! line.
import {run} from "./run.js";

process.exitCode = await run(process.argv.slice(2), {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr});
