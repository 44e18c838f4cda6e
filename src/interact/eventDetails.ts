import type {TimelineEvent} from "../model/types.js";
import {DetailsCard} from "./detailsCard.js";
import type {TimelineDispatcher} from "./dispatcher.js";
import {eventIdOf, eventNode} from "./eventNodes.js";
import type {InteractionHost} from "./interactionHost.js";

/**
 * The selected event's details: the card opened under its mark, closed by its
 * button, by Escape, or by a press outside it; each change is drawn (the event
 * selected) and reported as a "select" event.
 */
export class EventDetails {
  private readonly card: DetailsCard;
  private readonly stopEscape: () => void;
  /** Removes the document listener that closes the card on a click outside it, while the card is open. */
  private stopOutsideClicks: (() => void) | null = null;

  /** `focusEvent` moves focus to a related event, from the card's buttons. */
  constructor(
    private readonly frame: HTMLDivElement,
    private readonly host: InteractionHost,
    private readonly dispatcher: TimelineDispatcher,
    focusEvent: (id: string) => void
  ) {
    this.card = new DetailsCard(frame, {focusEvent, close: () => this.close(true)});
    const escape = (event: Event) => {
      if ((event as KeyboardEvent).key === "Escape") this.close(true);
    };
    this.card.node.addEventListener("keydown", escape);
    this.stopEscape = () => this.card.node.removeEventListener("keydown", escape);
  }

  get isOpen(): boolean {
    return this.card.isOpen;
  }

  /** Selects an event (drawn by now) and opens its card. */
  open(event: TimelineEvent): void {
    this.host.setState({selectedId: event.id, focusedId: event.id});
    const drawn = this.host.scene().events.find((e) => e.id === event.id);
    const at = drawn ? {x: drawn.mark.x, y: drawn.mark.y + drawn.mark.height + 8} : {x: 8, y: 8};
    this.card.open(event, this.host.dateLabel(event), this.host.timeline(), at);
    this.watchOutsideClicks();
    this.dispatcher.emit("select", {event});
  }

  /** Closes the card and clears the selection; `returnFocus` to the event it showed. */
  close(returnFocus: boolean): void {
    if (!this.card.isOpen && this.host.state().selectedId === null) return;
    const id = this.card.eventId;
    this.card.hide();
    this.stopWatchingClicks();
    this.host.setState({selectedId: null});
    if (returnFocus && id !== null) eventNode(this.frame, id)?.focus();
    this.dispatcher.emit("select", {event: null});
  }

  /** Hides the card once nothing is selected: new data dropped its event. */
  followSelection(): void {
    if (this.host.state().selectedId === null && this.card.isOpen) this.card.hide();
  }

  destroy(): void {
    this.stopEscape();
    this.stopWatchingClicks();
  }

  /** While the card is open, a press anywhere outside it (and outside the events, which reopen it) closes it. */
  private watchOutsideClicks(): void {
    if (this.stopOutsideClicks) return;
    const document = this.frame.ownerDocument;
    const pressed = (event: Event) => {
      const target = event.target as Node | null;
      if (target && (this.card.node.contains(target) || eventIdOf(target as Element) !== null)) return;
      this.close(false);
    };
    document.addEventListener("pointerdown", pressed, true);
    this.stopOutsideClicks = () => document.removeEventListener("pointerdown", pressed, true);
  }

  private stopWatchingClicks(): void {
    this.stopOutsideClicks?.();
    this.stopOutsideClicks = null;
  }
}
