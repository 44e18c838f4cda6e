import {fetchAndDraw} from "./code.js";

const data = "data/state-visit-2023.json";

export default {
  title: "Vertical layout for phones",
  group: "Appearance",
  description:
    "On a narrow screen time runs down the page: a column of marks per lane beside the axis and the labels in a shared column, in time order. " +
    "Below its breakpoint (560 px) the component turns vertical by itself; orientation: \"vertical\" asks for it at any width.",
  data,
  options: {width: 400, orientation: "vertical"},
  code: fetchAndDraw(data)
};
