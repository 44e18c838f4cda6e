import {fetchAndDraw} from "./code.js";

const data = "data/new-year-2024.json";

export default {
  title: "New Year 2024 in Shanghai time",
  group: "Locales and time zones",
  description:
    "The same thirteen instants, midnight in thirteen cities, each written as local time with its own zone. " +
    "With timeZone: \"Asia/Shanghai\" the axis reads Shanghai time, and the marker (a floating \"2024-01-01T00:00\") is midnight there.",
  data,
  options: {width: 900, timeZone: "Asia/Shanghai"},
  code: fetchAndDraw(data)
};
