import {fetchAndDraw} from "./code.js";

const data = "data/uncertain-dates-2023.json";

export default {
  title: "Month precision, approximate and uncertain dates",
  group: "Dates",
  description:
    "\"2023-03\" is the whole of March, not the 1st; \"2023-06~\" is approximate, \"2023-07?\" uncertain and \"2023-22\" an EDTF season. " +
    "Imprecise dates are drawn as soft bands, and their labels say so (\"c. June 2023\").",
  data,
  options: {width: 900},
  code: fetchAndDraw(data)
};
