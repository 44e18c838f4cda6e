/**
 * Small DOM helpers for the HTML parts of the interactive timeline (details
 * card, tooltip, table). Text goes in through `textContent` only; positions are
 * set through the CSSOM, which a strict Content-Security-Policy allows (unlike
 * style attributes in markup).
 */

export function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className?: string,
  text?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Places an overlay at (x, y) inside its positioned frame, kept within the frame's box. */
export function placeWithin(overlay: HTMLElement, frame: HTMLElement, x: number, y: number): void {
  const maxX = Math.max(0, frame.clientWidth - overlay.offsetWidth - 4);
  const maxY = Math.max(0, frame.clientHeight - overlay.offsetHeight - 4);
  overlay.style.left = `${Math.round(Math.min(Math.max(4, x), maxX))}px`;
  overlay.style.top = `${Math.round(Math.min(Math.max(4, y), maxY))}px`;
}

/** Unique ids for ARIA references, per page: never derived from data. */
let nextId = 0;
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `chronoline-${prefix}-${nextId}`;
}
