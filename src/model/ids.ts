/**
 * Ids derived from content, for items that come without one: the same input gives
 * the same id in every run and every process, so keyed joins and URLs stay stable.
 */
export function deriveId(prefix: string, parts: readonly string[]): string {
  // 32-bit FNV-1a over the parts, separated by a character text cannot contain.
  let hash = 0x811c9dc5;
  const text = parts.join("\u0000");
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${prefix}-${(hash >>> 0).toString(36)}`;
}

/** Hands out ids, making derived ones unique by suffix in input order. */
export class IdRegistry {
  private readonly taken = new Set<string>();

  has(id: string): boolean {
    return this.taken.has(id);
  }

  add(id: string): void {
    this.taken.add(id);
  }

  /** A derived id that no item has yet: `base`, else `base-2`, `base-3`, … */
  unique(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
