import {generateAndDraw} from "./code.js";
import {generateNews} from "./generateNews.js";

const args = {count: 2000, seed: 2023};

export default {
  title: "A dense news year: 2,000 events",
  group: "Scale",
  description:
    "2,000 seeded events in four lanes. Labels that fit are placed without overlap; the rest fold into \"+N\" clusters at their place in time. " +
    "Zoom in to open them, or raise the density (rows per lane).",
  data: () => generateNews(args),
  options: {width: 900},
  code: generateAndDraw("generateNews", args)
};
