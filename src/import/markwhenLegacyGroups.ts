/**
 * markwhen used to open groups with `section Title` or `group Title` lines and
 * close them with `endSection` / `endGroup`; version 1 of its parser knows only
 * Markdown headings (`# Title`, `## Subtitle`) and reads the old lines as text
 * (or, at the top, as a broken header). Documents written that way, like
 * markwhen's own older examples, are rewritten line for line into headings, so
 * line numbers stay those of the source:
 *
 * - `section A` / `group A` opens a heading one level below the open one;
 * - `endSection` / `endGroup` reopens the enclosing group's heading (lanes are
 *   keyed by their title path, so its events land in the same lane), or an
 *   untitled top-level heading, which is the default lane.
 *
 * Only documents that close a group this way are rewritten: in others a line
 * starting with "group" is an event's text.
 */

const OPEN = /^(\s*)(?:section|group)\s+(\S.*)$/;
const CLOSE = /^\s*end(?:Section|Group)\s*$/;

export function rewriteLegacyGroups(text: string): string {
  const lines = text.split("\n");
  if (!lines.some((line) => CLOSE.test(line.replace(/\r$/, "")))) return text;
  const open: string[] = [];
  return lines
    .map((line) => {
      const body = line.replace(/\r$/, "");
      const ending = line.slice(body.length);
      const opening = OPEN.exec(body);
      if (opening) {
        open.push(opening[2]!);
        return `${"#".repeat(Math.min(open.length, 6))} ${opening[2]}${ending}`;
      }
      if (CLOSE.test(body)) {
        open.pop();
        const parent = open[open.length - 1];
        return `${"#".repeat(Math.max(1, Math.min(open.length, 6)))} ${parent ?? ""}${ending}`;
      }
      return line;
    })
    .join("\n");
}
