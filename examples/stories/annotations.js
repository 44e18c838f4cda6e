import {fetchAndDraw} from "./code.js";

const data = "data/apollo-11.json";

export default {
  title: "Annotation callouts: Apollo 11",
  group: "Structure",
  description:
    "Callouts quote the crew at the landing and the first step; a third comments on a span (the coast to the Moon) rather than an event. " +
    "Times are exact to the minute, in UTC.",
  data,
  options: {width: 900},
  code: fetchAndDraw(data)
};
