/** Titles are one line: the lines the markup made are joined with spaces. */
export function oneLine(text: string | undefined): string {
  return text ? text.replace(/\s+/g, " ").trim() : "";
}

/** The first line of a text, for a title when the source has none. */
export function firstLine(text: string | undefined): string {
  return text ? oneLine(text.split("\n")[0]) : "";
}
