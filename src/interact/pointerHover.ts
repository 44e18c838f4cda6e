import type {TimelineDispatcher} from "./dispatcher.js";
import type {InteractionHost} from "./interactionHost.js";
import type {FoldedTarget, PointerTargets} from "./pointerTargets.js";
import type {Tooltip} from "./tooltip.js";

/**
 * Hover: the event under the pointer is highlighted, reported as a "hover"
 * event and named in the tooltip, beside its mark, or beside the pointer for an
 * event folded into a density strip (which is not redrawn: it has no mark).
 */
export class PointerHover {
  constructor(
    private readonly tooltip: Tooltip,
    private readonly targets: PointerTargets,
    private readonly host: InteractionHost,
    private readonly dispatcher: TimelineDispatcher
  ) {}

  /** The pointer came over an element of the drawing. */
  over(event: PointerEvent): void {
    const folded = this.targets.folded(event);
    if (folded) {
      this.overFolded(folded, event);
      return;
    }
    const id = this.targets.drawn(event);
    this.hover(id);
    if (id === null) return;
    const drawn = this.host.scene().events.find((e) => e.id === id);
    if (!drawn) return;
    this.tooltip.showAt({title: drawn.title, dateLabel: drawn.dateLabel}, drawn.mark.x + drawn.mark.width + 8, drawn.mark.y - 8);
  }

  /** The pointer moved: on a density strip, or over canvas-drawn marks, the event under it changes without it leaving an element. */
  moved(event: PointerEvent): void {
    if (this.targets.changesWithin(event)) this.over(event);
  }

  /** Hovers an event, or nothing (null). */
  hover(id: string | null): void {
    if (id === this.host.state().hoveredId) return;
    if (id === null) this.tooltip.hide();
    this.host.setState({hoveredId: id});
    this.dispatcher.emit("hover", {event: id === null ? null : this.host.eventById(id) ?? null});
  }

  /** An event drawn only as part of a density strip. */
  private overFolded(folded: FoldedTarget, event: MouseEvent): void {
    const timelineEvent = this.host.eventById(folded.id);
    if (!timelineEvent) return;
    if (this.host.state().hoveredId !== folded.id) {
      this.host.setState({hoveredId: folded.id}, false);
      this.dispatcher.emit("hover", {event: timelineEvent});
    }
    const text = {title: timelineEvent.title, dateLabel: this.host.dateLabel(timelineEvent)};
    this.tooltip.showAtPointer(folded.samePixel > 1 ? {...text, note: `and ${folded.samePixel - 1} more here`} : text, event);
  }
}
