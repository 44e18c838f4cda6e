import {generateAndDraw} from "./code.js";
import {generateNews} from "./generateNews.js";

const args = {count: 100_000, seed: 42, from: 2004, years: 20};

// Heavy: a drawing of about 2 MB that takes seconds to lay out in Node, so it stays out of
// the golden files and the visual baselines; the gallery's tests draw it.
export default {
  title: "100,000 events",
  group: "Scale",
  description:
    "Twenty years of generated news, 100,000 events: labels where they fit, \"+N\" clusters and density strips for the rest. " +
    "Heavy: the first drawing takes a second or two.",
  data: () => generateNews(args),
  options: {width: 900},
  heavy: true,
  code: generateAndDraw("generateNews", args)
};
