import {fetchAndDraw} from "./code.js";

const data = "data/diplomacy-2023.json";

export default {
  title: "Lanes per country, with relations",
  group: "Structure",
  description:
    "A lane for each country and one for the summits where they meet. Relations are typed arrows between events " +
    "(\"precedes\", \"constrains\", \"related\"); the details card lists them as buttons that move to the related event.",
  data,
  options: {width: 900},
  code: fetchAndDraw(data)
};
