/** The event an element of the drawing belongs to, if any. */
export function eventIdOf(target: Element | null): string | null {
  const group = target?.closest?.(".chronoline-event");
  return group?.getAttribute("data-id") ?? null;
}

/** The drawn group of an event, found by comparing data, never by a selector built from an id. */
export function eventNode(frame: HTMLElement, id: string): SVGGElement | null {
  for (const node of frame.querySelectorAll<SVGGElement>("svg.chronoline .chronoline-event")) {
    if (node.getAttribute("data-id") === id) return node;
  }
  return null;
}
