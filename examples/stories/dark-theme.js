import {fetchAndDraw} from "./code.js";

const data = "data/state-visit-2023.json";

export default {
  title: "Dark theme",
  group: "Appearance",
  description:
    "theme: \"dark\" puts the class chronoline--dark on the drawing; every colour is a CSS custom property, so a page can retune either theme " +
    "with one rule after the stylesheet.",
  data,
  options: {width: 900, theme: "dark"},
  code: fetchAndDraw(data)
};
