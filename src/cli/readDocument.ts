/// <reference types="node" />
import {readFile} from "node:fs/promises";
import {TimelineError} from "../index.js";
import {importTimeline, type ImportTimelineResult} from "../import/index.js";
import type {FormatName} from "./args.js";
import {CliError} from "./cliError.js";
import type {CliIO} from "./io.js";

/** A document read and imported: its name for messages, and chronoline input with the importer's warnings. */
export interface ReadDocument extends ImportTimelineResult {
  name: string;
}

export const STDIN = "-";

/**
 * Reads a file (or standard input for "-") and imports it in the format named,
 * or the one it looks like. What cannot be read at all is a `CliError`: a
 * missing file, unreadable JSON (with its line and column), an unknown format.
 */
export async function readDocument(file: string, options: {from: FormatName; timeZone?: string; now?: number}, io: CliIO): Promise<ReadDocument> {
  const name = file === STDIN ? "<stdin>" : file;
  const text = file === STDIN ? await readStream(io.stdin) : await readPath(file);
  try {
    const {from, timeZone, now} = options;
    return {name, ...importTimeline(text, {format: from, ...(timeZone !== undefined && {timeZone}), ...(now !== undefined && {now})})};
  } catch (error) {
    if (!(error instanceof TimelineError)) throw error;
    if (error.code === "INVALID_JSON") throw new CliError(`${name}: ${error.message}`);
    if (error.code === "UNKNOWN_FORMAT") {
      throw new CliError(`${name}: cannot tell the format of the document; name it with --from (chronoline, timelinejs, vis, markwhen, csv)`);
    }
    if (error.code === "INVALID_OPTION" || error.code === "INVALID_OPTIONS") throw new CliError(`${name}: ${error.message}`);
    throw new CliError(`${name}: ${error.message}`, 1);
  }
}

async function readPath(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${JSON.stringify(file)}: ${fileProblem(error)}`);
  }
}

async function readStream(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

/** A file system error in words. */
export function fileProblem(error: unknown): string {
  switch ((error as {code?: string}).code) {
    case "ENOENT": return "no such file or directory";
    case "EISDIR": return "it is a directory";
    case "EACCES": case "EPERM": return "permission denied";
    case "ENOTDIR": return "a part of the path is not a directory";
    default: return error instanceof Error ? error.message : String(error);
  }
}
