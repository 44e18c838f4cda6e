import type {Timeline, TimelineEvent} from "../model/types.js";
import {EventIndex} from "./visibleEvents.js";
import type {LaneColumns} from "./laneColumns.js";
import {fitText} from "./fitText.js";
import type {FontSpec, MeasureText} from "./measureText.js";
import {accessibleName, type LabelContext} from "./names.js";

interface FittedTitle {
  text: string;
  width: number;
}

/** Code points below this are Latin (and spacing marks): what `latinAdvanceSum` reads. */
const LATIN_END = 0x300;

/** Enough for every title of 200,000 events, a few tens of megabytes at most. */
const MAX_CACHED_TITLES = 200_000;

/**
 * What stays the same from one layout of a timeline to the next (on every zoom
 * frame, say): label widths and accessible names. Pass the same cache to
 * successive `layoutTimeline` calls for one timeline to skip recomputing them;
 * results are identical with or without it.
 */
export class LayoutCache {
  /** By title text, not by event: new data with the same titles (an update, an append) measures nothing again. */
  private titles = new Map<string, FittedTitle>();
  private laneTitleTables = new WeakMap<LaneColumns, LaneTitles>();
  private countWidths = new Float64Array(0);
  private latinAdvances = new Float64Array(LATIN_END).fill(-1);
  private readonly indexes = new WeakMap<Timeline, EventIndex>();
  private readonly facts = new WeakMap<Timeline, Map<string, unknown>>();
  private readonly names = new WeakMap<object, {name: string; dateLabel: string}>();
  /** By locale and zone. */
  private readonly extents = new Map<string, Map<string, string>>();
  private measure: MeasureText | undefined;
  private font: FontSpec | undefined;
  private maxWidth = 0;

  /** The event's label fitted to `maxWidth`, and its width. */
  title(event: TimelineEvent, maxWidth: number, font: FontSpec, measure: MeasureText): FittedTitle {
    if (measure !== this.measure || !sameFont(font, this.font) || maxWidth !== this.maxWidth) this.reset(measure, font, maxWidth);
    let fitted = this.titles.get(event.title);
    if (!fitted) {
      const text = fitText(event.title, maxWidth, font, measure);
      fitted = {text, width: measure(text, font)};
      // Data changes over a long session; start over rather than grow without bound.
      if (this.titles.size >= MAX_CACHED_TITLES) this.titles.clear();
      this.titles.set(event.title, fitted);
    }
    return fitted;
  }

  /**
   * The fitted titles of one lane's events, by position in its columns: what
   * `title` gives, looked up by index in placement's inner loop.
   */
  laneTitles(columns: LaneColumns, maxWidth: number, font: FontSpec, measure: MeasureText): LaneTitles {
    if (measure !== this.measure || !sameFont(font, this.font) || maxWidth !== this.maxWidth) this.reset(measure, font, maxWidth);
    let titles = this.laneTitleTables.get(columns);
    if (!titles) {
      const fit = (event: TimelineEvent) => this.title(event, maxWidth, font, measure);
      this.laneTitleTables.set(columns, (titles = new LaneTitles(columns, fit, (title) => this.latinAdvanceSum(title, font, measure))));
    }
    return titles;
  }

  /**
   * The sum of the advances of a Latin title's characters, each measured alone
   * (once per timeline): close to its measured width, for a tight bound that
   * turns most events of a crowded view away before their titles are measured.
   * Only for text of code points below U+0300 (`LaneColumns.advancing`).
   */
  latinAdvanceSum(text: string, font: FontSpec, measure: MeasureText): number {
    if (measure !== this.measure || !sameFont(font, this.font)) this.reset(measure, font, this.maxWidth);
    const advances = this.latinAdvances;
    let sum = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let advance = advances[code]!;
      if (advance < 0) advances[code] = advance = measure(text[i]!, font);
      sum += advance;
    }
    return sum;
  }

  /**
   * The width of the text "+N" by N. Badges merge one event at a time, so a lane
   * folding thousands of events asks for every count up to thousands on every
   * zoom frame.
   */
  countWidth(count: number, font: FontSpec, measure: MeasureText): number {
    if (measure !== this.measure || !sameFont(font, this.font)) this.reset(measure, font, this.maxWidth);
    if (count >= this.countWidths.length) {
      const grown = new Float64Array(Math.max(64, 2 * count)).fill(-1);
      grown.set(this.countWidths);
      this.countWidths = grown;
    }
    let width = this.countWidths[count]!;
    if (width < 0) this.countWidths[count] = width = measure(`+${count}`, font);
    return width;
  }

  /** Cluster extent labels ("3 Jan – 14 Feb 2023") by "start end", for one locale and zone. */
  extentLabels(context: LabelContext): Map<string, string> {
    const key = `${context.locale}\u0000${context.timeZone}`;
    let labels = this.extents.get(key);
    if (!labels) this.extents.set(key, (labels = new Map()));
    return labels;
  }

  /** The timeline's events indexed by time and placement priority, built once per timeline. */
  eventIndex(timeline: Timeline): EventIndex {
    let index = this.indexes.get(timeline);
    if (!index) this.indexes.set(timeline, (index = new EventIndex(timeline)));
    return index;
  }

  /** A value derived from the whole timeline, computed once per timeline. */
  perTimeline<T>(timeline: Timeline, key: string, compute: () => T): T {
    let facts = this.facts.get(timeline);
    if (!facts) this.facts.set(timeline, (facts = new Map()));
    if (!facts.has(key)) facts.set(key, compute());
    return facts.get(key) as T;
  }

  /** The accessible name and date label of a dated item (names follow the timeline's locale and zone). */
  name(item: {title: string; span: TimelineEvent["span"]; dateLabel?: string | undefined}, context: LabelContext): {name: string; dateLabel: string} {
    let name = this.names.get(item);
    if (!name) this.names.set(item, (name = accessibleName(item.title, item.span, context, item.dateLabel)));
    return name;
  }

  private reset(measure: MeasureText, font: FontSpec, maxWidth: number): void {
    // A different measure or font invalidates the widths; WeakMaps cannot be cleared.
    this.titles = new Map();
    this.laneTitleTables = new WeakMap();
    this.countWidths = new Float64Array(0);
    this.latinAdvances = new Float64Array(LATIN_END).fill(-1);
    this.measure = measure;
    this.font = font;
    this.maxWidth = maxWidth;
  }
}

/** One lane's fitted titles by position, filled as placement asks for them. */
export class LaneTitles {
  private readonly fitted: (FittedTitle | undefined)[];
  private readonly advanceSums: Float64Array;

  constructor(
    private readonly columns: LaneColumns,
    private readonly fit: (event: TimelineEvent) => FittedTitle,
    private readonly sumAdvances: (title: string) => number
  ) {
    this.fitted = new Array(columns.events.length);
    this.advanceSums = new Float64Array(columns.events.length).fill(-1);
  }

  at(position: number): FittedTitle {
    return (this.fitted[position] ??= this.fit(this.columns.events[position]!));
  }

  /** The fitted title if it was asked for before (by `at`), without measuring it. */
  measured(position: number): FittedTitle | undefined {
    return this.fitted[position];
  }

  /** The title's advance sum (`LayoutCache.latinAdvanceSum`), for titles the columns mark as advancing. */
  advanceSum(position: number): number {
    let sum = this.advanceSums[position]!;
    if (sum < 0) this.advanceSums[position] = sum = this.sumAdvances(this.columns.events[position]!.title);
    return sum;
  }
}

// By value: metrics read again from the page's CSS (on every programmatic zoom,
// say) make a new font object of the same size, which must not empty the cache.
function sameFont(a: FontSpec, b: FontSpec | undefined): boolean {
  return b !== undefined && a.size === b.size && a.weight === b.weight;
}
