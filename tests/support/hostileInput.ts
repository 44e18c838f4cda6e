// One timeline with a hostile value in every text sink of the event model, for
// the security harness (Chromium) and its Node counterpart. The events cover
// every way an event is shown: labelled, folded into a cluster (six at one
// instant in a lane of at most one row), linked by relations, annotated, with
// sources, and without an id (derived from its content).

/** Every text sink of the data the value is put into, as JSON paths. */
export const DATA_SINKS = [
  "title", "description",
  "lanes[].id", "lanes[].title", "lanes[].color",
  "events[].id", "events[].title", "events[].description", "events[].lane", "events[].tags[]", "events[].actors[]",
  "events[].places[].name", "events[].sources[].url", "events[].sources[].title", "events[].sources[].publisher",
  "events[].color", "events[].dateLabel", "events[].timeZone",
  "eras[].id", "eras[].title", "eras[].color",
  "markers[].id", "markers[].title",
  "annotations[].id", "annotations[].text", "annotations[].event",
  "relations[].from", "relations[].label", "relations[].type"
] as const;

/** The options that take text; each gets the value on its own (a bad one is a programmer error, E). */
export const OPTION_SINKS = ["locale", "timeZone", "theme", "orientation", "width", "height", "maxRows", "breakpoint"] as const;

/** Events in the lane limited to one row that land on one instant: enough to fold some into a "+N" cluster. */
export const CROWD = 6;

/** The options every harness render uses: one row per lane, so that the crowd clusters. */
export const HARNESS_OPTIONS = {width: 1000, maxRows: 1};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The value as text where a sink is built from it, e.g. a query string. */
export function textOf(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * The timeline with `value` in every sink of DATA_SINKS. An object value (an
 * attribute map, a `__proto__` object) is also merged into the timeline and
 * each item, as a careless spread of untrusted JSON would: object spread keeps
 * an own `__proto__` key as data, so it reaches the model as written.
 */
export function hostileTimeline(value: unknown): Record<string, unknown> {
  const merged = isObject(value) ? value : {};
  const text = textOf(value);
  return {
    ...merged,
    title: value,
    description: value,
    lanes: [{...merged, id: value, title: value, color: value}, {id: "plain", title: "Plain lane"}],
    events: [
      {
        ...merged,
        id: value,
        title: value,
        description: value,
        start: "2023-03-17",
        lane: value,
        tags: [value],
        actors: [value],
        places: [{...merged, name: value}],
        sources: [
          {...merged, url: value, title: value, publisher: value},
          {url: `https://example.org/search?q=${text.slice(0, 200)}`, title: value},
          {url: `https://example.org/${text.slice(0, 200)}`, title: "Source with the value in its path"}
        ],
        color: value,
        dateLabel: value,
        timeZone: value
      },
      {id: "second", title: value, description: value, start: "2023-05-01", end: "2023-06-15", lane: "plain", sources: [{url: "https://example.org/a", title: value}]},
      {id: "third", title: `Third: ${text.slice(0, 100)}`, start: "2023-08-01T10:00Z", lane: "plain", color: value},
      ...Array.from({length: CROWD}, (_, i) => ({id: `crowd-${i}`, title: value, start: "2023-10-17", lane: "plain", description: value})),
      {title: value, start: "2023-12-01", lane: "plain"}
    ],
    eras: [{...merged, id: value, title: value, start: "2023-02", end: "2023-04", color: value}],
    markers: [{...merged, id: value, title: value, date: "2023-07-01"}],
    annotations: [{...merged, id: value, event: value, text: value}, {text: value, date: "2023-09-01"}],
    relations: [{...merged, from: value, to: "second", label: value, type: value}, {from: "second", to: "third", label: value}]
  };
}

/** Options with an object value merged in (its keys must be reported or ignored, never applied). */
export function hostileOptions(value: unknown): Record<string, unknown> {
  return {...(isObject(value) ? value : {}), ...HARNESS_OPTIONS};
}
