// The default page: one story at a time, chosen from the menu or the URL hash
// (#ancient-rome), drawn by the timeline() component.
import {timeline} from "chronoline";
import {select} from "d3-selection";

const storyMenu = document.getElementById("story");
const themeMenu = document.getElementById("theme");
const chart = timeline();

async function show() {
  const story = location.hash.slice(1) || storyMenu.value;
  if ([...storyMenu.options].some((option) => option.value === story)) storyMenu.value = story;
  const response = await fetch(`data/${storyMenu.value}.json`);
  const input = await response.json();
  document.getElementById("story-title").textContent = input.title ?? "chronoline";
  document.getElementById("story-description").textContent = input.description ?? "";
  document.body.classList.toggle("dark", themeMenu.value === "dark");
  const container = document.getElementById("chart");
  chart.theme(themeMenu.value).width(Math.max(container.clientWidth, 320));
  select(container).datum(input).call(chart);
  showWarnings(chart.warnings());
}

function showWarnings(warnings) {
  const list = document.getElementById("warning-list");
  list.replaceChildren(...warnings.map(({path, message}) => {
    const item = document.createElement("li");
    item.textContent = `${path}: ${message}`;
    return item;
  }));
  document.getElementById("warnings").hidden = warnings.length === 0;
}

storyMenu.addEventListener("change", () => {
  location.hash = storyMenu.value;
});
themeMenu.addEventListener("change", show);
addEventListener("hashchange", show);
show();
