import type {CommandOptions} from "./args.js";
import type {CliIO} from "./io.js";
import {countIssues, formatIssue, importIssues, modelIssues} from "./issues.js";
import {readDocument} from "./readDocument.js";

/**
 * `chronoline validate <file|->`: every error and warning with its path, one a
 * line, then a summary; exit status 1 when there are errors. A document in
 * another format is checked as it converts: the importer's warnings point into
 * the file, the model's into the converted document.
 */
export async function validate(file: string, options: CommandOptions, io: CliIO): Promise<number> {
  const document = await readDocument(file, options, io);
  const model = modelIssues(document.input, {
    converted: document.format !== "chronoline",
    ...(options.timeZone !== undefined && {timeZone: options.timeZone})
  });
  const issues = [...importIssues(document.warnings), ...model.issues];
  for (const issue of issues) io.stdout.write(`${formatIssue(document.name, issue)}\n`);
  const errors = issues.some((issue) => issue.severity === "error");
  const timeline = model.timeline;
  const contents = timeline ? ` (${timeline.events.length} event${timeline.events.length === 1 ? "" : "s"}, read as ${document.format})` : "";
  io.stdout.write(`${document.name}: ${errors ? "invalid" : "valid"}, ${countIssues(issues)}${contents}\n`);
  return errors ? 1 : 0;
}
