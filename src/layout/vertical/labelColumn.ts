import type {TimelineEvent} from "../../model/types.js";
import {arrangeInOrder} from "./arrangeInOrder.js";
import {ColumnSpace} from "./columnSpace.js";
import {firstCrossing, type LeaderSegment} from "./untangleLeaders.js";
import type {Point} from "../scene.js";

/**
 * Something in the label column: a label (with the notes of its event under
 * it), a badge, a note or a marker's title. `top` is where it was given
 * room; `arrange` moves it to its final place.
 */
export interface ColumnItem {
  top: number;
  size: number;
  /** Where it would rather be (its top), and how much that matters. */
  target: number;
  weight: number;
  /** Its room was given back: the label was evicted, or had no room across. */
  released: boolean;
  /** Order of taking, to break ties. */
  sequence: number;
  /** Set for labels, so that evictions find them. */
  labelled?: LabelledEvent;
}

/** An event whose mark and label found room. */
export interface LabelledEvent {
  event: TimelineEvent;
  lane: number;
  item: ColumnItem;
  /** Placement sequence: later means less important. */
  order: number;
  /** Lost its label to a badge that needed the place (see `cluster`). */
  evicted: boolean;
}

/** A "+N" badge in the label column for events of one lane around its place. */
export interface Badge {
  /** Its position in `LabelColumn.badges`. */
  index: number;
  lane: number;
  item: ColumnItem;
  /** Its centre while events are being placed; events join the nearest within reach. */
  centre: number;
  /** The sum of its events' places along time, for its final place at their mean. */
  sumY: number;
  count: number;
  /** The time extent of its events. */
  start: number;
  end: number;
}

export interface ColumnGeometry {
  /** Where items may go: tops from `top`, bottoms down to `bottom`. */
  top: number;
  bottom: number;
  /** Height of a label, and of a badge. */
  slot: number;
  /** Kept between items down the column. */
  gap: number;
  /** How far a label or a badge may stray from its time before it is given up (or looks elsewhere). */
  limit: number;
  /** How far from a badge an event of its lane still joins it rather than making a badge of its own. */
  reach: number;
}

interface Evicted {
  event: TimelineEvent;
  lane: number;
  y: number;
}

/** Marks this close along time count as level with each other when their labels are ordered. */
const LEVEL_MARKS = 4;
/** A marker's title holds its place far harder than labels: it names a rule. */
const MARKER_WEIGHT = 1000;

/**
 * The shared column right of the lanes where labels, "+N" badges, notes and
 * marker titles go, one above the other. Everything in it spans the column's
 * width, so a 1-D space (`ColumnSpace`) keeps them apart. (Era titles come
 * last, into what room is left: see `placeEraTitles`.)
 *
 * Events claim room most important first, where the room nearest their time
 * is; so the column decides who is labelled and who is clustered. Then
 * `arrange` lays the survivors out again in time order, each as near its
 * target as the others allow (see `arrangeInOrder`), so labels read down the
 * page in the order of their marks.
 *
 * Clusters live here too, so that a badge sits at its place in time like the
 * labels it stands in for. An event that finds no room joins a badge of its
 * lane within reach, else makes a badge near its time; when the column is full
 * there, the least important label nearby gives up its place to the badge and
 * is clustered in turn. Only when no label can move does a badge join one of
 * its lane far away, or go below everything: so every event ends up labelled
 * or in exactly one badge, however crowded the view.
 */
export class LabelColumn {
  readonly labelled: LabelledEvent[] = [];
  readonly badges: Badge[] = [];
  /**
   * Clustered events (their ids), their badges and their places along time,
   * in the order they were clustered: read while the event is at hand, so
   * that drawing 100,000 clustered events never visits them again.
   */
  readonly clustered: string[] = [];
  readonly clusteredBadges: Badge[] = [];
  readonly clusteredY: number[] = [];
  private readonly items: ColumnItem[] = [];
  private readonly space = new ColumnSpace<ColumnItem>();
  private readonly badgesByLane = new Map<number, Badge[]>();

  /**
   * `isProtected` names labels that never give way to a badge (annotated
   * events': their notes point at them); `positionOf` gives an event's place
   * along time, for clustering an evicted one.
   */
  constructor(
    private readonly geometry: ColumnGeometry,
    private readonly isProtected: (event: TimelineEvent) => boolean,
    private readonly positionOf: (event: TimelineEvent) => number
  ) {}

  /** The top of the free room `size` tall nearest `target`, with its top in [low, high] (within the column); nothing is taken. */
  findRoom(target: number, low: number, high: number, size = this.geometry.slot): number | undefined {
    const {top, bottom, gap} = this.geometry;
    return this.space.nearestFree(target, size, gap, Math.max(low, top), Math.min(high, bottom - size));
  }

  /** Gives room found with `findRoom` to an event's label (and the notes under it, `size` in all). */
  takeLabel(event: TimelineEvent, lane: number, top: number, target: number, size = this.geometry.slot): LabelledEvent {
    const item = this.take(top, size, target, 1);
    const labelled: LabelledEvent = {event, lane, item, order: this.labelled.length, evicted: false};
    item.labelled = labelled;
    this.labelled.push(labelled);
    return labelled;
  }

  /** Room for something that must be drawn (a note): nearest `target` in the column if any, else below everything. */
  takeAnywhere(target: number, size: number): ColumnItem {
    return this.take(this.findRoom(target, -Infinity, Infinity, size) ?? this.below(), size, target, 1);
  }

  /**
   * Room for a marker's title nearest `target`, its top within [low, high];
   * undefined when there is none. It holds on to its place when the column is
   * arranged: it names a rule.
   */
  takeTitle(target: number, low: number, high: number): ColumnItem | undefined {
    const top = this.findRoom(target, low, high);
    return top === undefined ? undefined : this.take(top, this.geometry.slot, target, MARKER_WEIGHT);
  }

  /**
   * Takes an event's label back (its title has no room after all) and clusters
   * the event. Notes under the label keep their room (empty where the label was).
   */
  giveUp(labelled: LabelledEvent): void {
    if (labelled.evicted) return;
    if (labelled.item.size === this.geometry.slot) this.release(labelled);
    else labelled.evicted = true;
    this.cluster(labelled.event, labelled.lane, this.positionOf(labelled.event));
  }

  /** Folds an event (at `y` along time, in `lane`) into a badge; see the class comment. */
  cluster(event: TimelineEvent, lane: number, y: number): void {
    // Most events of a crowded view join a badge near them: no queue for those.
    const near = this.nearestBadge(lane, y, this.geometry.reach);
    if (near) {
      this.join(event, near, y);
      return;
    }
    const queue: Evicted[] = [{event, lane, y}];
    while (queue.length) {
      const item = queue.pop()!;
      this.join(item.event, this.badgeFor(item.lane, item.y, queue), item.y);
    }
  }

  /**
   * Final places, in the order of the items' targets (badges aim at the mean
   * place of their events), each as near its target as the column allows.
   * Moves items only: what was apart stays apart, within the column.
   *
   * Then the order is mended where straight leaders would cross (`leaderFrom`
   * gives where a label's leader leaves its mark, `labelX` where it ends):
   * first labels of marks (about) level with each other, which go the other
   * way round below their marks than above; then any crossing pair trades
   * places in the order, and the column is laid out again, until no leaders
   * cross (or, in the worst case, a bounded number of rounds).
   */
  arrange(leaderFrom: (labelled: LabelledEvent, labelY: number) => Point, labelX: number): void {
    const {slot, gap, top, bottom} = this.geometry;
    for (const badge of this.badges) badge.item.target = badge.sumY / badge.count - slot / 2;
    const kept = this.items
      .filter((item) => !item.released)
      .sort((a, b) => a.target - b.target || a.sequence - b.sequence);
    const lowest = Math.max(bottom, this.space.lowestBottom());
    const place = () => arrangeInOrder(kept.map((item) => item.target), kept.map((item) => item.size), kept.map((item) => item.weight), gap, top, lowest);
    let tops = place();
    let reordered = false;
    for (let i = 0; i < kept.length; ) {
      let j = i + 1;
      while (j < kept.length && kept[i]!.labelled && kept[j]!.labelled && kept[j]!.target - kept[i]!.target <= LEVEL_MARKS) j++;
      if (j - i > 1) {
        const below = tops[i]! > kept[i]!.target;
        const x = (item: ColumnItem) => leaderFrom(item.labelled!, item.target + slot / 2)[0];
        const group = kept.slice(i, j).sort((a, b) => (below ? -1 : 1) * (x(a) - x(b)) || a.sequence - b.sequence);
        kept.splice(i, j - i, ...group);
        reordered = true;
      }
      i = j;
    }
    if (reordered) tops = place();
    const leaders = () => kept.map((item, k): LeaderSegment | null => {
      if (!item.labelled || item.labelled.evicted) return null;
      const labelY = tops[k]! + slot / 2;
      return {from: leaderFrom(item.labelled, labelY), to: [labelX, labelY]};
    });
    for (let round = 0; round < 4 * kept.length; round++) {
      const pair = firstCrossing(leaders());
      if (!pair) break;
      const [i, j] = pair;
      [kept[i], kept[j]] = [kept[j]!, kept[i]!];
      tops = place();
    }
    kept.forEach((item, i) => (item.top = tops[i]!));
  }

  /** Where the lowest item ends (the column may run on below its bottom when it is full). */
  bottom(): number {
    let bottom = -Infinity;
    for (const item of this.items) if (!item.released) bottom = Math.max(bottom, item.top + item.size);
    return bottom;
  }

  private take(top: number, size: number, target: number, weight: number): ColumnItem {
    const item: ColumnItem = {top, size, target, weight, released: false, sequence: this.items.length};
    this.items.push(item);
    this.space.take(top, top + size, item);
    return item;
  }

  private release(labelled: LabelledEvent): void {
    labelled.evicted = true;
    labelled.item.released = true;
    this.space.release(labelled.item.top, labelled.item);
  }

  private join(event: TimelineEvent, badge: Badge, y: number): void {
    badge.sumY += y;
    badge.count++;
    if (event.span.start < badge.start) badge.start = event.span.start;
    if (event.span.end > badge.end) badge.end = event.span.end;
    this.clustered.push(event.id);
    this.clusteredBadges.push(badge);
    this.clusteredY.push(y);
  }

  private badgeFor(lane: number, y: number, queue: Evicted[]): Badge {
    const {slot, limit, reach} = this.geometry;
    const target = y - slot / 2;
    const near = this.nearestBadge(lane, y, reach);
    if (near) return near;
    const free = this.findRoom(target, target - limit, target + limit);
    if (free !== undefined) return this.addBadge(lane, free, target);
    const victim = this.victim(y - limit, y + limit, lane);
    if (victim) return this.evictFor(victim, lane, target, queue);
    const far = this.nearestBadge(lane, y, Infinity);
    if (far) return far;
    const anywhere = this.findRoom(target, -Infinity, Infinity);
    if (anywhere !== undefined) return this.addBadge(lane, anywhere, target);
    const anyVictim = this.victim(-Infinity, Infinity, lane);
    if (anyVictim) return this.evictFor(anyVictim, lane, target, queue);
    return this.addBadge(lane, this.below(), target);
  }

  /**
   * The label meeting [low, high] that gives way to a badge for `lane`: one of
   * that lane if any (its event then joins the new badge), else one whose lane
   * has a badge near it (its event joins that), else any; the least important
   * of those. So an eviction rarely leads to another. Never an annotated
   * event's label: its notes point at it.
   */
  private victim(low: number, high: number, lane: number): LabelledEvent | undefined {
    let victim: LabelledEvent | undefined;
    let victimTier = Infinity;
    for (const item of this.space.ownersWithin(low, high)) {
      const labelled = item.labelled;
      if (!labelled || labelled.evicted || this.isProtected(labelled.event)) continue;
      const tier = labelled.lane === lane ? 0 : this.nearestBadge(labelled.lane, item.top, this.geometry.reach) ? 1 : 2;
      if (tier < victimTier || (tier === victimTier && labelled.order > victim!.order)) {
        victim = labelled;
        victimTier = tier;
      }
    }
    return victim;
  }

  /** The victim's room goes to a new badge; the victim is clustered in turn. */
  private evictFor(victim: LabelledEvent, lane: number, target: number, queue: Evicted[]): Badge {
    this.release(victim);
    queue.push({event: victim.event, lane: victim.lane, y: this.positionOf(victim.event)});
    return this.addBadge(lane, victim.item.top, target);
  }

  private addBadge(lane: number, top: number, target: number): Badge {
    const item = this.take(top, this.geometry.slot, target, 1);
    const badge: Badge = {index: this.badges.length, lane, item, centre: top + this.geometry.slot / 2, sumY: 0, count: 0, start: Infinity, end: -Infinity};
    this.badges.push(badge);
    const list = this.badgesByLane.get(lane) ?? [];
    list.splice(firstAtOrBelow(list, badge.centre), 0, badge);
    this.badgesByLane.set(lane, list);
    return badge;
  }

  private nearestBadge(lane: number, y: number, reach: number): Badge | undefined {
    const list = this.badgesByLane.get(lane);
    if (!list) return undefined;
    const i = firstAtOrBelow(list, y);
    const below = list[i];
    const above = list[i - 1];
    // Ties go to the badge above, as room in the column does.
    const best = !above ? below : !below ? above : y - above.centre <= below.centre - y ? above : below;
    return best && Math.abs(best.centre - y) <= reach ? best : undefined;
  }

  private below(): number {
    return Math.max(this.space.lowestBottom() + this.geometry.gap, this.geometry.bottom);
  }
}

/** Index of the first badge whose centre is at or below `y`. */
function firstAtOrBelow(badges: readonly Badge[], y: number): number {
  let low = 0;
  let high = badges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (badges[middle]!.centre < y) low = middle + 1;
    else high = middle;
  }
  return low;
}
