import type {Timeline} from "../model/types.js";
import type {LayoutCache} from "../layout/layoutCache.js";
import {element} from "./dom.js";

/**
 * Rows beyond this are summarised: a table of 100,000 rows helps nobody, and
 * its nodes would outweigh the chart's.
 */
export const MAX_TABLE_ROWS = 150;

/**
 * The table alternative to the chart: the date, title, lane, description and
 * sources of the events in the visible window (all of them until the reader
 * zooms in), in time order. It sits beside the chart, visually hidden (still
 * read by screen readers) until its button shows it.
 */
export class EventTable {
  readonly node: HTMLDivElement;
  private readonly table: HTMLTableElement;
  /** Holds the table; hidden from sight by its class (a table ignores the 1px width a box obeys). */
  private readonly box: HTMLDivElement;
  private readonly toggle: HTMLButtonElement;

  constructor(frame: HTMLElement) {
    const document = frame.ownerDocument;
    this.node = element(document, "div", "chronoline-table-wrap");
    this.toggle = element(document, "button", "chronoline-table-toggle", "Show the events as a table");
    this.toggle.type = "button";
    this.toggle.setAttribute("aria-expanded", "false");
    this.table = element(document, "table", "chronoline-table");
    this.box = element(document, "div", "chronoline-table-box chronoline-visually-hidden");
    this.box.append(this.table);
    this.toggle.addEventListener("click", () => this.setVisible(this.toggle.getAttribute("aria-expanded") !== "true"));
    this.node.append(this.toggle, this.box);
    frame.append(this.node);
  }

  setVisible(visible: boolean): void {
    this.toggle.setAttribute("aria-expanded", String(visible));
    this.toggle.textContent = visible ? "Hide the table" : "Show the events as a table";
    this.box.classList.toggle("chronoline-visually-hidden", !visible);
  }

  /** Lists `events` (those in view, in time order) of `timeline`. */
  update(timeline: Timeline, events: readonly Timeline["events"][number][], cache: LayoutCache, labels: {locale: string; timeZone: string}): void {
    const document = this.node.ownerDocument;
    const caption = element(document, "caption", "", timeline.title ?? "Events");
    const head = element(document, "thead");
    const headRow = element(document, "tr");
    for (const name of ["Date", "Title", "Lane", "Description", "Sources"]) {
      const cell = element(document, "th", "", name);
      cell.scope = "col";
      headRow.append(cell);
    }
    head.append(headRow);
    const laneTitles = new Map(timeline.lanes.map((lane) => [lane.id, lane.title]));
    const body = element(document, "tbody");
    for (const event of events.slice(0, MAX_TABLE_ROWS)) {
      const row = element(document, "tr");
      const sources = element(document, "td");
      for (const source of event.sources) {
        const link = element(document, "a", "", source.title ?? source.url);
        link.href = source.url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        sources.append(link, " ");
      }
      row.append(
        element(document, "td", "", cache.name(event, labels).dateLabel),
        element(document, "th", "", event.title),
        element(document, "td", "", laneTitles.get(event.lane) ?? ""),
        element(document, "td", "", event.description ?? ""),
        sources
      );
      (row.children[1] as HTMLTableCellElement).scope = "row";
      body.append(row);
    }
    const parts: HTMLElement[] = [caption, head, body];
    if (events.length > MAX_TABLE_ROWS) {
      const foot = element(document, "tfoot");
      const row = element(document, "tr");
      const cell = element(document, "td", "", `${events.length - MAX_TABLE_ROWS} more events in view are not listed; zoom in to list them.`);
      cell.colSpan = 5;
      row.append(cell);
      foot.append(row);
      parts.push(foot);
    }
    this.table.replaceChildren(...parts);
  }
}
