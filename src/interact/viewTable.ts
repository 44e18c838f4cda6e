import type {LayoutCache} from "../layout/layoutCache.js";
import type {Timeline} from "../model/types.js";
import {EventTable} from "./eventTable.js";

/** What the table lists: the events of `timeline` in `window`, labelled as the chart labels them. */
export interface TableView {
  timeline: Timeline;
  window: [number, number];
  cache: LayoutCache;
  labels: {locale: string; timeZone: string};
}

/** How long the view must stay still before the table follows it. */
const SETTLE_MS = 200;

/**
 * The event table kept in step with the view: at once for new data, and a
 * moment after a zoom settles rather than on every frame.
 */
export class ViewTable {
  private readonly table: EventTable;
  private timer = 0;
  private destroyed = false;

  constructor(private readonly frame: HTMLElement, private readonly view: () => TableView) {
    this.table = new EventTable(frame);
  }

  /** Lists the events in view now. */
  update(): void {
    const {timeline, window, cache, labels} = this.view();
    const [start, end] = window;
    const inView = timeline.events.filter((event) => event.span.end > start && event.span.start < end);
    this.table.update(timeline, inView, cache, labels);
  }

  /** Lists them once the view settles: a run of zoom steps rebuilds the table once. */
  updateSoon(): void {
    const view = this.frame.ownerDocument.defaultView;
    if (!view || this.destroyed) return;
    if (this.timer) view.clearTimeout(this.timer);
    this.timer = view.setTimeout(() => {
      this.timer = 0;
      if (!this.destroyed) this.update();
    }, SETTLE_MS);
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer) this.frame.ownerDocument.defaultView?.clearTimeout(this.timer);
  }
}
