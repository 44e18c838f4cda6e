import {fetchAndDraw} from "./code.js";

const data = "data/state-visit-2023.json";

export default {
  title: "Putin's state visit to China, October 2023",
  group: "Start here",
  description:
    "Ten years of the Belt and Road, a 'no limits' partnership, a war and an arrest warrant: three lanes, an open-ended era, " +
    "a marker, two callouts and typed relations. Zoom with the wheel or the overview band, press an event for its details.",
  data,
  options: {width: 900},
  code: fetchAndDraw(data)
};
