/// <reference types="node" />
import {writeFile} from "node:fs/promises";
import {CliError} from "./cliError.js";
import type {CliIO} from "./io.js";
import {STDIN, fileProblem} from "./readDocument.js";

/** Writes to a file, or to standard output for "-". */
export async function writeOutput(output: string, data: string | Uint8Array, io: CliIO): Promise<void> {
  if (output === STDIN) {
    io.stdout.write(data);
    return;
  }
  try {
    await writeFile(output, data);
  } catch (error) {
    throw new CliError(`cannot write ${JSON.stringify(output)}: ${fileProblem(error)}`);
  }
}
