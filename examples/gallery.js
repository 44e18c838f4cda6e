// The gallery: every story of examples/stories/ drawn live by createTimeline,
// with controls for the options that matter. The URL hash holds the story and
// every control that differs from the story's own options
// (#story=bce&theme=dark&locale=ru), so a view can be linked to; `embed=1`
// shows the story alone (the visual baselines are taken that way).
import {createTimeline} from "chronoline";
import {loadStories} from "./stories/index.js";

const LOCALES = ["en-GB", "en-US", "de", "fr", "es", "ru", "uk", "zh", "ja", "hi", "ar", "he"];
const TIME_ZONES = [
  "UTC", "Europe/London", "Europe/Paris", "Europe/Moscow", "Asia/Kolkata", "Asia/Shanghai", "Asia/Tokyo",
  "Australia/Sydney", "Pacific/Auckland", "America/New_York", "America/Los_Angeles", "America/Sao_Paulo"
];
/** chronoline's default rows per lane, the density a story has unless it says otherwise. */
const DEFAULT_MAX_ROWS = 8;
const CONTROL_NAMES = ["width", "height", "theme", "locale", "timeZone", "orientation", "maxRows", "data"];

const stories = await loadStories();
const storiesByName = new Map(stories.map((story) => [story.name, story]));
const datasets = datasetsOf(stories);

const main = document.getElementById("main");
const form = document.getElementById("controls");
const chart = document.getElementById("chart");
const code = document.getElementById("code");
const status = document.getElementById("status");
const loadedInputs = new Map();
let handle = null;
let shown = 0;

/** Which data set a story draws: its file's name, or the story's for generated data. */
function datasetIdOf(story) {
  return typeof story.data === "string" ? story.data.replace(/^data\//, "").replace(/\.json$/, "") : story.name;
}

/** Every data set of the stories, each with the first story that draws it (whose code loads it). */
function datasetsOf(stories) {
  const list = new Map();
  for (const story of stories) {
    const id = datasetIdOf(story);
    if (list.has(id)) continue;
    const label = typeof story.data === "string" ? story.data.replace(/^data\//, "") : `${story.name} (generated${story.heavy ? ", heavy" : ""})`;
    list.set(id, {id, label, story});
  }
  return list;
}

function loadInput(dataset) {
  if (!loadedInputs.has(dataset.id)) {
    const {data} = dataset.story;
    const loading =
      typeof data === "string"
        ? fetch(data).then((response) => {
            if (!response.ok) throw new Error(`${data}: HTTP ${response.status}`);
            return response.json();
          })
        : Promise.resolve(typeof data === "function" ? data() : data);
    loadedInputs.set(dataset.id, loading);
    loading.catch(() => loadedInputs.delete(dataset.id));
  }
  return loadedInputs.get(dataset.id);
}

/** The controls' values for a story as it is written. */
function defaultsOf(story) {
  const options = story.options;
  return {
    width: String(options.width),
    height: options.height === undefined ? "" : String(options.height),
    theme: options.theme ?? "light",
    locale: options.locale ?? "",
    timeZone: options.timeZone ?? "",
    orientation: options.orientation ?? "",
    maxRows: String(options.maxRows ?? DEFAULT_MAX_ROWS),
    data: datasetIdOf(story)
  };
}

/** createTimeline's options from the controls' values; what is at chronoline's default is left out. */
function optionsOf(values) {
  const options = {width: Number(values.width)};
  if (values.height !== "") options.height = Number(values.height);
  if (values.theme !== "light") options.theme = values.theme;
  if (values.locale !== "") options.locale = values.locale;
  if (values.timeZone !== "") options.timeZone = values.timeZone;
  if (values.orientation !== "") options.orientation = values.orientation;
  if (Number(values.maxRows) !== DEFAULT_MAX_ROWS) options.maxRows = Number(values.maxRows);
  return options;
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const story = storiesByName.get(params.get("story") ?? "") ?? stories[0];
  const overrides = {};
  for (const name of CONTROL_NAMES) if (params.has(name)) overrides[name] = params.get(name);
  return {story, overrides, embed: params.get("embed") === "1"};
}

/** Writes the form into the hash: the story, then each control that differs from it. */
function writeHash() {
  const {story, embed} = readHash();
  const defaults = defaultsOf(story);
  const pairs = [["story", story.name]];
  for (const name of CONTROL_NAMES) {
    const value = form.elements[name].value;
    if (value !== defaults[name]) pairs.push([name, value]);
  }
  if (embed) pairs.push(["embed", "1"]);
  // Slashes are safe in a fragment, and Asia/Shanghai reads better than Asia%2FShanghai.
  location.hash = pairs.map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%2F/g, "/")}`).join("&");
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

function buildSidebar() {
  const groups = new Map();
  for (const story of stories) {
    if (!groups.has(story.group)) groups.set(story.group, []);
    groups.get(story.group).push(story);
  }
  document.getElementById("story-list").replaceChildren(
    ...[...groups].map(([group, members]) =>
      element("section", {className: "story-group-list"}, [
        element("h2", {textContent: group}),
        element("ul", {}, members.map((story) =>
          element("li", {}, [
            element("a", {href: `#story=${story.name}`, dataset: {story: story.name}}, [
              story.title,
              ...(story.heavy ? [element("span", {className: "badge", textContent: "heavy"})] : [])
            ])
          ])
        ))
      ])
    )
  );
}

function buildMenus() {
  const languages = new Intl.DisplayNames(["en"], {type: "language"});
  form.elements.locale.replaceChildren(
    element("option", {value: "", textContent: "The data's"}),
    ...LOCALES.map((locale) => element("option", {value: locale, textContent: `${locale} · ${languages.of(locale)}`}))
  );
  form.elements.timeZone.replaceChildren(
    element("option", {value: "", textContent: "The data's"}),
    ...TIME_ZONES.map((zone) => element("option", {value: zone, textContent: zone.replace(/_/g, " ")}))
  );
  form.elements.data.replaceChildren(
    ...[...datasets.values()].map(({id, label}) => element("option", {value: id, textContent: label}))
  );
}

/** Sets a control, adding an option to a menu for a value from the hash that it does not list. */
function setControl(name, value) {
  const control = form.elements[name];
  if (control instanceof HTMLSelectElement && ![...control.options].some((option) => option.value === value)) {
    control.append(element("option", {value, textContent: value}));
  }
  // A number field cannot hold "wide": it stays empty, and chronoline's error says why.
  control.value = control.type === "number" && !/^\d+(\.\d+)?$/.test(value) ? "" : value;
}

function showMaxRows() {
  const rows = Number(form.elements.maxRows.value);
  form.elements.maxRowsShown.value = `${rows} ${rows === 1 ? "row" : "rows"}`;
}

function showStory(story) {
  document.title = `${story.title} · chronoline gallery`;
  document.getElementById("story-group").textContent = story.group;
  document.getElementById("story-title").textContent = story.title;
  document.getElementById("story-description").textContent = story.description;
  for (const link of document.querySelectorAll("#story-list a")) {
    if (link.dataset.story === story.name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

function showWarnings(warnings) {
  document.getElementById("warning-list").replaceChildren(
    ...warnings.map(({code, path, message}) =>
      element("li", {}, [
        element("span", {className: "warning-code", textContent: code}),
        element("span", {className: "warning-path", textContent: path}),
        element("span", {className: "warning-message", textContent: message})
      ])
    )
  );
  document.getElementById("warnings-title").textContent = `${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}`;
  document.getElementById("warnings").hidden = warnings.length === 0;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function show() {
  const ticket = ++shown;
  const {story, overrides, embed} = readHash();
  const values = {...defaultsOf(story), ...overrides};
  const dataset = datasets.get(values.data) ?? datasets.get(datasetIdOf(story));
  const options = optionsOf(values);
  main.dataset.ready = "false";
  main.dataset.story = story.name;
  document.body.classList.toggle("embed", embed);
  document.body.classList.toggle("dark", options.theme === "dark");
  showStory(story);
  for (const name of CONTROL_NAMES) setControl(name, values[name]);
  showMaxRows();
  code.textContent = dataset.story.code(options);
  status.textContent = dataset.story.heavy ? `Generating and drawing ${dataset.label}…` : "";

  let input;
  try {
    input = await loadInput(dataset);
  } catch (error) {
    if (ticket === shown) status.textContent = `Could not load the data: ${error.message}`;
    return;
  }
  if (ticket !== shown) return;
  // Let the status paint before a long synchronous drawing.
  if (dataset.story.heavy) await nextFrame();
  if (ticket !== shown) return;

  handle?.destroy();
  handle = null;
  const started = performance.now();
  try {
    handle = createTimeline(chart, input, options);
  } catch (error) {
    // A bad value in the hash (width=wide, locale=??) is reported by chronoline with the option's name.
    status.textContent = `${error.name}: ${error.message}`;
    showWarnings([]);
    main.dataset.ready = "true";
    return;
  }
  showWarnings(handle.warnings());
  if (dataset.story.heavy) {
    status.textContent = `${input.events.length.toLocaleString("en")} events drawn in ${Math.round(performance.now() - started)} ms.`;
  }
  main.dataset.ready = "true";
}

buildSidebar();
buildMenus();

form.addEventListener("change", writeHash);
form.addEventListener("submit", (event) => {
  event.preventDefault();
  writeHash();
});
form.addEventListener("reset", (event) => {
  event.preventDefault();
  location.hash = `story=${readHash().story.name}`;
});
form.elements.maxRows.addEventListener("input", showMaxRows);
document.getElementById("copy-code").addEventListener("click", async (event) => {
  const button = event.currentTarget;
  try {
    await navigator.clipboard.writeText(code.textContent);
    button.textContent = "Copied";
  } catch {
    getSelection().selectAllChildren(code);
    button.textContent = "Selected";
  }
  setTimeout(() => (button.textContent = "Copy"), 1500);
});
// On a phone the story list folds away above the story, and folds again once one is chosen.
const narrow = matchMedia("(max-width: 760px)");
const storyMenu = document.getElementById("story-menu");
storyMenu.open = !narrow.matches;
narrow.addEventListener("change", () => (storyMenu.open = !narrow.matches));
addEventListener("hashchange", () => {
  if (narrow.matches) storyMenu.open = false;
  show();
});
show();
