import type {Command} from "./args.js";

const USAGE = `Usage:
  chronoline render <file|-> -o <out.svg|out.png|-> [options]
  chronoline validate <file|-> [--from <format>]
  chronoline convert <file|-> [--from <format>] [-o <out.json>]
  chronoline help [command]      chronoline --version

<file> is a path, or - for standard input. Formats (--from): auto (the default:
told from the document), chronoline, timelinejs (TimelineJS3 JSON, v2 JSON or
the Google-Sheets CSV), vis (vis-timeline items or {items, groups}), markwhen,
csv. Exit status: 0 done, 1 invalid data, 2 a problem with the command line or
the files (missing file, unreadable JSON, unknown format, bad option).`;

const COMMAND_HELP: Record<Command, string> = {
  render: `Usage: chronoline render <file|-> -o <out.svg|out.png|-> [options]

Draws the timeline as SVG or PNG (told by the output's extension; -o - writes
SVG to standard output). Items that cannot be drawn are left out and reported
on standard error.

Options:
  -o, --output <path>     the image to write (.svg or .png), or -
  --from <format>         auto, chronoline, timelinejs, vis, markwhen, csv
  --width <px>            default 900
  --height <px>           default: as tall as the content
  --theme <light|dark>    default light
  --locale <tag>          BCP 47 locale for labels, e.g. en-US
  --time-zone <zone>      IANA zone for dates without an offset, e.g. Europe/Berlin
  --orientation <horizontal|vertical>
  --max-rows <n>          rows per lane before events fold into "+N" clusters
  --scale <n>             PNG pixels per px, default 1
  --now <date>            what markwhen's "now" and relative dates mean; default: the clock
  -q, --quiet             no warnings`,
  validate: `Usage: chronoline validate <file|-> [--from <format>] [--time-zone <zone>] [--now <date>]

Checks a document: every error and warning with its path, one a line, then a
summary. A document in another format is checked as it converts: importer
warnings point into the file, the rest into the converted document. Exit
status 1 when there are errors, 0 otherwise.`,
  convert: `Usage: chronoline convert <file|-> [--from <format>] [-o <out.json>]

Writes the document in chronoline's JSON format, with "$schema" naming its JSON
Schema, to <out.json> or standard output. What could not be converted is
reported on standard error.

Options:
  -o, --output <path>     the JSON file to write, or - (the default)
  --from <format>         auto, chronoline, timelinejs, vis, markwhen, csv
  --time-zone <zone>      the zone of a markwhen document without one
  --schema <url>          the "$schema" to write; default: this version's published schema
  --now <date>            what markwhen's "now" and relative dates mean; default: the clock
  -q, --quiet             no warnings`
};

export function helpText(command?: Command): string {
  return `${command ? COMMAND_HELP[command] : USAGE}\n`;
}
