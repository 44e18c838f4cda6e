import {fetchAndDraw} from "./code.js";

const data = "data/ancient-rome.json";

export default {
  title: "Rome, from BC to AD",
  group: "Dates",
  description:
    "Astronomical year numbering: year 0 is 1 BC, so the Ides of March of 44 BC are written \"-0043-03-15\". " +
    "The axis crosses from BC to AD without a year 0, and eras shade the Republic and the Pax Romana.",
  data,
  options: {width: 640},
  code: fetchAndDraw(data)
};
