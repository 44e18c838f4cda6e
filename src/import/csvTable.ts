import {dsvFormat} from "d3-dsv";

/**
 * Delimited text to rows of cells through d3-dsv's row parser, which handles
 * quoted delimiters, doubled quotes, quoted newlines and CRLF line ends (and
 * never builds code from the header, unlike its object parser). A byte-order
 * mark, as spreadsheet programs write one, is dropped.
 */
export function readCsvRows(text: string, delimiter?: string): string[][] {
  const content = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return dsvFormat(delimiter ?? guessDelimiter(content)).parseRows(content);
}

const DELIMITERS = [",", ";", "\t"];

/**
 * The delimiter that splits the first record into the most cells, counted
 * outside quotes: commas unless the file uses semicolons (as spreadsheets in
 * many European locales write CSV) or tabs.
 */
function guessDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/** A row with nothing in it: spreadsheets pad files with them. */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === "");
}

/** The path of a cell: `rows[12].Year`, `rows[3]["start date"]`, or `rows[3][2]` without a header. */
export function cellPath(row: number, column: number, header: readonly string[] | undefined): string {
  const name = header?.[column]?.trim();
  if (!name) return `rows[${row}][${column}]`;
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `rows[${row}].${name}` : `rows[${row}][${JSON.stringify(name)}]`;
}
