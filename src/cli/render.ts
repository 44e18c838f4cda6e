/// <reference types="node" />
import {extname} from "node:path";
import {TimelineError, renderToSVG, type RenderToSVGOptions, type TimelineWarning} from "../index.js";
import type {CommandOptions} from "./args.js";
import {CliError} from "./cliError.js";
import type {CliIO} from "./io.js";
import {formatIssue, importIssues, optionMessage} from "./issues.js";
import {STDIN, readDocument} from "./readDocument.js";
import {writeOutput} from "./writeOutput.js";

/** `chronoline render <file|-> -o out.svg|out.png|-`: draws the timeline; data problems are warnings on stderr. */
export async function render(file: string, options: CommandOptions, io: CliIO): Promise<number> {
  const output = options.output;
  if (output === undefined) throw new CliError("render needs -o out.svg, -o out.png, or -o - for SVG on standard output", 2, true);
  const format = output === STDIN ? ".svg" : extname(output).toLowerCase();
  if (format !== ".svg" && format !== ".png") {
    throw new CliError(`cannot tell the image format of ${JSON.stringify(output)}: name the output file .svg or .png`, 2, true);
  }
  if (options.scale !== undefined && format !== ".png") throw new CliError("--scale applies to PNG output only", 2, true);
  const document = await readDocument(file, options, io);
  const report = (issue: TimelineWarning, converted: boolean) => {
    if (!options.quiet) io.stderr.write(`${formatIssue(document.name, {...issue, severity: "warning", converted})}\n`);
  };
  for (const issue of importIssues(document.warnings)) report(issue, false);
  const converted = document.format !== "chronoline";
  const svgOptions: RenderToSVGOptions = {
    ...(options.width !== undefined && {width: options.width}),
    ...(options.height !== undefined && {height: options.height}),
    ...(options.theme !== undefined && {theme: options.theme}),
    ...(options.locale !== undefined && {locale: options.locale}),
    ...(options.timeZone !== undefined && {timeZone: options.timeZone}),
    ...(options.orientation !== undefined && {orientation: options.orientation}),
    ...(options.maxRows !== undefined && {maxRows: options.maxRows}),
    onWarning: (warning) => report(warning, converted)
  };
  let image: string | Uint8Array;
  try {
    if (format === ".svg") {
      image = renderToSVG(document.input, svgOptions);
    } else {
      // Loaded only for PNG output: resvg is a native module.
      const {renderToPNG} = await import("../export/png.js");
      image = renderToPNG(document.input, {...svgOptions, ...(options.scale !== undefined && {scale: options.scale})});
    }
  } catch (error) {
    if (!(error instanceof TimelineError)) throw error;
    if (error.code === "INVALID_OPTION" || error.code === "INVALID_OPTIONS") throw new CliError(optionMessage(error));
    throw new CliError(`${document.name}: ${error.message}`, 1);
  }
  await writeOutput(output, image, io);
  return 0;
}
