import {parseCommandLine} from "./args.js";
import {CliError} from "./cliError.js";
import {convert} from "./convert.js";
import {helpText} from "./help.js";
import type {CliIO} from "./io.js";
import {packageInfo} from "./packageInfo.js";
import {render} from "./render.js";
import {validate} from "./validate.js";

/** Runs one command line and returns the exit status; messages go to `io`. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const line = parseCommandLine(argv);
    switch (line.kind) {
      case "help":
        io.stdout.write(helpText(line.command));
        return 0;
      case "version":
        io.stdout.write(`${packageInfo().version}\n`);
        return 0;
      case "run": {
        const command = {render, validate, convert}[line.command];
        return await command(line.file, line.options, io);
      }
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`chronoline: ${error.message}\n`);
      if (error.usage) io.stderr.write("Run 'chronoline --help' for usage.\n");
      return error.exitCode;
    }
    io.stderr.write(`chronoline: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
