import {fetchAndDraw} from "./code.js";

const data = "data/open-ended.json";

export default {
  title: "Open-ended spans",
  group: "Dates",
  description:
    "Terms of office and wars that have not ended are EDTF open intervals (\"2012-05-07/..\") and run to the edge of the view with an arrow; " +
    "an unknown start (\"/2018-05-15\") runs in from the left. Closed spans are drawn for contrast.",
  data,
  options: {width: 900},
  code: fetchAndDraw(data)
};
