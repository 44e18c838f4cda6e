import {element, placeWithin} from "./dom.js";

/** What a tooltip says: an event's title and date, and optionally a note below them. */
export interface TooltipText {
  title: string;
  dateLabel: string;
  note?: string;
}

/** The tooltip: a small HTML box in the timeline's frame naming the event under the pointer. */
export class Tooltip {
  private readonly node: HTMLDivElement;

  constructor(private readonly frame: HTMLDivElement) {
    this.node = element(frame.ownerDocument, "div", "chronoline-tooltip");
    this.node.setAttribute("role", "tooltip");
    this.node.hidden = true;
    frame.append(this.node);
  }

  /** Shows `text` at (x, y) px in the frame, kept within it. */
  showAt(text: TooltipText, x: number, y: number): void {
    this.fill(text);
    placeWithin(this.node, this.frame, x, y);
  }

  /** Shows `text` just above and to the right of the pointer. */
  showAtPointer(text: TooltipText, event: MouseEvent): void {
    this.fill(text);
    const frame = this.frame.getBoundingClientRect();
    placeWithin(this.node, this.frame, event.clientX - frame.left + 12, event.clientY - frame.top - 36);
  }

  hide(): void {
    // Every zoom frame hides it: writing `hidden` again would still restyle the frame.
    if (!this.node.hidden) this.node.hidden = true;
  }

  private fill({title, dateLabel, note}: TooltipText): void {
    const document = this.frame.ownerDocument;
    this.node.replaceChildren(
      element(document, "strong", "", title),
      element(document, "span", "", dateLabel),
      ...(note === undefined ? [] : [element(document, "span", "chronoline-tooltip-more", note)])
    );
    this.node.hidden = false;
  }
}
