import {fetchAndDraw} from "./code.js";

const data = "data/twentieth-century.json";

export default {
  title: "Eras and markers: the short twentieth century",
  group: "Structure",
  description:
    "Eras shade the two world wars, the Great Depression and the Cold War behind the lanes; markers rule the dates that framed them, " +
    "from the Armistice to the building of the Berlin Wall.",
  data,
  options: {width: 900},
  code: fetchAndDraw(data)
};
