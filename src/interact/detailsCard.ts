import type {Relation, Timeline, TimelineEvent} from "../model/types.js";
import {element, placeWithin, uniqueId} from "./dom.js";

export interface DetailsCardActions {
  /** Moves focus to a related event (the card closes first). */
  focusEvent(id: string): void;
  close(): void;
}

/**
 * The details card: an HTML dialog inside the timeline's frame with the event's
 * title, date, description, actors, places, sources as links (only the http,
 * https and mailto URLs the model kept; opened in a new tab without opener or
 * referrer) and its related events as buttons.
 */
export class DetailsCard {
  readonly node: HTMLDivElement;
  private readonly titleId = uniqueId("details-title");
  eventId: string | null = null;

  constructor(private readonly frame: HTMLElement, private readonly actions: DetailsCardActions) {
    const document = frame.ownerDocument;
    this.node = element(document, "div", "chronoline-details");
    this.node.setAttribute("role", "dialog");
    this.node.setAttribute("aria-modal", "false");
    this.node.setAttribute("aria-labelledby", this.titleId);
    this.node.tabIndex = -1;
    this.node.hidden = true;
    frame.append(this.node);
  }

  open(event: TimelineEvent, dateLabel: string, timeline: Timeline, at: {x: number; y: number}): void {
    const document = this.frame.ownerDocument;
    const title = element(document, "h2", "chronoline-details-title", event.title);
    title.id = this.titleId;
    const close = element(document, "button", "chronoline-details-close", "×");
    close.type = "button";
    close.setAttribute("aria-label", "Close details");
    close.addEventListener("click", () => this.actions.close());
    const parts: HTMLElement[] = [close, title, element(document, "p", "chronoline-details-date", dateLabel)];
    if (event.description) parts.push(element(document, "p", "chronoline-details-description", event.description));
    if (event.actors.length) parts.push(list(document, "Actors", event.actors.map((actor) => element(document, "li", "", actor))));
    if (event.places.length) parts.push(list(document, "Places", event.places.map((place) => element(document, "li", "", place.name))));
    if (event.sources.length) {
      parts.push(list(document, "Sources", event.sources.map((source) => {
        const item = element(document, "li");
        const link = element(document, "a", "", source.title ?? source.publisher ?? hostOf(source.url));
        link.href = source.url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        item.append(link);
        if (source.publisher && source.title) item.append(` (${source.publisher})`);
        return item;
      })));
    }
    const related = relatedEvents(event, timeline);
    if (related.length) {
      parts.push(list(document, "Related", related.map(({other, relation}) => {
        const item = element(document, "li");
        const button = element(document, "button", "chronoline-details-related", other.title);
        button.type = "button";
        button.setAttribute("aria-label", `${relation.type.replace(/-/g, " ")}: ${other.title}`);
        button.addEventListener("click", () => this.actions.focusEvent(other.id));
        item.append(button);
        return item;
      })));
    }
    this.node.replaceChildren(...parts);
    this.node.hidden = false;
    this.eventId = event.id;
    placeWithin(this.node, this.frame, at.x, at.y);
    this.node.focus();
  }

  hide(): void {
    this.node.hidden = true;
    this.node.replaceChildren();
    this.eventId = null;
  }

  get isOpen(): boolean {
    return !this.node.hidden;
  }
}

function list(document: Document, heading: string, items: HTMLElement[]): HTMLElement {
  const section = element(document, "section", "chronoline-details-section");
  const list = element(document, "ul");
  list.append(...items);
  section.append(element(document, "h3", "", heading), list);
  return section;
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "mailto:" ? parsed.pathname : parsed.hostname;
  } catch {
    return url;
  }
}

function relatedEvents(event: TimelineEvent, timeline: Timeline): {other: TimelineEvent; relation: Relation}[] {
  const byId = new Map(timeline.events.map((e) => [e.id, e]));
  const related: {other: TimelineEvent; relation: Relation}[] = [];
  for (const relation of timeline.relations) {
    const otherId = relation.from === event.id ? relation.to : relation.to === event.id ? relation.from : undefined;
    const other = otherId === undefined ? undefined : byId.get(otherId);
    if (other && other.id !== event.id) related.push({other, relation});
  }
  return related;
}
