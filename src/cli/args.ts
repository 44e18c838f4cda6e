/// <reference types="node" />
import {parseArgs} from "node:util";
import {parseDate} from "../index.js";
import {CliError} from "./cliError.js";

export const COMMANDS = ["render", "validate", "convert"] as const;
export type Command = (typeof COMMANDS)[number];

/** What `--from` names; "timelinejs" covers the Google-Sheets CSV layout too. */
export const FORMATS = ["auto", "chronoline", "timelinejs", "timelinejs-sheet", "vis", "markwhen", "csv"] as const;
export type FormatName = (typeof FORMATS)[number];

const OPTIONS = {
  output: {type: "string", short: "o"},
  from: {type: "string"},
  width: {type: "string"},
  height: {type: "string"},
  theme: {type: "string"},
  locale: {type: "string"},
  "time-zone": {type: "string"},
  orientation: {type: "string"},
  "max-rows": {type: "string"},
  scale: {type: "string"},
  schema: {type: "string"},
  now: {type: "string"},
  quiet: {type: "boolean", short: "q"},
  help: {type: "boolean", short: "h"},
  version: {type: "boolean", short: "v"}
} as const;

type OptionName = keyof typeof OPTIONS;

const COMMAND_OPTIONS: Record<Command, readonly OptionName[]> = {
  render: ["output", "from", "width", "height", "theme", "locale", "time-zone", "orientation", "max-rows", "scale", "now", "quiet", "help"],
  validate: ["from", "time-zone", "now", "help"],
  convert: ["output", "from", "time-zone", "schema", "now", "quiet", "help"]
};

/** The options of one command, checked and typed. */
export interface CommandOptions {
  output?: string;
  from: FormatName;
  width?: number;
  height?: number;
  theme?: "light" | "dark";
  locale?: string;
  timeZone?: string;
  orientation?: "horizontal" | "vertical";
  maxRows?: number;
  scale?: number;
  schema?: string;
  /** The instant markwhen's "now" and relative dates mean (epoch ms); default: the clock. */
  now?: number;
  quiet: boolean;
}

export type CommandLine =
  | {kind: "help"; command?: Command}
  | {kind: "version"}
  | {kind: "run"; command: Command; file: string; options: CommandOptions};

/** Reads the arguments after `chronoline`; a `CliError` (status 2) says what is wrong with them. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({args: [...argv], options: OPTIONS, allowPositionals: true, strict: true});
  } catch (error) {
    throw usageError(argumentMessage(error));
  }
  const {values, positionals} = parsed;
  const [name, ...files] = positionals;
  if (name === "help") return {kind: "help", ...(isCommand(files[0]) && {command: files[0]})};
  if (name === undefined) {
    if (values.version) return {kind: "version"};
    if (values.help) return {kind: "help"};
    throw usageError("no command given");
  }
  if (!isCommand(name)) throw usageError(`unknown command ${JSON.stringify(name)}; the commands are ${COMMANDS.join(", ")}`);
  if (values.help) return {kind: "help", command: name};
  for (const option of Object.keys(values) as OptionName[]) {
    if (!COMMAND_OPTIONS[name].includes(option)) throw usageError(`${name} has no option --${option}`);
  }
  if (files.length === 0) throw usageError(`${name} needs an input file (a path, or - for standard input)`);
  if (files.length > 1) throw usageError(`${name} reads one file, got ${files.length}: ${files.map((file) => JSON.stringify(file)).join(", ")}`);
  return {kind: "run", command: name, file: files[0]!, options: readOptions(values)};
}

function readOptions(values: {[K in OptionName]?: string | boolean}): CommandOptions {
  const text = (name: OptionName) => values[name] as string | undefined;
  const from = text("from") ?? "auto";
  if (!(FORMATS as readonly string[]).includes(from)) {
    throw usageError(`unknown format ${JSON.stringify(from)} for --from; the formats are ${FORMATS.join(", ")}`);
  }
  const options: CommandOptions = {from: from as FormatName, quiet: values.quiet === true};
  const output = text("output");
  if (output !== undefined) {
    if (output === "") throw usageError("invalid --output: an empty path");
    options.output = output;
  }
  const width = readNumber(values, "width");
  if (width !== undefined) options.width = width;
  const height = readNumber(values, "height");
  if (height !== undefined) options.height = height;
  const maxRows = readNumber(values, "max-rows");
  if (maxRows !== undefined) options.maxRows = maxRows;
  const scale = readNumber(values, "scale");
  if (scale !== undefined) options.scale = scale;
  const theme = readChoice(values, "theme", ["light", "dark"] as const);
  if (theme !== undefined) options.theme = theme;
  const orientation = readChoice(values, "orientation", ["horizontal", "vertical"] as const);
  if (orientation !== undefined) options.orientation = orientation;
  const locale = text("locale");
  if (locale !== undefined) options.locale = locale;
  const timeZone = text("time-zone");
  if (timeZone !== undefined) options.timeZone = timeZone;
  const schema = text("schema");
  if (schema !== undefined) options.schema = schema;
  const now = text("now");
  if (now !== undefined) options.now = readInstant(now);
  return options;
}

/** An ISO 8601 date or date-time (UTC unless it has an offset), or epoch milliseconds. */
function readInstant(value: string): number {
  if (/^-?\d{9,}$/.test(value)) return Number(value);
  try {
    return parseDate(value, {timeZone: "UTC"}).start;
  } catch {
    throw usageError(`invalid --now: ${JSON.stringify(value)}; expected an ISO 8601 date or date-time, or epoch milliseconds`);
  }
}

// Plain decimal numbers only: Number() would also take "", "0x10" and "1e3".
const DECIMAL = /^\d+(?:\.\d+)?$/;

function readNumber(values: {[K in OptionName]?: string | boolean}, name: OptionName): number | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !DECIMAL.test(value.trim())) {
    throw usageError(`invalid --${name}: ${JSON.stringify(value)} is not a number`);
  }
  return Number(value);
}

function readChoice<T extends string>(values: {[K in OptionName]?: string | boolean}, name: OptionName, choices: readonly T[]): T | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (!(choices as readonly unknown[]).includes(value)) {
    throw usageError(`invalid --${name}: ${JSON.stringify(value)}; expected ${choices.join(" or ")}`);
  }
  return value as T;
}

function usageError(message: string): CliError {
  return new CliError(message, 2, true);
}

function isCommand(value: unknown): value is Command {
  return (COMMANDS as readonly unknown[]).includes(value);
}

/** parseArgs' own messages, shortened to what was wrong. */
function argumentMessage(error: unknown): string {
  const code = (error as {code?: string}).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(message)?.[1];
    return `unknown option ${option ?? message}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = /--([\w-]+)/.exec(message)?.[1];
    if (option && /argument missing/.test(message)) return `--${option} needs a value`;
    if (option && /does not take an argument/.test(message)) return `--${option} takes no value`;
  }
  return message;
}
