import type {CommandOptions} from "./args.js";
import type {CliIO} from "./io.js";
import {formatIssue, importIssues, modelIssues} from "./issues.js";
import {packageInfo, schemaUrl} from "./packageInfo.js";
import {STDIN, readDocument} from "./readDocument.js";
import {writeOutput} from "./writeOutput.js";

/**
 * `chronoline convert <file|-> [--from X] [-o out.json]`: the document in
 * chronoline's format, naming its JSON Schema in `$schema` (--schema, else the
 * document's own, else this version's published schema). Standard output when
 * there is no -o. What the importer skipped, and what the converted document
 * still gets wrong, goes to standard error.
 */
export async function convert(file: string, options: CommandOptions, io: CliIO): Promise<number> {
  const document = await readDocument(file, options, io);
  const {$schema: ownSchema, ...input} = document.input as {$schema?: unknown};
  const schema = options.schema ?? (typeof ownSchema === "string" ? ownSchema : schemaUrl(packageInfo().version));
  const json = `${JSON.stringify({$schema: schema, ...input}, null, 2)}\n`;
  if (!options.quiet) {
    const model = modelIssues(document.input, {converted: document.format !== "chronoline"});
    for (const issue of [...importIssues(document.warnings), ...model.issues]) io.stderr.write(`${formatIssue(document.name, issue)}\n`);
  }
  await writeOutput(options.output ?? STDIN, json, io);
  return 0;
}
