import type {LaneInput} from "../index.js";

/**
 * Lanes in order of first appearance, named by the source's group (or section,
 * or category) titles; the title is the lane's id as well, so events can name it.
 */
export class LaneList {
  private readonly lanes = new Map<string, LaneInput>();

  /** The lane id for a group title, or `undefined` for no group (the default lane). */
  add(title: string | undefined): string | undefined {
    const id = title?.replace(/\s+/g, " ").trim();
    if (!id) return undefined;
    if (!this.lanes.has(id)) this.lanes.set(id, {id, title: id});
    return id;
  }

  /** The lanes, or `undefined` when no item named one. */
  list(): LaneInput[] | undefined {
    return this.lanes.size ? [...this.lanes.values()] : undefined;
  }
}
