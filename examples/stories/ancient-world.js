import {fetchAndDraw} from "./code.js";

const data = "data/ancient-world.json";

export default {
  title: "The ancient world, 3000 BC to AD 500",
  group: "Dates",
  description:
    "Four regions over three and a half thousand years: approximate years (\"-2559~\" for c. 2560 BC), reigns and dynasties as spans, " +
    "and eras for the Late Bronze Age collapse and classical antiquity.",
  data,
  options: {width: 900},
  code: fetchAndDraw(data)
};
