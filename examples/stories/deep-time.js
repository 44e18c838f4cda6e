import {fetchAndDraw} from "./code.js";

const data = "data/deep-time.json";

export default {
  title: "Deep time: 13.8 billion years",
  group: "Dates",
  description:
    "From the Big Bang (\"Y-13800000000~\") to Homo sapiens on one linear axis, with the geological eons as coloured eras. " +
    "Everything since the Cambrian crowds into the last few pixels: zoom in with the wheel or the overview band to open it up.",
  data,
  options: {width: 900},
  code: fetchAndDraw(data)
};
