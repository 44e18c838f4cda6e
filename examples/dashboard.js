// An analyst dashboard around one interactive timeline: filters that call
// handle.update(), a list of the events in view that follows the "zoom" event,
// a details pane driven by "select", and a summary line. chronoline is imported
// as an ES module through the page's import map.
import {createTimeline, formatSpan, parseTimeline} from "chronoline";

const DATA = "data/diplomacy-2023.json";
// chronoline's series colours, in lane order.
const LANE_COLORS = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5"];
const QUARTERS = {
  q1: [Date.UTC(2023, 0, 1), Date.UTC(2023, 3, 1)],
  q2: [Date.UTC(2023, 3, 1), Date.UTC(2023, 6, 1)],
  q3: [Date.UTC(2023, 6, 1), Date.UTC(2023, 9, 1)],
  q4: [Date.UTC(2023, 9, 1), Date.UTC(2024, 0, 1)]
};

const source = await (await fetch(DATA)).json();
const laneColors = new Map(source.lanes.map((lane, i) => [lane.id, i % LANE_COLORS.length]));
// Each event takes its lane's colour, so that a lane keeps its colour when the
// lanes before it are filtered out.
const input = {
  ...source,
  events: source.events.map((event) => ({color: LANE_COLORS[laneColors.get(event.lane) ?? 0], ...event}))
};
// The validated timeline gives every event its time span in epoch ms, for the
// "in view" test, and lanes, tags and relations in a normalised form.
const timeline = parseTimeline(input, {strict: false});
const laneTitles = new Map(timeline.lanes.map((lane) => [lane.id, lane.title]));
const tags = [...new Set(timeline.events.flatMap((event) => event.tags))].sort((a, b) => a.localeCompare(b));
const dateOptions = {locale: timeline.locale, timeZone: timeline.timeZone};

const state = {
  hiddenLanes: new Set(),
  hiddenTags: new Set(),
  /** The window the chart shows, from its last "zoom" event; null until the first, when it shows everything. */
  domain: null,
  /** The event in the details pane. */
  selected: null
};

const chart = document.getElementById("chart");
const handle = createTimeline(chart, filteredInput(), {overview: true});

// The events API: namespaced listeners, so that each part of the page can be
// removed on its own with handle.off("zoom.list").
handle.on("zoom.list", ({domain}) => {
  state.domain = domain;
  showInView();
});
handle.on("select.details", ({event}) => {
  // null when the details card closes: the pane keeps the last event.
  if (event) showDetails(event);
});
handle.on("hover.list", ({event}) => {
  for (const item of document.querySelectorAll("#in-view-list li")) item.classList.toggle("hovered", item.dataset.id === event?.id);
});

function isVisible(event) {
  if (state.hiddenLanes.has(event.lane)) return false;
  const eventTags = event.tags ?? [];
  return eventTags.length === 0 || eventTags.some((tag) => !state.hiddenTags.has(tag));
}

/** The data with the filters applied, and relations and callouts that point at hidden events left out with them. */
function filteredInput() {
  const events = input.events.filter(isVisible);
  const ids = new Set(events.map((event) => event.id));
  return {
    ...input,
    lanes: input.lanes.filter((lane) => !state.hiddenLanes.has(lane.id)),
    events,
    relations: (input.relations ?? []).filter((relation) => ids.has(relation.from) && ids.has(relation.to)),
    annotations: (input.annotations ?? []).filter((annotation) => annotation.event === undefined || ids.has(annotation.event))
  };
}

function applyFilters() {
  // update() redraws in place: nodes of events that stay are kept, and a zoomed
  // view stays where it was (clamped to the new data).
  handle.update(filteredInput());
  // A zoomed view may have been clamped to the new data without a "zoom" event;
  // asking for the same window again reports the one actually shown.
  if (state.domain) handle.zoomTo(state.domain, {animate: false});
  if (state.selected && !isVisible(state.selected)) showDetails(null);
  showInView();
}

function visibleEvents() {
  return timeline.events.filter(isVisible);
}

function inView(events) {
  if (!state.domain) return events;
  const [start, end] = state.domain;
  return events.filter((event) => event.span.start < end && event.span.end > start);
}

const rangeFormat = new Intl.DateTimeFormat("en-GB", {day: "numeric", month: "short", year: "numeric", timeZone: "UTC"});

function showInView() {
  const visible = visibleEvents();
  const shown = inView(visible);
  document.getElementById("in-view-list").replaceChildren(
    ...shown.map((event) =>
      element("li", {dataset: {id: event.id}}, [
        element("button", {type: "button", onclick: () => handle.select(event.id)}, [
          element("span", {className: `swatch swatch-${laneColors.get(event.lane) ?? 0}`}),
          element("span", {className: "when", textContent: formatSpan(event.span, dateOptions)}),
          element("span", {className: "what", textContent: event.title})
        ])
      ])
    )
  );
  if (shown.length === 0) document.getElementById("in-view-list").append(element("li", {className: "placeholder", textContent: "No events in this window."}));
  // The extent: the window shown, or before any zoom the span of the visible data.
  const [start, end] = state.domain ?? [
    Math.min(...visible.map((event) => event.span.start)),
    Math.max(...visible.map((event) => event.span.end))
  ];
  const hidden = timeline.events.length - visible.length;
  const parts = [`${shown.length} of ${visible.length} events in view`];
  // Ends are exclusive: a window up to 1 October 00:00 ends on 30 September.
  if (visible.length) parts.push(rangeFormat.formatRange(start, Math.max(start, end - 1)));
  if (hidden) parts.push(`${hidden} hidden by filters`);
  document.getElementById("summary").textContent = parts.join(" · ");
}

function showDetails(event) {
  state.selected = event;
  const pane = document.getElementById("details");
  if (!event) {
    pane.replaceChildren(element("p", {className: "placeholder", textContent: "Select an event in the chart or in the list."}));
    return;
  }
  const rows = [
    ["Lane", laneTitles.get(event.lane) ?? event.lane],
    ["Actors", event.actors.join(", ")],
    ["Places", event.places.map((place) => place.name).join("; ")],
    ["Tags", event.tags.join(", ")]
  ].filter(([, value]) => value);
  const related = timeline.relations
    .filter((relation) => relation.from === event.id || relation.to === event.id)
    .map((relation) => ({relation, other: timeline.events.find((e) => e.id === (relation.from === event.id ? relation.to : relation.from))}))
    .filter(({other}) => other && isVisible(other));
  pane.replaceChildren(
    element("h3", {textContent: event.title}),
    element("p", {className: "when", textContent: formatSpan(event.span, dateOptions)}),
    ...(event.description ? [element("p", {textContent: event.description})] : []),
    element("dl", {}, rows.flatMap(([term, value]) => [element("dt", {textContent: term}), element("dd", {textContent: value})])),
    ...(event.sources.length
      ? [element("h4", {textContent: "Sources"}), element("ul", {className: "sources"}, event.sources.map((source) =>
          // chronoline keeps only http, https and mailto URLs.
          element("li", {}, [element("a", {href: source.url, target: "_blank", rel: "noopener noreferrer", textContent: source.title ?? source.url})])
        ))]
      : []),
    ...(related.length
      ? [element("h4", {textContent: "Related"}), element("ul", {className: "related"}, related.map(({relation, other}) =>
          element("li", {}, [
            element("span", {className: "relation-type", textContent: relation.from === event.id ? relation.type : `${relation.type} (from)`}),
            " ",
            element("button", {type: "button", className: "link", textContent: other.title, onclick: () => handle.select(other.id)})
          ])
        ))]
      : [])
  );
}

function element(name, properties = {}, children = []) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(properties)) {
    if (key === "dataset") Object.assign(node.dataset, value);
    else node[key] = value;
  }
  node.append(...children);
  return node;
}

function checkbox(name, value, label, count, swatch) {
  return element("label", {className: "check"}, [
    element("input", {type: "checkbox", name, value, checked: true}),
    ...(swatch === undefined ? [] : [element("span", {className: `swatch swatch-${swatch}`})]),
    element("span", {className: "check-label", textContent: label}),
    element("span", {className: "count", textContent: String(count)})
  ]);
}

function buildFilters() {
  const laneBox = document.getElementById("lane-filters");
  laneBox.append(...timeline.lanes.map((lane) =>
    checkbox("lane", lane.id, lane.title, timeline.events.filter((event) => event.lane === lane.id).length, laneColors.get(lane.id))
  ));
  const tagBox = document.getElementById("tag-filters");
  tagBox.append(...tags.map((tag) => checkbox("tag", tag, tag, timeline.events.filter((event) => event.tags.includes(tag)).length)));
  for (const box of [laneBox, tagBox]) {
    box.addEventListener("change", (event) => {
      const {name, value, checked} = event.target;
      const hidden = name === "lane" ? state.hiddenLanes : state.hiddenTags;
      if (checked) hidden.delete(value);
      else hidden.add(value);
      applyFilters();
    });
  }
  document.getElementById("show-all").addEventListener("click", () => {
    for (const input of document.querySelectorAll(".filters input[type=checkbox]")) input.checked = true;
    state.hiddenLanes.clear();
    state.hiddenTags.clear();
    applyFilters();
  });
}

for (const button of document.querySelectorAll("[data-zoom]")) {
  button.addEventListener("click", () => {
    const key = button.dataset.zoom;
    if (key !== "all") {
      handle.zoomTo(QUARTERS[key]);
      return;
    }
    // There is no "zoom out fully" call: show the visible events' extent with a margin.
    const visible = visibleEvents();
    if (!visible.length) return;
    const start = Math.min(...visible.map((e) => e.span.start));
    const end = Math.max(...visible.map((e) => e.span.end));
    const margin = (end - start) * 0.04;
    handle.zoomTo([start - margin, end + margin]);
  });
}

buildFilters();
showInView();
document.body.dataset.ready = "true";
